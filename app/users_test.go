package app

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/editor/postgres"
)

// officeUsersTestUI sets up an office archive as the README says, on the
// test server in a schema of its own: the owner's first start, a 管理员
// login liwei (管理员 and 编辑), and two logins IT has created without a
// role, zhangmin and wangjun. It returns the window opened as liwei, the
// owner's connection for IT's own SQL, and the logins' names.
func officeUsersTestUI(t *testing.T) (*ui, *sql.DB, map[string]string) {
	t.Helper()
	pg := os.Getenv("BULLETINDESK_TEST_PG")
	if pg == "" {
		t.Skip("needs BULLETINDESK_TEST_PG (scripts/with-postgres.sh)")
	}
	ctx := context.Background()
	schema := fmt.Sprintf("appusers_%d", os.Getpid())
	dsn, drop, err := postgres.NewSchema(ctx, pg, schema)
	if err != nil {
		t.Fatal(err)
	}
	logins := map[string]string{"admin": schema + "_liwei", "new": schema + "_zhangmin", "other": schema + "_wangjun"}
	owner, err := editor.Open(ctx, dsn) // the owner's first start makes the tables and the group roles
	if err != nil {
		drop()
		t.Fatal(err)
	}
	owner.Close()
	it, err := postgres.Open(dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		drop()
		for _, l := range logins {
			it.Exec(`DROP ROLE IF EXISTS ` + l)
		}
		it.Close()
	})
	for _, q := range []string{`GRANT USAGE ON SCHEMA ` + schema + ` TO PUBLIC`,
		`CREATE ROLE ` + logins["admin"] + ` LOGIN`, `CREATE ROLE ` + logins["new"] + ` LOGIN`, `CREATE ROLE ` + logins["other"] + ` LOGIN`,
		`DO $$ BEGIN EXECUTE format('GRANT %I, %I TO ` + logins["admin"] + `', (SELECT name FROM bd_roles WHERE code = 'admin'),
			(SELECT name FROM bd_roles WHERE code = 'editor')); END $$`} {
		if _, err := it.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	ar, err := editor.Open(ctx, dsn+" user="+logins["admin"])
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ar.Close() })
	a := test.NewTempApp(t)
	w := test.NewWindow(nil)
	t.Cleanup(w.Close)
	u := newUI(a, ar, w)
	u.syncWork = true
	u.win.Resize(fyne.NewSize(1280, 800))
	u.showKey(keyUsers)
	return u, it, logins
}

// usersListed are the logins of 用户's rows, in order.
func usersListed(s *usersScreen) []string {
	var out []string
	for _, row := range s.rows.Objects[1:] { // after the header
		out = append(out, row.(*fyne.Container).Objects[0].(*widget.Label).Text)
	}
	return out
}

// TestUsersScreenAddsALogin: 用户 lists only this archive's users (not the
// logins IT made that have no role here yet, which it counts), and a
// 管理员 adds one by typing it: a name the server does not know is said so
// with what IT runs, an existing login gets the ticked roles and is listed,
// and once 管理员 is taken from the 管理员 on another desktop, adding is
// refused in words and the field greys.
func TestOfficeUsersScreenAddsALogin(t *testing.T) {
	u, it, logins := officeUsersTestUI(t)
	s := u.entries[u.current].s.(*usersScreen)
	for _, l := range usersListed(s) {
		if l == logins["new"] || l == logins["other"] {
			t.Errorf("用户 lists %s, which has no role in this archive", l)
		}
	}
	if !strings.Contains(s.add.others.Text, "个登录名在本档案没有角色") {
		t.Errorf("the count of logins not listed reads %q", s.add.others.Text)
	}
	f := s.add
	test.Type(f.login, "nobody_at_all")
	test.Tap(f.button)
	for _, want := range []string{"没有登录名“nobody_at_all”", "CREATE ROLE nobody_at_all LOGIN"} {
		if !strings.Contains(f.problem.Text, want) {
			t.Errorf("adding an unknown login says %q, want it to say %q", f.problem.Text, want)
		}
	}
	f.login.SetText(logins["new"])
	f.roles[editor.RoleReviewer].SetChecked(true)
	test.Tap(f.button)
	if want := "已添加 " + logins["new"] + "（编辑、审核）"; !strings.Contains(f.problem.Text, want) {
		t.Errorf("adding %s says %q, want %q", logins["new"], f.problem.Text, want)
	}
	s = u.entries[u.current].s.(*usersScreen)
	if !strings.Contains(strings.Join(usersListed(s), " "), logins["new"]) {
		t.Errorf("after adding, 用户 lists %v, without %s", usersListed(s), logins["new"])
	}
	users, err := u.ar.Users(u.ctx())
	if err != nil {
		t.Fatal(err)
	}
	for _, usr := range users {
		if usr.Login == logins["new"] && (!usr.Has(editor.RoleEditor) || !usr.Has(editor.RoleReviewer) || usr.Has(editor.RoleSigner)) {
			t.Errorf("%s holds %v, want 编辑 and 审核", usr.Login, usr.Roles)
		}
	}
	// another 管理员 (here IT) takes 管理员 from liwei while his window is open
	if _, err := it.Exec(`DO $$ BEGIN EXECUTE format('REVOKE %I FROM ` + logins["admin"] + `', (SELECT name FROM bd_roles WHERE code = 'admin')); END $$`); err != nil {
		t.Fatal(err)
	}
	f.login.SetText(logins["other"])
	test.Tap(f.button)
	if !strings.Contains(f.problem.Text, "没有“管理员”角色") {
		t.Errorf("adding without 管理员 says %q", f.problem.Text)
	}
	if !f.login.Disabled() || !f.button.Disabled() {
		t.Errorf("after the refusal the field is still open to a login without 管理员")
	}
}
