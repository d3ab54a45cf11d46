package app

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/editor"
)

// unitsScreen (单位) lists the 报送单位 and edits the selected one in place;
// edits are saved as the editor types.
type unitsScreen struct {
	u       *ui
	units   []editor.Unit
	sel     int // index into units, -1 none
	loading bool
	// selName is the unit's name when it was selected: renamed, the unit
	// keeps it as an alias (once; the editor may remove it), so pieces
	// written under the old name still credit it.
	selName  string
	keptName bool

	table    *widget.Table
	name     *autoEntry
	short    *autoEntry
	group    *widget.SelectEntry
	aliases  *autoEntry
	active   *widget.Check
	status   *widget.Label
	form     *fyne.Container
	deleteBt *widget.Button
	save     *debouncer
	adminWs  []fyne.Disableable // only a 管理员 may use them (adminOnly, again at each reload: roles change live)
}

func newUnitsScreen(u *ui) *unitsScreen {
	s := &unitsScreen{u: u, sel: -1}
	s.save = u.autosave(s.onSave)
	changed := func() { s.changed() }
	s.name = newAutoEntry(false, changed, s.save.flush)
	s.short = newAutoEntry(false, changed, s.save.flush)
	s.aliases = newAutoEntry(false, changed, s.save.flush)
	s.aliases.SetPlaceHolder(lang.L("多个别名用逗号分隔"))
	s.group = widget.NewSelectEntry(editor.DefaultGroups)
	s.group.OnChanged = func(string) { changed() }
	s.active = widget.NewCheck(lang.L("启用"), func(bool) { changed(); s.save.flush() })
	s.status = widget.NewLabel("")
	s.status.Wrapping = fyne.TextWrapWord
	return s
}

var unitColumns = []string{"名称", "简称", "分组", "别名", "状态"}

func (s *unitsScreen) view() fyne.CanvasObject {
	s.table = widget.NewTableWithHeaders(
		func() (int, int) { return len(s.units), len(unitColumns) },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		s.updateCell)
	s.table.ShowHeaderColumn = false
	s.table.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		if id.Col >= 0 {
			o.(*widget.Label).SetText(lang.L(unitColumns[id.Col]))
		}
	}
	for i, w := range []float32{200, 100, 76, 236, 56} {
		s.table.SetColumnWidth(i, w)
	}
	s.table.OnSelected = func(id widget.TableCellID) { s.onSelect(id.Row) }
	add := widget.NewButtonWithIcon(lang.L("新增单位"), theme.ContentAddIcon(), s.onAdd)
	add.Importance = widget.HighImportance
	s.deleteBt = widget.NewButtonWithIcon(lang.L("删除单位"), theme.DeleteIcon(), s.onDelete)
	s.form = container.NewVBox(
		widget.NewForm(
			widget.NewFormItem(lang.L("名称"), s.name),
			widget.NewFormItem(lang.L("简称"), s.short),
			widget.NewFormItem(lang.L("分组"), s.group),
			widget.NewFormItem(lang.L("别名"), s.aliases),
			widget.NewFormItem("", s.active),
		),
		wrapLabel(lang.L("修改自动保存。别名用于从落款和正文中识别单位。")),
		s.status,
		container.NewHBox(s.deleteBt),
	)
	s.showForm(false)
	s.adminWs = []fyne.Disableable{add, s.name, s.short, s.group, s.aliases, s.active, s.deleteBt}
	s.u.adminOnly(s.adminWs...) // users.go
	top := container.NewHBox(add)
	split := container.NewHSplit(s.table, container.NewPadded(s.form))
	split.Offset = 0.62
	return container.NewBorder(top, nil, nil, nil, split)
}

func (s *unitsScreen) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	l := o.(*widget.Label)
	if id.Row >= len(s.units) {
		l.SetText("")
		return
	}
	un := s.units[id.Row]
	l.Truncation = fyne.TextTruncateEllipsis
	switch id.Col {
	case 0:
		l.SetText(un.Name)
	case 1:
		l.SetText(un.ShortName)
	case 2:
		l.SetText(un.Group)
	case 3:
		l.SetText(strings.Join(un.Aliases, "，"))
	case 4:
		if un.Active {
			l.SetText(lang.L("启用"))
		} else {
			l.SetText(lang.L("停用"))
		}
	}
}

// reload reads the units again, keeping the selected one when it still exists.
func (s *unitsScreen) reload() {
	s.save.flush()
	var keep int64
	if s.sel >= 0 && s.sel < len(s.units) {
		keep = s.units[s.sel].ID
	}
	units, err := s.u.ar.Units(s.u.ctx())
	if err != nil {
		s.u.showError(err)
		return
	}
	s.units = units
	s.u.adminOnly(s.adminWs...)
	s.sel = -1
	s.table.UnselectAll()
	s.table.Refresh()
	for i, un := range units {
		if un.ID == keep {
			s.table.Select(widget.TableCellID{Row: i})
			return
		}
	}
	s.showForm(false)
}

func (s *unitsScreen) onSelect(row int) {
	if row == s.sel {
		return
	}
	s.save.flush()
	if row < 0 || row >= len(s.units) {
		return
	}
	s.sel = row
	un := s.units[row]
	s.selName, s.keptName = un.Name, false
	s.loading = true
	s.name.SetText(un.Name)
	s.short.SetText(un.ShortName)
	s.group.SetText(un.Group)
	s.aliases.SetText(strings.Join(un.Aliases, "，"))
	s.active.SetChecked(un.Active)
	s.loading = false
	s.status.SetText("")
	s.showForm(true)
}

func (s *unitsScreen) showForm(on bool) {
	for _, o := range s.form.Objects {
		if on {
			o.Show()
		} else {
			o.Hide()
		}
	}
}

func (s *unitsScreen) changed() {
	if !s.loading && s.sel >= 0 {
		s.save.poke()
	}
}

// onSave writes the form into the selected unit.
func (s *unitsScreen) onSave() {
	if s.sel < 0 || s.sel >= len(s.units) {
		return
	}
	un := s.units[s.sel]
	problem := ""
	if name := strings.TrimSpace(s.name.Text); name != "" {
		un.Name = name
	} else { // keep the stored name; the other fields are saved all the same
		problem = lang.L("名称不能为空，未保存。")
	}
	un.ShortName = strings.TrimSpace(s.short.Text)
	un.Group = strings.TrimSpace(s.group.Text)
	un.Aliases = deskSplitList(s.aliases.Text)
	s.keepOldName(&un)
	un.Active = s.active.Checked
	if err := s.u.ar.SaveUnit(s.u.ctx(), &un); err != nil {
		s.status.SetText(lang.L("未保存：") + userMessage(err))
		return
	}
	s.units[s.sel] = un
	s.u.markOthersDirty()
	s.status.SetText(lang.L("已保存"))
	if problem != "" {
		s.status.SetText(problem)
	}
	s.table.RefreshItem(widget.TableCellID{Row: s.sel, Col: 0})
	s.table.Refresh()
}

// keepOldName adds the name the unit had when selected to its aliases, and
// shows it there, the first time a save renames it.
func (s *unitsScreen) keepOldName(un *editor.Unit) {
	if s.keptName || s.selName == "" || un.Name == s.selName || slices.Contains(un.Aliases, s.selName) {
		return
	}
	s.keptName = true
	un.Aliases = append(un.Aliases, s.selName)
	s.loading = true
	s.aliases.SetText(strings.Join(un.Aliases, "，"))
	s.loading = false
}

// onAdd asks for the new unit's name and creates it.
func (s *unitsScreen) onAdd() {
	name := widget.NewEntry()
	name.SetPlaceHolder(lang.L("如：怀宁县委组织部"))
	items := []*widget.FormItem{widget.NewFormItem(lang.L("名称"), name)}
	d := dialog.NewForm(lang.L("新增单位"), lang.L("新增"), lang.L("取消"), items,
		func(ok bool) {
			if ok {
				s.addUnit(name.Text)
			}
		}, s.u.win)
	d.Resize(fyne.NewSize(420, d.MinSize().Height)) // room for a unit's full name
	s.u.showForm(d, items, name)
}

// addUnit creates a unit and selects it; when the name is one an existing
// unit is known by (with or without 中共, its 简称), it asks first and
// offers that unit (review F38).
func (s *unitsScreen) addUnit(name string) {
	name = strings.TrimSpace(name)
	if name == "" {
		return
	}
	old, ok := editor.NewUnitMatcher(s.units).Existing(name)
	if !ok {
		s.createUnit(name)
		return
	}
	msg := fmt.Sprintf(lang.L("单位中已有“%s”，“%s”指的就是它。\n另建一个单位，统计时会把它分成两个。"), old.Name, name)
	d := dialog.NewConfirm(lang.L("新增单位"), msg, func(add bool) {
		if add {
			s.createUnit(name)
		} else {
			s.selectUnit(old.ID)
		}
	}, s.u.win)
	d.SetConfirmText(lang.L("仍然新增"))
	d.SetDismissText(lang.L("转到已有单位"))
	d.Show()
}

// selectUnit selects the unit with id in the table.
func (s *unitsScreen) selectUnit(id int64) {
	for i, un := range s.units {
		if un.ID == id {
			s.table.Select(widget.TableCellID{Row: i})
			return
		}
	}
}

// createUnit saves a new unit named name and selects it.
func (s *unitsScreen) createUnit(name string) {
	un := editor.Unit{Name: name, Active: true, Group: editor.GuessUnitGroup(name)}
	if err := s.u.ar.SaveUnit(s.u.ctx(), &un); err != nil {
		s.u.showError(err)
		return
	}
	s.units = append(s.units, un)
	s.u.markOthersDirty()
	s.table.Refresh()
	s.table.Select(widget.TableCellID{Row: len(s.units) - 1})
}

// onDelete removes the selected unit after asking; a unit that submissions
// or items credit cannot go (it can be set 停用 instead).
func (s *unitsScreen) onDelete() {
	if s.sel < 0 || s.sel >= len(s.units) {
		return
	}
	un := s.units[s.sel]
	s.u.confirm(lang.L("删除单位"), lang.L("确定删除单位：")+un.Name+"？", lang.L("删除"), true, func() { s.deleteUnit(un.ID) })
}

func (s *unitsScreen) deleteUnit(id int64) {
	err := s.u.ar.DeleteUnit(s.u.ctx(), id)
	if errors.Is(err, editor.ErrInUse) {
		s.u.info(lang.L("不能删除"), lang.L("该单位已有来稿或条目，删除会丢失这些记录的单位。可以取消“启用”，让它不再出现在选择列表中。"))
		return
	}
	if err != nil {
		s.u.showError(err)
		return
	}
	s.save.flush()
	s.sel = -1
	s.table.UnselectAll()
	s.u.markOthersDirty()
	s.reload()
}
