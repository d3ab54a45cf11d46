package app

import (
	"strings"

	"fyne.io/fyne/v2/lang"
)

// showNewUnits lists, under the fields, the 报送单位 that saving would
// create from the attributions as they now stand, each with the group
// guessed from its name: a new unit takes credits from then on, and its
// group moves it between the statistics' subtotals, so the editor sees
// both before anything is saved (review A4). Hidden when there are none.
func (p *importPreview) showNewUnits() {
	if p.newUnits == nil {
		return
	}
	is, _ := p.collect()
	units, err := p.u.ar.IssueNewUnits(p.u.ctx(), is)
	if err != nil || len(units) == 0 {
		p.newUnits.SetText("")
		p.newUnits.Hide()
		return
	}
	var names []string
	for _, u := range units {
		names = append(names, lang.L("{{.Unit}}（分组按名称猜为“{{.Group}}”）", map[string]any{"Unit": u.Name, "Group": u.Group}))
	}
	p.newUnits.SetText(lang.L("保存时将新建报送单位：{{.Units}}。新单位从此计分，分组决定它计入哪个小计：保存后请在“报送单位”中核对分组。",
		map[string]any{"Units": strings.Join(names, "、")}))
	p.newUnits.Show()
}
