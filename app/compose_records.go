package app

import (
	"context"
	"errors"
	"fmt"
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

// itemRecords lists and records what happened to an item after the issue
// went out: adoption by a higher outlet (上级采用) and leaders' 批示. They
// are not issue content, so they can be recorded on a signed issue; the
// statistics credit them to the item's units.
type itemRecords struct {
	s      *composeScreen
	itemID int64
	box    *fyne.Container
}

func (s *composeScreen) showRecords(it *editor.Item) {
	s.flush()
	r := &itemRecords{s: s, itemID: it.ID, box: container.NewVBox()}
	r.load()
	lead := widget.NewLabel(it.Lead)
	lead.Wrapping = fyne.TextWrapWord
	addA := widget.NewButtonWithIcon(lang.L("记录上级采用"), theme.ContentAddIcon(), r.addAdoption)
	addI := widget.NewButtonWithIcon(lang.L("记录批示"), theme.ContentAddIcon(), r.addInstruction)
	content := container.NewBorder(lead, container.NewHBox(addA, addI), nil, nil, container.NewVScroll(r.box))
	d := dialog.NewCustom(lang.L("上级采用与批示"), lang.L("关闭"), content, s.u.win)
	d.Resize(fyne.NewSize(720, 460))
	d.Show()
}

// load lists the item's records, each with a delete button.
func (r *itemRecords) load() {
	ctx := r.s.u.ctx()
	r.box.RemoveAll()
	ads, err := r.s.u.ar.UpstreamAdoptions(ctx, 0, r.itemID)
	if err != nil {
		r.box.Add(widget.NewLabel(userMessage(err)))
	}
	for _, a := range ads {
		text := lang.L("上级采用：{{.Date}} {{.Level}} {{.Outlet}} {{.Note}}", map[string]any{
			"Date": r.s.u.dateLabel(a.Date), "Level": levelLabel(a.Level), "Outlet": a.Outlet, "Note": a.Note})
		r.box.Add(r.row(text, a.ID, r.s.u.ar.DeleteUpstreamAdoption))
	}
	ins, err := r.s.u.ar.Instructions(ctx, 0, r.itemID)
	if err != nil {
		r.box.Add(widget.NewLabel(userMessage(err)))
	}
	for _, in := range ins {
		text := lang.L("批示：{{.Date}} {{.Level}} {{.Leader}}：{{.Text}}", map[string]any{
			"Date": r.s.u.dateLabel(in.Date), "Level": levelLabel(in.Level), "Leader": in.Leader, "Text": in.Text})
		r.box.Add(r.row(text, in.ID, r.s.u.ar.DeleteInstruction))
	}
	if len(ads)+len(ins) == 0 {
		r.box.Add(widget.NewLabel(lang.L("还没有记录。")))
	}
	r.box.Refresh()
}

func (r *itemRecords) row(text string, id int64, del func(context.Context, int64) error) fyne.CanvasObject {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	b := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() {
		askConfirm(r.s.u, lang.L("删除记录"), lang.L("确定删除这条记录？"), lang.L("删除"), true, func() {
			if err := del(r.s.u.ctx(), id); err != nil {
				r.s.u.showError(err)
			}
			r.load()
			r.s.notifyOthers()
		})
	})
	b.Importance = widget.LowImportance
	return container.NewBorder(nil, nil, nil, b, l)
}

// composeLevelSelect picks 中央/省/市, preselecting index i.
func composeLevelSelect(i int) *widget.Select {
	var opts []string
	for _, l := range editor.Levels {
		opts = append(opts, levelLabel(l))
	}
	s := widget.NewSelect(opts, nil)
	s.SetSelectedIndex(i)
	return s
}

var errComposeRecordIncomplete = errors.New("incomplete record")

func (r *itemRecords) addAdoption() {
	outlet, note, date := widget.NewEntry(), widget.NewEntry(), widget.NewEntry()
	outlet.SetPlaceHolder(lang.L("如：省委组织部《组工信息》"))
	date.SetText(r.s.u.dateLabel(time.Now()))
	level := composeLevelSelect(1)
	items := []*widget.FormItem{
		widget.NewFormItem(lang.L("采用刊物"), outlet), widget.NewFormItem(lang.L("级别"), level),
		widget.NewFormItem(lang.L("日期"), date), widget.NewFormItem(lang.L("备注"), note),
	}
	r.form(lang.L("记录上级采用"), items, func() error {
		d, ok := composeParseDate(date.Text)
		if !ok || strings.TrimSpace(outlet.Text) == "" {
			return errComposeRecordIncomplete
		}
		a := editor.UpstreamAdoption{ItemID: r.itemID, Outlet: strings.TrimSpace(outlet.Text),
			Level: editor.Levels[level.SelectedIndex()], Date: d, Note: strings.TrimSpace(note.Text)}
		return r.s.u.ar.AddUpstreamAdoption(r.s.u.ctx(), &a)
	})
}

func (r *itemRecords) addInstruction() {
	leader, date, text := widget.NewEntry(), widget.NewEntry(), widget.NewMultiLineEntry()
	leader.SetPlaceHolder(lang.L("如：市委主要负责同志"))
	date.SetText(r.s.u.dateLabel(time.Now()))
	level := composeLevelSelect(2)
	items := []*widget.FormItem{
		widget.NewFormItem(lang.L("批示领导"), leader), widget.NewFormItem(lang.L("级别"), level),
		widget.NewFormItem(lang.L("日期"), date), widget.NewFormItem(lang.L("批示内容"), text),
	}
	r.form(lang.L("记录批示"), items, func() error {
		d, ok := composeParseDate(date.Text)
		if !ok || strings.TrimSpace(leader.Text) == "" {
			return errComposeRecordIncomplete
		}
		in := editor.Instruction{ItemID: r.itemID, Leader: strings.TrimSpace(leader.Text),
			Level: editor.Levels[level.SelectedIndex()], Date: d, Text: strings.TrimSpace(text.Text)}
		return r.s.u.ar.AddInstruction(r.s.u.ctx(), &in)
	})
}

// form shows a small form; save runs on 保存 and the list reloads. An
// incomplete form says what is missing.
func (r *itemRecords) form(title string, items []*widget.FormItem, save func() error) {
	d := dialog.NewForm(title, lang.L("保存"), lang.L("取消"), items, func(ok bool) {
		if !ok {
			return
		}
		err := save()
		if errors.Is(err, errComposeRecordIncomplete) {
			err = fmt.Errorf("%s", lang.L("请填写必填项（刊物或领导），日期写法如 2022年6月15日 或 2022-06-15。"))
		}
		if err != nil {
			r.s.u.showError(err)
			return
		}
		r.load()
		r.s.notifyOthers()
	}, r.s.u.win)
	d.Resize(fyne.NewSize(480, 340))
	d.Show()
}
