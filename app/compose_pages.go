package app

import (
	"fmt"
	"image"
	"image/color"
	"path/filepath"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export/pdf"
	"github.com/bulletindesk/bulletindesk/pages"
)

// composePagesScale is the page view's pixels per point: an A4 page 420 px
// wide, its 3号 text 11 px, legible and two pages to a screen's height.
const composePagesScale = 0.7

// composePages (版面) shows the issue as the PDF prints it: the same layout
// drawn page by page, with the page count and a mark when the 版记 went to a
// page of its own or the last page is nearly empty. It is laid out off the
// UI goroutine shortly after typing stops, and only while it is shown.
type composePages struct {
	s       *composeScreen
	status  *widget.Label
	warn    *widget.Label
	list    *fyne.Container
	scroll  *container.Scroll
	refresh *debouncer
	shown   bool
	mu      sync.Mutex
	gen     int // the newest layout asked for; older results are dropped
	root    fyne.CanvasObject
}

func newComposePages(s *composeScreen) *composePages {
	p := &composePages{s: s, status: widget.NewLabel(""), warn: widget.NewLabel("")}
	p.status.Truncation = fyne.TextTruncateEllipsis
	p.warn.Importance = widget.DangerImportance
	p.warn.Wrapping = fyne.TextWrapWord
	p.refresh = s.u.debounce(composePreviewDelay, p.update)
	fit := &composePagesFit{}
	p.list = container.New(fit)
	p.scroll = container.NewVScroll(p.list)
	fit.scroll = p.scroll
	p.root = container.NewBorder(container.NewVBox(p.status, p.warn), nil, nil, nil, p.scroll)
	return p
}

// rightPane is the compose screen's right side: the text preview and the
// pages, one tab each.
func (s *composeScreen) rightPane() fyne.CanvasObject {
	s.pages = newComposePages(s)
	tabs := container.NewAppTabs(
		container.NewTabItem(lang.L("文本预览"), s.preview.view()),
		container.NewTabItem(lang.L("版面"), s.pages.root))
	tabs.OnSelected = func(t *container.TabItem) {
		s.pages.shown = t.Content == s.pages.root
		if s.pages.shown {
			s.pages.update()
		}
	}
	return tabs
}

// changed schedules a new layout when the pages are shown.
func (p *composePages) changed() {
	if p.shown {
		p.refresh.poke()
	}
}

// update lays the issue out and draws it, off the UI goroutine.
func (p *composePages) update() {
	if p.s.issue == nil {
		p.list.Objects = nil
		p.list.Refresh()
		p.status.SetText("")
		return
	}
	is, prefs := composeCopyIssue(p.s.issue), p.s.prefs
	p.mu.Lock()
	p.gen++
	gen := p.gen
	p.mu.Unlock()
	work := func() {
		imgs, doc, err := composeDrawPages(&is, prefs)
		fyne.Do(func() { p.show(gen, imgs, doc, err) })
	}
	if p.s.u.syncWork {
		work()
		return
	}
	go work()
}

// composePagesFit stacks the pages, each as wide as the pane allows up to
// its drawn width (composePagesScale), its height by the page's shape. The
// pages had a fixed 416 px minimum, which at 1024×700 pushed the split to
// the left when 版面 was chosen: the editing column lost 70 px, its
// buttons were cut, and the tabs' labels were drawn over one another
// (review F14). Its height follows the width it was last laid out at.
type composePagesFit struct {
	width  float32 // the pane's width at the last layout, 0 before it
	scroll *container.Scroll
}

// composePagesMin is the narrowest the pane lets a page get.
const composePagesMin = 120

func (l *composePagesFit) page() fyne.Size {
	w := float32(pages.PageWidth * composePagesScale)
	if l.width > 0 {
		w = max(composePagesMin, min(w, l.width-2*theme.Padding()))
	}
	return fyne.NewSize(w, w*float32(pages.PageHeight)/float32(pages.PageWidth))
}

func (l *composePagesFit) MinSize(objs []fyne.CanvasObject) fyne.Size {
	pg := l.page()
	n := float32(len(objs))
	return fyne.NewSize(composePagesMin, n*pg.Height+max(0, n-1)*theme.Padding())
}

func (l *composePagesFit) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	if size.Width != l.width {
		l.width = size.Width
		if l.scroll != nil { // the height changed with the width: scroll the new one
			defer l.scroll.Refresh()
		}
	}
	pg := l.page()
	y := float32(0)
	for _, o := range objs {
		o.Resize(pg)
		o.Move(fyne.NewPos((size.Width-pg.Width)/2, y))
		y += pg.Height + theme.Padding()
	}
}

// composeDrawPages is the layout of is and each page drawn.
func composeDrawPages(is *editor.Issue, prefs editor.Preferences) ([]image.Image, pages.Document, error) {
	doc, fonts, err := pdf.LayoutIssue(is, prefs)
	if err != nil {
		return nil, doc, err
	}
	r := pages.Raster{Fonts: fonts, Scale: composePagesScale, Red: composeRed(prefs.MastheadColor)}
	imgs := make([]image.Image, len(doc.Pages))
	for i, pg := range doc.Pages {
		imgs[i] = r.Page(pg)
	}
	return imgs, doc, nil
}

// show puts a finished layout on screen unless a newer one was asked for.
func (p *composePages) show(gen int, imgs []image.Image, doc pages.Document, err error) {
	p.mu.Lock()
	stale := gen != p.gen
	p.mu.Unlock()
	if stale {
		return
	}
	if err != nil {
		p.status.SetText(lang.L("无法排版：{{.Err}}", map[string]any{"Err": err.Error()}))
		return
	}
	p.list.Objects = nil
	for _, img := range imgs {
		ci := canvas.NewImageFromImage(img)
		ci.FillMode = canvas.ImageFillContain
		p.list.Add(ci)
	}
	p.list.Refresh()
	p.status.SetText(lang.L("共{{.N}}页，末页{{.L}}行（每页{{.G}}行）",
		map[string]any{"N": len(doc.Pages), "L": doc.LastPageLines, "G": pages.GridLines}))
	p.warn.SetText(composePagesWarning(doc))
	p.warn.Hidden = p.warn.Text == ""
	p.warn.Refresh()
}

// composePagesWarning says what an editor would cut or add a 简讯 for.
func composePagesWarning(doc pages.Document) string {
	switch {
	case doc.FooterMoved:
		return lang.L("版记放不下，已另起一页：请删减内容或补一条简讯。")
	case doc.NearlyEmpty():
		return lang.L("末页几乎是空的：可以补一条简讯。")
	}
	return ""
}

// composeRed reads the masthead colour RRGGBB, red when unreadable.
func composeRed(hex string) color.Color {
	var r, g, b uint8
	if _, err := fmt.Sscanf(strings.TrimPrefix(strings.TrimSpace(hex), "#"), "%02x%02x%02x", &r, &g, &b); err != nil {
		return color.NRGBA{R: 0xC0, A: 0xFF}
	}
	return color.NRGBA{R: r, G: g, B: b, A: 0xFF}
}

// composeCopyIssue copies the issue deep enough for another goroutine to
// read while the editor types into the original's items.
func composeCopyIssue(is *editor.Issue) editor.Issue {
	c := *is
	c.Sections = make([]editor.Section, len(is.Sections))
	for i, sec := range is.Sections {
		c.Sections[i] = sec
		c.Sections[i].Items = append([]editor.Item(nil), sec.Items...)
	}
	c.Distribution = append([]editor.DistributionLine(nil), is.Distribution...)
	return c
}

// exportPDF shows which fonts the PDF will embed (and which stand in for
// fonts the machine lacks) before saving it.
func (s *composeScreen) exportPDF() {
	fonts, err := pdf.PDFFonts(s.prefs)
	if err != nil {
		s.u.showError(err)
		return
	}
	msg := widget.NewLabel(composeFontReport(fonts))
	dialog.ShowCustomConfirm(lang.L("导出PDF"), lang.L("导出"), lang.L("取消"), msg, func(ok bool) {
		if ok {
			s.export("pdf")
		}
	}, s.u.win)
}

// composeFontReport is one line per face: the font asked for, the file
// used, and whether it stands in for one this machine lacks.
func composeFontReport(fonts *pages.FontSet) string {
	roles := map[pages.Face]string{pages.FaceTitle: "报头", pages.FaceBody: "正文", pages.FaceHeading: "栏目与标题句", pages.FaceKai: "编者按与要目"}
	var b strings.Builder
	for _, f := range pages.Faces {
		font := fonts[f]
		line := lang.L("{{.Role}}：{{.Name}} → {{.File}}", map[string]any{"Role": lang.L(roles[f]), "Name": font.Name, "File": filepath.Base(font.File)})
		if font.Fallback {
			line += lang.L("（本机没有该字体，以此替代）")
		}
		b.WriteString(line + "\n")
	}
	return strings.TrimSpace(b.String())
}
