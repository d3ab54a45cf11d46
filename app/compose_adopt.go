package app

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/editor"
)

// adoptPageSize is how many submissions the picker reads at a time; the
// list asks for the next page as it nears the end.
const adoptPageSize = 100

// adoptPicker lists 待处理/备用 submissions to adopt into a section (从来稿采用).
type adoptPicker struct {
	s        *composeScreen
	status   editor.SubmissionStatus
	unitID   int64
	text     string
	rows     []editor.Submission
	total    int
	selected int
	focus    int     // the row the keyboard is on (Fyne's List keeps its own unexported)
	ticked   []int64 // submissions ticked to adopt together, in the order ticked
	list     *adoptList
	count    *widget.Label
	detail   *widget.Label
	sections *widget.Select
	note     *widget.Label
	leadFrom *widget.RadioGroup // 标题句: the 来稿's title or the text's first sentence
	lead     *widget.Label      // the lead the selected 来稿 would get
	rowOf    map[*fyne.Container]*adoptRow
	close    func() // hides the dialog
}

func (s *composeScreen) showAdoptPicker(sectionID int64) {
	if s.issue == nil || s.signed() {
		return
	}
	s.flush()
	p := &adoptPicker{s: s, status: editor.SubmissionPending, selected: -1, rowOf: map[*fyne.Container]*adoptRow{},
		count: widget.NewLabel(""), detail: widget.NewLabel(""), note: widget.NewLabel("")}
	p.detail.Wrapping = fyne.TextWrapWord
	p.note.Importance = widget.SuccessImportance
	p.list = newAdoptList(p)
	s.picker = p
	p.sections = s.sectionSelect(sectionID)
	adopt := widget.NewButtonWithIcon(lang.L("采用到栏目"), theme.ConfirmIcon(), p.adopt)
	adopt.Importance = widget.HighImportance
	bottom := container.NewVBox(p.leadChoice(),
		container.NewBorder(nil, nil, nil, container.NewHBox(p.sections, adopt), p.note))
	split := container.NewHSplit(p.list, container.NewVScroll(p.detail))
	split.Offset = 0.55
	content := container.NewBorder(p.filters(), bottom, nil, nil, split)
	d := dialog.NewCustom(lang.L("从来稿采用"), lang.L("关闭"), content, s.u.win)
	d.Resize(fyne.NewSize(1000, 640))
	p.close = d.Hide
	p.load()
	// Escape closes it, from the list too (adoptList); Enter adopts what is
	// ticked or selected even when the keyboard is nowhere in the dialog (a
	// click on a tick box leaves it so), and closes it when nothing is
	s.u.showClosableEnter(d, func() {
		if len(p.ticked) == 0 && p.selected < 0 {
			d.Hide()
			return
		}
		p.adopt()
	})
}

// filters: status, unit and text; the text filter waits for typing to pause.
func (p *adoptPicker) filters() fyne.CanvasObject {
	statuses := []editor.SubmissionStatus{editor.SubmissionPending, editor.SubmissionReserve}
	status := widget.NewRadioGroup([]string{submissionStatusLabel(statuses[0]), submissionStatusLabel(statuses[1])}, nil)
	status.Horizontal = true
	status.Required = true
	status.SetSelected(submissionStatusLabel(statuses[0]))
	status.OnChanged = func(v string) {
		for _, st := range statuses {
			if submissionStatusLabel(st) == v {
				p.status = st
			}
		}
		p.load()
	}
	names := []string{lang.L("全部单位")}
	ids := []int64{0}
	for _, u := range p.s.units {
		names = append(names, u.Name)
		ids = append(ids, u.ID)
	}
	unit := widget.NewSelect(names, nil)
	unit.SetSelectedIndex(0)
	unit.OnChanged = func(string) { p.unitID = ids[unit.SelectedIndex()]; p.load() }
	text := widget.NewEntry()
	text.SetPlaceHolder(lang.L("筛选：标题或正文中的文字"))
	typed := p.s.u.debounce(300*time.Millisecond, func() { p.text = strings.TrimSpace(text.Text); p.load() })
	text.OnChanged = func(string) { typed.poke() }
	return container.NewBorder(nil, nil, container.NewHBox(status, unit), p.count, text)
}

func (p *adoptPicker) filter(offset int) editor.SubmissionFilter {
	return editor.SubmissionFilter{Status: p.status, UnitID: p.unitID, Text: p.text,
		Sort: editor.SortReceived, Desc: true, Limit: adoptPageSize, Offset: offset}
}

// load reads the first page and the count afresh.
func (p *adoptPicker) load() {
	ctx := p.s.u.ctx()
	rows, err := p.s.u.ar.Submissions(ctx, p.filter(0))
	if err != nil {
		p.s.u.showError(fmt.Errorf("list the submissions: %w", err))
		return
	}
	total, err := p.s.u.ar.CountSubmissions(ctx, p.filter(0))
	if err != nil {
		total = len(rows)
	}
	p.rows, p.total, p.selected = rows, total, -1
	p.showTicked()
	p.detail.SetText("")
	p.showLead() // nothing selected: the lead of a 来稿 just adopted is not left showing
	p.list.UnselectAll()
	p.list.Refresh()
	p.list.ScrollToTop()
}

// more appends the next page when the list nears the end of what is read.
func (p *adoptPicker) more() {
	if len(p.rows) >= p.total {
		return
	}
	rows, err := p.s.u.ar.Submissions(p.s.u.ctx(), p.filter(len(p.rows)))
	if err != nil || len(rows) == 0 {
		p.total = len(p.rows) // stop asking
		return
	}
	p.rows = append(p.rows, rows...)
	p.list.Refresh()
}

func (p *adoptPicker) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id >= len(p.rows) {
		return
	}
	sub := p.rows[id]
	r := p.rowOf[o.(*fyne.Container)]
	r.id = id
	r.tick.SetChecked(slices.Contains(p.ticked, sub.ID))
	r.title.SetText(composeSubmissionTitle(sub))
	unit := sub.UnitName
	if unit == "" {
		unit = lang.L("未识别")
	}
	r.meta.SetText(fmt.Sprintf("%s · %s · %s · %s", unit, p.s.u.dateLabel(sub.Received),
		sub.Kind, lang.L("{{.N}}字", map[string]any{"N": sub.Words})))
	if id >= len(p.rows)-10 && len(p.rows) < p.total && !p.s.u.syncWork {
		go fyne.Do(p.more) // not inside the list's own update
	}
}

func (p *adoptPicker) onSelected(id widget.ListItemID) {
	p.selected, p.focus = id, id
	if id < len(p.rows) {
		p.detail.SetText(composeSubmissionTitle(p.rows[id]) + "\n\n" + p.rows[id].Text)
	}
	p.showLead()
}

// adopt makes the ticked submissions, or else the selected one, items of
// the chosen section, in one transaction.
func (p *adoptPicker) adopt() {
	ids := p.ticked
	if len(ids) == 0 && p.selected >= 0 && p.selected < len(p.rows) {
		ids = []int64{p.rows[p.selected].ID}
	}
	if len(ids) == 0 {
		p.note.SetText(lang.L("请先在列表中选择或勾选来稿。"))
		return
	}
	sectionID := p.s.sectionIDAt(p.sections.SelectedIndex())
	items, err := p.s.u.ar.AdoptSubmissions(p.s.u.ctx(), ids, sectionID, p.from())
	if err != nil {
		p.s.fail(fmt.Errorf("adopt the submissions: %w", err))
		return
	}
	p.ticked = nil
	p.s.refresh()
	p.s.notifyAdopted()
	p.load()
	if len(items) == 1 {
		p.note.SetText(lang.L("已采用：{{.Title}}", map[string]any{"Title": items[0].Lead}))
		return
	}
	p.note.SetText(lang.L("已采用{{.N}}篇来稿。", map[string]any{"N": len(items)}))
}

// composeSubmissionTitle is the title, or the first words of the text.
func composeSubmissionTitle(sub editor.Submission) string {
	if t := strings.TrimSpace(sub.Title); t != "" {
		return t
	}
	r := []rune(strings.TrimSpace(sub.Text))
	if len(r) > 40 {
		return string(r[:40]) + "…"
	}
	return string(r)
}

// sectionSelect offers the issue's sections, preselecting sectionID.
func (s *composeScreen) sectionSelect(sectionID int64) *widget.Select {
	var names []string
	for _, sec := range s.issue.Sections {
		names = append(names, composeSectionTitle(sec.Name)) // a blank row said nothing (review G9)
	}
	sel := widget.NewSelect(names, nil)
	for i, sec := range s.issue.Sections {
		if sec.ID == sectionID || (i == 0 && sectionID == 0) {
			sel.SetSelectedIndex(i)
		}
	}
	return sel
}

func (s *composeScreen) sectionIDAt(i int) int64 {
	if s.issue == nil || i < 0 || i >= len(s.issue.Sections) {
		return 0
	}
	return s.issue.Sections[i].ID
}

// notifyAdopted tells the other screens that an issue and a submission changed.
func (s *composeScreen) notifyAdopted() {
	s.quiet = true
	defer func() { s.quiet = false }()
	s.u.onIssuesChanged()
	s.u.onSubmissionsChanged()
}

// adoptToCurrentIssue is the 来稿 screen's 采用到当前期: it asks for a
// section of the issue open in 组版 and adopts the submission there.
func (s *composeScreen) adoptToCurrentIssue(subID int64) {
	if s.issue == nil {
		s.reload()
	}
	switch {
	case s.issue == nil:
		s.u.info(lang.L("采用到当前期"), lang.L("还没有可以采用到的一期。请先在“组版”中新建一期。"))
		return
	case s.signed():
		s.u.info(lang.L("采用到当前期"), lang.L("当前一期已签发，不能再加入条目。请新建一期，或先重新打开这一期。"))
		return
	case len(s.issue.Sections) == 0:
		s.u.info(lang.L("采用到当前期"), lang.L("当前一期还没有栏目，请先在“组版”中添加栏目。"))
		return
	case s.u.refuseAdoptedAgain(subID):
		return
	}
	sel := s.sectionSelect(0)
	items := []*widget.FormItem{
		widget.NewFormItem(lang.L("当前期"), widget.NewLabel(s.issue.BulletinName+composeIssueLabel(s.issue))),
		widget.NewFormItem(lang.L("栏目"), sel),
	}
	dialog.ShowForm(lang.L("采用到当前期"), lang.L("确定采用"), lang.L("取消"), items, func(ok bool) {
		if !ok {
			return
		}
		s.flush()
		section := sel.Selected
		if _, err := s.u.ar.AdoptSubmission(s.u.ctx(), subID, s.sectionIDAt(sel.SelectedIndex())); err != nil {
			s.fail(fmt.Errorf("adopt the submission: %w", err))
			return
		}
		s.refresh()
		s.notifyAdopted()
		s.offerToCompose(section)
	}, s.u.win)
}

// offerToCompose says where the submission went and offers to go there.
func (s *composeScreen) offerToCompose(section string) {
	if s.issue == nil || s.u.currentKey() == keyCompose {
		return
	}
	id := s.issue.ID
	msg := lang.L("已采用到{{.Label}}“{{.Section}}”栏目。", map[string]any{"Label": composeIssueLabel(s.issue), "Section": section})
	d := dialog.NewConfirm(lang.L("已采用"), msg, func(open bool) {
		if open {
			s.u.openIssue(id)
		}
	}, s.u.win)
	d.SetConfirmText(lang.L("去组版"))
	d.SetDismissText(lang.L("留在这里"))
	d.Show()
}

// leadChoice lets the editor decide where the item's lead comes from: the
// 来稿's title (made a sentence) unless it is not a good lead, such as
// 关于报送……的函, when the text's first sentence is taken instead.
func (p *adoptPicker) leadChoice() fyne.CanvasObject {
	title, first := lang.L("来稿标题"), lang.L("正文第一句")
	p.leadFrom = widget.NewRadioGroup([]string{title, first}, func(string) { p.showLead() })
	p.leadFrom.Horizontal = true
	p.leadFrom.Required = true
	p.leadFrom.SetSelected(title)
	p.lead = widget.NewLabel("")
	p.lead.Truncation = fyne.TextTruncateEllipsis
	return container.NewBorder(nil, nil, container.NewHBox(widget.NewLabel(lang.L("标题句用")), p.leadFrom), nil, p.lead)
}

func (p *adoptPicker) from() editor.LeadFrom {
	if p.leadFrom != nil && p.leadFrom.Selected == lang.L("正文第一句") {
		return editor.LeadFromText
	}
	return editor.LeadFromTitle
}

// showLead shows the lead the selected 来稿 would get.
func (p *adoptPicker) showLead() {
	if p.lead == nil {
		return
	}
	if p.selected < 0 || p.selected >= len(p.rows) {
		p.lead.SetText("")
		return
	}
	sub := p.rows[p.selected]
	lead, _ := editor.AdoptedLead(sub.Title, sub.Text, p.from())
	p.lead.SetText(lang.L("标题句：{{.Lead}}", map[string]any{"Lead": lead}))
}
