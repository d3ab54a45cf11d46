package editor

import (
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// archiveTestOpen opens a new archive: a file in a temporary folder, or a
// new schema on the test server when BULLETINDESK_TEST_PG is set.
func archiveTestOpen(t testing.TB) *Archive {
	t.Helper()
	a, err := Open(context.Background(), testArchiveDSN(t, "archive.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close() })
	return a
}

// archiveTestDay is a date written ISO.
func archiveTestDay(t testing.TB, s string) Date {
	t.Helper()
	d := parseDateText(s)
	if d.IsZero() {
		t.Fatalf("bad date %q", s)
	}
	return d
}

func TestNewArchiveDefaults(t *testing.T) {
	ctx := context.Background()
	a := archiveTestOpen(t)
	bs, err := a.Bulletins(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(bs) != 1 {
		t.Fatalf("got %d bulletins, want 1", len(bs))
	}
	b := bs[0]
	if b.Name != "组工信息" || b.EditingUnit != "" {
		t.Errorf("bulletin = %q edited by %q, want 组工信息 with no editing unit", b.Name, b.EditingUnit)
	}
	if want := []string{"市内信息", "市外参考"}; !reflect.DeepEqual(b.Sections, want) {
		t.Errorf("sections = %v, want %v", b.Sections, want)
	}
	var labels []string
	for _, l := range b.Distribution {
		labels = append(labels, l.Label)
	}
	if want := []string{"报", "送", "发"}; !reflect.DeepEqual(labels, want) {
		t.Errorf("distribution labels = %v, want %v", labels, want)
	}
	p, err := a.Preferences(ctx)
	if err != nil || p != DefaultPreferences() {
		t.Errorf("preferences = %+v, %v; want the defaults", p, err)
	}
	if _, err := a.LatestIssue(ctx); !errors.Is(err, ErrNotFound) {
		t.Errorf("LatestIssue on a new archive: err = %v, want ErrNotFound", err)
	}
}

func TestReopenKeepsDataAndRecordsMigrations(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "a.db")
	a, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := a.BulletinByName(ctx, "组工信息")
	b.EditingUnit = "中共江州市委组织部"
	if err := a.SaveBulletin(ctx, &b); err != nil {
		t.Fatal(err)
	}
	p := DefaultPreferences()
	p.Indent, p.Language = false, "en"
	if err := a.SavePreferences(ctx, p); err != nil {
		t.Fatal(err)
	}
	a.Close()
	a, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	bs, _ := a.Bulletins(ctx)
	if len(bs) != 1 || bs[0].EditingUnit != "中共江州市委组织部" {
		t.Errorf("after reopening: bulletins = %+v, want the one edited bulletin", bs)
	}
	if got, _ := a.Preferences(ctx); got != p {
		t.Errorf("preferences = %+v, want %+v", got, p)
	}
	var versions []int64
	a.tx(ctx, func(tx *sql.Tx) (err error) {
		versions, err = queryIDs(ctx, tx, `SELECT version FROM migrations ORDER BY version`)
		return err
	})
	if len(versions) == 0 || versions[0] != 1 {
		t.Errorf("migrations recorded = %v, want 1 first", versions)
	}
}

func TestLockedArchive(t *testing.T) {
	ctx := context.Background()
	old := archiveBusyTimeout
	archiveBusyTimeout = 100
	defer func() { archiveBusyTimeout = old }()
	path := filepath.Join(t.TempDir(), "a.db")
	a, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	other, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	conn, err := other.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "BEGIN IMMEDIATE"); err != nil {
		t.Fatal(err)
	}
	err = a.SetSetting(ctx, "x", "y")
	if !errors.Is(err, ErrLocked) || !strings.Contains(err.Error(), path) {
		t.Errorf("write while another program holds the lock: err = %v, want ErrLocked naming %s", err, path)
	}
	if second, err := Open(ctx, path); err != nil {
		t.Errorf("Open of an up-to-date archive while another program holds the lock: err = %v, want it to open (it writes nothing)", err)
	} else {
		second.Close()
	}
	conn.ExecContext(ctx, "ROLLBACK")
	if err := a.SetSetting(ctx, "x", "y"); err != nil {
		t.Errorf("after the lock is released: %v", err)
	}
}

func TestOpenNotAnArchive(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notes.db")
	if err := os.WriteFile(path, []byte(strings.Repeat("这不是数据库，只是一段文字。\n", 200)), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Open(context.Background(), path)
	if !errors.Is(err, ErrNotArchive) || !strings.Contains(err.Error(), path) {
		t.Errorf("Open(text file) err = %v, want ErrNotArchive naming the file", err)
	}
}

// A file name with # or % (简报#2.db, a folder named 50%) is the archive's
// file as given: the path is not read as a URI with a fragment or escapes,
// which opened another file, and without foreign keys.
func TestOpenPathWithURICharacters(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	for _, name := range []string{"简报#2.db", "50%41.db", "a b.db"} {
		path := filepath.Join(dir, name)
		a, err := Open(ctx, path)
		if err != nil {
			t.Fatalf("Open(%q): %v", name, err)
		}
		var fk int
		if err := a.db.QueryRowContext(ctx, `PRAGMA foreign_keys`).Scan(&fk); err != nil || fk != 1 {
			t.Errorf("Open(%q): foreign_keys = %d, %v; want 1", name, fk, err)
		}
		a.Close()
		if _, err := os.Stat(path); err != nil {
			t.Errorf("Open(%q) did not create that file: %v", name, err)
		}
	}
}
