package app

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
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

// rulesScreen is 计分办法: the scoring rules as a form, one version per
// effective-from date (新版本 adds one, so earlier periods keep their rules),
// and the quotas of each unit group. Like every screen it has no Save
// button: an edit is written to the selected version shortly after typing
// stops, when the field is left, and before another version is shown.
type rulesScreen struct {
	u        *ui
	back     func()
	versions []editor.RulesVersion
	selected int
	quotas   []editor.Quota

	list        *widget.List
	from        *widget.Label         // the selected version's effective-from date
	page        *container.Scroll     // the form, scrolled by the wheel anywhere over it
	fields      map[string]*autoEntry // fixed numeric fields by name
	split       *widget.Check
	kindBonus   map[string]*autoEntry
	secBonus    map[string]*autoEntry
	quotaFields map[editor.Quota]*autoEntry // Minimum ignored in the key
	bonusBox    *fyne.Container
	quotaBox    *fyne.Container
	msg         *widget.Label
	role        *widget.Label      // who may change the rules, for a non-管理员 (rules_role.go)
	versionBts  []fyne.Disableable // 新版本, 删除版本
	root        fyne.CanvasObject

	filling     bool // fill is setting fields: no save
	rulesLater  *debouncer
	quotasLater *debouncer
}

func newRulesScreen(u *ui, back func()) *rulesScreen {
	r := &rulesScreen{u: u, back: back, selected: -1, msg: widget.NewLabel(""), role: widget.NewLabel(""),
		fields: map[string]*autoEntry{}, bonusBox: container.NewVBox(), quotaBox: container.NewVBox()}
	r.msg.Wrapping = fyne.TextWrapWord
	r.rulesLater = u.autosave(r.saveRules)
	r.quotasLater = u.autosave(r.saveQuotas)
	r.list = widget.NewList(func() int { return len(r.versions) }, statsCell, func(id widget.ListItemID, o fyne.CanvasObject) {
		o.(*widget.Label).SetText(rulesListLabel(u, r.versions[id].EffectiveFrom))
	})
	r.list.OnSelected = func(id widget.ListItemID) {
		r.flush()
		r.selected = id
		r.fill(r.versions[id])
	}
	r.from = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	r.split = widget.NewCheck(lang.L("综合稿件的得分由各署名单位平分（不用上面的比例）"), func(bool) { r.rulesChanged() })
	newVersion := widget.NewButtonWithIcon(lang.L("新版本"), theme.ContentAddIcon(), r.newVersion)
	del := widget.NewButtonWithIcon(lang.L("删除版本"), theme.DeleteIcon(), r.deleteVersion)
	r.versionBts = []fyne.Disableable{newVersion, del}
	left := container.NewBorder(widget.NewLabelWithStyle(lang.L("版本（生效日期）"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		container.NewVBox(newVersion, del), nil, nil, r.list)
	backBtn := widget.NewButtonWithIcon(lang.L("返回统计"), theme.NavigateBackIcon(), func() { r.flush(); back() })
	top := container.NewHBox(backBtn, widget.NewLabelWithStyle(lang.L("计分办法"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), r.from)
	r.role.Wrapping = fyne.TextWrapWord
	r.role.Importance = widget.WarningImportance
	r.role.Hide()
	bottom := container.NewVBox(r.role, r.msg)
	r.page = container.NewVScroll(r.form())
	split := container.NewHSplit(left, r.page)
	split.Offset = 0.2
	r.root = container.NewBorder(top, bottom, nil, nil, split)
	return r
}

func (r *rulesScreen) view() fyne.CanvasObject { return r.root }

// rulesField is a number of the rules form, saved as it is typed.
func rulesField(r *rulesScreen, name string) *autoEntry {
	e := r.rulesEntry()
	r.fields[name] = e
	return e
}

func (r *rulesScreen) rulesEntry() *autoEntry {
	return passWheel(newAutoEntry(false, r.rulesChanged, r.rulesLater.flush))
}

// rulesChanged schedules saving the form into the selected version.
func (r *rulesScreen) rulesChanged() {
	if !r.filling {
		r.rulesLater.poke()
	}
}

// flush writes pending edits now: before another version or the
// statistics are shown.
func (r *rulesScreen) flush() {
	r.rulesLater.flush()
	r.quotasLater.flush()
}

// form lays out the rules: adoption points, bonuses, 综合, upstream, 批示, quotas.
func (r *rulesScreen) form() fyne.CanvasObject {
	item := func(label, name string) *widget.FormItem { return widget.NewFormItem(label, rulesField(r, name)) }
	adoption := widget.NewForm(
		item(lang.L("字数门槛（字）"), "threshold"),
		item(lang.L("不足门槛的条目，每条得分"), "short"),
		item(lang.L("达到门槛的条目，每条得分"), "long"),
		item(lang.L("综合稿件每个单位得分比例（0～1）"), "share"),
	)
	levels := func(prefix string) *widget.Form {
		f := widget.NewForm()
		for _, lv := range editor.Levels {
			f.Append(levelLabel(lv), rulesField(r, prefix+string(lv)))
		}
		return f
	}
	quota := widget.NewForm(item(lang.L("完成一期任务加分"), "quotaMet"), item(lang.L("未完成一期任务扣分"), "quotaMissed"))
	note := widget.NewLabel(lang.L("修改随时自动保存到左侧所选的版本。要从某一天起改用新的办法，点“新版本”并填写生效日期；此前期间的统计仍按当时的办法计分。"))
	note.Wrapping = fyne.TextWrapWord
	return container.NewVBox(note,
		widget.NewCard(lang.L("本刊采用"), "", container.NewVBox(adoption, r.split)),
		widget.NewCard(lang.L("加分（按来稿类型、栏目）"), "", r.bonusBox),
		widget.NewCard(lang.L("上级采用（每篇得分）"), "", levels("up:")),
		widget.NewCard(lang.L("领导批示（每条得分）"), "", levels("in:")),
		widget.NewCard(lang.L("报送任务"), lang.L("每组每期至少报送的篇数；留空表示不设任务。"), container.NewVBox(quota, r.quotaBox)),
	)
}

// reload reads the versions and quotas and shows the version in force today.
func (r *rulesScreen) reload() {
	r.flush()
	ctx := r.u.ctx()
	vs, err := r.u.ar.RulesVersions(ctx)
	if err != nil {
		r.u.showError(fmt.Errorf("read the scoring rules: %w", err))
		return
	}
	qs, err := r.u.ar.Quotas(ctx)
	if err != nil {
		r.u.showError(fmt.Errorf("read the quotas: %w", err))
		return
	}
	r.versions, r.quotas = vs, qs
	r.list.Refresh()
	r.fillQuotas()
	defer r.applyRole() // after fill: the bonus fields are made anew for each version
	pick := -1
	for i, v := range vs {
		if !v.EffectiveFrom.After(time.Now()) || pick < 0 {
			pick = i
		}
	}
	if pick >= 0 {
		r.list.Select(pick)
	} else {
		r.fill(editor.RulesVersion{EffectiveFrom: time.Now(), Rules: editor.DefaultScoringRules()})
	}
}

// fill puts a version into the form.
func (r *rulesScreen) fill(v editor.RulesVersion) {
	r.filling = true
	defer func() { r.filling = false }()
	rs := v.Rules
	r.from.SetText(rulesVersionLabel(r.u, v.EffectiveFrom))
	set := func(name string, x float64) { r.fields[name].SetText(statsScore(x)) }
	r.fields["threshold"].SetText(strconv.Itoa(rs.LengthThreshold))
	set("short", rs.Short)
	set("long", rs.Long)
	set("share", rs.CombinedShare)
	set("quotaMet", rs.QuotaMet)
	set("quotaMissed", rs.QuotaMissed)
	for _, lv := range editor.Levels {
		set("up:"+string(lv), rs.Upstream[lv])
		set("in:"+string(lv), rs.Instruction[lv])
	}
	r.split.SetChecked(rs.SplitCombined)
	r.fillBonuses(rs)
	r.applyRole()
	r.msg.SetText("")
}

// fillBonuses offers a bonus for every kind and section known, and any the rules name.
func (r *rulesScreen) fillBonuses(rs editor.ScoringRules) {
	kinds := rulesNames(editor.DefaultKinds, rs.KindBonus)
	if ks, err := r.u.ar.Kinds(r.u.ctx()); err == nil {
		kinds = rulesNames(append(kinds, ks...), nil)
	}
	var sections []string
	if bs, err := r.u.ar.Bulletins(r.u.ctx()); err == nil {
		for _, b := range bs {
			sections = append(sections, b.Sections...)
		}
	}
	sections = rulesNames(sections, rs.SectionBonus)
	r.kindBonus, r.secBonus = map[string]*autoEntry{}, map[string]*autoEntry{}
	form := widget.NewForm()
	add := func(label, name string, m map[string]*autoEntry, v float64) {
		e := r.rulesEntry()
		if v != 0 {
			e.SetText(statsScore(v))
		}
		e.SetPlaceHolder("0")
		m[name] = e
		form.Append(label, e)
	}
	for _, k := range kinds {
		add(lang.L("类型：{{.Name}}", map[string]any{"Name": k}), k, r.kindBonus, rs.KindBonus[k])
	}
	for _, sec := range sections {
		add(lang.L("栏目：{{.Name}}", map[string]any{"Name": sec}), sec, r.secBonus, rs.SectionBonus[sec])
	}
	r.bonusBox.Objects = []fyne.CanvasObject{form}
	r.bonusBox.Refresh()
}

// rulesNames is names plus the keys of m, without repeats, in order.
func rulesNames(names []string, m map[string]float64) []string {
	seen := map[string]bool{}
	var out []string
	for _, n := range names {
		if n != "" && !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	var extra []string
	for k := range m {
		if !seen[k] {
			extra = append(extra, k)
		}
	}
	sort.Strings(extra)
	return append(out, extra...)
}

// collect reads the form; the problem names the field that is wrong.
func (r *rulesScreen) collect() (editor.ScoringRules, string) {
	var rs editor.ScoringRules
	var problem string
	num := func(label string, e *autoEntry) float64 {
		t := strings.TrimSpace(e.Text)
		if t == "" {
			return 0
		}
		x, err := strconv.ParseFloat(t, 64)
		if (err != nil || x < 0) && problem == "" {
			problem = lang.L("“{{.Field}}”须为不小于0的数。", map[string]any{"Field": label})
		}
		return x
	}
	rs.LengthThreshold = int(num(lang.L("字数门槛（字）"), r.fields["threshold"]))
	rs.Short = num(lang.L("不足门槛的条目，每条得分"), r.fields["short"])
	rs.Long = num(lang.L("达到门槛的条目，每条得分"), r.fields["long"])
	rs.CombinedShare = num(lang.L("综合稿件每个单位得分比例（0～1）"), r.fields["share"])
	rs.SplitCombined = r.split.Checked
	rs.QuotaMet = num(lang.L("完成一期任务加分"), r.fields["quotaMet"])
	rs.QuotaMissed = num(lang.L("未完成一期任务扣分"), r.fields["quotaMissed"])
	rs.Upstream, rs.Instruction = map[editor.OutletLevel]float64{}, map[editor.OutletLevel]float64{}
	for _, lv := range editor.Levels {
		rs.Upstream[lv] = num(lang.L("上级采用")+" "+levelLabel(lv), r.fields["up:"+string(lv)])
		rs.Instruction[lv] = num(lang.L("领导批示")+" "+levelLabel(lv), r.fields["in:"+string(lv)])
	}
	rs.KindBonus, rs.SectionBonus = map[string]float64{}, map[string]float64{}
	for k, e := range r.kindBonus {
		if x := num(k, e); x != 0 {
			rs.KindBonus[k] = x
		}
	}
	for k, e := range r.secBonus {
		if x := num(k, e); x != 0 {
			rs.SectionBonus[k] = x
		}
	}
	if problem == "" && rs.CombinedShare > 1 {
		problem = lang.L("综合稿件的得分比例须在0到1之间。")
	}
	return rs, problem
}

// saveRules writes the form into the selected version; a wrong field is
// named and the stored rules stay as they were until it is corrected.
func (r *rulesScreen) saveRules() {
	if r.selected < 0 || r.selected >= len(r.versions) {
		return
	}
	rs, problem := r.collect()
	if problem != "" {
		r.msg.SetText(problem)
		return
	}
	v := &r.versions[r.selected]
	if _, err := r.u.ar.SaveRules(r.u.ctx(), v.EffectiveFrom, rs); err != nil {
		r.msg.SetText(rulesMessage(err))
		return
	}
	v.Rules = rs
	r.msg.SetText(lang.L("已自动保存：{{.Date}}起按此办法计分。", map[string]any{"Date": r.u.dateLabel(v.EffectiveFrom)}))
}

func (r *rulesScreen) selectDate(d editor.Date) {
	for i, v := range r.versions {
		if v.EffectiveFrom.Equal(d) {
			r.list.Select(i)
		}
	}
}

// newVersion asks from which day new rules apply and adds that version,
// a copy of the rules shown, for the editor to change.
func (r *rulesScreen) newVersion() {
	r.flush()
	date := widget.NewEntry()
	date.SetText(r.u.dateLabel(time.Now()))
	items := []*widget.FormItem{widget.NewFormItem(lang.L("生效日期"), date)}
	d := dialog.NewForm(lang.L("新版本"), lang.L("新增"), lang.L("取消"), items, func(ok bool) {
		if ok {
			r.addVersion(date.Text)
		}
	}, r.u.win)
	d.Resize(fyne.NewSize(420, d.MinSize().Height)) // room for 2026年12月1日
	r.u.showForm(d, items, date)
}

func (r *rulesScreen) addVersion(dateText string) {
	from, ok := editor.ParseDate(dateText)
	if !ok {
		r.msg.SetText(lang.L("日期写法如 2022年6月15日 或 2022-06-15。"))
		return
	}
	for _, v := range r.versions {
		if v.EffectiveFrom.Equal(from) {
			r.selectDate(from)
			r.msg.SetText(lang.L("{{.Date}}起的版本已经有了，已为你选中。", map[string]any{"Date": r.u.dateLabel(from)}))
			return
		}
	}
	rs := editor.DefaultScoringRules()
	if r.selected >= 0 && r.selected < len(r.versions) {
		rs = r.versions[r.selected].Rules
	}
	if _, err := r.u.ar.SaveRules(r.u.ctx(), from, rs); err != nil {
		r.msg.SetText(rulesMessage(err))
		return
	}
	r.reload()
	r.selectDate(from)
	r.msg.SetText(lang.L("已新增{{.Date}}起的版本；改动自动保存，此前期间仍按原办法计分。", map[string]any{"Date": r.u.dateLabel(from)}))
}

// deleteVersion removes the selected version after confirmation; the last one stays.
func (r *rulesScreen) deleteVersion() {
	if r.selected < 0 || r.selected >= len(r.versions) {
		r.msg.SetText(lang.L("请先在左侧选择一个版本。"))
		return
	}
	v := r.versions[r.selected]
	msg := lang.L("删除{{.Date}}起的计分办法？这段时间的统计将改按前一个版本计分。", map[string]any{"Date": r.u.dateLabel(v.EffectiveFrom)})
	r.u.confirm(lang.L("删除版本"), msg, lang.L("删除"), true, func() {
		if err := r.u.ar.DeleteRules(r.u.ctx(), v.ID); err != nil {
			r.msg.SetText(rulesMessage(err))
			return
		}
		r.reload()
	})
}

// rulesMessage explains a refused save or delete.
func rulesMessage(err error) string {
	switch {
	case errors.Is(err, editor.ErrInUse):
		return lang.L("这是唯一的版本，不能删除。")
	case errors.Is(err, editor.ErrInvalidRules):
		return lang.L("计分办法有误：{{.Err}}", map[string]any{"Err": err.Error()})
	}
	return userMessage(err)
}

// rulesListLabel is a version in the list of versions: 2026年3月1日起, or
// 默认版本 for the one every archive starts with (it read 2000年1月1日起).
func rulesListLabel(u *ui, from time.Time) string {
	if from.Year() <= 2000 {
		return lang.L("默认版本")
	}
	return lang.L("{{.Date}}起", map[string]any{"Date": u.dateLabel(from)})
}

// rulesVersionLabel names a version of the 计分办法 by the day it took
// effect; the version every archive starts with (dated 2000-01-01, so it
// covers any earlier day) is the default version, not 「2000年1月1日起施行」.
func rulesVersionLabel(u *ui, from time.Time) string {
	if from.Year() <= 2000 {
		return lang.L("默认版本（未设新版本前一直适用）")
	}
	return lang.L("{{.Date}}起施行的版本", map[string]any{"Date": u.dateLabel(from)})
}
