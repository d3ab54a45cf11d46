package app

import (
	"context"
	"strings"
	"testing"

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
	p := importPreviewNew(u, "来稿.txt", is, read, bulletins, func(*editor.Issue) { saved = true })
	p.show()
	if sum := p.summaryText(); !strings.Contains(sum, "（通讯员王芳）") || !strings.Contains(sum, "没有日期") {
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
	p := importPreviewNew(u, "简报.txt", is, read, bulletins, func(*editor.Issue) {})
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
