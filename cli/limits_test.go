package cli

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/bulletindesk/bulletindesk/editor"
)

// A text longer than any item could be is refused with a message naming
// the file and saying why; the other files of the batch are saved. A title
// that is a whole paragraph becomes one line of at most 120 characters and
// the paragraph stays in the text. Before, both became submissions whose
// 来稿 screen froze the window.
func TestImportLimitsFitTheContent(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "a.db")
	huge := filepath.Join(dir, "日志导出.txt")
	para := strings.Repeat("全县推进基层党建工作", 21000) // 210,000 字, no full stop
	if err := os.WriteFile(huge, []byte(para+"。\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	long := filepath.Join(dir, "长段落.txt")
	longPara := strings.Repeat("某县坚持把党的建设贯穿基层治理全过程", 30) + "。"
	if err := os.WriteFile(long, []byte(longPara+"\n第二段正文。\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := cliRun(t, "import", "--db", db, huge, long)
	if code != exitFail {
		t.Errorf("import = %d, want %d (one file refused)", code, exitFail)
	}
	if !strings.Contains(errOut, huge) || !strings.Contains(errOut, "210001字") || !strings.Contains(errOut, "longer than any bulletin item") {
		t.Errorf("stderr = %q, want the file named and the text said to be too long (210001字)", errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 1 || !strings.HasPrefix(lines[0], long) {
		t.Fatalf("stdout = %q, want one line for %s", out, long)
	}
	ar, err := editor.Open(t.Context(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer ar.Close()
	subs, err := ar.Submissions(t.Context(), editor.SubmissionFilter{})
	if err != nil || len(subs) != 1 {
		t.Fatalf("submissions = %d, %v; want the one that fits", len(subs), err)
	}
	s := subs[0]
	if n := utf8.RuneCountInString(s.Title); n > editor.MaxTitleRunes || strings.Contains(s.Title, "\n") {
		t.Errorf("title is %d characters (%q), want one line of at most %d", n, s.Title, editor.MaxTitleRunes)
	}
	if !strings.Contains(s.Text, longPara) || !strings.Contains(s.Text, "第二段正文。") {
		t.Errorf("text lost part of the long paragraph: %q", s.Text)
	}
}

// delete-submission deletes one 来稿 from the command line (before, only the
// window could, and a 来稿 that froze it could not be deleted at all).
func TestDeleteSubmission(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "a.db")
	f := filepath.Join(dir, "来稿.txt")
	if err := os.WriteFile(f, []byte("某县推行村级议事清单\n全县186个村逐项明确议事范围。\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, out, errOut := cliRun(t, "import", "--db", db, f); code != 0 || !strings.Contains(out, "来稿#1") {
		t.Fatalf("import = %d %q %q", code, out, errOut)
	}
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout string
		stderr string
	}{
		{"delete", []string{"1"}, exitOK, "deleted 来稿#1  某县推行村级议事清单", ""},
		{"again", []string{"1"}, exitFail, "", "来稿#1: submission 1: not found"},
		{"not a number", []string{"x"}, exitUsage, "", "is not a number"},
		{"no id", nil, exitUsage, "", "want one submission ID"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := cliRun(t, append([]string{"delete-submission", "--db", db}, tt.args...)...)
			if code != tt.code || !strings.Contains(out, tt.stdout) || !strings.Contains(errOut, tt.stderr) {
				t.Errorf("delete-submission %q = %d %q %q, want %d, stdout ∋ %q, stderr ∋ %q",
					tt.args, code, out, errOut, tt.code, tt.stdout, tt.stderr)
			}
		})
	}
	ar, err := editor.Open(t.Context(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer ar.Close()
	if n, err := ar.CountSubmissions(t.Context(), editor.SubmissionFilter{}); n != 0 || err != nil {
		t.Errorf("after delete-submission the archive has %d submissions (%v), want 0", n, err)
	}
}

// A file name with a newline is quoted in the import output, so each file
// is still one line (before, the name split the line in two).
func TestImportQuotesNewlineInName(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "来稿\n第二行.txt")
	if err := os.WriteFile(f, []byte("某县推行村级议事清单\n全县186个村逐项明确议事范围。\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := cliRun(t, "import", "--db", filepath.Join(dir, "a.db"), f)
	if code != 0 {
		t.Fatalf("import = %d: %s", code, errOut)
	}
	if lines := strings.Split(strings.TrimRight(out, "\n"), "\n"); len(lines) != 1 || !strings.Contains(lines[0], `来稿\n第二行.txt"`) {
		t.Errorf("import output = %q, want one line with the name quoted", out)
	}
}

// import-issue of a file with nothing of a bulletin in it (just "a") is
// refused with a message, and no issue is made. Before, it became an issue
// and took the next number.
func TestImportIssueRefusesPlainText(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "a.db")
	f := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(f, []byte("a\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := cliRun(t, "import-issue", "--db", db, f)
	if code != exitFail || out != "" || !strings.Contains(errOut, f+": not imported: no bulletin structure recognised") {
		t.Errorf("import-issue a.txt = %d %q %q, want it refused naming the file", code, out, errOut)
	}
	if _, out, _ := cliRun(t, "issues", "--db", db); strings.Contains(out, "第") {
		t.Errorf("issues after the refused import:\n%s\nwant none", out)
	}
}

// While another program holds a write on the archive, the command line's
// reads answer: issues, search and export (before, each waited 5 s and
// failed with "the archive is locked by another program").
func TestReadCommandsDoNotWaitForAWrite(t *testing.T) {
	dir := t.TempDir()
	db, id := cliFilesTestIssue(t, dir)
	other, err := sql.Open("sqlite", "file:"+db)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	conn, err := other.Conn(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(t.Context(), "BEGIN IMMEDIATE"); err != nil {
		t.Fatal(err)
	}
	defer conn.ExecContext(context.Background(), "ROLLBACK")
	for _, args := range [][]string{
		{"issues", "--db", db},
		{"search", "--db", db, "组织"},
		{"export", "--db", db, "--issue", id, "--format", "txt"},
	} {
		if code, out, errOut := cliRun(t, args...); code != 0 || out == "" {
			t.Errorf("%s while another program writes = %d %q, want it to answer", args[0], code, errOut)
		}
	}
}

// cliFilesTestIssue imports the example issue into a new archive and
// returns the archive and the issue's id.
func cliFilesTestIssue(t *testing.T, dir string) (db, id string) {
	t.Helper()
	db = filepath.Join(dir, "a.db")
	code, out, errOut := cliRun(t, "import-issue", "--db", db, cliExampleFile(t, dir, "example/issue.txt"))
	if code != 0 {
		t.Fatalf("import-issue = %d: %s", code, errOut)
	}
	return db, strings.TrimSpace(out)
}

// Opening an archive an older version left, whose search index is rebuilt
// once, shows the rebuild's progress on stderr, up to every record; the
// next command opens it without that line.
func TestReindexProgressLine(t *testing.T) {
	db, _ := cliFilesTestIssue(t, t.TempDir())
	other, err := sql.Open("sqlite", "file:"+db)
	if err != nil {
		t.Fatal(err)
	}
	for _, stmt := range []string{`UPDATE settings SET value = 'old' WHERE key = 'search_tokens'`, `DELETE FROM migrations WHERE version = 14`} {
		if _, err := other.Exec(stmt); err != nil {
			t.Fatal(stmt, err)
		}
	}
	other.Close()
	code, out, errOut := cliRun(t, "search", "--db", db, "组织")
	if code != 0 || out == "" || !strings.Contains(errOut, "upgrading an older archive") || !strings.Contains(errOut, "(100%)\n") {
		t.Errorf("search on an older archive = %d, out %q, stderr %q; want hits and the rebuild's progress to 100%%", code, out, errOut)
	}
	if _, _, errOut := cliRun(t, "search", "--db", db, "组织"); strings.Contains(errOut, "upgrading") {
		t.Errorf("the second search rebuilt again: %q", errOut)
	}
}

// A .docx that is not a zip (damaged, partly downloaded) is said to be one
// by import-issue as by import, not "not a text file".
func TestImportIssueDamagedDocx(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "a.db")
	f := filepath.Join(dir, "第12期.docx")
	junk := make([]byte, 3000)
	for i := range junk {
		junk[i] = byte(i*131 + i/7)
	}
	if err := os.WriteFile(f, junk, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, cmd := range []string{"import-issue", "import"} {
		code, _, errOut := cliRun(t, cmd, "--db", db, f)
		if code != exitFail || !strings.Contains(errOut, "第12期.docx") || !strings.Contains(errOut, "not a Word .docx file") || strings.Contains(errOut, "not a text file") {
			t.Errorf("%s of a damaged .docx = %d %q, want it called a damaged Word file, named", cmd, code, errOut)
		}
	}
}
