package app

import (
	"fmt"
	"log"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/editor"
)

// usersScreen (用户) shows who you are and, on the office archive, this
// archive's users with their roles (editor.ArchiveUsers: not the server's
// other logins); a 管理员 ticks a role to give it and unticks it to take it
// away (Archive.GrantRole/RevokeRole: the server's GRANT), and gives a login
// IT has just created its first roles by typing its name (users_add.go).
// Logins themselves are created by the office's IT on the server.
type usersScreen struct {
	u      *ui
	users  []editor.User
	others int // the server's logins without a role here, not listed
	who    *widget.Label
	note   *widget.Label
	rows   *fyne.Container
	add    *addLogin
	root   fyne.CanvasObject
}

func newUsersScreen(u *ui) *usersScreen {
	s := &usersScreen{u: u, who: widget.NewLabel(""), note: widget.NewLabel(""), rows: container.NewVBox()}
	s.who.TextStyle.Bold = true
	s.note.Wrapping = fyne.TextWrapWord
	s.add = newAddLogin(s)
	return s
}

func (s *usersScreen) view() fyne.CanvasObject {
	again := widget.NewButtonWithIcon(lang.L("刷新"), theme.ViewRefreshIcon(), s.reload)
	top := container.NewVBox(container.NewBorder(nil, nil, nil, again, s.who), s.note, widget.NewSeparator())
	body := container.NewVBox(s.rows, s.add.view())
	s.root = container.NewBorder(top, nil, nil, nil, container.NewVScroll(container.NewPadded(body)))
	return s.root
}

// reload reads who this user is and the logins again (roles change on
// the server, by another 管理员 or IT).
func (s *usersScreen) reload() {
	s.u.loadMe()
	users, err := s.u.ar.Users(s.u.ctx())
	if err != nil {
		s.u.showError(err)
		return
	}
	s.users, s.others = editor.ArchiveUsers(users)
	s.who.SetText(lang.L("我是：") + s.u.meText())
	switch {
	case s.u.ar.Engine() == "sqlite":
		s.note.SetText(lang.L("本机档案只有一位用户（本机登录的用户），拥有全部角色；角色在办公室档案上分配。"))
	case s.u.me.Has(editor.RoleAdmin):
		s.note.SetText(lang.L("勾选即分配角色，取消勾选即收回，立即生效，对方的窗口几秒内随之改变。新同事的登录名由信息技术人员在数据库服务器上创建，再在下面“添加登录名”中输入它并分配角色。"))
	default:
		s.note.SetText(lang.L("角色由管理员分配。"))
	}
	s.build()
	s.add.refresh()
}

// build lays out one row per login: name, the four roles, 我.
func (s *usersScreen) build() {
	s.rows.Objects = nil
	header := container.NewGridWithColumns(6, widget.NewLabelWithStyle(lang.L("用户"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	for _, r := range editor.Roles {
		header.Add(widget.NewLabelWithStyle(roleLabel(r), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	}
	header.Add(widget.NewLabel(""))
	s.rows.Add(header)
	admin := s.u.me.Has(editor.RoleAdmin) && s.u.ar.Engine() != "sqlite" && !s.u.readOnly
	for _, usr := range s.users {
		s.rows.Add(s.row(usr, admin))
	}
	s.rows.Refresh()
}

func (s *usersScreen) row(usr editor.User, admin bool) fyne.CanvasObject {
	row := container.NewGridWithColumns(6, widget.NewLabel(usr.Login))
	for _, r := range editor.Roles {
		check := widget.NewCheck("", nil)
		check.SetChecked(usr.Has(r))
		login, role := usr.Login, r
		check.OnChanged = func(on bool) { s.onChange(login, role, on) }
		if !admin || usr.Super {
			check.Disable()
		}
		row.Add(check)
	}
	mark := ""
	switch {
	case usr.Me:
		mark = lang.L("（我）")
	case usr.Super:
		mark = lang.L("（拥有全部权限）") // the archive's owner or a superuser
	}
	row.Add(widget.NewLabel(mark))
	return row
}

// onChange gives or takes the role; refused, the screen shows the server's state again.
func (s *usersScreen) onChange(login string, r editor.Role, on bool) {
	var err error
	if on {
		err = s.u.ar.GrantRole(s.u.ctx(), login, r)
	} else {
		err = s.u.ar.RevokeRole(s.u.ctx(), login, r)
	}
	if err != nil {
		s.u.showError(err)
	}
	s.u.rolesChanged() // this screen among the others: a 管理员 may have changed their own roles
}

// roleLabel is 编辑/审核/签发/管理员 in the UI language.
func roleLabel(r editor.Role) string {
	switch r {
	case editor.RoleEditor:
		return lang.X("role|编辑", "编辑")
	case editor.RoleReviewer:
		return lang.X("role|审核", "审核")
	case editor.RoleSigner:
		return lang.X("role|签发", "签发")
	case editor.RoleAdmin:
		return lang.X("role|管理员", "管理员")
	}
	return string(r)
}

// loadMe reads who this user is and their roles now.
func (u *ui) loadMe() {
	me, err := u.ar.Me(u.base)
	if err != nil {
		log.Printf("read who you are: %v", err)
		me = editor.User{Login: editor.OSUser()}
	}
	u.me = me
}

// meText is "liwei（编辑、审核）", or liwei（无角色） for a login given none yet.
func (u *ui) meText() string {
	// brackets of the UI's language: 「root（编辑…）」, 「root (Editor, …)」 (review F19)
	return fmt.Sprintf(lang.L("%s（%s）"), u.me.Login, u.meRoles(false))
}

// meIndicator is the user and roles at the foot of the navigation: the
// login, and under it the roles, two to a line, which the navigation's
// narrowest width (1,024 px windows) takes whole; a label wrapped by the
// toolkit broke 签|发 at 1,280 px. In one truncated line beside an icon it
// read 「root（编辑…」 at every window width; it still cannot widen the
// navigation (window_fit.go).
func (u *ui) meIndicator() fyne.CanvasObject {
	login := widget.NewLabel(u.me.Login)
	login.Wrapping = fyne.TextWrapBreak // a login has no spaces to wrap at
	login.TextStyle.Bold = true
	roles := widget.NewLabel("")
	roles.Wrapping = fyne.TextWrapWord // English role names wrap at spaces
	u.meLabel, u.meRoleText = login, roles
	u.refreshMeIndicator()
	return container.NewVBox(widget.NewSeparator(), login, roles)
}

// meRoles is "编辑、审核", or 无角色 for a login given none yet; with
// lines, a line break follows every second role.
func (u *ui) meRoles(lines bool) string {
	var b strings.Builder
	for i, r := range u.me.Roles {
		if i > 0 {
			b.WriteString(lang.L("、"))
			if lines && i%2 == 0 {
				b.WriteString("\n")
			}
		}
		b.WriteString(roleLabel(r))
	}
	if b.Len() == 0 {
		return lang.L("无角色")
	}
	return b.String()
}

// refreshMeIndicator shows the roles read last.
func (u *ui) refreshMeIndicator() {
	if u.meLabel == nil {
		return
	}
	u.meLabel.SetText(u.me.Login)
	u.meRoleText.SetText(u.meRoles(true))
}

// adminOnly enables what only a 管理员 may change (units, 计分办法) for a
// 管理员 and disables it for everyone else: the server refuses it anyway,
// and a field that cannot be saved should not look editable. The screens
// call it again when the roles change (rolesChanged), so a login given
// 管理员 while the window is open can type at once.
func (u *ui) adminOnly(ws ...fyne.Disableable) {
	may := u.me.Has(editor.RoleAdmin) && !u.readOnly && !readOnlyFields
	for _, w := range ws {
		if may {
			w.Enable()
		} else {
			w.Disable()
		}
	}
}

// roleFollower is a screen whose fields or buttons depend on the user's
// roles but which is not read again whole when another desktop changes
// something (liveReloads): rolesChanged shows them as the roles read last
// allow.
type roleFollower interface{ rolesChanged() }

// rolesChanged reads this user's roles again after a 管理员 (on this
// desktop or another) gave or took one: the indicator, the screen shown
// (组版's step buttons and locked fields, 单位, 计分办法, 用户) at once,
// the others when next shown.
func (u *ui) rolesChanged() {
	u.loadMe()
	u.refreshMeIndicator()
	for i, e := range u.entries {
		switch f, follows := e.s.(roleFollower); {
		case e.obj == nil:
		case i != u.current:
			e.dirty = true
		case liveReloads[e.key]:
			e.s.reload()
		case follows:
			f.rolesChanged()
		}
	}
}

// admins is who may change what only a 管理员 may, for a non-管理员 to
// ask: the logins given 管理员, or the archive's owner when none is.
func (u *ui) admins() string {
	users, err := u.ar.Users(u.ctx())
	if err != nil {
		log.Printf("list the 管理员: %v", err)
		return ""
	}
	var names, owners []string
	for _, usr := range users {
		switch {
		case usr.Super:
			owners = append(owners, usr.Login)
		case usr.Has(editor.RoleAdmin):
			names = append(names, usr.Login)
		}
	}
	if len(names) == 0 {
		names = owners
	}
	return strings.Join(names, lang.L("、"))
}
