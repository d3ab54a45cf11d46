package app

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/editor"
)

// submissionRecords shows and records what happened to a submission above
// the bulletin: adoptions by higher outlets (上级采用) and leaders' 批示.
// Both count in the statistics.
type submissionRecords struct {
	u            *ui
	subID        int64
	adoptions    *fyne.Container
	instructions *fyne.Container
}

func newSubmissionRecords(u *ui) *submissionRecords {
	return &submissionRecords{u: u, adoptions: container.NewVBox(), instructions: container.NewVBox()}
}

func (r *submissionRecords) view() fyne.CanvasObject {
	addA := widget.NewButtonWithIcon(lang.L("记录上级采用"), theme.ContentAddIcon(), r.onAddAdoption)
	addI := widget.NewButtonWithIcon(lang.L("记录批示"), theme.ContentAddIcon(), r.onAddInstruction)
	return container.NewVBox(
		widget.NewSeparator(),
		container.NewHBox(widget.NewLabelWithStyle(lang.L("上级采用"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), addA),
		r.adoptions,
		container.NewHBox(widget.NewLabelWithStyle(lang.L("领导批示"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), addI),
		r.instructions,
	)
}

// load lists the records of a submission.
func (r *submissionRecords) load(subID int64) {
	r.subID = subID
	r.adoptions.RemoveAll()
	r.instructions.RemoveAll()
	ads, err := r.u.ar.UpstreamAdoptions(r.u.ctx(), subID, 0)
	if err != nil {
		r.adoptions.Add(widget.NewLabel(userMessage(err)))
	}
	for _, a := range ads {
		text := fmt.Sprintf("%s　%s　%s", r.u.dateLabel(a.Date), levelLabel(a.Level), a.Outlet)
		if a.Note != "" {
			text += "　" + a.Note
		}
		r.adoptions.Add(r.row(text, func() { r.delete(r.u.ar.DeleteUpstreamAdoption, a.ID) }))
	}
	ins, err := r.u.ar.Instructions(r.u.ctx(), subID, 0)
	if err != nil {
		r.instructions.Add(widget.NewLabel(userMessage(err)))
	}
	for _, in := range ins {
		text := fmt.Sprintf("%s　%s　%s：%s", r.u.dateLabel(in.Date), levelLabel(in.Level), in.Leader, in.Text)
		r.instructions.Add(r.row(text, func() { r.delete(r.u.ar.DeleteInstruction, in.ID) }))
	}
}

func (r *submissionRecords) row(text string, onDelete func()) fyne.CanvasObject {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	del := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() {
		r.u.confirm(lang.L("删除记录"), lang.L("确定删除这条记录？"), onDelete)
	})
	del.Importance = widget.LowImportance
	return container.NewBorder(nil, nil, nil, del, l)
}

// delete removes one record and lists the rest.
func (r *submissionRecords) delete(fn func(ctx context.Context, id int64) error, id int64) {
	if err := fn(r.u.ctx(), id); err != nil {
		r.u.showError(err)
		return
	}
	r.load(r.subID)
}

// errFormIncomplete is shown when a required field is empty or a date unreadable.
func errFormIncomplete() error {
	return errors.New(lang.L("请填写必填项，日期格式如 2022-06-15。"))
}

// levelSelect picks 中央/省/市.
func levelSelect() *widget.Select {
	var opts []string
	for _, l := range editor.Levels {
		opts = append(opts, levelLabel(l))
	}
	s := widget.NewSelect(opts, nil)
	s.SetSelectedIndex(1)
	return s
}

func (r *submissionRecords) onAddAdoption() {
	outlet, note, date := widget.NewEntry(), widget.NewEntry(), widget.NewEntry()
	outlet.SetPlaceHolder(lang.L("如：省委组织部《组工信息》"))
	date.SetText(dateISO(today()))
	level := levelSelect()
	items := []*widget.FormItem{
		widget.NewFormItem(lang.L("刊物"), outlet),
		widget.NewFormItem(lang.L("级别"), level),
		widget.NewFormItem(lang.L("日期"), date),
		widget.NewFormItem(lang.L("备注"), note),
	}
	r.form(lang.L("记录上级采用"), items, func() error {
		d, ok := editor.ParseDate(date.Text)
		if !ok || strings.TrimSpace(outlet.Text) == "" {
			return errFormIncomplete()
		}
		a := editor.UpstreamAdoption{SubmissionID: r.subID, Outlet: strings.TrimSpace(outlet.Text),
			Level: editor.Levels[level.SelectedIndex()], Date: d, Note: strings.TrimSpace(note.Text)}
		return r.u.ar.AddUpstreamAdoption(r.u.ctx(), &a)
	})
}

func (r *submissionRecords) onAddInstruction() {
	leader, date, text := widget.NewEntry(), widget.NewEntry(), widget.NewMultiLineEntry()
	leader.SetPlaceHolder(lang.L("如：市委书记某某"))
	date.SetText(dateISO(today()))
	level := levelSelect()
	level.SetSelectedIndex(2)
	items := []*widget.FormItem{
		widget.NewFormItem(lang.L("领导"), leader),
		widget.NewFormItem(lang.L("级别"), level),
		widget.NewFormItem(lang.L("日期"), date),
		widget.NewFormItem(lang.L("批示内容"), text),
	}
	r.form(lang.L("记录批示"), items, func() error {
		d, ok := editor.ParseDate(date.Text)
		if !ok || strings.TrimSpace(leader.Text) == "" {
			return errFormIncomplete()
		}
		in := editor.Instruction{SubmissionID: r.subID, Leader: strings.TrimSpace(leader.Text),
			Level: editor.Levels[level.SelectedIndex()], Date: d, Text: strings.TrimSpace(text.Text)}
		return r.u.ar.AddInstruction(r.u.ctx(), &in)
	})
}

// form shows a small form; save runs on 保存 and the list reloads.
func (r *submissionRecords) form(title string, items []*widget.FormItem, save func() error) {
	d := dialog.NewForm(title, lang.L("保存"), lang.L("取消"), items, func(ok bool) {
		if !ok {
			return
		}
		if err := save(); err != nil {
			r.u.showError(err)
			return
		}
		r.load(r.subID)
	}, r.u.win)
	d.Resize(fyne.NewSize(480, 320))
	d.Show()
}
