package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export/issueprint"
)

// The review in 组版: the buttons of the next steps (送审, 审核通过, 退回,
// 签发, 重新打开), each shown only to a user whose role allows it, and the
// lines of the header saying who sent, reviewed and signed the issue and
// when. Every step goes through editor's Archive.StepIssue.

// locked says whether this user may not edit the issue: signed off, or
// with the reviewer while this user is neither 审核 nor 签发.
func (s *composeScreen) locked() bool {
	if s.issue == nil {
		return false
	}
	switch s.issue.Status {
	case editor.IssueSigned:
		return true
	case editor.IssueSubmitted, editor.IssueReviewed:
		return !s.u.me.HasAny(editor.RoleReviewer, editor.RoleSigner)
	}
	return false
}

// workflowButtons are the steps the issue's stage allows and this user's
// role may take.
func (s *composeScreen) workflowButtons() []fyne.CanvasObject {
	me := s.u.me
	var out []fyne.CanvasObject
	add := func(label string, icon fyne.Resource, high bool, fn func()) {
		b := widget.NewButtonWithIcon(label, icon, fn)
		if high {
			b.Importance = widget.HighImportance
		}
		if s.u.readOnly {
			b.Disable()
		}
		out = append(out, b)
	}
	back := me.HasAny(editor.RoleReviewer, editor.RoleSigner)
	switch s.issue.Status {
	case editor.IssueDraft:
		if me.Has(editor.RoleEditor) {
			add(lang.L("送审"), theme.MailSendIcon(), true, s.onSend)
		}
	case editor.IssueSubmitted:
		if me.Has(editor.RoleReviewer) {
			add(lang.L("审核通过"), theme.ConfirmIcon(), true, s.onReview)
		}
		if back {
			add(lang.L("退回"), theme.MailReplyIcon(), false, s.onReturn)
		}
	case editor.IssueReviewed:
		if me.Has(editor.RoleSigner) {
			add(lang.L("签发"), theme.ConfirmIcon(), true, s.onSign)
		}
		if back {
			add(lang.L("退回"), theme.MailReplyIcon(), false, s.onReturn)
		}
	case editor.IssueSigned:
		if me.Has(editor.RoleSigner) {
			add(lang.L("重新打开"), theme.ViewRefreshIcon(), false, s.onReopen)
		}
	}
	return out
}

// reviewRecord is the header's one row about the review, there at every
// stage and always one line high: 送审, 审核 with the opinion, 签发, or the
// sending back and its note, joined; on a signed issue first that it is
// locked. Each step used to add a wrapped line (and 签发 a banner), and the
// editing column moved down 40, 80, 160 px under the pointer (review F26).
// A record longer than the row ends in …; a click shows it whole.
func (s *composeScreen) reviewRecord() fyne.CanvasObject {
	lines := s.workflowLines()
	icon, lead := theme.InfoIcon(), ""
	if s.issue.Status == editor.IssueSigned {
		icon, lead = theme.ConfirmIcon(), lang.L("已签发：本期内容已锁定，可以阅读和导出。如需修改，请先点击“重新打开”。")
	}
	if len(lines) == 0 && lead == "" {
		lines = []string{lang.L("草稿：尚未送审。")}
	}
	l := newRecordLabel(lead+strings.Join(lines, lang.L("；")), func() {
		s.u.info(lang.L("审核记录"), strings.TrimSpace(lead+"\n"+strings.Join(lines, "\n")))
	})
	switch s.issue.Status {
	case editor.IssueSigned:
		l.Importance = widget.SuccessImportance
	case editor.IssueDraft:
		if s.issue.Review.Returned == nil {
			l.Importance = widget.LowImportance
		}
	}
	return container.NewBorder(nil, nil, widget.NewIcon(icon), nil, l)
}

// workflowLines are the record of the current round: 送审, 审核 with the
// opinion, 签发; or the sending back and its note on a draft.
func (s *composeScreen) workflowLines() []string {
	r := s.issue.Review
	var out []string
	line := func(what string, e *editor.IssueEvent) {
		if e == nil {
			return
		}
		text := what + lang.L("：") + s.eventWho(e)
		if e.Note != "" {
			label := lang.L("。说明：")
			if e.Action == editor.ActionReview {
				label = lang.L("。意见：")
			}
			text += label + strings.ReplaceAll(e.Note, "\n", " ")
		}
		out = append(out, text)
	}
	line(lang.L("送审"), r.Sent)
	line(lang.L("审核"), r.Reviewed)
	line(lang.L("签发"), r.Signed)
	if r.Returned != nil {
		what := lang.L("退回")
		if r.Returned.Action == editor.ActionReopen {
			what = lang.L("重新打开")
		}
		line(what, r.Returned)
	}
	return out
}

// recordLabel is one line of text cut with … to its room, the whole text
// shown by a click (Fyne has no tooltips).
type recordLabel struct {
	widget.Label
	onTap func()
}

func newRecordLabel(text string, onTap func()) *recordLabel {
	l := &recordLabel{onTap: onTap}
	l.Text = text
	l.Truncation = fyne.TextTruncateEllipsis
	l.ExtendBaseWidget(l)
	return l
}

// Tapped shows the whole record.
func (l *recordLabel) Tapped(*fyne.PointEvent) { l.onTap() }

// eventWho is "liwei 2026年3月2日 14:05", or 不详 for a step from before the record.
func (s *composeScreen) eventWho(e *editor.IssueEvent) string {
	who := e.Actor
	if who == "" {
		who = lang.L("（签发人不详）")
	}
	if e.At.IsZero() {
		return who + " " + lang.L("（时间不详）")
	}
	at := e.At.Local()
	return who + " " + s.u.dateLabel(at) + " " + at.Format("15:04")
}

func (s *composeScreen) onSend() {
	s.stepDialog(editor.ActionSend, lang.L("送审"), lang.L("送审后由审核人审阅；审核期间编辑不能修改本期，审核人可以修改或退回。"),
		lang.L("给审核人的话（可不填）"), false)
}

func (s *composeScreen) onReview() {
	s.stepDialog(editor.ActionReview, lang.L("审核通过"), lang.L("审核通过后送签发。"), lang.L("审核意见"), false)
}

func (s *composeScreen) onReturn() {
	s.stepDialog(editor.ActionReturn, lang.L("退回"), lang.L("退回后本期回到草稿，编辑可以修改后重新送审。"),
		lang.L("退回原因"), false)
}

func (s *composeScreen) onSign() {
	if s.issue == nil {
		return
	}
	explain := lang.L("签发后本期锁定，不能再修改；版头日期改为签发日期。")
	d, proposed := s.issue.Date, editor.DefaultSignDay(s.issue, editor.Today())
	switch {
	case !d.IsZero() && s.issue.Imported:
		explain += "\n" + lang.L("本期是从文件导入的，签发日期保留原文的日期{{.Date}}。", map[string]any{"Date": s.u.dateLabel(d)})
	case !d.IsZero() && proposed.Equal(d) && !d.Equal(editor.Today()): // a back issue of another year
		explain += "\n" + lang.L("本期是{{.Year}}年的一期，签发日期保留它的原日期{{.Date}}。", map[string]any{"Year": s.issue.Year, "Date": s.u.dateLabel(d)})
	case !d.IsZero() && !d.Equal(proposed): // an issue entered after the fact keeps its day if told so
		explain += "\n" + lang.L("本期版头日期现为{{.Date}}；如按原日期签发，请把签发日期改为它。", map[string]any{"Date": s.u.dateLabel(d)})
	}
	explain += signWarnings(s.issue)
	s.stepDialog(editor.ActionSign, lang.L("签发"), explain, lang.L("签发意见（可不填）"), true)
}

// signWarnings are what the signer should know before the issue is locked:
// 栏目 with no item (left out of the print) and a bulletin without an
// editing unit (the masthead would have no 「…编」 line). Nothing is
// invented for the unit: the signer is told where to set it.
func signWarnings(is *editor.Issue) string {
	var out string
	if empty := issueprint.EmptySections(is); len(empty) > 0 {
		out += "\n" + lang.L("栏目“{{.Names}}”没有条目，导出时不印。", map[string]any{"Names": strings.Join(empty, "、")})
	}
	if strings.TrimSpace(is.EditingUnit) == "" {
		out += "\n" + lang.L("本刊还没有编辑单位，版头将没有“……编”一行：请先在“设置”中填写编辑单位（如 中共××市委组织部）。")
	}
	return out
}

func (s *composeScreen) onReopen() {
	s.stepDialog(editor.ActionReopen, lang.L("重新打开"), lang.L("重新打开后本期回到草稿，修改后需要重新送审、审核、签发。"),
		lang.L("重新打开的原因"), false)
}

// stepDialog asks for the step's note (and the 签发 date) and takes it.
// Escape cancels in either field; Enter in the date takes the step.
func (s *composeScreen) stepDialog(act editor.IssueAction, title, explain, noteLabel string, withDate bool) {
	if s.issue == nil {
		return
	}
	s.flush()
	id := s.issue.ID
	note := newStepEntry(true)
	note.SetMinRowsVisible(3)
	note.Wrapping = fyne.TextWrapWord
	msg := widget.NewLabel(composeIssueLabel(s.issue) + "\n" + explain)
	msg.Wrapping = fyne.TextWrapWord
	items := []*widget.FormItem{widget.NewFormItem("", msg)}
	date, signer := newStepEntry(false), newStepEntry(false)
	if withDate {
		date.SetText(s.u.dateLabel(editor.DefaultSignDay(s.issue, editor.Today())))
		items = append(items, widget.NewFormItem(lang.L("签发日期"), date), s.signerItem(id, signer))
	}
	items = append(items, widget.NewFormItem(noteLabel, note))
	d := dialog.NewForm(title, title, lang.L("取消"), items, func(ok bool) {
		if !ok {
			return
		}
		day := editor.Date{}
		if withDate {
			var good bool
			if day, good = editor.ParseDate(date.Text); !good {
				s.u.info(title, lang.L("签发日期应写作 2026年3月2日 或 2026-03-02。"))
				return
			}
		}
		if act == editor.ActionSign {
			s.sign(id, strings.TrimSpace(note.Text), day, signer.Text)
			return
		}
		s.step(id, act, strings.TrimSpace(note.Text), day)
	}, s.u.win)
	note.onEscape, date.onEscape, signer.onEscape = d.Hide, d.Hide, d.Hide
	date.OnSubmitted = func(string) { d.Submit() }
	signer.OnSubmitted = date.OnSubmitted
	d.Resize(fyne.NewSize(520, 320))
	var focus fyne.Focusable = note
	if withDate {
		focus = date
	}
	s.u.showForm(d, items, focus)
}

// stepEntry is a field of the review's dialogs that Escape cancels, as in
// any desktop dialog (Fyne's entries ignore Escape, and it never reaches
// the window while the cursor is in one).
type stepEntry struct {
	widget.Entry
	onEscape func()
}

func newStepEntry(multi bool) *stepEntry {
	e := &stepEntry{}
	e.MultiLine = multi
	e.ExtendBaseWidget(e)
	return e
}

func (e *stepEntry) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape && e.onEscape != nil {
		e.onEscape()
		return
	}
	e.Entry.TypedKey(ev)
}

// step takes issue id one step (Archive.StepIssue) and shows the result.
func (s *composeScreen) step(id int64, act editor.IssueAction, note string, day editor.Date) {
	if s.do(func() error { return s.u.ar.StepIssue(s.u.ctx(), id, act, note, day) }) && act == editor.ActionSign {
		s.undo.clear() // signed: nothing to take back, and no banner over the signed issue
	}
}
