package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// An undated 来稿 is received today — right for a new file, as 收稿日期 is
// the day it came in — and its line says so; a dated one's does not.
func TestImportUndatedSaysToday(t *testing.T) {
	dir := t.TempDir()
	db := cliTestDB(t, dir, "archive.db")
	undated := filepath.Join(dir, "无日期.txt")
	dated := filepath.Join(dir, "有日期.txt")
	os.WriteFile(undated, []byte("东溪镇建强网格党支部\n　　东溪镇把全镇划分为46个网格。\n"), 0o644)
	os.WriteFile(dated, []byte("白沙县委组织部\n2025年5月12日\n白沙县开展党员冬训\n　　白沙县分三批培训党员。\n"), 0o644)
	code, out, errOut := cliRun(t, "import", "--db", db, undated, dated)
	if code != 0 {
		t.Fatalf("import = %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	if len(lines) != 2 || !strings.Contains(lines[0], "收稿日期 = 今天，文件中无日期") || strings.Contains(lines[1], "收稿日期") {
		t.Errorf("stdout %q, want the undated file's line alone to say 收稿日期 = 今天", out)
	}
}

// stats --from 0001-01-01 (the archive's "no date") said the period's start
// was after its end; it now says what to type instead.
func TestStatsFromYearOne(t *testing.T) {
	dir := t.TempDir()
	db := cliTestDB(t, dir, "archive.db")
	code, _, errOut := cliRun(t, "stats", "--db", db, "--from", "0001-01-01", "--to", "2026-12-31", "-o", filepath.Join(dir, "s.txt"))
	if code != 2 || !strings.Contains(errOut, "--from 1900-01-01") || strings.Contains(errOut, "after its end") {
		t.Errorf("stats --from 0001-01-01 = %d %q, want a usage error proposing --from 1900-01-01", code, errOut)
	}
	if code, _, errOut := cliRun(t, "stats", "--db", db, "--from", "1900-01-01", "--to", "2026-12-31", "-o", filepath.Join(dir, "s.txt")); code != 0 {
		t.Errorf("stats --from 1900-01-01 = %d %q", code, errOut)
	}
}

// The reviewer's e-mail 来稿 (review A11), imported into an empty archive:
// the body's headline is the title, 发送时间 the 收稿日期, the unit the
// attribution's (not 未识别), and the line says what the header gave.
func TestImportMailSaysItsHeader(t *testing.T) {
	dir := t.TempDir()
	db := cliTestDB(t, dir, "archive.db")
	code, out, errOut := cliRun(t, "import", "--db", db, "../export/intake/testdata/submissions/r2_email.txt")
	if code != 0 {
		t.Fatalf("import = %d: %s", code, errOut)
	}
	for _, want := range []string{"西岭县委组织部", "西岭县：“村级党建指导员”让基层党建有抓手", "发送时间：2025年3月14日 9:02", "签名：周晓燕 西岭县委组织部组织科"} {
		if !strings.Contains(out, want) {
			t.Errorf("stdout %q, want %q in it", out, want)
		}
	}
	if strings.Contains(out, "收稿日期 = 今天") {
		t.Errorf("stdout %q: dated today although 发送时间 is in the header", out)
	}
}

// Review F32: a file named after a unit the archive knows, whose text ends
// with another unit's bracket, is credited as the text says, and its line
// names the file's unit too.
func TestImportFileNameNamesAnotherUnit(t *testing.T) {
	dir := t.TempDir()
	db := cliTestDB(t, dir, "archive.db")
	first := filepath.Join(dir, "青山县委组织部 首篇.txt")
	if err := os.WriteFile(first, []byte("青山县推行党员积分制\n　　全县党员纳入积分管理。（青山县委组织部）\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	forwarded := filepath.Join(dir, "青山县 1+5 报送.txt")
	if err := os.WriteFile(forwarded, []byte("推行“1+5”联系服务群众机制\n　　全县党员干部结对联系群众1.2万户。（某某县委组织部）\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, errOut := cliRun(t, "import", "--db", db, first); code != 0 {
		t.Fatalf("import = %d: %s", code, errOut)
	}
	code, out, errOut := cliRun(t, "import", "--db", db, forwarded)
	if code != 0 {
		t.Fatalf("import = %d: %s", code, errOut)
	}
	if want := "来稿#2  某某县委组织部  "; !strings.Contains(out, want) {
		t.Errorf("stdout %q, want %q", out, want)
	}
	if want := "文件名指向：青山县委组织部（按正文署名计）"; !strings.Contains(out, want) {
		t.Errorf("stdout %q, want %q", out, want)
	}
}
