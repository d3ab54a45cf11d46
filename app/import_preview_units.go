package app

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/editor"
)

// showNewUnits lists, under the fields, the 报送单位 that saving would
// create from the attributions as they now stand, each with the group
// guessed from its name and a choice among the archive's groups: a new
// unit takes credits from then on, and its group moves it between the
// statistics' subtotals, so the editor settles both before anything is
// saved (review A4). Hidden when there are none.
func (p *importPreview) showNewUnits() {
	if p.newUnits == nil {
		return
	}
	is, _ := p.collect()
	units, err := p.u.ar.IssueNewUnits(p.u.ctx(), is)
	if err != nil || len(units) == 0 {
		p.newUnits.SetText("")
		p.newUnits.Hide()
		p.setGroupRows(nil)
		return
	}
	var names []string
	for _, u := range units {
		names = append(names, lang.L("{{.Unit}}（分组按名称猜为“{{.Group}}”）", map[string]any{"Unit": u.Name, "Group": u.Group}))
	}
	p.newUnits.SetText(lang.L("保存时将新建报送单位：{{.Units}}。新单位从此计分，分组决定它计入哪个小计：请在下面为每个新单位选定分组。",
		map[string]any{"Units": strings.Join(names, "、")}))
	p.newUnits.Show()
	p.setGroupRows(units)
}

// setGroupRows shows a group choice for each new unit, set to the
// editor's earlier choice for that name, else the guess.
func (p *importPreview) setGroupRows(units []editor.Unit) {
	if p.newGroups == nil {
		return
	}
	if p.groups == nil {
		p.groups = map[string]string{}
	}
	if p.sameGroupRows(units) {
		return // as shown: rebuilt at every keystroke in an attribution, an open choice would close
	}
	groups := p.archiveGroups()
	p.groupSel = map[string]*widget.Select{}
	var rows []fyne.CanvasObject
	for _, u := range units {
		name := u.Name
		if _, ok := p.groups[name]; !ok {
			p.groups[name] = u.Group
		}
		sel := widget.NewSelect(importPreviewWith(groups, p.groups[name]), func(g string) { p.groups[name] = g })
		sel.SetSelected(p.groups[name])
		p.groupSel[name] = sel
		rows = append(rows, container.NewBorder(nil, nil, widget.NewLabel(name), nil, sel))
	}
	p.newGroups.Objects = rows
	p.newGroups.Refresh()
}

// sameGroupRows: the choices shown are for units, in order.
func (p *importPreview) sameGroupRows(units []editor.Unit) bool {
	if len(units) != len(p.groupSel) || len(units) != len(p.newGroups.Objects) {
		return false
	}
	for _, u := range units {
		if p.groupSel[u.Name] == nil {
			return false
		}
	}
	return true
}

// chosenGroups are the groups chosen for the units saving creates.
func (p *importPreview) chosenGroups() map[string]string {
	out := map[string]string{}
	for name, sel := range p.groupSel {
		if sel.Selected != "" {
			out[name] = sel.Selected
		}
	}
	return out
}

// archiveGroups are the groups to choose from: the defaults and those the
// archive's units are in.
func (p *importPreview) archiveGroups() []string {
	names := append([]string(nil), editor.DefaultGroups...)
	if us, err := p.u.ar.Units(p.u.ctx()); err == nil {
		for _, u := range us {
			names = importPreviewWith(names, u.Group)
		}
	}
	return names
}

// importPreviewWith is names with s added at the end when missing and not blank.
func importPreviewWith(names []string, s string) []string {
	if s = strings.TrimSpace(s); s == "" || slices.Contains(names, s) {
		return names
	}
	return append(slices.Clone(names), s)
}
