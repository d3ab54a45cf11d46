package editor

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
)

// rolesTestLogins opens the test archive as its owner and creates one
// login per role (and one with none), each given its group as the office's
// IT would (GRANT group TO login); it returns the owner's archive and a
// function opening the archive as a login.
func rolesTestLogins(t *testing.T) (*Archive, map[string]string, func(login string) *Archive) {
	t.Helper()
	if !onServer() {
		t.Skip("roles are the server's: run under scripts/with-postgres.sh")
	}
	ctx := context.Background()
	dsn := testArchiveDSN(t, "")
	owner, err := Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { owner.Close() })
	var schema string
	if err := owner.db.QueryRow(`SELECT current_schema()`).Scan(&schema); err != nil {
		t.Fatal(err)
	}
	// as the public schema of a database of its own is (the README's set-up)
	if _, err := owner.db.Exec(`GRANT USAGE ON SCHEMA ` + schema + ` TO PUBLIC`); err != nil {
		t.Fatal(err)
	}
	logins := map[string]string{}
	for _, code := range []string{"editor", "reviewer", "signer", "admin", "none"} { // logins["dsn"] is the archive's connection
		login := schema + "_" + code
		logins[code] = login
		q := []string{fmt.Sprintf(`CREATE ROLE %s LOGIN`, login)}
		if code != "none" {
			q = append(q, fmt.Sprintf(`DO $$ BEGIN EXECUTE format('GRANT %%I TO %s', (SELECT name FROM bd_roles WHERE code = '%s')); END $$`, login, code))
		}
		for _, s := range q {
			if _, err := owner.db.Exec(s); err != nil {
				t.Fatalf("%s: %v", s, err)
			}
		}
	}
	open := func(login string) *Archive {
		a, err := Open(ctx, dsn+" user="+login)
		if err != nil {
			t.Fatalf("open as %s: %v", login, err)
		}
		t.Cleanup(func() { a.Close() })
		return a
	}
	logins["dsn"] = dsn
	return owner, logins, open
}

func TestRolesDecideTheSteps(t *testing.T) {
	ctx := context.Background()
	owner, logins, open := rolesTestLogins(t)
	is := workflowTestIssue(t, owner)
	ed, rev, sig := open(logins["editor"]), open(logins["reviewer"]), open(logins["signer"])
	if me, err := ed.Me(ctx); err != nil || me.Login != logins["editor"] || !me.Has(RoleEditor) || me.HasAny(RoleReviewer, RoleSigner, RoleAdmin) {
		t.Fatalf("the editor's Me = %+v, %v", me, err)
	}
	steps := []struct {
		who  *Archive
		name string
		act  IssueAction
		ok   bool
	}{
		{rev, "reviewer", ActionSend, false},
		{ed, "editor", ActionSend, true},
		{ed, "editor", ActionReview, false},
		{rev, "reviewer", ActionReview, true},
		{ed, "editor", ActionSign, false},
		{rev, "reviewer", ActionSign, false},
		{sig, "signer", ActionSign, true},
		{ed, "editor", ActionReopen, false},
	}
	for _, s := range steps {
		err := s.who.StepIssue(ctx, is.ID, s.act, "", Date{})
		if s.ok && err != nil {
			t.Fatalf("%s %s: %v", s.name, s.act, err)
		}
		if !s.ok && !errors.Is(err, ErrDenied) {
			t.Errorf("%s %s: err = %v, want ErrDenied", s.name, s.act, err)
		}
	}
	got, _ := owner.Issue(ctx, is.ID)
	if r := got.Review; r.Sent.Actor != logins["editor"] || r.Reviewed.Actor != logins["reviewer"] || r.Signed.Actor != logins["signer"] {
		t.Errorf("on record: sent by %q, reviewed by %q, signed by %q", r.Sent.Actor, r.Reviewed.Actor, r.Signed.Actor)
	}
}

// TestRolesHoldAgainstHandWrittenSQL: what the app refuses, the server
// refuses too, to a login typing SQL of its own.
func TestRolesHoldAgainstHandWrittenSQL(t *testing.T) {
	ctx := context.Background()
	owner, logins, open := rolesTestLogins(t)
	is := workflowTestIssue(t, owner)
	if err := owner.StepIssue(ctx, is.ID, ActionSend, "", Date{}); err != nil {
		t.Fatal(err)
	}
	units := rolesTestUnit(t, owner)
	ed, adm := open(logins["editor"]), open(logins["admin"])
	if _, err := owner.db.ExecContext(ctx, `INSERT INTO revisions(kind, row_id, author, started_at, saved_at, content)
		VALUES ('item', 1, 'someone', '', '', '原文')`); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		who  *Archive
		sql  string
		ok   bool
	}{
		{"editor signs", ed, fmt.Sprintf(`UPDATE issues SET status = 'signed', review_stage = '' WHERE id = %d`, is.ID), false},
		{"editor reviews", ed, fmt.Sprintf(`UPDATE issues SET review_stage = 'reviewed' WHERE id = %d`, is.ID), false},
		{"editor inserts a signed issue", ed, fmt.Sprintf(`INSERT INTO issues(bulletin_id, year, number, total_number, date, status, updated_at)
			SELECT bulletin_id, 2030, 99, 999, '2030-01-01', 'signed', '' FROM issues WHERE id = %d`, is.ID), false},
		{"editor forges a step", ed, fmt.Sprintf(`INSERT INTO issue_events(issue_id, action, actor) VALUES (%d, 'sign', 'boss')`, is.ID), false},
		{"editor grants himself 签发", ed, fmt.Sprintf(`SELECT bd_grant_role('%s', 'signer', 1)`, logins["editor"]), false},
		{"editor renames a unit", ed, fmt.Sprintf(`UPDATE units SET name = '改名' WHERE id = %d`, units[0].ID), false},
		{"editor deletes a unit", ed, fmt.Sprintf(`DELETE FROM units WHERE id = %d`, units[0].ID), false},
		{"editor changes the 计分办法", ed, `UPDATE scoring_rules SET rules = '{}'`, false},
		{"editor changes a quota", ed, `INSERT INTO quotas(grp, period, minimum) VALUES ('县区', 'month', 9)`, false},
		{"editor deletes the audit list", ed, `DELETE FROM audit_log`, false},
		{"editor rewrites the audit list", ed, `UPDATE audit_log SET author = 'boss'`, false},
		{"editor empties the audit list", ed, `TRUNCATE audit_log`, false},
		{"editor deletes revisions", ed, `DELETE FROM revisions`, false},
		{"editor changes a revision's author", ed, `UPDATE revisions SET author = 'boss'`, false},
		{"editor rewrites another's revision", ed, `UPDATE revisions SET content = 'forged' WHERE author = 'someone'`, false},
		{"editor adds to the audit list", ed, `INSERT INTO audit_log(at, author, action, kind, row_id) VALUES ('', 'boss', 'delete', 'item', 1)`, true},
		{"editor edits an item under review", ed, `UPDATE items SET body = body`, false}, // roles_locked_test.go has the rest
		{"admin renames a unit", adm, fmt.Sprintf(`UPDATE units SET short_name = short_name WHERE id = %d`, units[0].ID), true},
		{"admin changes a quota", adm, `INSERT INTO quotas(grp, period, minimum) VALUES ('县区', 'month', 9)`, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := tt.who.db.ExecContext(ctx, tt.sql)
			if tt.ok && err != nil {
				t.Errorf("err = %v, want it allowed", err)
			}
			if !tt.ok && !errors.Is(tt.who.classify(err), ErrDenied) {
				t.Errorf("err = %v, want permission denied", err)
			}
		})
	}
	t.Run("editor shadows bd_roles with a temporary table", func(t *testing.T) {
		c, err := ed.db.Conn(ctx)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		_, err = c.ExecContext(ctx, `CREATE TEMP TABLE bd_roles AS SELECT code, (SELECT name FROM bd_roles WHERE code = 'editor') AS name FROM bd_roles`)
		if err != nil {
			t.Fatal(err)
		}
		_, err = c.ExecContext(ctx, fmt.Sprintf(`UPDATE issues SET review_stage = 'reviewed' WHERE id = %d`, is.ID))
		if !errors.Is(ed.classify(err), ErrDenied) {
			t.Errorf("err = %v, want permission denied", err)
		}
	})
	if got, _ := owner.Issue(ctx, is.ID); got.Status != IssueSubmitted {
		t.Errorf("status after the attempts = %q, want still 送审", got.Status)
	}
	var forged, mine int
	owner.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM audit_log WHERE author = 'boss'`).Scan(&forged)
	owner.db.QueryRowContext(ctx, fmt.Sprintf(`SELECT COUNT(*) FROM audit_log WHERE author = '%s'`, logins["editor"])).Scan(&mine)
	if forged != 0 || mine != 1 {
		t.Errorf("audit rows written by 'boss': %d, by the editor's login: %d; want the login, whatever the client sent", forged, mine)
	}
	var content string
	owner.db.QueryRowContext(ctx, `SELECT content FROM revisions WHERE author = 'someone'`).Scan(&content)
	if content != "原文" {
		t.Errorf("another's revision reads %q after the attempts", content)
	}
}

func TestRolesThroughTheArchive(t *testing.T) {
	ctx := context.Background()
	owner, logins, open := rolesTestLogins(t)
	is := workflowTestIssue(t, owner)
	ed, adm := open(logins["editor"]), open(logins["admin"])
	u := rolesTestUnit(t, owner)[0]
	u.ShortName = "改"
	if err := ed.SaveUnit(ctx, &u); !errors.Is(err, ErrDenied) {
		t.Errorf("an editor saving a unit: err = %v, want ErrDenied", err)
	}
	if _, err := ed.SaveRules(ctx, archiveTestDay(t, "2026-01-01"), DefaultScoringRules()); !errors.Is(err, ErrDenied) {
		t.Errorf("an editor saving the 计分办法: err = %v, want ErrDenied", err)
	}
	if err := adm.SaveUnit(ctx, &u); err != nil {
		t.Errorf("the 管理员 saving a unit: %v", err)
	}
	if err := owner.StepIssue(ctx, is.ID, ActionSend, "", Date{}); err != nil {
		t.Fatal(err)
	}
	it := is.Sections[0].Items[0]
	it.Lead = "送审后编辑改的。"
	if err := ed.UpdateItem(ctx, &it); !errors.Is(err, ErrUnderReview) {
		t.Errorf("an editor changing an issue under review: err = %v, want ErrUnderReview", err)
	}
	rev := open(logins["reviewer"])
	it.Lead = "审核时改的。"
	if err := rev.UpdateItem(ctx, &it); err != nil {
		t.Errorf("the reviewer changing it: %v", err)
	}
}

func TestUsersAndGrants(t *testing.T) {
	ctx := context.Background()
	_, logins, open := rolesTestLogins(t)
	if a, err := Open(ctx, logins["dsn"]+" user="+logins["none"]); !errors.Is(err, ErrNoRole) {
		t.Errorf("a login with no role opening the archive: err = %v, want ErrNoRole", err)
		if a != nil {
			a.Close()
		}
	}
	ed, adm := open(logins["editor"]), open(logins["admin"])
	if err := ed.GrantRole(ctx, logins["editor"], RoleSigner); !errors.Is(err, ErrDenied) {
		t.Errorf("an editor granting: err = %v, want ErrDenied", err)
	}
	if err := adm.GrantRole(ctx, logins["none"], RoleEditor); err != nil {
		t.Fatalf("the 管理员 granting 编辑: %v", err)
	}
	if err := adm.GrantRole(ctx, logins["editor"], RoleReviewer); err != nil {
		t.Fatal(err)
	}
	if err := adm.RevokeRole(ctx, logins["editor"], RoleEditor); err != nil {
		t.Fatal(err)
	}
	if err := adm.RevokeRole(ctx, logins["admin"], RoleAdmin); !errors.Is(err, ErrOwnAdmin) {
		t.Errorf("taking 管理员 from oneself: err = %v, want ErrOwnAdmin", err)
	}
	if err := adm.GrantRole(ctx, "nobody_"+logins["none"], RoleEditor); !errors.Is(err, ErrUnknownLogin) {
		t.Errorf("granting to a login that does not exist: err = %v, want ErrUnknownLogin", err)
	}
	users, err := adm.Users(ctx)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, u := range users {
		var rs []string
		for _, r := range u.Roles {
			rs = append(rs, string(r))
		}
		got[u.Login] = strings.Join(rs, ",")
		if u.Me != (u.Login == logins["admin"]) {
			t.Errorf("%s: Me = %v", u.Login, u.Me)
		}
	}
	want := map[string]string{logins["none"]: "editor", logins["editor"]: "reviewer", logins["reviewer"]: "reviewer",
		logins["signer"]: "signer", logins["admin"]: "admin", "bd": "editor,reviewer,signer,admin"}
	for login, roles := range want {
		if got[login] != roles {
			t.Errorf("%s holds %q, want %q", login, got[login], roles)
		}
	}
	if me, _ := open(logins["none"]).Me(ctx); !me.Has(RoleEditor) {
		t.Errorf("after the grant the new editor's Me = %+v", me)
	}
}

// TestLocalUsers: a file's one user is the operating system's and holds
// every role; roles are not given on a file.
func TestLocalUsers(t *testing.T) {
	if onServer() {
		t.Skip("the file's user")
	}
	ctx := context.Background()
	a := archiveTestOpen(t)
	users, err := a.Users(ctx)
	if err != nil || len(users) != 1 || users[0].Login != OSUser() || len(users[0].Roles) != 4 || !users[0].Me {
		t.Fatalf("Users = %+v, %v; want the OS user %q with every role", users, err, OSUser())
	}
	if err := a.GrantRole(ctx, "someone", RoleEditor); !errors.Is(err, ErrLocalUsers) {
		t.Errorf("GrantRole on a file: err = %v, want ErrLocalUsers", err)
	}
}

func rolesTestUnit(t *testing.T, a *Archive) []Unit {
	t.Helper()
	u := Unit{Name: "怀宁县委组织部", ShortName: "怀宁县", Group: "县区", Active: true}
	if err := a.SaveUnit(context.Background(), &u); err != nil {
		t.Fatal(err)
	}
	return []Unit{u}
}

// TestOwnerWithoutSuperuser is the README's set-up: the archive's owner is
// a login with CREATEROLE but no superuser; its first start creates the
// tables and the group roles, IT gives the first 管理员 their group, and
// that 管理员 gives an editor theirs in the app (bd_grant_role, run as the
// owner).
func TestOwnerWithoutSuperuser(t *testing.T) {
	if !onServer() {
		t.Skip("roles are the server's: run under scripts/with-postgres.sh")
	}
	ctx := context.Background()
	super, schema := superArchive(t, "_own")
	defer super.Close()
	owner, adminLogin, editorLogin := schema+"_o", schema+"_a", schema+"_e"
	for _, q := range []string{`CREATE ROLE ` + owner + ` LOGIN CREATEROLE`, `CREATE SCHEMA ` + schema + ` AUTHORIZATION ` + owner,
		`CREATE ROLE ` + adminLogin + ` LOGIN`, `CREATE ROLE ` + editorLogin + ` LOGIN`} {
		if _, err := super.db.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	t.Cleanup(func() { super.db.Exec(`DROP SCHEMA ` + schema + ` CASCADE`) })
	dsn := os.Getenv(envTestPG) + " search_path=" + schema
	first, err := Open(ctx, dsn+" user="+owner)
	if err != nil {
		t.Fatalf("the owner's first start: %v", err)
	}
	defer first.Close()
	is := workflowTestIssue(t, first)
	var adminGroup string
	if err := first.db.QueryRow(`SELECT name FROM bd_roles WHERE code = 'admin'`).Scan(&adminGroup); err != nil {
		t.Fatal(err)
	}
	if _, err := super.db.Exec(`GRANT ` + adminGroup + ` TO ` + adminLogin); err != nil {
		t.Fatal(err)
	}
	adm, err := Open(ctx, dsn+" user="+adminLogin)
	if err != nil {
		t.Fatal(err)
	}
	defer adm.Close()
	if err := adm.GrantRole(ctx, editorLogin, RoleEditor); err != nil {
		t.Fatalf("the 管理员 giving 编辑: %v", err)
	}
	ed, err := Open(ctx, dsn+" user="+editorLogin)
	if err != nil {
		t.Fatal(err)
	}
	defer ed.Close()
	if err := ed.StepIssue(ctx, is.ID, ActionSend, "", Date{}); err != nil {
		t.Errorf("the new editor sending for review: %v", err)
	}
	if err := ed.StepIssue(ctx, is.ID, ActionReview, "", Date{}); !errors.Is(err, ErrDenied) {
		t.Errorf("the new editor reviewing: err = %v, want ErrDenied", err)
	}
}

// An editor's own saves still keep history under 017's restrictions: two
// saves in a minute are one revision, written as the login; and deleting
// an item (audited) works.
func TestEditorSavesKeepHistory(t *testing.T) {
	ctx := context.Background()
	owner, logins, open := rolesTestLogins(t)
	is := workflowTestIssue(t, owner)
	ed := open(logins["editor"])
	got, _ := ed.Issue(ctx, is.ID)
	it := got.Sections[0].Items[0]
	for _, body := range []string{"正文一。", "正文一二。"} {
		it.Body = body
		if err := ed.UpdateItem(ctx, &it); err != nil {
			t.Fatalf("the editor saving an item: %v", err)
		}
	}
	revs, err := ed.Revisions(ctx, "item", it.ID)
	if err != nil {
		t.Fatal(err)
	}
	var mine []Revision
	for _, r := range revs {
		if r.Author == logins["editor"] {
			mine = append(mine, r)
		}
	}
	if len(mine) != 1 || !strings.Contains(mine[0].Content, "正文一二。") {
		t.Errorf("the editor's revisions = %+v, want one holding the last save", mine)
	}
}

// A 管理员's grant reaches the other desktops as a change of kind
// "roles": the editor given 签发 hears of it while the archive is open,
// and reads 签发 among their roles.
func TestRoleChangesReachOtherDesktops(t *testing.T) {
	ctx := context.Background()
	_, logins, open := rolesTestLogins(t)
	ed, adm := open(logins["editor"]), open(logins["admin"])
	seen := notifyTestWatch(t, ed)
	notifyTestReady(t, seen, adm)
	if err := adm.GrantRole(ctx, logins["editor"], RoleSigner); err != nil {
		t.Fatal(err)
	}
	c := notifyTestWait(t, seen, func(c Change) bool { return c.Kind != "presence" })
	if c.Kind != "roles" || c.Author != logins["admin"] {
		t.Errorf("the editor's desktop heard %+v, want a change of roles by %s", c, logins["admin"])
	}
	if me, err := ed.Me(ctx); err != nil || !me.Has(RoleSigner) {
		t.Errorf("after the grant the editor's Me = %+v, %v; want 签发 among the roles", me, err)
	}
	if err := adm.RevokeRole(ctx, logins["editor"], RoleSigner); err != nil {
		t.Fatal(err)
	}
	if c := notifyTestWait(t, seen, func(c Change) bool { return c.Kind != "presence" }); c.Kind != "roles" {
		t.Errorf("after the revoke the editor's desktop heard %+v, want a change of roles", c)
	}
}

// superArchive opens the test server's archive as the superuser, with a
// schema name of its own (current schema + suffix) for the logins a test makes.
func superArchive(t *testing.T, suffix string) (*Archive, string) {
	t.Helper()
	super, err := Open(context.Background(), testArchiveDSN(t, ""))
	if err != nil {
		t.Fatal(err)
	}
	var schema string
	if err := super.db.QueryRow(`SELECT current_schema()`).Scan(&schema); err != nil {
		super.Close()
		t.Fatal(err)
	}
	return super, schema + suffix
}
