package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestArchiveBackupCheckRestore: backup names its dated file beside the
// archive, check says ok, a restore brings back the issues the backup had
// and keeps the replaced archive; a damaged backup is refused by name.
func TestArchiveBackupCheckRestore(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "archive.db")
	issue := cliExampleFile(t, dir, "example/issue.txt")
	if code, _, errOut := cliRun(t, "import-issue", "--db", db, issue); code != 0 {
		t.Fatalf("import-issue: %s", errOut)
	}
	_, oneIssue, _ := cliRun(t, "issues", "--db", db)
	code, out, errOut := cliRun(t, "archive", "backup", "--db", db)
	backup := strings.TrimSpace(out)
	if code != 0 || filepath.Dir(backup) != filepath.Join(dir, "backups") || !strings.HasPrefix(filepath.Base(backup), "archive-") {
		t.Fatalf("archive backup: %d %q %q", code, out, errOut)
	}
	if code, out, _ := cliRun(t, "archive", "check", backup); code != 0 || !strings.Contains(out, "ok") {
		t.Errorf("archive check: %d %q", code, out)
	}
	sub := filepath.Join(dir, "来稿.txt")
	os.WriteFile(sub, []byte("青山县开展党员冬训\n青山县组织全县党员参加冬训。\n"), 0o644)
	if code, _, errOut := cliRun(t, "import", "--db", db, sub); code != 0 {
		t.Fatalf("import after the backup: %s", errOut)
	}
	if _, got, _ := cliRun(t, "search", "--db", db, "冬训"); !strings.Contains(got, "冬训") {
		t.Fatalf("search 冬训 before the restore = %q, want the new submission", got)
	}
	code, out, errOut = cliRun(t, "archive", "restore", "--db", db, backup)
	if code != 0 || !strings.Contains(out, "kept as") {
		t.Fatalf("archive restore: %d %q %q", code, out, errOut)
	}
	if _, got, _ := cliRun(t, "issues", "--db", db); got != oneIssue {
		t.Errorf("issues after restore = %q, want the backup's %q", got, oneIssue)
	}
	if _, got, _ := cliRun(t, "search", "--db", db, "冬训"); strings.Contains(got, "冬训") {
		t.Errorf("the submission imported after the backup is still there after the restore: %q", got)
	}
	damaged := filepath.Join(dir, "坏.db")
	os.WriteFile(damaged, []byte("not a database at all, just text"), 0o644)
	if code, _, errOut := cliRun(t, "archive", "restore", "--db", db, damaged); code != 1 || !strings.Contains(errOut, "坏.db") {
		t.Errorf("restore from a damaged file: %d %q, want 1 naming it", code, errOut)
	}
	if code, _, errOut := cliRun(t, "archive", "check", damaged); code != 1 || !strings.Contains(errOut, "not a Bulletin Desk archive") {
		t.Errorf("check of a damaged file: %d %q", code, errOut)
	}
}

// TestArchiveRestoreOtherArchive (review F35): g.db's and r.db's backups
// side by side keep their own names; restore with no backup named lists
// g.db's first, and r.db's backup is refused for g.db unless --other.
func TestArchiveRestoreOtherArchive(t *testing.T) {
	dir := t.TempDir()
	g, r := filepath.Join(dir, "g.db"), filepath.Join(dir, "r.db")
	issue := cliExampleFile(t, dir, "example/issue.txt")
	if code, _, errOut := cliRun(t, "import-issue", "--db", r, issue); code != 0 {
		t.Fatalf("import-issue: %s", errOut)
	}
	_, rIssues, _ := cliRun(t, "issues", "--db", r)
	var backups []string
	for _, db := range []string{g, r} {
		code, out, errOut := cliRun(t, "archive", "backup", "--db", db)
		if code != 0 {
			t.Fatalf("archive backup --db %s: %s", db, errOut)
		}
		backups = append(backups, strings.TrimSpace(out))
	}
	if backups[0] == backups[1] || !strings.HasPrefix(filepath.Base(backups[0]), "g-") || !strings.HasPrefix(filepath.Base(backups[1]), "r-") {
		t.Fatalf("backups of g.db and r.db = %q, want one each, named after them", backups)
	}
	code, _, errOut := cliRun(t, "archive", "restore", "--db", g)
	if code != 2 || !strings.Contains(errOut, backups[0]) || strings.Index(errOut, backups[0]) > strings.Index(errOut, backups[1]+"  (another archive's)") {
		t.Errorf("restore with no backup: %d %q, want g's backup listed before r's, marked", code, errOut)
	}
	if code, _, errOut := cliRun(t, "archive", "restore", "--db", g, backups[1]); code != 1 || !strings.Contains(errOut, "a backup of r.db, not of g.db") {
		t.Errorf("restore r's backup into g: %d %q, want refused naming r.db", code, errOut)
	}
	if _, got, _ := cliRun(t, "issues", "--db", g); got == rIssues {
		t.Fatalf("g.db holds r.db's issues after a refused restore")
	}
	if code, _, errOut := cliRun(t, "archive", "restore", "--other", "--db", g, backups[1]); code != 0 {
		t.Fatalf("restore --other: %d %q", code, errOut)
	}
	if _, got, _ := cliRun(t, "issues", "--db", g); got != rIssues {
		t.Errorf("g.db after restore --other = %q, want r.db's %q", got, rIssues)
	}
}
