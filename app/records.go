package app

import (
	"context"
	"errors"
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

// recordsPanel lists and records what happened to a piece above the
// bulletin: adoption by a higher outlet (上级采用) and leaders' 批示. The 来稿
// detail shows it for a submission, 组版 for an item — also on a signed
// issue, since these are not issue content. Both count in the statistics.
type recordsPanel struct {
	u             *ui
	subID, itemID int64 // exactly one is set
	box           *fyne.Container
	changed       func() // after a record is added or deleted; may be nil
}

func newRecordsPanel(u *ui, changed func()) *recordsPanel {
	return &recordsPanel{u: u, box: container.NewVBox(), changed: changed}
}

// buttons are 记录上级采用 and 记录批示.
func (r *recordsPanel) buttons() fyne.CanvasObject {
	return container.NewHBox(
		// under the heading 上级采用与批示: short English words, as the
		// row is the 来稿 pane's least width (review F21)
		widget.NewButtonWithIcon(lang.X("button|记录上级采用", "记录上级采用"), theme.ContentAddIcon(), r.onAddAdoption),
		widget.NewButtonWithIcon(lang.X("button|记录批示", "记录批示"), theme.ContentAddIcon(), r.onAddInstruction))
}

// show lists the records of a submission (itemID 0) or of an item (subID 0).
func (r *recordsPanel) show(subID, itemID int64) {
	r.subID, r.itemID = subID, itemID
	r.load()
}

func (r *recordsPanel) load() {
	ctx := r.u.ctx()
	r.box.RemoveAll()
	ads, err := r.u.ar.UpstreamAdoptions(ctx, r.subID, r.itemID)
	if err != nil {
		r.box.Add(widget.NewLabel(userMessage(err)))
	}
	for _, a := range ads {
		text := lang.L("上级采用：{{.Date}} {{.Level}} {{.Outlet}} {{.Note}}", map[string]any{
			"Date": r.u.dateLabel(a.Date), "Level": levelLabel(a.Level), "Outlet": a.Outlet, "Note": a.Note})
		r.box.Add(r.row(text, a.ID, r.u.ar.DeleteUpstreamAdoption))
	}
	ins, err := r.u.ar.Instructions(ctx, r.subID, r.itemID)
	if err != nil {
		r.box.Add(widget.NewLabel(userMessage(err)))
	}
	for _, in := range ins {
		text := lang.L("批示：{{.Date}} {{.Level}} {{.Leader}}：{{.Text}}", map[string]any{
			"Date": r.u.dateLabel(in.Date), "Level": levelLabel(in.Level), "Leader": in.Leader, "Text": in.Text})
		r.box.Add(r.row(text, in.ID, r.u.ar.DeleteInstruction))
	}
	if len(ads)+len(ins) == 0 {
		r.box.Add(widget.NewLabel(lang.L("还没有记录。")))
	}
	r.box.Refresh()
}

func (r *recordsPanel) row(text string, id int64, del func(context.Context, int64) error) fyne.CanvasObject {
	b := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() {
		r.u.confirm(lang.L("删除记录"), lang.L("确定删除这条记录？"), lang.L("删除"), true, func() {
			if err := del(r.u.ctx(), id); err != nil {
				r.u.showError(err)
			}
			r.reloadAndTell()
		})
	})
	b.Importance = widget.LowImportance
	return container.NewBorder(nil, nil, nil, b, wrapLabel(text))
}

func (r *recordsPanel) reloadAndTell() {
	r.load()
	if r.changed != nil {
		r.changed()
	}
}

// errRecordIncomplete: a required field is empty or the date unreadable.
var errRecordIncomplete = errors.New("incomplete record")

func (r *recordsPanel) onAddAdoption() {
	outlet, note, date := widget.NewEntry(), widget.NewEntry(), widget.NewEntry()
	outlet.SetPlaceHolder(lang.L("如：省委组织部《组工信息》"))
	date.SetText(r.u.dateLabel(time.Now()))
	level := levelSelect(1)
	items := []*widget.FormItem{
		widget.NewFormItem(lang.L("采用刊物"), outlet), widget.NewFormItem(lang.L("级别"), level),
		widget.NewFormItem(lang.L("日期"), date), widget.NewFormItem(lang.L("备注"), note),
	}
	r.form(lang.L("记录上级采用"), items, func() error {
		d, ok := editor.ParseDate(date.Text)
		if !ok || strings.TrimSpace(outlet.Text) == "" {
			return errRecordIncomplete
		}
		a := editor.UpstreamAdoption{SubmissionID: r.subID, ItemID: r.itemID, Outlet: strings.TrimSpace(outlet.Text),
			Level: editor.Levels[level.SelectedIndex()], Date: d, Note: strings.TrimSpace(note.Text)}
		return r.u.ar.AddUpstreamAdoption(r.u.ctx(), &a)
	})
}

func (r *recordsPanel) onAddInstruction() {
	leader, date, text := widget.NewEntry(), widget.NewEntry(), widget.NewMultiLineEntry()
	leader.SetPlaceHolder(lang.L("如：市委主要负责同志"))
	date.SetText(r.u.dateLabel(time.Now()))
	level := levelSelect(2)
	items := []*widget.FormItem{
		widget.NewFormItem(lang.L("批示领导"), leader), widget.NewFormItem(lang.L("级别"), level),
		widget.NewFormItem(lang.L("日期"), date), widget.NewFormItem(lang.L("批示内容"), text),
	}
	r.form(lang.L("记录批示"), items, func() error {
		d, ok := editor.ParseDate(date.Text)
		if !ok || strings.TrimSpace(leader.Text) == "" {
			return errRecordIncomplete
		}
		in := editor.Instruction{SubmissionID: r.subID, ItemID: r.itemID, Leader: strings.TrimSpace(leader.Text),
			Level: editor.Levels[level.SelectedIndex()], Date: d, Text: strings.TrimSpace(text.Text)}
		return r.u.ar.AddInstruction(r.u.ctx(), &in)
	})
}

// form shows a small form; save runs on 保存 and the list reloads. An
// incomplete form says what is missing.
func (r *recordsPanel) form(title string, items []*widget.FormItem, save func() error) {
	d := dialog.NewForm(title, lang.L("保存"), lang.L("取消"), items, func(ok bool) {
		if !ok {
			return
		}
		err := save()
		if errors.Is(err, errRecordIncomplete) {
			r.form(title, items, save) // again, with what was typed: a long 批示 is not lost
			err = errors.New(lang.L("请填写必填项（刊物或领导），日期写法如 2022年6月15日 或 2022-06-15。"))
		}
		if err != nil {
			r.u.showError(err)
			return
		}
		r.reloadAndTell()
	}, r.u.win)
	d.Resize(fyne.NewSize(480, 340))
	var first fyne.Focusable
	if e, ok := items[0].Widget.(*widget.Entry); ok {
		first = e
	}
	r.u.showForm(d, items, first)
}

// levelSelect picks 中央/省/市, preselecting index i.
func levelSelect(i int) *widget.Select {
	var opts []string
	for _, l := range editor.Levels {
		opts = append(opts, levelLabel(l))
	}
	s := widget.NewSelect(opts, nil)
	s.SetSelectedIndex(i)
	return s
}
