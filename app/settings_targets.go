package app

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/editor"
)

// settingsTargets are the length targets in 设置: 字数 of an item and of
// an issue, and pages of an issue; 组版 warns quietly when one is passed.
type settingsTargets struct {
	itemWords, issueWords, issuePages *autoEntry
}

func newSettingsTargets(onChange, onLeave func()) settingsTargets {
	t := settingsTargets{
		itemWords:  newAutoEntry(false, onChange, onLeave),
		issueWords: newAutoEntry(false, onChange, onLeave),
		issuePages: newAutoEntry(false, onChange, onLeave),
	}
	for _, e := range []*autoEntry{t.itemWords, t.issueWords, t.issuePages} {
		e.SetPlaceHolder(lang.L("不限"))
	}
	return t
}

func (t settingsTargets) card() fyne.CanvasObject {
	return widget.NewCard(lang.L("篇幅目标"), lang.L("超过时组版给出提示；空着即不限"), widget.NewForm(
		widget.NewFormItem(lang.L("每条字数"), t.itemWords),
		widget.NewFormItem(lang.L("每期字数"), t.issueWords),
		widget.NewFormItem(lang.L("每期页数"), t.issuePages),
	))
}

func (t settingsTargets) fill(p editor.Preferences) {
	show := func(e *autoEntry, n int) {
		e.SetText("")
		if n > 0 {
			e.SetText(strconv.Itoa(n))
		}
	}
	show(t.itemWords, p.ItemWordTarget)
	show(t.issueWords, p.IssueWordTarget)
	show(t.issuePages, p.IssuePageTarget)
}

// collect puts the targets typed into p; a field that is not a whole
// number keeps its stored value and is named in the problem returned.
func (t settingsTargets) collect(p *editor.Preferences) (problem string) {
	read := func(e *autoEntry, dst *int) {
		v := strings.TrimSpace(e.Text)
		if v == "" {
			*dst = 0
			return
		}
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			problem = lang.L("篇幅目标应为数字，未保存。")
			return
		}
		*dst = n
	}
	read(t.itemWords, &p.ItemWordTarget)
	read(t.issueWords, &p.IssueWordTarget)
	read(t.issuePages, &p.IssuePageTarget)
	return problem
}
