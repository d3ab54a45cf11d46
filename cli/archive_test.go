package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestArchiveCopy copies a file with an issue into a new archive (the
// office server when the suite runs on PostgreSQL) and back into a file:
// each says every table matches, and the issue is listed in the copies.
func TestArchiveCopy(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "editor.db")
	if code, _, errOut := cliRun(t, "import-issue", "--db", file, cliExampleFile(t, dir, "example/issue.txt")); code != 0 {
		t.Fatalf("import-issue: %d %s", code, errOut)
	}
	_, wantIssues, _ := cliRun(t, "issues", "--db", file)
	office := cliTestDB(t, dir, "office.db")
	back := filepath.Join(dir, "back.db")
	for _, c := range []struct{ from, to string }{{file, office}, {office, back}} {
		code, out, errOut := cliRun(t, "archive", "copy", "--from", c.from, "--to", c.to)
		if code != 0 || !strings.Contains(out, "every table holds the same rows") || !strings.Contains(errOut, "(100%)") {
			t.Fatalf("archive copy --from %s --to %s: %d\n%s\n%s", c.from, c.to, code, out, errOut)
		}
		if !strings.Contains(out, "issues ") || !strings.Contains(out, "items ") {
			t.Errorf("the counts do not list issues and items:\n%s", out)
		}
		if _, got, _ := cliRun(t, "issues", "--db", c.to); got != wantIssues {
			t.Errorf("issues in %s = %q, want %q", c.to, got, wantIssues)
		}
	}
	code, _, errOut := cliRun(t, "archive", "copy", "--from", file, "--to", back)
	if code != 1 || !strings.Contains(errOut, "copy into a new archive") {
		t.Errorf("copy into an archive with work: %d %q, want 1 and a message", code, errOut)
	}
	if code, _, _ := cliRun(t, "archive", "copy", "--from", file); code != 2 {
		t.Errorf("copy without --to: %d, want 2", code)
	}
}
