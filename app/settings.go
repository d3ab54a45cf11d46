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

// settingsScreen (设置) edits the bulletin's defaults and the preferences;
// every change is saved as it is made.
type settingsScreen struct {
	u         *ui
	bulletins []editor.Bulletin
	cur       int // index into bulletins
	loading   bool

	which    *widget.Select
	title    *autoEntry
	unit     *autoEntry
	copies   *autoEntry
	sections *autoEntry
	dist     [3]*autoEntry   // 报, 送, 发
	marks    settingsMarks   // 版头/版记 defaults of a new issue
	targets  settingsTargets // 篇幅目标 (settings_targets.go)
	pdfFonts *cjkLabel       // the fonts the PDF embeds for the chosen names, wrapped by the Chinese rules (review G5)

	indent, boldLead, footerLast *widget.Check
	color                        *autoEntry
	titleFont, bodyFont, headFnt *widget.SelectEntry
	language, themeSel           *widget.Select

	status      *widget.Label
	saveBull    *debouncer
	savePrefsDb *debouncer
}

// distLabels are the footer lines offered, in order.
var distLabels = [3]string{"报", "送", "发"}

// Choices shown for language and theme; their codes are in the same order.
var (
	languageCodes = []string{"", "zh", "en"}
	themeCodes    = []string{"", "light", "dark"}
)

func newSettingsScreen(u *ui) *settingsScreen {
	s := &settingsScreen{u: u}
	s.saveBull = u.autosave(s.onSaveBulletin)
	s.savePrefsDb = u.autosave(s.onSavePreferences)
	bull := func() {
		if !s.loading {
			s.saveBull.poke()
		}
	}
	pref := func() {
		if !s.loading {
			s.savePrefsDb.poke()
		}
	}
	s.title = newAutoEntry(false, bull, s.saveBull.flush)
	s.unit = newAutoEntry(false, bull, s.saveBull.flush)
	s.copies = newAutoEntry(false, bull, s.saveBull.flush)
	s.sections = newAutoEntry(true, bull, s.saveBull.flush)
	s.sections.SetMinRowsVisible(4)
	for i := range s.dist {
		s.dist[i] = newAutoEntry(false, bull, s.saveBull.flush)
	}
	s.marks = newSettingsMarks(bull, s.saveBull.flush)
	s.targets = newSettingsTargets(pref, s.savePrefsDb.flush)
	s.pdfFonts = newCJKLabel("") // a row began with the closing ） of 「（本机没有该字体，以此替代）」
	s.indent = widget.NewCheck(lang.L("段首缩进两字"), func(bool) { pref() })
	s.boldLead = widget.NewCheck(lang.L("标题句加粗（Word）"), func(bool) { pref() })
	s.footerLast = widget.NewCheck(lang.L("报送发栏置于末页底部（Word）"), func(bool) { pref() })
	s.color = newAutoEntry(false, pref, s.savePrefsDb.flush)
	fonts := []string{"方正小标宋简体", "宋体", "仿宋_GB2312", "仿宋", "黑体", "楷体_GB2312", "微软雅黑"}
	s.titleFont = widget.NewSelectEntry(fonts)
	s.bodyFont = widget.NewSelectEntry(fonts)
	s.headFnt = widget.NewSelectEntry(fonts)
	for _, e := range []*widget.SelectEntry{s.titleFont, s.bodyFont, s.headFnt} {
		e.OnChanged = func(string) { pref() }
	}
	s.language = widget.NewSelect([]string{lang.L("跟随系统"), "中文", "English"}, func(string) { pref() })
	s.themeSel = widget.NewSelect([]string{lang.L("跟随系统"), lang.L("浅色"), lang.L("深色")}, func(string) {
		pref()
		if !s.loading {
			s.u.applyTheme(themeCodes[s.themeSel.SelectedIndex()])
		}
	})
	s.which = widget.NewSelect(nil, func(string) { s.onPickBulletin() })
	s.status = widget.NewLabel("")
	return s
}

func (s *settingsScreen) view() fyne.CanvasObject {
	s.sections.SetPlaceHolder(lang.L("每行一个栏目，按顺序"))
	s.color.SetPlaceHolder("C00000")
	distItems := []*widget.FormItem{}
	for i, l := range distLabels {
		distItems = append(distItems, widget.NewFormItem(lang.L(l), s.dist[i]))
	}
	bulletin := widget.NewCard(lang.L("刊物"), lang.L("新建一期时使用这些默认值"), container.NewVBox(
		widget.NewForm(
			widget.NewFormItem(lang.L("刊物"), s.which),
			widget.NewFormItem(lang.L("刊物名称"), s.title),
			widget.NewFormItem(lang.L("编辑单位"), s.unit),
			widget.NewFormItem(lang.L("印数"), s.copies),
			widget.NewFormItem(lang.L("默认栏目"), s.sections),
		),
		widget.NewLabel(lang.L("默认报送范围")),
		widget.NewForm(distItems...),
		widget.NewLabel(lang.L("版头与版记（不填则不印）")),
		s.marks.form(),
	))
	export := widget.NewCard(lang.L("导出格式"), "", widget.NewForm(
		widget.NewFormItem("", s.indent),
		widget.NewFormItem("", s.boldLead),
		widget.NewFormItem("", s.footerLast),
		widget.NewFormItem(lang.L("报头颜色"), s.color),
		widget.NewFormItem(lang.L("报头字体"), s.titleFont),
		widget.NewFormItem(lang.L("正文字体"), s.bodyFont),
		widget.NewFormItem(lang.L("栏目字体"), s.headFnt),
		widget.NewFormItem(lang.L("PDF 字体"), s.pdfFonts),
	))
	look := widget.NewCard(lang.L("界面"), "", widget.NewForm(
		widget.NewFormItem(lang.L("语言"), container.NewVBox(s.language,
			widget.NewLabel(lang.L("更改语言在重新启动后生效。")))),
		widget.NewFormItem(lang.L("外观"), s.themeSel),
	))
	note := widget.NewLabel(lang.L("所有设置自动保存。"))
	cols := container.NewGridWithColumns(2, bulletin, container.NewVBox(export, s.targets.card(), look))
	return container.NewVScroll(container.NewVBox(cols, container.NewHBox(note, s.status)))
}

// reload reads bulletins and preferences into the form.
func (s *settingsScreen) reload() {
	s.saveBull.flush()
	s.savePrefsDb.flush()
	bs, err := s.u.ar.Bulletins(s.u.ctx())
	if err != nil {
		s.u.showError(err)
		return
	}
	p, err := s.u.ar.Preferences(s.u.ctx())
	if err != nil {
		s.u.showError(err)
		return
	}
	s.u.prefs = p
	s.bulletins = bs
	if s.cur >= len(bs) {
		s.cur = 0
	}
	s.loading = true
	defer func() { s.loading = false }()
	var names []string
	for _, b := range bs {
		names = append(names, b.Name)
	}
	s.which.SetOptions(names)
	if len(bs) > 0 {
		s.which.SetSelectedIndex(s.cur)
	}
	s.fillBulletin()
	s.fillPreferences(p)
}

func (s *settingsScreen) onPickBulletin() {
	if s.loading || s.which.SelectedIndex() < 0 {
		return
	}
	s.saveBull.flush()
	s.cur = s.which.SelectedIndex()
	s.loading = true
	s.fillBulletin()
	s.loading = false
}

func (s *settingsScreen) fillBulletin() {
	if s.cur >= len(s.bulletins) {
		return
	}
	b := s.bulletins[s.cur]
	s.title.SetText(b.Name)
	s.unit.SetText(b.EditingUnit)
	s.copies.SetText(strconv.Itoa(b.CopyCount))
	s.sections.SetText(strings.Join(b.Sections, "\n"))
	s.marks.fill(b.Marks)
	for i, l := range distLabels {
		s.dist[i].SetText("")
		for _, d := range b.Distribution {
			if d.Label == l {
				s.dist[i].SetText(d.Text)
			}
		}
	}
}

func (s *settingsScreen) fillPreferences(p editor.Preferences) {
	s.indent.SetChecked(p.Indent)
	s.boldLead.SetChecked(p.BoldLead)
	s.footerLast.SetChecked(p.FooterOnLastPage)
	s.color.SetText(p.MastheadColor)
	s.titleFont.SetText(p.TitleFont)
	s.bodyFont.SetText(p.BodyFont)
	s.headFnt.SetText(p.HeadingFont)
	s.pdfFonts.SetText(settingsPDFFonts(p))
	language, look := personalLook(s.u.app)
	s.language.SetSelectedIndex(max(0, deskIndexOf(languageCodes, language)))
	s.themeSel.SetSelectedIndex(max(0, deskIndexOf(themeCodes, look)))
	s.targets.fill(p)
}

// indexOf is v's index in list, -1 when absent.
func deskIndexOf(list []string, v string) int {
	for i, x := range list {
		if x == v {
			return i
		}
	}
	return -1
}

// onSaveBulletin writes the bulletin part of the form.
func (s *settingsScreen) onSaveBulletin() {
	if s.cur >= len(s.bulletins) {
		return
	}
	// a field that cannot be saved keeps its stored value and is named in
	// the status; the rest is saved, so no other typing waits on it
	b := s.bulletins[s.cur]
	problem := ""
	if name := strings.TrimSpace(s.title.Text); name != "" {
		b.Name = name
	} else {
		problem = lang.L("刊物名称不能为空，未保存。")
	}
	b.EditingUnit = strings.TrimSpace(s.unit.Text)
	if n, err := strconv.Atoi(strings.TrimSpace(s.copies.Text)); err == nil && n >= 0 {
		b.CopyCount = n
	} else if strings.TrimSpace(s.copies.Text) != "" {
		problem = lang.L("印数应为数字，未保存。")
	}
	b.Sections = uniqueLines(s.sections.Text)
	b.Marks = s.marks.collect()
	b.Distribution = nil
	for i, l := range distLabels {
		if t := strings.TrimSpace(s.dist[i].Text); t != "" {
			b.Distribution = append(b.Distribution, editor.DistributionLine{Label: l, Text: t})
		}
	}
	if err := s.u.ar.SaveBulletin(s.u.ctx(), &b); err != nil {
		s.status.SetText(lang.L("未保存：") + userMessage(err))
		return
	}
	s.bulletins[s.cur] = b
	s.u.markOthersDirty()
	if problem != "" {
		s.status.SetText(problem)
		return
	}
	s.status.SetText(lang.L("已保存"))
}

// onSavePreferences writes the preferences part of the form.
func (s *settingsScreen) onSavePreferences() {
	p := s.u.prefs
	p.Indent = s.indent.Checked
	p.BoldLead = s.boldLead.Checked
	p.FooterOnLastPage = s.footerLast.Checked
	p.MastheadColor = strings.ToUpper(strings.TrimPrefix(strings.TrimSpace(s.color.Text), "#"))
	p.TitleFont = strings.TrimSpace(s.titleFont.Text)
	p.BodyFont = strings.TrimSpace(s.bodyFont.Text)
	p.HeadingFont = strings.TrimSpace(s.headFnt.Text)
	language, look := personalLook(s.u.app)
	if i := s.language.SelectedIndex(); i >= 0 {
		language = languageCodes[i]
	}
	if i := s.themeSel.SelectedIndex(); i >= 0 {
		look = themeCodes[i]
	}
	setPersonalLook(s.u.app, language, look)
	p.Language, p.Theme = "", "" // the person's now (personal.go); an earlier version's value is not kept
	problem := s.targets.collect(&p)
	if err := s.u.ar.SavePreferences(s.u.ctx(), p); err != nil {
		s.status.SetText(lang.L("未保存：") + userMessage(err))
		return
	}
	s.u.prefs = p
	s.u.markOthersDirty() // 组版 shows the new targets and indent when next shown
	s.pdfFonts.SetText(settingsPDFFonts(p))
	if problem != "" {
		s.status.SetText(problem)
		return
	}
	s.status.SetText(lang.L("已保存"))
}

// uniqueLines are the non-empty trimmed lines of s, each once, in order.
func uniqueLines(s string) []string {
	seen := map[string]bool{}
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" && !seen[l] {
			seen[l] = true
			out = append(out, l)
		}
	}
	return out
}
