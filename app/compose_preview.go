package app

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export"
	"github.com/bulletindesk/bulletindesk/export/intake"
	"github.com/bulletindesk/bulletindesk/pages"
)

// composePreviewDelay paces the preview while typing; it re-renders the
// whole issue, so it waits a little longer than the autosave.
const composePreviewDelay = 300 * time.Millisecond

// composePreview shows exactly the text the text export writes, with the
// issue's 字数, refreshed shortly after typing stops.
type composePreview struct {
	s       *composeScreen
	text    string // what the text export writes (its start when huge), shown in lines
	lines   *composeLines
	words   *widget.Label
	refresh *debouncer
	root    fyne.CanvasObject
	copyBtn *widget.Button // 复制全文: the text export's whole text to the clipboard
}

func newComposePreview(s *composeScreen) *composePreview {
	p := &composePreview{s: s, lines: newComposeLines(), words: widget.NewLabel("")}
	p.refresh = s.u.debounce(composePreviewDelay, p.update)
	p.copyBtn = widget.NewButtonWithIcon(lang.L("复制全文"), theme.ContentCopyIcon(), p.onCopy)
	head := container.NewBorder(nil, nil, container.NewHBox(widget.NewLabelWithStyle(lang.L("预览"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), p.words), p.copyBtn)
	p.root = container.NewBorder(head, nil, nil, nil, p.lines)
	return p
}

func (p *composePreview) view() fyne.CanvasObject { return p.root }

// follow scrolls the preview to an item's text, a little below the top,
// so the editor sees the item being edited as it will print.
func (p *composePreview) follow(it *editor.Item) {
	lead := []rune(it.Lead)
	if len(lead) == 0 {
		return
	}
	row := p.lines.rowOf("△" + string(lead[:min(len(lead), 8)]))
	if row < 0 {
		return
	}
	p.lines.list.ScrollTo(max(0, row-3))
}

// changed schedules a refresh.
func (p *composePreview) changed() {
	p.refresh.poke()
	if p.s.pages != nil {
		p.s.pages.changed()
	}
}

// onCopy puts the issue's whole text, as it prints, on
// the clipboard. The preview's rows are drawn text, which cannot be
// selected; copying it all is what an editor pasting the issue into an
// e-mail or the portal wants, and costs nothing while nobody asks.
func (p *composePreview) onCopy() {
	if p.s.issue == nil {
		return
	}
	text, err := composeRender(p.s.issue, p.s.prefs)
	if err != nil {
		p.s.fail(fmt.Errorf("copy the issue's text: %w", err))
		return
	}
	p.s.u.app.Clipboard().SetContent(text)
	p.copyBtn.SetText(lang.L("已复制全文")) // until the text changes again
	p.copyBtn.SetIcon(theme.ConfirmIcon())
}

// update renders the issue on screen now.
func (p *composePreview) update() {
	is := p.s.issue
	if is == nil {
		p.text = ""
		p.lines.SetText("")
		p.words.SetText("")
		p.s.targets.check()
		return
	}
	text, err := composeRender(is, p.s.prefs)
	if err != nil {
		text = lang.L("无法生成预览：{{.Err}}", map[string]any{"Err": err.Error()})
	}
	p.text = previewCut(text)
	p.lines.SetText(p.text)
	if p.copyBtn.Text != lang.L("复制全文") {
		p.copyBtn.SetText(lang.L("复制全文"))
		p.copyBtn.SetIcon(theme.ContentCopyIcon())
	}
	p.words.SetText(lang.L("全期{{.N}}条，{{.W}}字", map[string]any{"N": composeItemCount(is), "W": composeIssueWords(is)}))
	p.s.targets.check()
	if p.s.find != nil {
		p.s.find.rebuilt() // the count follows the text typed since
	}
}

// issueTextLabel shows bulletin text as it prints, wrapped by the Chinese
// rules of the page layout (pages.Wrap): no line starts with ，。、 or ends
// with “（, and 2019 or 98.6% is never cut. Fyne's own wrapping breaks at
// any character (or, word-wrapped, only at the indent's spaces), so the
// text is wrapped here whenever the width changes and shown unwrapped.
func issueTextLabel(text string) *cjkText {
	t := &cjkText{}
	t.Selectable = true
	t.ExtendBaseWidget(t)
	t.SetText(text)
	return t
}

// cjkText is a label that wraps its Source itself.
type cjkText struct {
	widget.Label
	Source string  // the text as given; Label.Text holds it wrapped
	width  float32 // the width Label.Text was wrapped for
	adv    map[rune]float64
	// peakLines is the most lines Label.Text has held: a long text
	// wrapped at a narrow width is thousands of lines, which froze the
	// window (tests check it instead of timing the dialog)
	peakLines int
}

// SetText shows text, wrapped at the current width.
func (t *cjkText) SetText(text string) {
	t.Source = text
	t.width = -1
	t.rewrap(t.Size().Width)
}

// Resize wraps again when the width changes.
func (t *cjkText) Resize(size fyne.Size) {
	t.Label.Resize(size)
	if size.Width != t.width {
		t.rewrap(size.Width)
	}
}

// MinSize is the wrapped text's height at a narrow width: the scroll
// around it must not be widened by lines not yet wrapped.
func (t *cjkText) MinSize() fyne.Size {
	m := t.Label.MinSize()
	return fyne.NewSize(min(m.Width, 120), m.Height)
}

func (t *cjkText) rewrap(width float32) {
	t.width = width
	avail := float64(width - 2*theme.InnerPadding() - theme.TextSize()) // a character's room for rounding
	if avail <= 0 {
		t.show(t.Source)
		return
	}
	t.show(strings.Join(pages.Wrap(t.Source, avail, t.advance), "\n"))
}

func (t *cjkText) show(wrapped string) {
	t.peakLines = max(t.peakLines, strings.Count(wrapped, "\n")+1)
	t.Label.SetText(wrapped)
}

// advance is a rune's width on screen, measured once per rune.
func (t *cjkText) advance(r rune) float64 {
	if a, ok := t.adv[r]; ok {
		return a
	}
	if t.adv == nil {
		t.adv = map[rune]float64{}
	}
	a := float64(fyne.MeasureText(string(r), theme.TextSize(), fyne.TextStyle{}).Width)
	t.adv[r] = a
	return a
}

// composeRender is the issue's text as it prints: the text export's
// lines without its escapes (a backslash before a paragraph that would
// read back as something else showed in the preview and was copied).
func composeRender(is *editor.Issue, prefs editor.Preferences) (string, error) {
	var buf bytes.Buffer
	if err := intake.WriteIssuePrinted(&buf, is, prefs); err != nil {
		return "", err
	}
	return buf.String(), nil
}

func composeItemCount(is *editor.Issue) int {
	n := 0
	for _, sec := range is.Sections {
		n += len(sec.Items)
	}
	return n
}

func composeIssueWords(is *editor.Issue) int {
	n := 0
	for i := range is.Sections {
		for j := range is.Sections[i].Items {
			n += composeItemWords(&is.Sections[i].Items[j])
		}
	}
	return n
}

// composeFormatNames are the export formats with their buttons' names.
var composeFormatNames = map[string]string{"txt": "文本", "docx": "Word", "xlsx": "Excel", "pdf": "PDF", "html": "网页"}

// exportIssue saves issue id in format through a save dialog, as stored in
// the archive; the writing runs off the UI goroutine (u.saveFile).
func exportIssue(u *ui, id int64, format string) {
	name, write, err := issueExport(u, id, format)
	if err != nil {
		u.showError(err)
		return
	}
	if write == nil {
		u.info(lang.L("导出"), lang.L("这个版本还不能导出{{.F}}格式。", map[string]any{"F": lang.L(composeFormatNames[format])}))
		return
	}
	u.saveFile(name, write)
}

// issueExport reads issue id and the preferences now and returns the file
// name and the writer to run; write is nil when format is not available.
func issueExport(u *ui, id int64, format string) (string, func(io.Writer) error, error) {
	fn, ok := export.IssueFormat(format)
	if !ok {
		return "", nil, nil
	}
	is, err := u.ar.IssueForExport(u.ctx(), id)
	if err != nil {
		return "", nil, fmt.Errorf("export the issue: %w", err)
	}
	prefs, err := u.ar.Preferences(u.ctx())
	if err != nil {
		prefs = u.prefs
	}
	return composeFileName(&is, format), func(w io.Writer) error { return fn(w, &is, prefs) }, nil
}

// composeFileName is 组工信息2022年第12期.txt.
func composeFileName(is *editor.Issue, format string) string {
	return fmt.Sprintf("%s%d年第%d期.%s", is.BulletinName, is.Year, is.Number, format)
}

// export saves the open issue; pending edits are written first.
func (s *composeScreen) export(format string) {
	if s.issue == nil {
		s.u.info(lang.L("导出"), lang.L("没有打开的一期。"))
		return
	}
	s.flush()
	exportIssue(s.u, s.issue.ID, format)
}

// previewRunes is the most of the issue's text the preview shows: a label
// wraps and lays out all its text at once, and an issue holding a
// 150,000-字 item hung 组版 for minutes. Real issues are far shorter.
const previewRunes = 12000

// previewCut is text, or its start and a line saying the rest is left out.
func previewCut(text string) string {
	if utf8.RuneCountInString(text) <= previewRunes {
		return text
	}
	return string([]rune(text)[:previewRunes]) + "\n\n" +
		lang.L("……（预览只显示前 {{.N}} 字；导出的文件包含全文。）", map[string]any{"N": previewRunes})
}
