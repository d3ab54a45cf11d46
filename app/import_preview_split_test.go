package app

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/bulletindesk/bulletindesk/editor"
)

// A PDF page whose second item lost its △: the reader joins it to the
// first item as two more paragraphs.
const splitTestText = `市内信息
△云岭县建立“党员联户”机制。全县2300名党员每人联系5至10户群众，定期走访收集诉求。（云岭县委组织部）
南溪区开展“红色物业”试点。区里在12个小区成立物业党支部，推动物业服务与基层治理融合。
今年以来，试点小区投诉量下降四成。（南溪区委组织部）
`

// openSplitPreview opens the preview of splitTestText on a new archive.
func openSplitPreview(t *testing.T) (*importPreview, *editor.Archive) {
	t.Helper()
	u, ar := newComposeTestUI(t)
	is, read, err := readIssueText("第5期.txt", strings.NewReader(splitTestText))
	if err != nil {
		t.Fatal(err)
	}
	bulletins, _ := ar.Bulletins(context.Background())
	p := importPreviewNew(u, "第5期.txt", []byte(splitTestText), is, read, bulletins, func(*editor.Issue) {})
	p.show()
	if len(p.rows) != 1 {
		t.Fatalf("the reader gave %d items, want the joined 1 this test is about", len(p.rows))
	}
	return p, ar
}

// splitStored saves the preview and returns the items stored.
func splitStored(t *testing.T, p *importPreview, ar *editor.Archive) []editor.Item {
	t.Helper()
	p.onSave()
	ctx := context.Background()
	rows, _ := ar.Issues(ctx, editor.IssueFilter{})
	if len(rows) != 1 {
		t.Fatalf("%d issues stored, want 1", len(rows))
	}
	is, _ := ar.Issue(ctx, rows[0].ID)
	return is.Sections[0].Items
}

// The editor splits the joined item at the paragraph where the second
// starts (拆分…, then that paragraph's button): the preview shows two items
// at once, the new one marked and its lead that paragraph's first
// sentence; saving stores two items, each crediting its own unit.
func TestImportPreviewSplitsAnItem(t *testing.T) {
	p, ar := openSplitPreview(t)
	test.Tap(p.splitButton(0, p.is.Sections[0].Items[0]))
	if len(p.splitAt) != 2 {
		t.Fatalf("the split dialog offers %d paragraphs, want 2 (all but the first)", len(p.splitAt))
	}
	test.Tap(p.splitAt[0])
	if len(p.rows) != 2 || !strings.Contains(p.summaryText(), "2条信息") {
		t.Fatalf("%d rows after the split; summary %q", len(p.rows), p.summaryText())
	}
	if got := p.rows[0].attr.Text; got != "云岭县委组织部" {
		t.Errorf("the first item's attribution %q, want its own closing bracket's", got)
	}
	items := splitStored(t, p, ar)
	want := []struct{ lead, body, attr string }{
		{"云岭县建立“党员联户”机制。", "全县2300名党员每人联系5至10户群众，定期走访收集诉求。", "云岭县委组织部"},
		{"南溪区开展“红色物业”试点。", "区里在12个小区成立物业党支部，推动物业服务与基层治理融合。\n今年以来，试点小区投诉量下降四成。", "南溪区委组织部"},
	}
	if len(items) != len(want) {
		t.Fatalf("%d items stored, want %d", len(items), len(want))
	}
	for n, w := range want {
		if got := items[n]; got.Lead != w.lead || got.Body != w.body || got.Attribution != w.attr || len(got.UnitIDs) != 1 {
			t.Errorf("item %d stored %q | %q | %q credits %v, want %q | %q | %q and one unit", n+1, got.Lead, got.Body, got.Attribution, got.UnitIDs, w.lead, w.body, w.attr)
		}
	}
}

// A split is taken back with 撤销拆分 (the item stored as read), and an
// attribution typed before a split stays on its row.
func TestImportPreviewUndoesASplit(t *testing.T) {
	t.Run("undo", func(t *testing.T) {
		p, ar := openSplitPreview(t)
		joined := p.is.Sections[0].Items[0]
		p.splitRow(0, 2)
		if len(p.rows) != 2 || !strings.Contains(p.rows[1].attr.Text, "南溪区委组织部") {
			t.Fatalf("after splitting at the last paragraph: %d rows", len(p.rows))
		}
		p.onUndoSplit()
		if len(p.rows) != 1 || len(p.undo) != 0 {
			t.Fatalf("%d rows after 撤销拆分, want 1", len(p.rows))
		}
		items := splitStored(t, p, ar)
		if len(items) != 1 || items[0].Lead+items[0].Body != joined.Lead+joined.Body || items[0].Attribution != joined.Attribution {
			t.Errorf("stored %+v, want the item as read", items)
		}
	})
	t.Run("typed attribution kept", func(t *testing.T) {
		p, ar := openSplitPreview(t)
		p.rows[0].attr.SetText("南溪区委组织部、云岭县委组织部")
		p.splitRow(0, 1)
		test.Tap(p.rows[1].starts) // and joined again at saving
		items := splitStored(t, p, ar)
		if len(items) != 1 || items[0].Attribution != "南溪区委组织部、云岭县委组织部" || len(items[0].UnitIDs) != 2 {
			t.Errorf("stored %+v, want one item crediting the two units typed", items)
		}
		if !strings.Contains(items[0].Body, "（云岭县委组织部）\n南溪区开展") {
			t.Errorf("body %q: the first part's bracket should be back in the text", items[0].Body)
		}
	})
}

// A heading naming a section the bulletin's issues use is that section in
// the preview and in what is saved, though no △ item stands under it;
// imported into a new bulletin (no known sections) it is text, as before.
func TestImportPreviewKnowsTheBulletinsSections(t *testing.T) {
	const text = "市内信息\n△白沙县建强网格党组织。全县覆盖。（白沙县委组织部）\n工作动态\n市委组织部召开季度信息工作会议。会议通报了各地报送情况。\n"
	u, ar := newComposeTestUI(t)
	ctx := context.Background()
	earlier := &editor.Issue{Number: 1, Sections: []editor.Section{{Name: "工作动态", Items: []editor.Item{{Lead: "某县召开会议。"}}}}}
	if err := ar.ImportIssue(ctx, earlier); err != nil {
		t.Fatal(err)
	}
	is, read, err := readIssueText("第6期.txt", strings.NewReader(text))
	if err != nil {
		t.Fatal(err)
	}
	bulletins, _ := ar.Bulletins(ctx)
	p := importPreviewNew(u, "第6期.txt", []byte(text), is, read, bulletins, func(*editor.Issue) {})
	p.show()
	if len(p.is.Sections) != 2 || p.is.Sections[1].Name != "工作动态" || len(p.rows) != 2 {
		t.Fatalf("read into %d sections, %d items; want 市内信息 and 工作动态 with one item each", len(p.is.Sections), len(p.rows))
	}
	p.onSave()
	rows, _ := ar.Issues(ctx, editor.IssueFilter{})
	var got editor.Issue
	for _, r := range rows {
		if r.ID != earlier.ID {
			got, _ = ar.Issue(ctx, r.ID)
		}
	}
	if len(got.Sections) != 2 || got.Sections[1].Name != "工作动态" || got.Sections[1].Items[0].Lead != "市委组织部召开季度信息工作会议。" {
		t.Errorf("stored %+v", got.Sections)
	}
}
