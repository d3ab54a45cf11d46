package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// import-issue reads a text knowing the 栏目 of the bulletin it goes into,
// as 档案 ▸ 从文本导入 does: 市外参考 over an item without △ is that section,
// not a paragraph of the item above (issue 10: the command line read by the
// shapes alone).
func TestImportIssueKnowsTheBulletinsSections(t *testing.T) {
	dir := t.TempDir()
	db := cliTestDB(t, dir, "archive.db")
	path := filepath.Join(dir, "back.txt")
	text := "组工信息\n第5期\n中共江州市委组织部编  2022年3月1日\n\n市内信息\n△青山县推进联合党委建设。全县组建联合党委18个。（青山县委组织部）\n" +
		"市外参考\n某市召开基层党建推进会。会议部署了全年工作。\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := cliRun(t, "import-issue", "--db", db, path)
	if code != 0 {
		t.Fatalf("import-issue = %d: %s", code, errOut)
	}
	if !strings.Contains(errOut, "2 sections, 2 items") {
		t.Errorf("want 2 sections, 2 items:\n%s", errOut)
	}
	code, got, errOut := cliRun(t, "export", "--db", db, "--issue", strings.TrimSpace(out), "--format", "txt")
	if code != 0 {
		t.Fatalf("export = %d: %s", code, errOut)
	}
	_, after, _ := strings.Cut(got, "\n市外参考\n")
	if line, _, _ := strings.Cut(after, "\n"); strings.TrimSpace(line) != "△某市召开基层党建推进会。会议部署了全年工作。" {
		t.Errorf("市外参考 is not the section of the last item:\n%s", got)
	}
}
