package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A back issue comes out of the archive as its source wrote it: no 总第
// made up, its own 本期要目 and 共印N份 line; and a text naming another
// editing unit than the bulletin's is told so (review A1, A16, A20, B7).
func TestImportIssueBackIssueAsWritten(t *testing.T) {
	dir := t.TempDir()
	db := cliTestDB(t, dir, "archive.db")
	write := func(name, text string) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	first := write("first.txt", "组工信息\n第12期（总第345期）\n中共江州市委组织部编  2022年6月15日\n\n市内信息\n△青山县推进联合党委建设。全县组建联合党委18个。（青山县委组织部）\n")
	if code, _, errOut := cliRun(t, "import-issue", "--db", db, first); code != 0 {
		t.Fatalf("import-issue = %d: %s", code, errOut)
	}
	back := write("back.txt", "组工信息\n第3期\n中共青阳县委组织部编  2021年3月5日\n\n本期要目\n1.青阳县推行积分管理\n\n"+
		"工作动态\n△青阳县推行积分管理。全县推行积分制。（青阳县委组织部）\n△蓉城镇建网格。全镇划分网格214个。（蓉城镇党委）\n\n报：市委组织部。\n共印80份\n")
	code, out, errOut := cliRun(t, "import-issue", "--db", db, back)
	if code != 0 {
		t.Fatalf("import-issue = %d: %s", code, errOut)
	}
	for _, want := range []string{"check: editing unit in the text 中共青阳县委组织部 differs from the bulletin's 中共江州市委组织部",
		"check: no 总第M期: left empty", "本期要目 kept as the source wrote it (1 lines"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("no %q in\n%s", want, errOut)
		}
	}
	code, got, errOut := cliRun(t, "export", "--db", db, "--issue", strings.TrimSpace(out), "--format", "txt")
	if code != 0 {
		t.Fatalf("export = %d: %s", code, errOut)
	}
	for _, want := range []string{"\n第3期\n", "\n本期要目\n1.青阳县推行积分管理\n\n", "\n共印80份\n"} {
		if !strings.Contains(got, want) {
			t.Errorf("the export has no %q:\n%s", want, got)
		}
	}
	for _, invented := range []string{"总第", "（共印80份）"} {
		if strings.Contains(got, invented) {
			t.Errorf("the export invents %q:\n%s", invented, got)
		}
	}
}
