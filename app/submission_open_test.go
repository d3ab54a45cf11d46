package app

import (
	"net/url"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// TestOpenTakesTypedPathsOfSeveralFiles: Fyne's open dialog took neither a
// typed path nor more than one file.
func TestOpenTakesTypedPathsOfSeveralFiles(t *testing.T) {
	u, ar := newDeskTestUI(t)
	dir := filepath.Join(t.TempDir(), "来稿 十二月")
	os.MkdirAll(dir, 0o755)
	a, b := filepath.Join(dir, "临江区.txt"), filepath.Join(dir, "白沙县.txt")
	os.WriteFile(a, []byte("临江区建强村级党群服务中心\n\n　　临江区今年建成村级党群服务中心36个。\n"), 0o644)
	os.WriteFile(b, []byte("白沙县储备村级后备力量\n\n　　白沙县今年回引63名本土青年回村任职。\n"), 0o644)
	u.subs.onOpenFile()
	paths, ok := u.win.Canvas().Focused().(*widget.Entry)
	if !ok {
		t.Fatalf("the open dialog leaves the cursor in %T, want the path field", u.win.Canvas().Focused())
	}
	// one typed, one pasted from a file manager as a file URL
	test.Type(paths, a+"\n")
	paths.SetText(paths.Text + "file://" + (&url.URL{Path: b}).EscapedPath())
	var imp *widget.Button
	for _, o := range test.LaidOutObjects(u.win.Canvas().Overlays().Top()) {
		if bt, ok := o.(*widget.Button); ok && bt.Text == "导入" {
			imp = bt
		}
	}
	if imp == nil {
		t.Fatal("no 导入 button")
	}
	test.Tap(imp)
	got := map[string]bool{}
	for _, s := range allSubmissions(t, ar) {
		got[s.Title] = true
	}
	if !got["临江区建强村级党群服务中心"] || !got["白沙县储备村级后备力量"] {
		t.Errorf("imported %v, want both files", got)
	}
}
