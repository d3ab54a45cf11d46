package app

import (
	"errors"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/editor"
)

// addLogin is 用户's 「添加登录名」: a 管理员 types a login the office's IT
// has created on the server, ticks its roles and adds it. The login is then
// one of this archive's users and listed above; until it holds a role it is
// only counted, so that another office's logins on the same server do not
// crowd the list. Bulletin Desk creates no logins and handles no passwords:
// a name the server does not know is said so, with what IT runs.
type addLogin struct {
	s       *usersScreen
	login   *widget.Entry
	roles   map[editor.Role]*widget.Check
	button  *widget.Button
	problem *widget.Label // why the last 添加 did not add, or what it added
	others  *widget.Label // how many of the server's logins are not listed
	box     *fyne.Container
}

func newAddLogin(s *usersScreen) *addLogin {
	f := &addLogin{s: s, login: widget.NewEntry(), roles: map[editor.Role]*widget.Check{},
		problem: widget.NewLabel(""), others: widget.NewLabel("")}
	f.login.SetPlaceHolder(lang.L("信息技术人员创建的登录名"))
	f.login.OnSubmitted = func(string) { f.onAdd() }
	f.button = widget.NewButtonWithIcon(lang.L("添加"), theme.ContentAddIcon(), f.onAdd)
	f.problem.Wrapping = fyne.TextWrapWord
	f.others.Wrapping = fyne.TextWrapWord
	checks := container.NewHBox()
	for _, r := range editor.Roles {
		f.roles[r] = widget.NewCheck(roleLabel(r), nil)
		checks.Add(f.roles[r])
	}
	f.roles[editor.RoleEditor].SetChecked(true) // most people added are editors
	title := widget.NewLabelWithStyle(lang.L("添加登录名"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	row := container.NewBorder(nil, nil, nil, f.button, f.login)
	f.box = container.NewVBox(widget.NewSeparator(), f.others, title, row, checks, f.problem)
	return f
}

func (f *addLogin) view() fyne.CanvasObject { return f.box }

// refresh shows the field to a 管理员 of the office archive only (a file
// has one user; anyone else may not give roles), and the count of logins
// not listed.
func (f *addLogin) refresh() {
	if f.s.u.ar.Engine() == "sqlite" {
		f.box.Hide()
		return
	}
	f.box.Show()
	f.others.SetText("")
	if f.s.others > 0 {
		f.others.SetText(lang.L("服务器上另有 {{.N}} 个登录名在本档案没有角色，未列出。", map[string]any{"N": f.s.others}))
	}
	admin := f.s.u.me.Has(editor.RoleAdmin) && !f.s.u.readOnly
	for _, w := range []fyne.Disableable{f.login, f.button} {
		if admin {
			w.Enable()
		} else {
			w.Disable()
		}
	}
	for _, c := range f.roles {
		if admin {
			c.Enable()
		} else {
			c.Disable()
		}
	}
}

// onAdd gives the typed login the ticked roles, one GRANT each; the first
// refusal stops and is said beside the field.
func (f *addLogin) onAdd() {
	login := strings.TrimSpace(f.login.Text)
	var roles []editor.Role
	for _, r := range editor.Roles {
		if f.roles[r].Checked {
			roles = append(roles, r)
		}
	}
	if msg := f.check(login, roles); msg != "" {
		f.problem.SetText(msg)
		return
	}
	for _, r := range roles {
		if err := f.s.u.ar.GrantRole(f.s.u.ctx(), login, r); err != nil {
			f.problem.SetText(addLoginRefusal(login, err))
			f.s.u.rolesChanged()
			return
		}
	}
	names := make([]string, len(roles))
	for i, r := range roles {
		names[i] = roleLabel(r)
	}
	f.login.SetText("")
	f.problem.SetText(lang.L("已添加 {{.Login}}（{{.Roles}}）。", map[string]any{"Login": login, "Roles": strings.Join(names, lang.L("、"))}))
	f.s.u.rolesChanged() // the list shows the login, and the other desktops hear of it
}

// check is what is wrong with adding login with roles before asking the
// server, "" when nothing is.
func (f *addLogin) check(login string, roles []editor.Role) string {
	switch {
	case login == "":
		return lang.L("请输入登录名（由信息技术人员在数据库服务器上创建）。")
	case len(roles) == 0:
		return lang.L("请至少勾选一个角色。")
	}
	for _, u := range f.s.users {
		if u.Login == login {
			return lang.L("{{.Login}} 已在上面的列表中：在那一行勾选角色即可。", map[string]any{"Login": login})
		}
	}
	return ""
}

// addLoginRefusal says why the server did not give login a role.
func addLoginRefusal(login string, err error) string {
	var re *editor.RoleError
	switch {
	case errors.Is(err, editor.ErrUnknownLogin):
		return lang.L("数据库服务器上没有登录名“{{.Login}}”。登录名由信息技术人员创建（CREATE ROLE {{.Login}} LOGIN PASSWORD '…';），创建后再在这里添加。请检查拼写：登录名区分大小写。",
			map[string]any{"Login": login})
	case errors.As(err, &re):
		return lang.L("您现在没有“管理员”角色（也许刚被收回），不能分配角色。请另一位管理员来做。")
	case errors.Is(err, editor.ErrDenied):
		return lang.L("数据库服务器不允许把角色授予“{{.Login}}”：档案的所有者没有这项权限。请信息技术人员以所有者登录授予（GRANT），或给所有者 CREATEROLE。",
			map[string]any{"Login": login})
	}
	return userMessage(err)
}
