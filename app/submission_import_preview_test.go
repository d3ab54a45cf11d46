package app

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/bulletindesk/bulletindesk/editor"
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

// The 来稿 preview says each file's 报送单位 as saving will recognise it
// (a known unit, a new one from the closing bracket, or 未识别), its 字数
// is the one saved — a .docx with a title line had shown the title's
// characters too (124字 shown, 105字 saved) — and Enter imports.
func TestSubmissionImportPreviewUnitAndWords(t *testing.T) {
	u, ar := newDeskTestUI(t)
	if err := ar.SaveUnit(context.Background(), &editor.Unit{Name: "东溪镇党委", ShortName: "东溪镇", Group: "乡镇", Active: true}); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	docx := oneParagraphDocx(t, `</w:t></w:r></w:p><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>东溪镇建强网格党支部</w:t></w:r></w:p>`+
		`<w:p><w:r><w:t>东溪镇党委把全镇划分为46个网格，每个网格建一个党支部。</w:t></w:r></w:p><w:p><w:r><w:t>今年以来化解矛盾纠纷120件。`)
	if err := os.WriteFile(filepath.Join(dir, "1东溪镇.docx"), docx, 0o644); err != nil {
		t.Fatal(err)
	}
	writeTestFile(t, filepath.Join(dir, "2新单位.txt"), "白沙镇推行积分制\n　　全镇覆盖。（江州市白沙镇党委）\n", 0o644)
	writeTestFile(t, filepath.Join(dir, "3无单位.txt"), "某地推行积分制\n　　全镇覆盖。\n", 0o644)
	u.subs.importPaths([]string{dir})
	p := u.subs.preview
	if p == nil || len(p.good) != 3 {
		t.Fatalf("preview = %+v, want 3 files", p)
	}
	shown := map[string]string{}
	for i, sub := range p.good {
		shown[sub.Source] = p.fileLabel(i, sub).Text
	}
	for src, want := range map[string]string{"1东溪镇.docx": "报送单位：东溪镇党委", "2新单位.txt": "报送单位：江州市白沙镇党委（新单位", "3无单位.txt": "报送单位未识别"} {
		if !strings.Contains(shown[src], want) {
			t.Errorf("%s: %q, want %q", src, shown[src], want)
		}
	}
	u.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyReturn})
	subs := allSubmissions(t, ar)
	if len(subs) != 3 {
		t.Fatalf("Enter saved %d, want 3", len(subs))
	}
	for _, s := range subs {
		if want := fmt.Sprintf(" · %d字 · ", s.Words); !strings.Contains(shown[s.Source], want) {
			t.Errorf("%s saved with %d字, the preview said %q", s.Source, s.Words, shown[s.Source])
		}
		if s.Source == "1东溪镇.docx" && s.UnitName != "东溪镇党委" {
			t.Errorf("saved with unit %q", s.UnitName)
		}
	}
}

// The preview shows what the reader doubts or left out of a file: a whole
// issue saved as one 来稿, zero-width characters removed (review R12, R14).
func TestSubmissionImportPreviewShowsTheChecks(t *testing.T) {
	u, _ := newDeskTestUI(t)
	dir := t.TempDir()
	issue := "组工信息\n第13期（总第231期）\n\n工作动态\n△柳岸县推行党员积分制。全县推行积分制管理。（柳岸县委组织部供稿）\n" +
		"△桃溪镇把支部建在产业链上。组建联合党支部5个。（桃溪镇党委供稿）\n\n报：市委组织部。\n"
	if err := os.WriteFile(filepath.Join(dir, "整期.txt"), []byte(issue), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "零宽.txt"), []byte("东溪镇建强网格党支部\n　　东溪镇把全镇\u200b划分为46个网格。\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	u.subs.importPaths([]string{dir})
	p := u.subs.preview
	if p == nil || len(p.good) != 2 {
		t.Fatalf("preview = %+v, want 2 files read", p)
	}
	got := p.fileLabel(0, p.good[0]).Text + "\n" + p.fileLabel(1, p.good[1]).Text
	for _, want := range []string{"像是一期简报", "删去了1个零宽字符"} {
		if !strings.Contains(got, want) {
			t.Errorf("the preview says %q, want %q in it", got, want)
		}
	}
}
