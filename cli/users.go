package cli

import (
	"context"
	"fmt"
	"strings"

	"github.com/bulletindesk/bulletindesk/editor"
)

// usersUsage is the users command's synopsis and what it does (help).
const usersUsage = `users [--db DB] [--grant ROLE --to LOGIN | --revoke ROLE --from LOGIN]
        list the office archive's logins and their roles (编辑 editor, 审核 reviewer, 签发 signer,
        管理员 admin), you marked; a 管理员 gives a role to a login or takes it away. A local file has
        one user, the operating system's, with every role`

// cliRoleNames are the roles by their Chinese and English names.
var cliRoleNames = map[string]editor.Role{
	"编辑": editor.RoleEditor, "审核": editor.RoleReviewer, "签发": editor.RoleSigner, "管理员": editor.RoleAdmin,
	"editor": editor.RoleEditor, "reviewer": editor.RoleReviewer, "signer": editor.RoleSigner, "admin": editor.RoleAdmin,
}

func runUsers(ctx context.Context, args []string, env *Env) int {
	fs := env.newFlags()
	db := fs.String("db", "", "archive file or server connection")
	grant := fs.String("grant", "", "role to give")
	to := fs.String("to", "", "login to give it to")
	revoke := fs.String("revoke", "", "role to take away")
	from := fs.String("from", "", "login to take it from")
	rest, status, ok := env.parseFlags(fs, args)
	if !ok {
		return status
	}
	if len(rest) > 0 {
		return env.UsageError("unexpected argument %q", rest[0])
	}
	change, role, login, msg := cliRoleChange(*grant, *to, *revoke, *from)
	if msg != "" {
		return env.UsageError("%s", msg)
	}
	ar, err := env.OpenArchive(*db)
	if err != nil {
		return env.Fail("%v", err)
	}
	defer ar.Close()
	if change != nil {
		if err := change(ar)(ctx, login, role); err != nil {
			if msg, ok := cliRefusal(err); ok {
				return env.Fail("%s: %s", ar.Path(), msg)
			}
			return env.Fail("%s: %v", ar.Path(), err)
		}
	}
	return cliPrintUsers(ctx, env, ar)
}

// cliRoleChange reads --grant/--to and --revoke/--from; msg is a usage problem.
func cliRoleChange(grant, to, revoke, from string) (change func(*editor.Archive) func(context.Context, string, editor.Role) error, role editor.Role, login, msg string) {
	switch {
	case grant == "" && revoke == "" && to == "" && from == "":
		return nil, "", "", ""
	case grant != "" && revoke != "":
		return nil, "", "", "--grant and --revoke: one at a time"
	case grant != "" && to != "" && from == "":
		change, role, login = func(a *editor.Archive) func(context.Context, string, editor.Role) error { return a.GrantRole }, cliRoleNames[grant], to
	case revoke != "" && from != "" && to == "":
		change, role, login = func(a *editor.Archive) func(context.Context, string, editor.Role) error { return a.RevokeRole }, cliRoleNames[revoke], from
	default:
		return nil, "", "", "--grant ROLE takes --to LOGIN, --revoke ROLE takes --from LOGIN"
	}
	if role == "" {
		return nil, "", "", fmt.Sprintf("unknown role %q (editor, reviewer, signer, admin or 编辑, 审核, 签发, 管理员)", grant+revoke)
	}
	return change, role, login, ""
}

func cliPrintUsers(ctx context.Context, env *Env, ar *editor.Archive) int {
	users, err := ar.Users(ctx)
	if err != nil {
		return env.Fail("%s: %v", ar.Path(), err)
	}
	users, unlisted := editor.ArchiveUsers(users)
	rows := make([][]string, 0, len(users))
	for _, u := range users {
		names := make([]string, 0, len(u.Roles))
		for _, r := range u.Roles {
			names = append(names, cliRoleName(r))
		}
		roles := strings.Join(names, "、")
		if u.Super {
			roles = "全部（所有者或超级用户）"
		}
		me := ""
		if u.Me {
			me = "我"
		}
		rows = append(rows, []string{u.Login, roles, me})
	}
	if err := cliTable(env.Stdout, []string{"用户", "角色", ""}, rows, []bool{false, false, false}); err != nil {
		return env.Fail("write: %v", err)
	}
	if ar.Engine() == "sqlite" {
		fmt.Fprintln(env.Stdout, "本机档案只有一位用户（本机登录的用户），拥有全部角色；角色在办公室档案上分配。")
	}
	if unlisted > 0 {
		fmt.Fprintf(env.Stdout, "服务器上另有 %d 个登录名在本档案没有角色，未列出；用 --grant 角色 --to 登录名 授予。\n", unlisted)
	}
	return exitOK
}

func cliRoleName(r editor.Role) string {
	return map[editor.Role]string{editor.RoleEditor: "编辑", editor.RoleReviewer: "审核",
		editor.RoleSigner: "签发", editor.RoleAdmin: "管理员"}[r]
}
