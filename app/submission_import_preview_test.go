package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
)

// Importing 来稿 files shows them first — title, 字数, 收稿日期 (today, said
// so, for a file without a date) and the files that cannot be read — and
// saves nothing until 导入; then only the ticked ones, together.
func TestSubmissionImportPreview(t *testing.T) {
	u, ar := newDeskTestUI(t)
	dir := t.TempDir()
	for name, body := range map[string]string{
		"1无日期.txt": "东溪镇建强网格党支部\n　　东溪镇把全镇划分为46个网格。\n",
		"2有日期.txt": "白沙县委组织部\n2025年5月12日\n白沙县开展党员冬训\n　　白沙县分三批培训党员。\n",
		"3不要.txt":  "石门区选派42名干部驻村。\n",
		"4空白.txt":  "",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	u.subs.importPaths([]string{dir})
	p := u.subs.preview
	if p == nil || len(p.good) != 3 || len(p.bad) != 1 || !strings.Contains(p.bad[0].name, "4空白.txt") {
		t.Fatalf("preview = %+v, want 3 files read and 4空白.txt refused", p)
	}
	if got := allSubmissions(t, ar); len(got) != 0 {
		t.Fatalf("%d submissions saved before 导入", len(got))
	}
	labels := []string{p.fileLabel(0, p.good[0]).Text, p.fileLabel(1, p.good[1]).Text, p.fileLabel(2, p.good[2]).Text}
	if !strings.Contains(labels[0], "收稿日期为今天") || strings.Contains(labels[1], "收稿日期为今天") ||
		!strings.Contains(labels[1], "2025年5月12日") || !strings.Contains(labels[2], "标题取自正文第一句") {
		t.Errorf("file lines = %q", labels)
	}
	p.checks[2].SetChecked(false)
	p.onImport()
	subs := allSubmissions(t, ar)
	if len(subs) != 2 {
		t.Fatalf("saved %d, want the 2 ticked", len(subs))
	}
	for _, s := range subs {
		if strings.Contains(s.Text, "石门区") {
			t.Errorf("the unticked file was saved")
		}
	}
}

// TestSubmissionImportPreviewKeys: the preview took neither Enter nor
// Escape, so files chosen by keyboard needed the mouse to be imported.
func TestSubmissionImportPreviewKeys(t *testing.T) {
	for _, tc := range []struct {
		key  fyne.KeyName
		want int
	}{{fyne.KeyReturn, 1}, {fyne.KeyEscape, 0}} {
		t.Run(string(tc.key), func(t *testing.T) {
			u, ar := newDeskTestUI(t)
			path := filepath.Join(t.TempDir(), "松岭镇.txt")
			os.WriteFile(path, []byte("松岭镇推行院落议事会\n　　松岭镇党委在全镇14个村推行院落议事会。\n"), 0o644)
			u.subs.importPaths([]string{path})
			if u.subs.preview == nil {
				t.Fatal("no preview")
			}
			u.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: tc.key})
			if got := len(allSubmissions(t, ar)); got != tc.want {
				t.Errorf("%s saved %d 来稿, want %d", tc.key, got, tc.want)
			}
			if tc.key == fyne.KeyEscape && u.win.Canvas().Overlays().Top() != nil {
				t.Errorf("Escape left the preview open")
			}
		})
	}
}
