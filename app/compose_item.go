package app

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/app/textarea"
	"github.com/bulletindesk/bulletindesk/editor"
)

// itemEditor edits one item in place. item points into the screen's issue,
// so the preview always sees the latest typing.
type itemEditor struct {
	s          *composeScreen
	item       *editor.Item
	lead, attr *composeEntry
	body       *textarea.Area // compose_body.go
	note       *composeEntry  // the item's 编者按, printed before its △
	unitsBtn   *widget.Button
	unitsLbl   *widget.Label // the credited units, cut to the room there is
	words      *widget.Label
	save       *debouncer
	autoUnits  bool         // credits follow the attribution until units are picked by hand
	slot       *composeSlot // its place in the editing column (compose_lazy.go)
	// widgets are its editing widgets, disabled when signed as its slot
	// comes into sight (compose_lazy.go): disabling a widget draws it
	widgets []fyne.Disableable
}

func (s *composeScreen) newItemEditor(it *editor.Item) *itemEditor {
	if ie := s.reuse[it.ID]; ie != nil && ie.shows(it) {
		ie.item = it
		ie.widgets = nil
		for _, w := range []fyne.Disableable{ie.lead, ie.body, ie.attr, ie.note, ie.unitsBtn} {
			ie.editable(w)
			w.Enable() // kept from a signed state perhaps; build disables again when signed
		}
		ie.refreshLabels()
		s.editors[it.ID] = ie
		return ie
	}
	ie := &itemEditor{s: s, item: it}
	ie.save = s.u.autosaveTaken(ie.take)
	ie.lead = ie.field(false, it.Lead, lang.L("标题句（第一句）"))
	ie.lead.onPaste = ie.pasteIntoLead
	ie.body = ie.newBody(it.Body)
	ie.attr = ie.field(false, it.Attribution, lang.L("署名单位（不含括号）"))
	ie.note = ie.field(false, it.EditorNote, lang.L("编者按（不填则不印）"))
	ie.unitsBtn = widget.NewButtonWithIcon(lang.L("计分单位…"), theme.AccountIcon(), ie.pickUnits)
	ie.editable(ie.unitsBtn)
	ie.autoUnits = len(it.UnitIDs) == 0 || slices.Equal(it.UnitIDs, s.matchUnits(it.Attribution))
	// the labels are made with their text: SetText would draw them now,
	// for the items out of sight too
	ie.item.Words = composeItemWords(ie.item)
	words, over := s.itemWords(ie.item.Words)
	ie.words = widget.NewLabel(words)
	if over {
		ie.words.Importance = widget.WarningImportance
	}
	ie.unitsLbl = widget.NewLabel(ie.unitsText())
	ie.unitsLbl.Truncation = fyne.TextTruncateEllipsis
	s.editors[it.ID] = ie
	return ie
}

// editable adds one of the item's editing widgets (disabled when signed).
func (ie *itemEditor) editable(w fyne.Disableable) { ie.widgets = append(ie.widgets, w) }

// button is one of the item's editing buttons.
func (ie *itemEditor) button(label string, icon fyne.Resource, fn func()) *widget.Button {
	b := widget.NewButtonWithIcon(label, icon, fn)
	ie.editable(b)
	return b
}

// shows says the fields hold exactly the stored item, so they can be kept.
func (ie *itemEditor) shows(it *editor.Item) bool {
	return ie.lead.Text == it.Lead && ie.body.Text() == it.Body && ie.attr.Text == it.Attribution && ie.note.Text == it.EditorNote
}

// field makes one entry wired for autosave, focus tracking and Alt+Up/Down.
func (ie *itemEditor) field(multi bool, text, placeholder string) *composeEntry {
	e := newComposeField(multi, text, placeholder)
	e.OnChanged = func(string) { ie.changed() }
	e.onBlur = ie.save.flush
	e.onFocus = ie.focusedIn
	e.onMove = func(delta int) { ie.s.moveItem(ie.item.ID, delta) }
	e.onShortcut = ie.s.undo.shortcut
	ie.editable(e)
	return e
}

// focusedIn remembers the item the keyboard is in; the preview follows it.
func (ie *itemEditor) focusedIn() {
	if ie.s.focused != ie {
		ie.s.preview.follow(ie.item)
	}
	ie.s.focused = ie
}

// view lays the item out: lead, body, attribution and its actions.
func (ie *itemEditor) view(sections []editor.Section, sectionIdx, idx, count int) fyne.CanvasObject {
	s := ie.s
	id := ie.item.ID
	up := ie.button(lang.L("上移"), theme.MoveUpIcon(), func() { s.moveItem(id, -1) })
	down := ie.button(lang.L("下移"), theme.MoveDownIcon(), func() { s.moveItem(id, 1) })
	if idx == 0 {
		up.Disable()
	}
	if idx == count-1 {
		down.Disable()
	}
	move := ie.button(lang.L("移到栏目…"), theme.ContentRedoIcon(), func() { s.moveItemToSection(id, sections, sectionIdx) })
	if len(sections) < 2 {
		move.Disable()
	}
	del := ie.button(lang.L("删除"), theme.DeleteIcon(), func() { s.deleteItem(id) })
	editing := s.u.live().label(id) // 「张三正在编辑」 (live.go)
	actions := container.NewBorder(nil, nil, container.NewHBox(widget.NewLabel("△"), ie.words, editing), container.NewHBox(up, down, move, del))
	s.u.live().placed(id, actions) // laid out again when the mark comes or goes
	attr := container.NewBorder(nil, nil, widget.NewLabel(lang.L("署名")), nil, ie.attr)
	fields := container.NewVBox(ie.note, ie.lead, ie.body, attr)
	pass := newComposeScrollPass(func() fyne.Scrollable {
		if s.scroll == nil {
			return nil
		}
		return s.scroll
	})
	// not an editing widget: 批示 arrive after sign-off and are recorded then
	records := widget.NewButtonWithIcon(lang.L("上级采用/批示"), theme.GridIcon(), func() { s.showRecords(ie.item) })
	history := widget.NewButtonWithIcon(lang.L("历史"), theme.HistoryIcon(), ie.showHistory) // app/history.go
	credits := container.NewBorder(nil, nil, nil, container.NewHBox(ie.unitsBtn, records, history), ie.unitsLbl)
	return container.NewVBox(actions, container.NewStack(fields, pass), credits)
}

// changed copies the fields into the item and schedules the save.
func (ie *itemEditor) changed() {
	ie.s.undo.typed = true // Ctrl+Z now undoes the typing, in the field
	ie.s.mark.Hide()       // the text under the find's mark moved
	ie.item.Lead = ie.lead.Text
	ie.item.Body = ie.body.Text()
	ie.item.Attribution = ie.attr.Text
	ie.item.EditorNote = strings.TrimSpace(ie.note.Text)
	if ie.autoUnits {
		ie.item.UnitIDs = ie.s.matchUnits(ie.item.Attribution)
	}
	ie.refreshLabels()
	ie.s.recount(ie.item.SectionID)
	ie.save.poke()
	ie.s.preview.changed()
	if ie.typedIn() {
		ie.s.u.live().typing(ie.item.ID, ie.s.issueID) // the other desktops show who types here (live.go)
	}
}

func (ie *itemEditor) refreshLabels() {
	ie.item.Words = composeItemWords(ie.item)
	text, over := ie.s.itemWords(ie.item.Words)
	importance := widget.MediumImportance
	if over {
		importance = widget.WarningImportance
	}
	if text != ie.words.Text || importance != ie.words.Importance {
		ie.words.Importance = importance
		ie.words.SetText(text)
	}
	// set only when changed: this runs at every key, and a label cut to its
	// room measures its text again on each SetText
	if units := ie.unitsText(); units != ie.unitsLbl.Text {
		ie.unitsLbl.SetText(units)
	}
}

// unitsText is 计分单位：… or 综合：… for the units the item credits.
func (ie *itemEditor) unitsText() string {
	names := ie.s.unitNames(ie.item.UnitIDs)
	switch {
	case len(names) > 1:
		return lang.L("综合：{{.Names}}", map[string]any{"Names": strings.Join(names, "、")})
	case len(names) == 1:
		return lang.L("计分单位：{{.Names}}", map[string]any{"Names": names[0]})
	}
	return lang.L("计分单位：无")
}

// take is the write of the item as it is now (UI goroutine, at each
// change); the autosave queues it when due (u.write runs it off the UI
// goroutine).
func (ie *itemEditor) take() func() {
	it := *ie.item
	return func() { ie.store(it, false) }
}

// store writes it; a save the archive did not take is tried again, and the
// editor told once (told: already).
func (ie *itemEditor) store(it editor.Item, told bool) {
	u := ie.s.u
	key := fmt.Sprintf("item %d", it.ID)
	turn := u.jobs.turn(key)
	u.write(func(ctx context.Context) error { return u.saveItem(ctx, &it) }, func(err error) {
		if err != nil {
			switch {
			case ie.resolveConflict(err):
			case u.retrySave(err, key, turn, func() { ie.store(it, true) }):
				if !told {
					ie.s.fail(fmt.Errorf("save the item (tried again every %v while the window is open): %w", saveRetry, err))
				}
			default:
				ie.s.fail(fmt.Errorf("save the item: %w", err))
			}
			return
		}
		ie.item.Version = max(ie.item.Version, it.Version)
		ie.refreshLabels() // the archive may have credited units from the attribution
		ie.s.notifyOthers()
	})
}

// pickUnits offers every unit as a check box; several checked make a 综合 item.
func (ie *itemEditor) pickUnits() {
	s := ie.s
	byName := map[string]int64{}
	var options []string
	for _, u := range s.units {
		if !u.Active && !containsID(ie.item.UnitIDs, u.ID) {
			continue
		}
		byName[u.Name] = u.ID
		options = append(options, u.Name)
	}
	group := widget.NewCheckGroup(options, nil)
	group.Selected = s.unitNames(ie.item.UnitIDs)
	scroll := container.NewVScroll(group)
	scroll.SetMinSize(fyne.NewSize(360, 380))
	note := widget.NewLabel(lang.L("勾选多个单位即为综合稿件。"))
	dialog.ShowCustomConfirm(lang.L("计分单位"), lang.L("确定"), lang.L("取消"),
		container.NewBorder(note, nil, nil, nil, scroll), func(ok bool) {
			if !ok {
				return
			}
			ids := make([]int64, 0, len(group.Selected))
			for _, n := range group.Selected {
				ids = append(ids, byName[n])
			}
			ie.item.UnitIDs = ids
			ie.autoUnits = slices.Equal(ids, s.matchUnits(ie.attr.Text))
			if strings.TrimSpace(ie.attr.Text) == "" {
				ie.attr.SetText(strings.Join(group.Selected, "、")) // also saves, via OnChanged
			} else {
				ie.refreshLabels()
				ie.save.poke()
				ie.save.flush()
			}
		}, s.u.win)
}

// composeItemWords is 字数 of an item, counted as the archive counts it
// (lead, body and attribution), so 组版, 档案 and 统计 agree.
func composeItemWords(it *editor.Item) int {
	return editor.CountWords(it.Lead + it.Body + it.Attribution)
}

// matchUnits are the units an attribution names (怀宁县委组织部、太湖县委组织部: two).
func (s *composeScreen) matchUnits(attribution string) []int64 {
	var ids []int64
	if s.matcher == nil || strings.TrimSpace(attribution) == "" {
		return ids
	}
	for _, u := range s.matcher.Match(attribution) {
		ids = append(ids, u.ID)
	}
	return ids
}

func containsID(ids []int64, id int64) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

// showRecords opens the item's 上级采用 and 批示 in a dialog.
func (s *composeScreen) showRecords(it *editor.Item) {
	s.flush()
	r := newRecordsPanel(s.u, s.notifyOthers)
	r.show(0, it.ID)
	content := container.NewBorder(wrapLabel(it.Lead), r.buttons(), nil, nil, container.NewVScroll(r.box))
	d := dialog.NewCustom(lang.L("上级采用与批示"), lang.L("关闭"), content, s.u.win)
	d.Resize(fyne.NewSize(720, 460))
	d.Show()
}
