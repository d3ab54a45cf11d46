package app

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/editor"
)

// rulesPeriodLabel is 每月/每季度/每年.
func rulesPeriodLabel(k editor.PeriodKind) string {
	switch k {
	case editor.PeriodQuarter:
		return lang.L("每季度")
	case editor.PeriodYear:
		return lang.L("每年")
	}
	return lang.L("每月")
}

// rulesGroups are the unit groups to set quotas for: the defaults, those
// units use, and those quotas name.
func (r *rulesScreen) rulesGroups() []string {
	names := append([]string(nil), editor.DefaultGroups...)
	if us, err := r.u.ar.Units(r.u.ctx()); err == nil {
		for _, u := range us {
			names = append(names, u.Group)
		}
	}
	for _, q := range r.quotas {
		names = append(names, q.Group)
	}
	return rulesNames(names, nil)
}

// fillQuotas shows a grid: a row per group, a column per period kind.
func (r *rulesScreen) fillQuotas() {
	r.filling = true
	defer func() { r.filling = false }()
	r.quotaFields = map[editor.Quota]*autoEntry{}
	grid := container.NewGridWithColumns(len(editor.PeriodKinds) + 1)
	grid.Add(widget.NewLabel(lang.L("分组")))
	for _, k := range editor.PeriodKinds {
		grid.Add(widget.NewLabel(rulesPeriodLabel(k)))
	}
	for _, g := range r.rulesGroups() {
		grid.Add(widget.NewLabel(g))
		for _, k := range editor.PeriodKinds {
			e := passWheel(newAutoEntry(false, r.quotasChanged, r.quotasLater.flush))
			e.SetPlaceHolder(lang.L("不设"))
			for _, q := range r.quotas {
				if q.Group == g && q.Period == k {
					e.SetText(strconv.Itoa(q.Minimum))
				}
			}
			r.quotaFields[editor.Quota{Group: g, Period: k}] = e
			grid.Add(e)
		}
	}
	r.quotaBox.Objects = []fyne.CanvasObject{grid, wrapLabel(quotaRulesNote())}
	r.quotaBox.Refresh()
}

// quotaRulesNote names the quotas a new archive starts with and from when
// they count: editors met 未完成 in a first 通报 without knowing a task
// had been set for them.
func quotaRulesNote() string {
	var qs []string
	for _, q := range editor.DefaultQuotas() {
		qs = append(qs, lang.L("{{.Group}}{{.Period}}{{.N}}篇", map[string]any{"Group": q.Group, "Period": rulesPeriodLabel(q.Period), "N": q.Minimum}))
	}
	return lang.L("新档案预设的任务：{{.Quotas}}。任务从档案中第一篇来稿所在的周期算起，此前的周期不计。",
		map[string]any{"Quotas": strings.Join(qs, lang.L("、"))})
}

// checkQuotas says which quota is not a whole number, "" when all are fine.
func (r *rulesScreen) checkQuotas() string {
	for key, e := range r.quotaFields {
		t := strings.TrimSpace(e.Text)
		if n, err := strconv.Atoi(t); t != "" && (err != nil || n < 0) {
			return lang.L("{{.Group}}{{.Period}}的任务须为整数篇数，或留空。",
				map[string]any{"Group": key.Group, "Period": rulesPeriodLabel(key.Period)})
		}
	}
	return ""
}

func (r *rulesScreen) quotasChanged() {
	if !r.filling {
		r.quotasLater.poke()
	}
}

// saveQuotas writes the quotas typed, each change its own transaction; a
// quota that is not a whole number is named and left as stored.
func (r *rulesScreen) saveQuotas() {
	if problem := r.checkQuotas(); problem != "" {
		r.msg.SetText(problem)
		return
	}
	if err := r.writeQuotas(); err != nil {
		r.msg.SetText(rulesMessage(err))
		return
	}
	if qs, err := r.u.ar.Quotas(r.u.ctx()); err == nil {
		r.quotas = qs
	}
	r.msg.SetText(lang.L("报送任务已自动保存。"))
}

// writeQuotas writes changed quotas and removes cleared ones.
func (r *rulesScreen) writeQuotas() error {
	had := map[editor.Quota]int{}
	for _, q := range r.quotas {
		had[editor.Quota{Group: q.Group, Period: q.Period}] = q.Minimum
	}
	ctx := r.u.ctx()
	for key, e := range r.quotaFields {
		t := strings.TrimSpace(e.Text)
		old, existed := had[key]
		if t == "" {
			if existed {
				if err := r.u.ar.DeleteQuota(ctx, key.Group, key.Period); err != nil {
					return err
				}
			}
			continue
		}
		n, _ := strconv.Atoi(t)
		if existed && old == n {
			continue
		}
		if err := r.u.ar.SaveQuota(ctx, editor.Quota{Group: key.Group, Period: key.Period, Minimum: n}); err != nil {
			return err
		}
	}
	return nil
}
