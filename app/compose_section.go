package app

import (
	"fmt"
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/editor"
)

// sectionView is one 栏目: its name and actions, then its items.
func (s *composeScreen) sectionView(i int) fyne.CanvasObject {
	sec := &s.issue.Sections[i]
	id := sec.ID
	title := widget.NewLabelWithStyle(composeSectionTitle(sec.Name), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	count := widget.NewLabel(composeSectionCount(sec))
	s.counts[sec.ID] = count
	rename := s.button(lang.L("重命名"), theme.DocumentCreateIcon(), func() { s.renameSection(id, sec.Name) })
	up := s.button("", theme.MoveUpIcon(), func() { s.moveSection(id, -1) })
	down := s.button("", theme.MoveDownIcon(), func() { s.moveSection(id, 1) })
	if i == 0 {
		up.Disable()
	}
	if i == len(s.issue.Sections)-1 {
		down.Disable()
	}
	del := s.button(lang.L("删除栏目"), theme.DeleteIcon(), func() { s.deleteSection(id, sec.Name, len(sec.Items)) })
	head := container.NewHBox(title, count, layout.NewSpacer(), rename, up, down, del)
	items := container.NewVBox()
	for j := range sec.Items {
		ie := s.newItemEditor(&sec.Items[j])
		items.Add(s.slot(ie, ie.view(s.issue.Sections, i, j, len(sec.Items))))
		items.Add(widget.NewSeparator())
	}
	write := s.button(lang.L("写一条"), theme.ContentAddIcon(), func() { s.writeItem(id) })
	adopt := s.button(lang.L("从来稿采用"), theme.MailAttachmentIcon(), func() { s.showAdoptPicker(id) })
	if len(sec.Items) == 0 {
		items.Add(widget.NewLabel(lang.L("本栏目还没有条目。")))
	}
	return composeCard(container.NewVBox(head, widget.NewSeparator(), items, container.NewHBox(write, adopt)))
}

// composeCard frames a section as a card does. Fyne's Card refreshes all
// of its content when it first draws, which built the renderer of every
// widget of every item in the section, hidden or not, and wrapped each
// Entry's text: a tenth of the CPU an issue took to open.
func composeCard(content fyne.CanvasObject) fyne.CanvasObject {
	frame := canvas.NewRectangle(color.Transparent)
	frame.StrokeColor = theme.Color(theme.ColorNameSeparator)
	frame.StrokeWidth = 1
	frame.CornerRadius = theme.InputRadiusSize()
	inset := theme.Padding() / 2
	return container.New(layout.NewCustomPaddedLayout(inset, inset, inset, inset), frame, container.NewPadded(content))
}

func (s *composeScreen) addSection() {
	s.askName(lang.L("添加栏目"), "", func(name string) {
		issueID := s.issue.ID
		s.do(func() error {
			_, err := s.u.ar.AddSection(s.u.ctx(), issueID, name)
			return err
		})
	})
}

func (s *composeScreen) renameSection(id int64, old string) {
	s.askName(lang.L("重命名栏目"), old, func(name string) {
		if name != old {
			s.do(func() error { return s.u.ar.RenameSection(s.u.ctx(), id, name) })
		}
	})
}

// askName asks for a section name; an empty name is refused in the dialog.
func (s *composeScreen) askName(title, current string, done func(string)) {
	e := widget.NewEntry()
	e.SetText(current)
	e.Validator = func(v string) error {
		if strings.TrimSpace(v) == "" {
			return fmt.Errorf("%s", lang.L("请填写栏目名称"))
		}
		return nil
	}
	items := []*widget.FormItem{widget.NewFormItem(lang.L("栏目名称"), e)}
	d := dialog.NewForm(title, lang.L("确定"), lang.L("取消"), items, func(ok bool) {
		if ok {
			done(strings.TrimSpace(e.Text))
		}
	}, s.u.win)
	d.Resize(fyne.NewSize(420, 160))
	s.u.showForm(d, items, e)
}

func (s *composeScreen) moveSection(id int64, delta int) {
	s.do(func() error { return s.u.ar.MoveSection(s.u.ctx(), id, delta) })
}

// deleteSection deletes an empty section at once; one with items only after
// confirmation, and its items go with it.
func (s *composeScreen) deleteSection(id int64, name string, items int) {
	del := func() {
		s.do(func() error { return s.u.ar.DeleteSection(s.u.ctx(), id) })
	}
	if items == 0 {
		del()
		return
	}
	msg := lang.L("栏目“{{.Name}}”还有{{.N}}条，删除栏目会一并删除这些条目。确定删除？",
		map[string]any{"Name": name, "N": items})
	s.u.confirm(lang.L("删除栏目"), msg, lang.L("删除"), true, del)
}

// writeItem adds an empty item to write directly (市外参考) and puts the
// cursor in its lead.
func (s *composeScreen) writeItem(sectionID int64) {
	it := &editor.Item{}
	s.do(func() error { return s.u.ar.AddItem(s.u.ctx(), sectionID, it) })
	s.focusItem(it.ID)
}

// moveItemToSection asks for another section of the issue.
func (s *composeScreen) moveItemToSection(id int64, sections []editor.Section, from int) {
	var names []string
	var ids []int64
	for i, sec := range sections {
		if i != from {
			names = append(names, sec.Name)
			ids = append(ids, sec.ID)
		}
	}
	sel := widget.NewSelect(names, nil)
	sel.SetSelectedIndex(0)
	items := []*widget.FormItem{widget.NewFormItem(lang.L("移到栏目"), sel)}
	dialog.ShowForm(lang.L("移到其他栏目"), lang.L("移动"), lang.L("取消"), items, func(ok bool) {
		if ok && sel.SelectedIndex() >= 0 {
			s.moveToSection(id, sections[from].ID, ids[sel.SelectedIndex()])
		}
	}, s.u.win)
}

// deleteItem removes the item at once and offers 撤销.
func (s *composeScreen) deleteItem(id int64) {
	if ie := s.editors[id]; ie != nil {
		ie.save.flush()
	}
	var gone editor.Item
	s.do(func() error {
		var err error
		gone, err = s.u.ar.DeleteItem(s.u.ctx(), id)
		return err
	})
	if gone.ID != 0 {
		s.undo.offer(gone)
	}
}

// composeSectionCount is a section's 8条，7279字, as its items now read.
func composeSectionCount(sec *editor.Section) string {
	words := 0
	for j := range sec.Items {
		words += composeItemWords(&sec.Items[j])
	}
	return lang.L("{{.N}}条，{{.W}}字", map[string]any{"N": len(sec.Items), "W": words})
}

// recount updates the count of the section holding an item being typed
// in; it was counted only when the page was built, and went stale.
func (s *composeScreen) recount(sectionID int64) {
	if s.issue == nil || s.counts[sectionID] == nil {
		return
	}
	for i := range s.issue.Sections {
		if sec := &s.issue.Sections[i]; sec.ID == sectionID {
			s.counts[sectionID].SetText(composeSectionCount(sec))
		}
	}
}

// composeSectionTitle is how a section's name shows in 组版: a section
// without a name (the items an imported back issue had before any heading)
// says so, as it prints without a heading.
func composeSectionTitle(name string) string {
	if name == "" {
		return lang.L("（无栏目名，印出时不加标题）")
	}
	return name
}
