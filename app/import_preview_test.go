package app

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/bulletindesk/bulletindesk/editor"
)

const previewTestText = `市内信息
△青山县推行村干部“坐班+走访”工作法。全县覆盖。（通讯员 王芳）
△这一段本是上一条的续写。今年以来收集群众意见400余条。（青山县委组织部）
`

// The import preview shows what was read, saves nothing until 保存, and
// saves the editor's corrections: an item that does not start an item is
// joined to the one before, an attribution typed in credits its unit, the
// chosen bulletin takes a text without a name, and no date is invented.
func TestImportPreviewCorrectsAndSaves(t *testing.T) {
	u, ar := newComposeTestUI(t)
	ctx := context.Background()
	is, read, err := readIssueText("来稿.txt", strings.NewReader(previewTestText))
	if err != nil {
		t.Fatal(err)
	}
	bulletins, _ := ar.Bulletins(ctx)
	saved := false
	p := importPreviewNew(u, "来稿.txt", []byte(previewTestText), is, read, bulletins, func(*editor.Issue) { saved = true })
	p.show()
	if sum := p.summaryText(); !strings.Contains(sum, "（通讯员 王芳）") || !strings.Contains(sum, "没有日期") {
		t.Errorf("summary = %q, want the unattributed bracket and the missing date flagged", sum)
	}
	if rows, _ := ar.Issues(ctx, editor.IssueFilter{}); len(rows) != 0 {
		t.Fatalf("%d issues stored before 保存", len(rows))
	}
	if len(p.rows) != 2 || p.bulSel.Selected != bulletins[0].Name {
		t.Fatalf("%d rows, bulletin %q; want 2 and the default %q", len(p.rows), p.bulSel.Selected, bulletins[0].Name)
	}
	test.Tap(p.rows[1].starts) // not a new item
	p.rows[0].attr.SetText("青山县委组织部")
	p.onSave()
	if !saved {
		t.Fatal("not saved")
	}
	rows, _ := ar.Issues(ctx, editor.IssueFilter{})
	if len(rows) != 1 {
		t.Fatalf("%d issues, want 1", len(rows))
	}
	got, _ := ar.Issue(ctx, rows[0].ID)
	items := got.Sections[0].Items
	if len(items) != 1 || !strings.Contains(items[0].Body, "这一段本是上一条的续写。") || items[0].Attribution != "青山县委组织部" ||
		len(items[0].UnitIDs) != 1 || !got.Date.IsZero() || len(got.Distribution) != 0 || got.BulletinID != bulletins[0].ID {
		t.Errorf("stored %+v", got)
	}
}

// A masthead naming a bulletin the archive lacks starts a new one; the
// preview lets the editor correct the name and editing unit read from the
// text before it is created (a parent organisation's line or a page title
// read as the name would otherwise become a series).
func TestImportPreviewCorrectsANewBulletin(t *testing.T) {
	u, ar := newComposeTestUI(t)
	ctx := context.Background()
	text := "江州大学组工简报\n第3期\n江州大学党委组织部编　2023年11月20日\n\n△学校举办书记培训班。培训为期三天。\n"
	is, read, err := readIssueText("简报.txt", strings.NewReader(text))
	if err != nil {
		t.Fatal(err)
	}
	bulletins, _ := ar.Bulletins(ctx)
	p := importPreviewNew(u, "简报.txt", []byte(text), is, read, bulletins, func(*editor.Issue) {})
	p.show()
	if !p.offersNew() || p.newName.Text != "江州大学组工简报" || p.unit.Text != "江州大学党委组织部" {
		t.Fatalf("new bulletin %v name %q unit %q", p.offersNew(), p.newName.Text, p.unit.Text)
	}
	p.newName.SetText("组工简报")
	p.unit.SetText("中共江州大学委员会组织部")
	p.onSave()
	rows, _ := ar.Issues(ctx, editor.IssueFilter{})
	if len(rows) != 1 {
		t.Fatalf("%d issues, want 1", len(rows))
	}
	got, _ := ar.Issue(ctx, rows[0].ID)
	if got.BulletinName != "组工简报" || got.EditingUnit != "中共江州大学委员会组织部" {
		t.Errorf("stored in %q edited by %q, want the corrected 组工简报 and its unit", got.BulletinName, got.EditingUnit)
	}
}

// The editor marks the masthead line by line: a unit line the reader lost
// in the masthead, marked 编辑单位, becomes the new bulletin's editing unit;
// a first line marked 正文 keeps the top lines in the issue (here as
// headings) and names no series after them; an existing bulletin's editing unit corrected in the
// preview is the bulletin's after saving.
func TestImportPreviewMastheadPicker(t *testing.T) {
	const text = "江州组工\n市委组织部办公室\n2024年3月5日\n市内信息\n△青阳县召开会议。会议强调做好工作。（青阳县委组织部）\n"
	open := func(t *testing.T) (*importPreview, *editor.Archive) {
		u, ar := newComposeTestUI(t)
		is, read, err := readIssueText("江州组工.txt", strings.NewReader(text))
		if err != nil {
			t.Fatal(err)
		}
		bulletins, _ := ar.Bulletins(context.Background())
		p := importPreviewNew(u, "江州组工.txt", []byte(text), is, read, bulletins, func(*editor.Issue) {})
		p.show()
		return p, ar
	}
	stored := func(t *testing.T, ar *editor.Archive) (editor.Issue, editor.Bulletin) {
		ctx := context.Background()
		rows, _ := ar.Issues(ctx, editor.IssueFilter{})
		if len(rows) != 1 {
			t.Fatalf("%d issues stored, want 1", len(rows))
		}
		is, _ := ar.Issue(ctx, rows[0].ID)
		b, _ := ar.Bulletin(ctx, is.BulletinID)
		return is, b
	}
	t.Run("the unit line marked", func(t *testing.T) {
		p, ar := open(t)
		// The reader takes a unit's line under the title for the editing
		// unit; marking it 其他 and back must give the same.
		if len(p.roles) < 4 || p.roles[1].Selected != "编辑单位" || p.unit.Text != "市委组织部办公室" {
			t.Fatalf("%d top lines, line 2 read as %q, unit %q", len(p.roles), p.roles[1].Selected, p.unit.Text)
		}
		p.roles[1].SetSelected("刊头（其他）")
		p.roles[1].SetSelected("编辑单位")
		if !p.offersNew() || p.unit.Text != "市委组织部办公室" {
			t.Fatalf("new bulletin %v, unit %q after marking", p.offersNew(), p.unit.Text)
		}
		p.onSave()
		is, b := stored(t, ar)
		if b.Name != "江州组工" || b.EditingUnit != "市委组织部办公室" || is.Date.Day() != 5 {
			t.Errorf("stored in %q edited by %q on %v", b.Name, b.EditingUnit, is.Date)
		}
	})
	t.Run("all text", func(t *testing.T) {
		p, ar := open(t)
		p.roles[0].SetSelected("正文")
		if p.offersNew() || p.is.BulletinName != "" {
			t.Fatalf("a series offered after marking the first line 正文: %q", p.is.BulletinName)
		}
		p.unit.SetText("中共江州市委组织部（改）")
		p.onSave()
		is, b := stored(t, ar)
		var all strings.Builder
		for _, s := range is.Sections {
			all.WriteString(s.Name + "|")
			for _, it := range s.Items {
				all.WriteString(it.Lead + it.Body)
			}
		}
		if !strings.Contains(all.String(), "市委组织部办公室") || !strings.Contains(all.String(), "江州组工") {
			t.Errorf("the top lines are not in the issue's text: %q", all.String())
		}
		// the bulletin had no unit: it takes the one this issue prints
		if b.EditingUnit != "中共江州市委组织部（改）" || is.EditingUnit != b.EditingUnit {
			t.Errorf("the existing bulletin's unit %q (issue %q), want the corrected one", b.EditingUnit, is.EditingUnit)
		}
	})
}

// A back issue of another unit going into a bulletin that has its own
// editing unit prints the source's, and the bulletin keeps its own (review
// G3's addendum: every 组织部's bulletin is called 组工信息).
func TestImportPreviewKeepsTheSourcesUnit(t *testing.T) {
	const text = "第5期\n中共南岭市委组织部编　　2025年8月1日\n市内信息\n△青阳县召开会议。会议强调做好工作。（青阳县委组织部）\n"
	u, ar := newComposeTestUI(t)
	ctx := context.Background()
	bulletins, _ := ar.Bulletins(ctx)
	b := bulletins[0]
	b.EditingUnit = "中共江州市委组织部"
	if err := ar.SaveBulletin(ctx, &b); err != nil {
		t.Fatal(err)
	}
	bulletins, _ = ar.Bulletins(ctx)
	is, read, err := readIssueText("南岭.txt", strings.NewReader(text))
	if err != nil {
		t.Fatal(err)
	}
	p := importPreviewNew(u, "南岭.txt", []byte(text), is, read, bulletins, func(*editor.Issue) {})
	p.show()
	if p.unit.Text != "中共南岭市委组织部" || !strings.Contains(p.unitNote.Text, "中共江州市委组织部") {
		t.Fatalf("unit field %q, note %q: want the source's unit, the bulletin's named as kept", p.unit.Text, p.unitNote.Text)
	}
	p.onSave()
	rows, _ := ar.Issues(ctx, editor.IssueFilter{})
	if len(rows) != 1 {
		t.Fatalf("%d issues stored, want 1", len(rows))
	}
	got, _ := ar.Issue(ctx, rows[0].ID)
	after, _ := ar.Bulletin(ctx, got.BulletinID)
	if got.EditingUnit != "中共南岭市委组织部" || after.EditingUnit != "中共江州市委组织部" {
		t.Errorf("issue prints %q, bulletin %q: want the source's unit on the issue, the bulletin's kept", got.EditingUnit, after.EditingUnit)
	}
}

// The preview lists the 报送单位 saving would create, with the group
// guessed from each name, before anything is saved; the list follows the
// attributions as the editor corrects them (review A4).
func TestImportPreviewListsNewUnits(t *testing.T) {
	u, ar := newComposeTestUI(t)
	ctx := context.Background()
	text := "市内信息\n△蓉城镇建网格。全镇划分网格214个。（蓉城镇党委）\n△西岭县办夜校。夜校每周开课两次。（西岭县委组织部 赵刚）\n"
	is, read, err := readIssueText("back.txt", strings.NewReader(text))
	if err != nil {
		t.Fatal(err)
	}
	bulletins, _ := ar.Bulletins(ctx)
	before, _ := ar.Units(ctx)
	p := importPreviewNew(u, "back.txt", []byte(text), is, read, bulletins, func(*editor.Issue) {})
	p.show()
	got := p.newUnits.Text()
	for _, want := range []string{"蓉城镇党委（分组按名称猜为“其他”）", "西岭县委组织部（分组按名称猜为“县区”）"} {
		if !p.newUnits.Visible() || !strings.Contains(got, want) {
			t.Errorf("new units = %q (shown %v), want %q", got, p.newUnits.Visible(), want)
		}
	}
	if after, _ := ar.Units(ctx); len(after) != len(before) {
		t.Fatalf("%d units before 保存, want %d", len(after), len(before))
	}
	for _, r := range p.rows {
		r.attr.SetText("")
	}
	if p.newUnits.Visible() {
		t.Errorf("with no attribution left, new units still shown: %q", p.newUnits.Text())
	}
	// Escape cancels the preview as it does the 来稿 preview (review F11)
	u.win.Canvas().Unfocus()
	u.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if top := u.win.Canvas().Overlays().Top(); top != nil {
		t.Error("Escape left the import preview open")
	}

}

// What the reading did to the text shows in the preview in the editor's
// words, not only on the command line: a web page's lines left out and its
// 发布时间 taken as the date, two columns read one after the other.
func TestImportPreviewSaysWhatTheReadingDid(t *testing.T) {
	u, ar := newComposeTestUI(t)
	bulletins, _ := ar.Bulletins(context.Background())
	for _, tc := range []struct{ file, want string }{
		{"r3_web_page_issue.txt", "已去掉网页上的"},
		{"r3_web_page_issue.txt", "日期取自网页的发布时间"},
		{"r2_two_columns_layout.txt", "原文是两栏排版"},
		{"r6_three_columns_layout.txt", "原文是3栏排版"},
	} {
		t.Run(tc.want, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("..", "export", "intake", "testdata", "intake", tc.file))
			if err != nil {
				t.Fatal(err)
			}
			is, read, err := readIssueText(tc.file, bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			p := importPreviewNew(u, tc.file, data, is, read, bulletins, func(*editor.Issue) {})
			if got := p.summaryText(); !strings.Contains(got, tc.want) {
				t.Errorf("preview of %s says:\n%s\nwant a line with %s", tc.file, got, tc.want)
			}
		})
	}
}

// The editor chooses each new unit's group among the archive's groups in
// the preview, the guess preselected; saving creates the unit in the group
// chosen, and a choice survives a change of attribution elsewhere.
func TestImportPreviewChoosesNewUnitsGroups(t *testing.T) {
	u, ar := newComposeTestUI(t)
	ctx := context.Background()
	if err := ar.SaveUnit(ctx, &editor.Unit{Name: "青阳县委组织部", Group: "乡镇", Active: true}); err != nil {
		t.Fatal(err)
	}
	text := "市内信息\n△蓉城镇建网格。全镇划分网格214个。（蓉城镇党委）\n△西岭县办夜校。夜校每周开课两次。（西岭县委组织部）\n"
	is, read, err := readIssueText("back.txt", strings.NewReader(text))
	if err != nil {
		t.Fatal(err)
	}
	bulletins, _ := ar.Bulletins(ctx)
	p := importPreviewNew(u, "back.txt", []byte(text), is, read, bulletins, func(*editor.Issue) {})
	p.show()
	sel := p.groupSel["蓉城镇党委"]
	if sel == nil || sel.Selected != "其他" || !slices.Contains(sel.Options, "乡镇") {
		t.Fatalf("group choice for 蓉城镇党委: %+v, want the guess 其他 and the archive's 乡镇 offered", sel)
	}
	sel.SetSelected("乡镇")
	p.rows[1].attr.SetText("西岭县委组织部 赵刚") // the list is made again
	if got := p.groupSel["蓉城镇党委"].Selected; got != "乡镇" {
		t.Fatalf("after another attribution changed, 蓉城镇党委's group is %q", got)
	}
	p.onSave()
	units, _ := ar.Units(ctx)
	groups := map[string]string{}
	for _, un := range units {
		groups[un.Name] = un.Group
	}
	if groups["蓉城镇党委"] != "乡镇" || groups["西岭县委组织部"] != "县区" {
		t.Errorf("saved groups %v, want 蓉城镇党委 乡镇 (chosen) and 西岭县委组织部 县区 (the guess)", groups)
	}
}
