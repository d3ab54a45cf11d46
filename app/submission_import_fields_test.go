package app

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/bulletindesk/bulletindesk/editor"
)

// The preview's title and unit fields correct what was read before
// anything is saved: a title typed over the first sentence, a known unit
// picked, a new unit typed (saved with the 来稿 in the same transaction),
// and a file left as read; the summary line follows each change.
func TestSubmissionImportPreviewCorrectsTitleAndUnit(t *testing.T) {
	u, ar := newDeskTestUI(t)
	ctx := context.Background()
	if err := ar.SaveUnit(ctx, &editor.Unit{Name: "东溪镇党委", ShortName: "东溪镇", Group: "乡镇", Active: true}); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	writeTestFile(t, filepath.Join(dir, "1无标题.txt"), "东溪镇把全镇划分为46个网格，每个网格建一个党支部。今年以来化解矛盾纠纷120件。\n", 0o644)
	writeTestFile(t, filepath.Join(dir, "2新单位.txt"), "白沙镇推行积分制\n　　全镇387名党员全部纳入积分管理。\n", 0o644)
	writeTestFile(t, filepath.Join(dir, "3照旧.txt"), "桃溪镇建强产业链党组织\n　　组建联合党支部5个。（东溪镇党委）\n", 0o644)
	u.subs.importPaths([]string{dir})
	p := u.subs.preview
	if p == nil || len(p.good) != 3 {
		t.Fatalf("preview = %+v, want 3 files", p)
	}
	if !strings.Contains(p.labels[0].Text, "标题取自正文第一句") || !strings.Contains(p.labels[1].Text, "报送单位未识别") {
		t.Fatalf("before: %q / %q", p.labels[0].Text, p.labels[1].Text)
	}
	if got := p.fields[2].unit.Text; got != "东溪镇党委" {
		t.Errorf("unit field of 3照旧.txt = %q, want the unit as read", got)
	}
	p.fields[0].title.SetText("东溪镇网格党支部化解矛盾纠纷120件")
	p.fields[0].unit.SetText("东溪镇") // a short name picks the known unit
	p.fields[1].unit.SetText("江州市白沙镇党委")
	for i, want := range []string{"报送单位：东溪镇党委 · ", "报送单位：江州市白沙镇党委（新单位，保存时添加）"} {
		if !strings.Contains(p.labels[i].Text, want) {
			t.Errorf("file %d says %q, want %q", i, p.labels[i].Text, want)
		}
	}
	if strings.Contains(p.labels[0].Text, "标题取自正文第一句") {
		t.Errorf("a typed title is still said to be the first sentence: %q", p.labels[0].Text)
	}
	if got := allSubmissions(t, ar); len(got) != 0 {
		t.Fatalf("%d saved while correcting", len(got))
	}
	p.onImport()
	want := map[string][2]string{
		"1无标题.txt": {"东溪镇网格党支部化解矛盾纠纷120件", "东溪镇党委"},
		"2新单位.txt": {"白沙镇推行积分制", "江州市白沙镇党委"},
		"3照旧.txt":  {"桃溪镇建强产业链党组织", "东溪镇党委"},
	}
	subs := allSubmissions(t, ar)
	if len(subs) != 3 {
		t.Fatalf("saved %d, want 3", len(subs))
	}
	for _, s := range subs {
		if got := [2]string{s.Title, s.UnitName}; got != want[s.Source] {
			t.Errorf("%s saved as %q, want %q", s.Source, got, want[s.Source])
		}
	}
	units, err := ar.Units(ctx)
	if err != nil || len(units) != 2 {
		t.Errorf("units after saving: %+v, %v; want 东溪镇党委 and the new 江州市白沙镇党委", units, err)
	}
}

// A file named after one unit whose text credits another is credited as
// its text says, and the preview says both (review F32).
func TestSubmissionImportPreviewSaysTheFileNamesAnotherUnit(t *testing.T) {
	u, ar := newDeskTestUI(t)
	if err := ar.SaveUnit(context.Background(), &editor.Unit{Name: "青山县委组织部", ShortName: "青山县", Group: "县区", Active: true}); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	writeTestFile(t, filepath.Join(dir, "青山县 1+5 报送.txt"), "推行“1+5”联系服务群众机制\n　　全县党员干部结对联系群众1.2万户。（某某县委组织部）\n", 0o644)
	u.subs.importPaths([]string{dir})
	p := u.subs.preview
	if p == nil || len(p.good) != 1 {
		t.Fatalf("preview = %+v, want 1 file", p)
	}
	if want := "文件名指向青山县委组织部，按正文署名计为某某县委组织部：请核对"; !strings.Contains(p.labels[0].Text, want) {
		t.Errorf("the preview says %q, want %q", p.labels[0].Text, want)
	}
	p.fields[0].unit.SetText("青山县委组织部") // the editor decides for the file name
	if strings.Contains(p.labels[0].Text, "文件名指向") {
		t.Errorf("still said to differ once the editor chose: %q", p.labels[0].Text)
	}
	p.onImport()
	if subs := allSubmissions(t, ar); len(subs) != 1 || subs[0].UnitName != "青山县委组织部" {
		t.Errorf("saved %+v", subs)
	}
}

// Escape in a field closes the preview (nothing saved), as Escape does
// when no field has the cursor.
func TestSubmissionImportPreviewEscapeFromAField(t *testing.T) {
	u, ar := newDeskTestUI(t)
	dir := t.TempDir()
	writeTestFile(t, filepath.Join(dir, "1.txt"), "白沙镇推行积分制\n　　全镇覆盖。\n", 0o644)
	u.subs.importPaths([]string{dir})
	p := u.subs.preview
	u.win.Canvas().Focus(p.fields[0].title)
	p.fields[0].title.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if u.win.Canvas().Overlays().Top() != nil {
		t.Error("Escape in the title field left the preview open")
	}
	if got := allSubmissions(t, ar); len(got) != 0 {
		t.Errorf("%d saved on Escape", len(got))
	}
}
