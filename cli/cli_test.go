package cli

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/bulletindesk/bulletindesk/resources"
)

// cliRun runs the command line with buffers and returns status, stdout, stderr.
func cliRun(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := Run(args, strings.NewReader(""), &out, &errOut)
	return code, out.String(), errOut.String()
}

// cliExampleFile copies an example file out of resources into dir.
func cliExampleFile(t *testing.T, dir, name string) string {
	t.Helper()
	data, err := fs.ReadFile(resources.Example, name)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, filepath.Base(name))
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestRunUsage(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout string // substring
		stderr string // substring
	}{
		{"no arguments", nil, 2, "", "usage:"},
		{"help", []string{"help"}, 0, "import-issue [--db FILE]", ""},
		{"help lists every command", []string{"help"}, 0, "search [--db FILE]", ""},
		{"help one command", []string{"help", "export"}, 0, "--format txt|docx|pdf|html|xlsx", ""},
		{"unknown command", []string{"frobnicate"}, 2, "", `unknown command "frobnicate"`},
		{"import-issue without a file", []string{"import-issue"}, 2, "", "want one FILE"},
		{"import-issue with a bad date", []string{"import-issue", "--date", "15/6/2022", "x.txt"}, 2, "", "2022-06-15"},
		{"export without --issue", []string{"export", "--format", "txt"}, 2, "", "--issue ID is required"},
		{"unknown flag", []string{"issues", "--bogus"}, 2, "", "bogus"},
		{"import without files", []string{"import"}, 2, "", "no FILE"},
		{"search without a query", []string{"search"}, 2, "", "no QUERY"},
		{"flag help", []string{"issues", "-h"}, 0, "issues [--db FILE]", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := cliRun(t, tt.args...)
			if code != tt.code || !strings.Contains(out, tt.stdout) || !strings.Contains(errOut, tt.stderr) {
				t.Errorf("Run(%q) = %d\nstdout %q\nstderr %q\nwant %d, stdout ∋ %q, stderr ∋ %q", tt.args, code, out, errOut, tt.code, tt.stdout, tt.stderr)
			}
		})
	}
}

// TestImportListExportSearch walks a user through the command line on a
// fresh archive: import the example issue, list it, export it, search it.
func TestImportListExportSearch(t *testing.T) {
	dir := t.TempDir()
	db := cliTestDB(t, dir, "archive.db")
	issueFile := cliExampleFile(t, dir, "example/issue.txt")

	code, out, errOut := cliRun(t, "import-issue", "--db", db, issueFile)
	if code != 0 {
		t.Fatalf("import-issue = %d: %s", code, errOut)
	}
	id, err := strconv.ParseInt(strings.TrimSpace(out), 10, 64)
	if err != nil || id <= 0 {
		t.Fatalf("import-issue printed %q, want the id alone", out)
	}

	code, out, errOut = cliRun(t, "issues", "--db", db)
	if code != 0 {
		t.Fatalf("issues = %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	if len(lines) != 2 || !strings.Contains(lines[0], "字数") {
		t.Fatalf("issues printed %q, want a header and one row", out)
	}
	for _, want := range []string{"组工信息", "2025", "第10期", "总第286期", "2025-05-20", "草稿", " 6 "} {
		if !strings.Contains(lines[1], want) {
			t.Errorf("issues row %q lacks %q", lines[1], want)
		}
	}

	code, out, errOut = cliRun(t, "export", "--db", db, "--issue", strconv.FormatInt(id, 10), "--format", "txt")
	want, _ := fs.ReadFile(resources.Example, "example/issue.txt")
	if code != 0 || out != string(want) {
		t.Errorf("export to stdout = %d (%s), differs from the imported file:\n%s", code, errOut, out)
	}
	outFile := filepath.Join(dir, "第10期.txt")
	code, _, errOut = cliRun(t, "export", "--db", db, "--issue", strconv.FormatInt(id, 10), "--format", "txt", "-o", outFile)
	if got, _ := os.ReadFile(outFile); code != 0 || string(got) != string(want) {
		t.Errorf("export -o = %d (%s), file differs", code, errOut)
	}
	if fi, err := os.Stat(outFile); err != nil {
		t.Error(err)
	} else if fi.Mode().Perm() != 0o644 {
		t.Errorf("exported file mode %v, want -rw-r--r--", fi.Mode())
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".*.tmp")); len(left) > 0 {
		t.Errorf("temp files left behind: %v", left)
	}
	pdfFile := filepath.Join(dir, "第10期.pdf")
	code, _, errOut = cliRun(t, "export", "--db", db, "--issue", strconv.FormatInt(id, 10), "--format", "pdf", "-o", pdfFile)
	if got, _ := os.ReadFile(pdfFile); code != 0 || !bytes.HasPrefix(got, []byte("%PDF-")) {
		t.Errorf("export --format pdf = %d (%s), file starts %.8q", code, errOut, got)
	}
	cliTestSite(t, db, dir, strconv.FormatInt(id, 10))

	code, out, errOut = cliRun(t, "search", "--db", db, "物业")
	if code != 0 || !strings.Contains(out, "【物业】") || !strings.HasPrefix(out, "条目") {
		t.Errorf("search 物业 = %d (%s): %q, want an item hit with 【物业】", code, errOut, out)
	}
}

func TestExportErrors(t *testing.T) {
	dir := t.TempDir()
	db := cliTestDB(t, dir, "archive.db")
	code, _, errOut := cliRun(t, "export", "--db", db, "--issue", "99", "--format", "txt")
	if code != 1 || !strings.Contains(errOut, "no issue 99") || strings.Count(errOut, "\n") != 1 {
		t.Errorf("missing issue: %d %q, want 1 and one line naming issue 99", code, errOut)
	}
	code, _, errOut = cliRun(t, "export", "--db", db, "--issue", "1", "--format", "odt")
	if code != 2 || !strings.Contains(errOut, `"odt"`) {
		t.Errorf("unknown format: %d %q, want 2", code, errOut)
	}
}

func TestImportIssueErrors(t *testing.T) {
	dir := t.TempDir()
	db := cliTestDB(t, dir, "archive.db")
	missing := filepath.Join(dir, "无此文件.txt")
	code, _, errOut := cliRun(t, "import-issue", "--db", db, missing)
	if code != 1 || !strings.Contains(errOut, missing) || strings.Count(errOut, "\n") != 1 {
		t.Errorf("missing file: %d %q, want 1 and one line naming the file", code, errOut)
	}
	binary := filepath.Join(dir, "照片.txt")
	os.WriteFile(binary, []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), 0o644)
	code, _, errOut = cliRun(t, "import-issue", "--db", db, binary)
	if code != 1 || !strings.Contains(errOut, "照片.txt") || !strings.Contains(errOut, "not a text file") {
		t.Errorf("binary file: %d %q", code, errOut)
	}
	code, _, errOut = cliRun(t, "import-issue", "--db", db, "--bulletin", "无此刊物", cliExampleFile(t, dir, "example/issue.txt"))
	if code != 1 || !strings.Contains(errOut, "无此刊物") {
		t.Errorf("unknown bulletin: %d %q", code, errOut)
	}
}

// TestImportSubmissions: good files are saved together, a bad one is
// reported by name, and the status says something failed.
func TestImportSubmissions(t *testing.T) {
	dir := t.TempDir()
	db := cliTestDB(t, dir, "archive.db")
	// the example issue credits 白沙县委组织部 and 北湖区委组织部: the archive learns them
	if code, _, errOut := cliRun(t, "import-issue", "--db", db, cliExampleFile(t, dir, "example/issue.txt")); code != 0 {
		t.Fatalf("import-issue: %s", errOut)
	}
	names, _ := fs.Glob(resources.Example, "example/submissions/*.txt")
	var files []string
	for _, n := range names {
		files = append(files, cliExampleFile(t, dir, n))
	}
	empty := filepath.Join(dir, "空白.txt")
	os.WriteFile(empty, []byte("\r\n"), 0o644)
	args := append([]string{"import", "--db", db, "--kind", "信息"}, files[0], empty)
	args = append(args, files[1:]...)
	code, out, errOut := cliRun(t, args...)
	if code != 1 {
		t.Errorf("status %d, want 1 (one file failed)", code)
	}
	if !strings.Contains(errOut, "空白.txt") || strings.Count(errOut, "\n") != 1 {
		t.Errorf("stderr %q, want one line naming 空白.txt", errOut)
	}
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	if len(lines) != len(files) {
		t.Fatalf("stdout %q, want one line per good file", out)
	}
	for i, l := range lines {
		if !strings.Contains(l, filepath.Base(files[i])) || !strings.Contains(l, "来稿#") {
			t.Errorf("line %q does not report %s", l, files[i])
		}
	}
	if !strings.Contains(out, "白沙县委组织部  ") {
		t.Errorf("the unit of 白沙县委组织部-….txt was not recognised: %q", out)
	}
	code, out, _ = cliRun(t, "search", "--db", db, "后备力量")
	if code != 0 || !strings.HasPrefix(out, "来稿") || !strings.Contains(out, "【后备力量】") {
		t.Errorf("search 后备力量 = %d %q, want a submission hit", code, out)
	}
}

func TestDemo(t *testing.T) {
	db := cliTestDB(t, t.TempDir(), "demo.db")
	code, out, errOut := cliRun(t, "demo", "--db", db, "--years", "1")
	if code != 0 || !strings.Contains(out, "submissions") || !strings.Contains(out, "issues") {
		t.Fatalf("demo = %d, stdout %q, stderr %q", code, out, errOut)
	}
	code, out, _ = cliRun(t, "issues", "--db", db)
	if code != 0 || strings.Count(out, "\n") < 10 {
		t.Errorf("a year of demo issues lists %d lines", strings.Count(out, "\n"))
	}
	year := strconv.Itoa(time.Now().Year())
	code, out, _ = cliRun(t, "issues", "--db", db, "--year", year)
	if rows := strings.Split(strings.TrimSpace(out), "\n")[1:]; code != 0 || len(rows) == 0 || !strings.Contains(rows[0], " "+year+" ") {
		t.Errorf("issues --year %s = %d, %q", year, code, out)
	}
	code, out, _ = cliRun(t, "issues", "--db", db, "--year", "1990")
	if code != 0 || strings.Count(out, "\n") != 1 {
		t.Errorf("issues --year 1990 = %d, %q, want the header alone", code, out)
	}
	code, _, errOut = cliRun(t, "demo", "--db", db, "--years", "1")
	if code != 1 || !strings.Contains(errOut, db) || strings.Count(errOut, "\n") != 1 {
		t.Errorf("demo on a full archive = %d %q, want 1 and one line naming the archive", code, errOut)
	}
}

func TestCliTableAligns(t *testing.T) {
	var b bytes.Buffer
	cliTable(&b, []string{"ID", "刊物", "字数"}, [][]string{{"1", "组工信息", "893"}, {"12", "增刊", "45"}}, []bool{true, false, true})
	want := "ID  刊物      字数\n 1  组工信息   893\n12  增刊        45\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}

// Text before the first heading (an 编者按, or items of a page cut off
// above their heading) goes to the bulletin's first section; when the text
// then names that section too, the issue has it once, not twice.
func TestImportIssueLeadingTextNoDuplicateSection(t *testing.T) {
	dir := t.TempDir()
	db := cliTestDB(t, dir, "archive.db")
	file := filepath.Join(dir, "issue.txt")
	text := "组工信息\n第12期（总第345期）\n中共江州市委组织部编  2022年6月15日\n\n" +
		"编者按：现将有关做法刊发如下。\n\n市内信息\n△青山县推进联合党委建设。全县组建联合党委18个。（青山县委组织部）\n\n" +
		"市外参考\n△合肥市推行网格治理。合肥市设立网格200个。\n"
	if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := cliRun(t, "import-issue", "--db", db, file)
	if code != 0 {
		t.Fatalf("import-issue = %d: %s", code, errOut)
	}
	code, got, errOut := cliRun(t, "export", "--db", db, "--issue", strings.TrimSpace(out), "--format", "txt")
	if code != 0 {
		t.Fatalf("export = %d: %s", code, errOut)
	}
	if n := strings.Count(got, "\n市内信息\n"); n != 1 {
		t.Errorf("the export has %d 市内信息 headings, want 1:\n%s", n, got)
	}
	for _, want := range []string{"编者按：现将有关做法刊发如下。", "青山县推进联合党委建设。", "合肥市推行网格治理。"} {
		if !strings.Contains(got, want) {
			t.Errorf("the export lost %q:\n%s", want, got)
		}
	}
}

// An issue read from a text without a date is listed with an empty date,
// not 0001-01-01.
func TestIssuesListsAnUndatedIssueWithoutADate(t *testing.T) {
	dir := t.TempDir()
	db := cliTestDB(t, dir, "archive.db")
	file := filepath.Join(dir, "无日期.txt")
	text := "基层党建\n　　△石门镇开设夜间议事厅。两个月来收集意见建议96条。（石门镇党委）\n"
	if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, errOut := cliRun(t, "import-issue", "--db", db, file); code != 0 {
		t.Fatalf("import-issue = %d: %s", code, errOut)
	}
	code, out, errOut := cliRun(t, "issues", "--db", db)
	if code != 0 {
		t.Fatalf("issues = %d: %s", code, errOut)
	}
	if lines := strings.Split(strings.TrimRight(out, "\n"), "\n"); len(lines) != 2 || strings.Contains(lines[1], "0001") {
		t.Errorf("issues printed %q, want one row without a date", out)
	}
}

// export -o - writes to stdout, as scripts expect; it made a file named "-".
func TestExportDashIsStdout(t *testing.T) {
	dir := t.TempDir()
	db := cliTestDB(t, dir, "archive.db")
	code, out, errOut := cliRun(t, "import-issue", "--db", db, cliExampleFile(t, dir, "example/issue.txt"))
	if code != 0 {
		t.Fatalf("import-issue = %d: %s", code, errOut)
	}
	t.Chdir(dir)
	code, out, errOut = cliRun(t, "export", "--db", db, "--issue", strings.TrimSpace(out), "--format", "txt", "-o", "-")
	if code != 0 || !strings.HasPrefix(out, "组工信息\n") {
		t.Errorf("export -o - = %d, stdout %.40q: %s", code, out, errOut)
	}
	if _, err := os.Stat(filepath.Join(dir, "-")); err == nil {
		t.Error(`export -o - made a file named "-"`)
	}
}

// TestImportIssueMasthead: import-issue prints the top lines as read, and
// --masthead marks them otherwise — a unit line the reader left in the
// masthead becomes the new bulletin's editing unit; --editing-unit then
// corrects an existing bulletin's.
func TestImportIssueMasthead(t *testing.T) {
	dir := t.TempDir()
	db := cliTestDB(t, dir, "archive.db")
	file := filepath.Join(dir, "江州组工.txt")
	text := "江州组工\n市委组织部办公室\n2024年3月5日\n市内信息\n△青阳县召开会议。会议强调做好工作。（青阳县委组织部）\n"
	if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := cliRun(t, "import-issue", "--db", db, "--masthead", "name,unit,date,body", file)
	if code != 0 || !strings.Contains(errOut, "editing unit 市委组织部办公室") || !strings.Contains(errOut, "top line 2: unit 市委组织部办公室") {
		t.Fatalf("import-issue --masthead = %d: %s", code, errOut)
	}
	if code, _, errOut = cliRun(t, "import-issue", "--db", db, "--masthead", "刊名,抬头", file); code != 2 || !strings.Contains(errOut, "抬头") {
		t.Errorf("a wrong role = %d: %s", code, errOut)
	}
	next := strings.Replace(text, "2024年3月5日", "2024年3月12日", 1)
	if err := os.WriteFile(file, []byte(next), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := cliRun(t, "import-issue", "--db", db, "--masthead", "name,other,date", "--editing-unit", "中共江州市委组织部", file)
	if code != 0 || !strings.Contains(errOut, "top line 2: other") {
		t.Fatalf("import-issue --editing-unit = %d: %s", code, errOut)
	}
	code, out, errOut = cliRun(t, "export", "--db", db, "--issue", strings.TrimSpace(out), "--format", "txt")
	if code != 0 || !strings.Contains(out, "中共江州市委组织部编") {
		t.Errorf("export = %d %s: the masthead %q lacks the corrected unit", code, errOut, out)
	}
}
