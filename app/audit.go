package app

import (
	"regexp"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/editor"
)

// auditScreen is 操作记录: who deleted, moved, adopted, signed or reopened
// what, and when, newest first (editing itself is in each record's 历史).
type auditScreen struct {
	u       *ui
	entries []editor.AuditEntry
	list    *widget.List
}

// onShowAudit opens 操作记录 (编辑 ▸ 操作记录……).
func (u *ui) onShowAudit() {
	a := &auditScreen{u: u}
	entries, err := u.ar.Audit(u.ctx(), editor.AuditFilter{})
	if err != nil {
		u.showError(err)
		return
	}
	a.entries = entries
	a.list = widget.NewList(func() int { return len(a.entries) }, a.newRow, a.updateRow)
	var top fyne.CanvasObject = widget.NewLabel(lang.L("最近的500条操作，最新的在前。"))
	if len(entries) == 0 {
		top = widget.NewLabel(lang.L("还没有删除、移动、采用、签发或重新打开的记录。"))
	}
	body := container.NewBorder(top, nil, nil, nil, a.list)
	d := dialog.NewCustom(lang.L("操作记录"), lang.L("关闭"), body, u.win)
	d.Resize(fyne.NewSize(900, 560))
	d.Show()
}

func (a *auditScreen) newRow() fyne.CanvasObject {
	detail := widget.NewLabel("")
	detail.Truncation = fyne.TextTruncateEllipsis
	return container.NewBorder(nil, nil, container.NewHBox(widget.NewLabel("2026年12月31日 23:59"),
		widget.NewLabel("用户名用户名"), widget.NewLabel("重新打开一期")), nil, detail)
}

func (a *auditScreen) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	e := a.entries[i]
	row := o.(*fyne.Container)
	left := row.Objects[1].(*fyne.Container)
	at := e.At.Local()
	left.Objects[0].(*widget.Label).SetText(a.u.dateLabel(at) + " " + at.Format("15:04"))
	left.Objects[1].(*widget.Label).SetText(e.Author)
	left.Objects[2].(*widget.Label).SetText(auditActionLabel(e))
	row.Objects[0].(*widget.Label).SetText(a.u.auditDetail(e))
}

// restoredFrom is the detail the archive keeps for a restored revision:
// 「恢复到 2026-12-01 19:17 liwei 的版本」, its author 最初 for the text
// as it was before revisions were kept.
var restoredFrom = regexp.MustCompile(`^恢复到 (\d{4}-\d\d-\d\d) (\d\d:\d\d) (.+) 的版本$`)

// auditDetail is an entry's detail as the UI shows it: a restore names
// the revision's date as dates are shown (2026年12月1日), without the
// spaces the stored form has between its parts.
func (u *ui) auditDetail(e editor.AuditEntry) string {
	m := restoredFrom.FindStringSubmatch(e.Detail)
	if m == nil {
		return e.Detail
	}
	when := m[2]
	if d, ok := editor.ParseDate(m[1]); ok {
		when = u.dateLabel(d) + " " + m[2]
	}
	if m[3] == "最初" {
		return lang.L("恢复到最初的文字（{{.When}}）", map[string]any{"When": when})
	}
	return lang.L("恢复到{{.Who}}于{{.When}}保存的版本", map[string]any{"Who": m[3], "When": when})
}

// auditActionLabel says what was done to what, in the user's language.
func auditActionLabel(e editor.AuditEntry) string {
	switch e.Kind + " " + e.Action {
	case "item delete":
		return lang.L("删除条目")
	case "item restore":
		return lang.L("恢复条目")
	case "item move":
		return lang.L("移动条目")
	case "submission adopt":
		return lang.L("采用来稿")
	case "submission delete":
		return lang.X("audit|删除来稿", "删除来稿")
	case "submission restore":
		return lang.L("恢复来稿")
	case "issue sign":
		return lang.X("audit|签发", "签发")
	case "issue reopen":
		return lang.X("audit|重新打开", "重新打开")
	case "issue delete":
		return lang.L("删除一期")
	case "issue import":
		return lang.X("audit|导入一期", "导入一期")
	case "issue restore":
		return lang.L("恢复版头")
	}
	return e.Kind + " " + e.Action
}
