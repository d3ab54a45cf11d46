package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// import takes a folder as the window's 导入文件夹 does: its 来稿 files and
// its subfolders', hidden ones and Word's lock files left out; an empty
// folder is said as such, naming it.
func TestImportFolder(t *testing.T) {
	dir := t.TempDir()
	db := cliTestDB(t, dir, "archive.db")
	fold := filepath.Join(dir, "十一月来稿")
	files := map[string]string{
		"东溪镇.txt":     "东溪镇建强网格党支部\n　　东溪镇把全镇划分为46个网格。\n",
		"二组/白沙县.txt":  "白沙县开展党员冬训\n　　白沙县分三批培训党员。\n",
		".隐藏/青山县.txt": "青山县不应导入\n　　这一篇在隐藏文件夹里。\n",
		"~$锁文件.txt":   "Word 的锁文件\n",
		"说明.xls":      "not a 来稿",
		"空文件夹/.keep":  "",
	}
	for name, text := range files {
		p := filepath.Join(fold, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte(text), 0o644)
	}
	code, out, errOut := cliRun(t, "import", "--db", db, fold)
	if code != 0 {
		t.Fatalf("import FOLDER = %d: %s", code, errOut)
	}
	if got := strings.Count(out, "来稿#"); got != 2 || !strings.Contains(out, "东溪镇.txt") || !strings.Contains(out, "白沙县.txt") {
		t.Errorf("stdout %q, want the two 来稿 of the folder and its subfolder", out)
	}
	code, _, errOut = cliRun(t, "import", "--db", db, filepath.Join(fold, "空文件夹"))
	if code != 1 || !strings.Contains(errOut, "空文件夹") || !strings.Contains(errOut, "no file that can be imported") {
		t.Errorf("import EMPTY = %d %q, want the folder named with nothing to import", code, errOut)
	}
}
