package cli

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/xuri/excelize/v2"
)

// statsTestArchive makes an archive with two units and three submissions of June 2022.
func statsTestArchive(t *testing.T) string {
	t.Helper()
	ctx := context.Background()
	path := cliTestDB(t, t.TempDir(), "a.db")
	ar, err := editor.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer ar.Close()
	var ids []int64
	for _, u := range []editor.Unit{{Name: "怀宁县委组织部", ShortName: "怀宁县", Group: "县区", Active: true},
		{Name: "太湖县委组织部", ShortName: "太湖县", Group: "县区", Active: true}} {
		if err := ar.SaveUnit(ctx, &u); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, u.ID)
	}
	day := time.Date(2022, 6, 10, 0, 0, 0, 0, time.UTC)
	subs := []*editor.Submission{
		{UnitID: ids[0], Received: day, Kind: "信息", Title: "怀宁县开展党员积分管理", Text: "怀宁县开展党员积分管理。", Status: editor.SubmissionPending},
		{UnitID: ids[0], Received: day, Kind: "调研", Title: "关于村级集体经济的调研", Text: "调研正文。", Status: editor.SubmissionPending},
		{UnitID: ids[1], Received: day, Kind: "信息", Title: "太湖县选派驻村第一书记", Text: "太湖县选派驻村第一书记。", Status: editor.SubmissionPending},
	}
	if err := ar.AddSubmissions(ctx, subs); err != nil {
		t.Fatal(err)
	}
	return path
}

func runStatsCLI(args ...string) (int, string) {
	var out, errb bytes.Buffer
	code := Run(append([]string{"stats"}, args...), strings.NewReader(""), &out, &errb)
	return code, errb.String()
}

func TestStatsCommandWorkbook(t *testing.T) {
	db := statsTestArchive(t)
	out := filepath.Join(t.TempDir(), "统计.xlsx")
	if code, stderr := runStatsCLI("--db", db, "--from", "2022-06-01", "--to", "2022-06-30", "-o", out); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	f, err := excelize.OpenFile(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, tc := range []struct{ sheet, cell, want string }{
		{"汇总", "A4", "怀宁县委组织部"}, {"汇总", "B4", "2"}, {"汇总", "B5", "1"},
		{"明细", "F3", "怀宁县开展党员积分管理"},
	} {
		if got, _ := f.GetCellValue(tc.sheet, tc.cell); got != tc.want {
			t.Errorf("%s!%s = %q, want %q", tc.sheet, tc.cell, got, tc.want)
		}
	}
	leftovers, _ := filepath.Glob(filepath.Join(filepath.Dir(out), ".*.tmp"))
	if len(leftovers) > 0 {
		t.Errorf("temporary files left behind: %v", leftovers)
	}
}

func TestStatsCommandNotice(t *testing.T) {
	db := statsTestArchive(t)
	out := filepath.Join(t.TempDir(), "通报.txt")
	if code, stderr := runStatsCLI("--db", db, "--from", "2022-06-01", "--to", "2022-06-30", "-o", out); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"关于2022年6月信息报送采用情况的通报", "各单位共报送信息3篇", "1. 怀宁县委组织部：报送2篇"} {
		if !strings.Contains(string(b), want) {
			t.Errorf("notice lacks %q:\n%s", want, b)
		}
	}
}

func TestStatsCommandUsage(t *testing.T) {
	dir := t.TempDir()
	db := cliTestDB(t, dir, "a.db")
	for _, tc := range []struct {
		name string
		args []string
		code int
	}{
		{"no dates", []string{"--db", db, "-o", filepath.Join(dir, "x.xlsx")}, 2},
		{"bad date", []string{"--db", db, "--from", "2022-13-01", "--to", "2022-12-31", "-o", filepath.Join(dir, "x.xlsx")}, 2},
		{"reversed", []string{"--db", db, "--from", "2022-12-01", "--to", "2022-01-31", "-o", filepath.Join(dir, "x.xlsx")}, 2},
		{"bad extension", []string{"--db", db, "--from", "2022-01-01", "--to", "2022-12-31", "-o", filepath.Join(dir, "x.pdf")}, 2},
		{"bad period", []string{"--db", db, "--from", "2022-01-01", "--to", "2022-12-31", "--by", "week", "-o", filepath.Join(dir, "x.xlsx")}, 2},
		{"unwritable", []string{"--db", db, "--from", "2022-01-01", "--to", "2022-12-31", "-o", filepath.Join(dir, "no", "x.xlsx")}, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if code, stderr := runStatsCLI(tc.args...); code != tc.code {
				t.Errorf("exit %d, want %d (%s)", code, tc.code, stderr)
			}
		})
	}
}

// An -o the command cannot write — in a folder that does not exist, or a
// folder itself — is one line naming that file and the problem, not the
// name of a temporary file the user never asked for.
func TestOutputFileErrors(t *testing.T) {
	db := statsTestArchive(t)
	dir := t.TempDir()
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"stats into a missing folder", []string{"stats", "--db", db, "--from", "2022-06-01", "--to", "2022-06-30",
			"-o", filepath.Join(dir, "无此目录", "s.xlsx")}, "no such file or directory"},
		{"stats onto a folder", []string{"stats", "--db", db, "--from", "2022-06-01", "--to", "2022-06-30",
			"-o", filepath.Join(dir, "folder.txt")}, "is a directory"},
		{"export onto a folder", []string{"export", "--db", db, "--issue", "1", "-o", filepath.Join(dir, "folder.txt")}, "is a directory"},
	}
	if err := os.Mkdir(filepath.Join(dir, "folder.txt"), 0o755); err != nil {
		t.Fatal(err)
	}
	if code, _, errOut := cliRun(t, "import-issue", "--db", db, cliExampleFile(t, t.TempDir(), "example/issue.txt")); code != 0 {
		t.Fatalf("import-issue: %s", errOut)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errOut := cliRun(t, tt.args...)
			if code != 1 || !strings.Contains(errOut, tt.want) || strings.Contains(errOut, ".tmp") || strings.Count(errOut, "\n") != 1 {
				t.Errorf("%v = %d %q, want 1 and one line saying %q", tt.args, code, errOut, tt.want)
			}
		})
	}
}
