package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"github.com/bulletindesk/bulletindesk/editor"
)

// applyRole greys every field and button of 计分办法 for a user who is not
// 管理员, and says who may change the rules instead: on the office archive
// the server refuses the change anyway (only 管理员 may write scoring_rules
// and quotas), and a form that cannot be saved should not look editable.
// A 管理员 sees the form as before. Called after every fill, since the
// bonus fields are made anew for each version, and when the roles change.
func (r *rulesScreen) applyRole() {
	ws := append([]fyne.Disableable{r.split}, r.versionBts...)
	for _, m := range []map[string]*autoEntry{r.fields, r.kindBonus, r.secBonus} {
		for _, e := range m {
			ws = append(ws, e)
		}
	}
	for _, e := range r.quotaFields {
		ws = append(ws, e)
	}
	r.u.adminOnly(ws...)
	if r.u.me.Has(editor.RoleAdmin) || r.u.readOnly || readOnlyFields {
		r.role.Hide() // a read-only archive says so in its own banner
		return
	}
	text := lang.L("计分办法和报送任务只有管理员可以修改，您可以查看。")
	if who := r.u.admins(); who != "" {
		text = lang.L("计分办法和报送任务只有管理员可以修改，您可以查看。如需修改，请联系管理员：{{.Names}}。", map[string]any{"Names": who})
	}
	r.role.SetText(text)
	r.role.Show()
}
