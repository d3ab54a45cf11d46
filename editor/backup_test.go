package editor

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// backupTestArchive is a local archive file with n submissions titled 来稿1…
func backupTestArchive(t *testing.T, path string, n int) *Archive {
	t.Helper()
	a, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close() })
	addBackupSubmissions(t, a, 1, n)
	return a
}

func addBackupSubmissions(t *testing.T, a *Archive, from, to int) {
	t.Helper()
	var subs []*Submission
	for i := from; i <= to; i++ {
		subs = append(subs, &Submission{Title: "来稿" + string(rune('0'+i)), Text: "正文。"})
	}
	if err := a.AddSubmissions(context.Background(), subs); err != nil {
		t.Fatal(err)
	}
}

func submissionCount(t *testing.T, path string) int {
	t.Helper()
	a, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	n, err := a.CountSubmissions(context.Background(), SubmissionFilter{})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// TestBackupRestore: a backup made while the archive is open holds what was
// saved; restoring it brings that back and keeps what it replaced.
func TestBackupRestore(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "archive.db")
	a := backupTestArchive(t, path, 2)
	backup := filepath.Join(dir, "backups", "archive-2026-12-01.db")
	if err := a.Backup(ctx, backup); err != nil {
		t.Fatal(err)
	}
	if err := CheckArchive(ctx, backup); err != nil {
		t.Fatalf("CheckArchive(backup) = %v", err)
	}
	addBackupSubmissions(t, a, 3, 5)
	a.Close()
	if got := submissionCount(t, backup); got != 2 {
		t.Errorf("the backup holds %d submissions, want 2", got)
	}
	kept, err := RestoreArchive(ctx, backup, path, time.Date(2026, 12, 2, 9, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	if got := submissionCount(t, path); got != 2 {
		t.Errorf("after the restore the archive holds %d submissions, want the backup's 2", got)
	}
	if got := submissionCount(t, kept); got != 5 {
		t.Errorf("the replaced archive %s holds %d submissions, want 5", kept, got)
	}
}

// TestCheckArchiveFindsDamage: a text file, a file with its pages
// overwritten and a database that is not an archive are each refused, and
// a restore from them leaves the archive as it was.
func TestCheckArchiveFindsDamage(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "archive.db")
	a := backupTestArchive(t, path, 3)
	good := filepath.Join(dir, "good.db")
	if err := a.Backup(ctx, good); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(good)
	if err != nil {
		t.Fatal(err)
	}
	torn := append([]byte{}, data...)
	for i := 4096 + 100; i < len(torn) && i < 4096*6; i++ {
		torn[i] = 0x5a
	}
	files := map[string][]byte{"text.db": []byte("报：省委组织部。\n"), "torn.db": torn}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), body, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name string
		want error
	}{{"text.db", ErrNotArchive}, {"torn.db", ErrDamaged}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := CheckArchive(ctx, filepath.Join(dir, tt.name))
			if !errors.Is(err, tt.want) {
				t.Errorf("CheckArchive = %v, want %v", err, tt.want)
			}
			if _, err := RestoreArchive(ctx, filepath.Join(dir, tt.name), path, time.Now()); err == nil {
				t.Errorf("restore from %s succeeded", tt.name)
			}
		})
	}
	a.Close()
	if got := submissionCount(t, path); got != 3 {
		t.Errorf("after refused restores the archive holds %d submissions, want 3", got)
	}
}

// TestAutoBackupOncePerDayKeepsN: a second start on the same day makes no
// new backup; after five days only the newest three are left.
func TestAutoBackupOncePerDayKeepsN(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	a := backupTestArchive(t, filepath.Join(dir, "archive.db"), 1)
	for day := 1; day <= 5; day++ {
		d := time.Date(2026, 12, day, 0, 0, 0, 0, time.UTC)
		made, err := a.AutoBackup(ctx, 3, d)
		if err != nil || made == "" {
			t.Fatalf("day %d: made %q, %v", day, made, err)
		}
		if again, err := a.AutoBackup(ctx, 3, d); err != nil || again != "" {
			t.Errorf("day %d again: made %q, %v; want nothing", day, again, err)
		}
	}
	got, _, err := ArchiveBackups(a.Path())
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"archive-2026-12-05.db", "archive-2026-12-04.db", "archive-2026-12-03.db"}
	if len(got) != len(want) {
		t.Fatalf("backups = %v, want %v", got, want)
	}
	for i := range want {
		if filepath.Base(got[i]) != want[i] {
			t.Errorf("backup %d = %s, want %s", i, got[i], want[i])
		}
	}
}

// TestBackupsOfTwoArchivesInOneFolder (review F35): g.db and r.db side by
// side each get their own daily backup, named after them, holding their
// own content; each keeps its own newest two, and a backup named the old
// way (archive-DATE.db) is listed among the others' and not deleted.
func TestBackupsOfTwoArchivesInOneFolder(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	g := backupTestArchive(t, filepath.Join(dir, "g.db"), 1)
	r := backupTestArchive(t, filepath.Join(dir, "r.db"), 5)
	legacy := filepath.Join(dir, "backups", "archive-2026-11-30.db")
	if err := r.Backup(ctx, legacy); err != nil {
		t.Fatal(err)
	}
	for day := 1; day <= 3; day++ {
		d := time.Date(2026, 12, day, 0, 0, 0, 0, time.UTC)
		for _, a := range []*Archive{g, r} {
			if made, err := a.AutoBackup(ctx, 2, d); err != nil || made != BackupPath(a.Path(), d) {
				t.Fatalf("%s day %d: made %q, %v", a.Path(), day, made, err)
			}
		}
	}
	own, others, err := ArchiveBackups(g.Path())
	if err != nil {
		t.Fatal(err)
	}
	got := names(append(own, others...))
	want := []string{"g-2026-12-03.db", "g-2026-12-02.db", "r-2026-12-03.db", "r-2026-12-02.db", "archive-2026-11-30.db"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("g.db's backups = %v, want %v", got, want)
	}
	if len(own) != 2 {
		t.Errorf("g.db's own backups = %v, want the first two", own)
	}
	for _, c := range []struct {
		backup string
		want   int
	}{{own[0], 1}, {others[0], 5}} {
		if n := submissionCount(t, c.backup); n != c.want {
			t.Errorf("%s holds %d submissions, want %d", c.backup, n, c.want)
		}
	}
	if IsBackupOf(others[0], g.Path()) || !IsBackupOf(own[0], g.Path()) || IsBackupOf(legacy, g.Path()) {
		t.Errorf("IsBackupOf says r's or the old-named backup is g.db's, or g's is not")
	}
	if !IsBackupOf(legacy, filepath.Join(dir, "archive.db")) || !IsBackupOf(filepath.Join(dir, "x.db"), g.Path()) {
		t.Errorf("archive-DATE.db is not archive.db's, or an undated file is called another archive's")
	}
}

func names(paths []string) []string {
	var out []string
	for _, p := range paths {
		out = append(out, filepath.Base(p))
	}
	return out
}

// TestBackupOfficeArchive: the office archive is the server's to back up.
func TestBackupOfficeArchive(t *testing.T) {
	if !onServer() {
		t.Skip("needs the PostgreSQL test server")
	}
	if err := archiveTestOpen(t).Backup(context.Background(), filepath.Join(t.TempDir(), "x.db")); !errors.Is(err, ErrNotLocal) {
		t.Errorf("Backup of the office archive: %v, want ErrNotLocal", err)
	}
}

// TestOpenRefusesNetworkShare: a UNC path is refused with the reason.
func TestOpenRefusesNetworkShare(t *testing.T) {
	_, err := Open(context.Background(), `\\fileserver\简报\archive.db`)
	if !errors.Is(err, ErrNetworkDrive) {
		t.Errorf("Open(UNC path) = %v, want ErrNetworkDrive", err)
	}
}
