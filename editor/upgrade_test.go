package editor

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"strings"
	"testing"
	"testing/fstest"
)

// withTestMigration ships one more migration for the rest of the test, as
// the next version of Bulletin Desk would.
func withTestMigration(t *testing.T, e *engine, name, body string) {
	t.Helper()
	saved := e.migrations
	next := fstest.MapFS{"migrations/" + name: {Data: []byte(body)}}
	err := fs.WalkDir(saved, "migrations", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(saved, path)
		next[path] = &fstest.MapFile{Data: data}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	e.migrations = next
	t.Cleanup(func() { e.migrations = saved })
}

// An upgrade of the office archive started by an editor's login stops
// before changing anything and names the owner and the command to run; a
// superuser (a member of every role) upgrades it as the owner, so the new
// table is the owner's and every role may use it as the owner's default
// privileges say; then the editor opens it.
func TestUpgradeByANonOwnerStops(t *testing.T) {
	if !onServer() {
		t.Skip("a file is upgraded by whoever may write it")
	}
	ctx := context.Background()
	super, schema := superArchive(t, "_up")
	defer super.Close()
	owner, editorLogin := schema+"_o", schema+"_e"
	for _, q := range []string{`CREATE ROLE ` + owner + ` LOGIN CREATEROLE`, `CREATE SCHEMA ` + schema + ` AUTHORIZATION ` + owner,
		`CREATE ROLE ` + editorLogin + ` LOGIN`} {
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
	if _, err := first.db.Exec(`DO $$ BEGIN EXECUTE format('GRANT %I TO ` + editorLogin + `', (SELECT name FROM bd_roles WHERE code = 'editor')); END $$`); err != nil {
		t.Fatal(err)
	}
	var before int
	first.db.QueryRow(`SELECT count(*) FROM migrations`).Scan(&before)

	withTestMigration(t, postgresEngine, "999_upgrade_test.sql", `CREATE TABLE upgrade_test (id BIGINT PRIMARY KEY);`)
	_, err = Open(ctx, dsn+" user="+editorLogin)
	var no *NotOwnerError
	if !errors.As(err, &no) || no.Owner != owner || no.Login != editorLogin || !strings.Contains(no.Command, "postgres://"+owner+"@") {
		t.Fatalf("the editor opening an archive to upgrade: err = %v, want NotOwnerError naming %s and a command as them", err, owner)
	}
	var after, tables int
	first.db.QueryRow(`SELECT count(*) FROM migrations`).Scan(&after)
	first.db.QueryRow(`SELECT count(*) FROM pg_tables WHERE schemaname = ? AND tablename = 'upgrade_test'`, schema).Scan(&tables)
	if after != before || tables != 0 {
		t.Errorf("after the refused upgrade: %d migrations (was %d), upgrade_test tables %d; want nothing changed", after, before, tables)
	}

	up, err := Open(ctx, dsn) // the test server's superuser, not the owner
	if err != nil {
		t.Fatalf("a superuser upgrading: %v", err)
	}
	defer up.Close()
	var tableOwner string
	if err := up.db.QueryRow(`SELECT tableowner FROM pg_tables WHERE schemaname = ? AND tablename = 'upgrade_test'`, schema).Scan(&tableOwner); err != nil || tableOwner != owner {
		t.Errorf("the new table belongs to %q (%v), want the archive's owner %s", tableOwner, err, owner)
	}
	ed, err := Open(ctx, dsn+" user="+editorLogin)
	if err != nil {
		t.Fatalf("the editor after the upgrade: %v", err)
	}
	defer ed.Close()
	if _, err := ed.db.Exec(`INSERT INTO upgrade_test(id) VALUES (1)`); err != nil {
		t.Errorf("the editor writing the new table: %v (its grants did not follow the owner's default privileges)", err)
	}
}
