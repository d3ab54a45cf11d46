package app

import (
	"context"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/app/textarea"
	"github.com/bulletindesk/bulletindesk/editor"
)

// onTop says whether text is shown in the topmost dialog, as a label or in
// an entry.
func onTop(u *ui, text string) bool {
	top := u.win.Canvas().Overlays().Top()
	return top != nil && bWalk(top, func(o fyne.CanvasObject) bool {
		switch w := o.(type) {
		case *widget.Label:
			return w.Text == text
		case *widget.Entry:
			return w.Text == text
		case *textarea.Area:
			return w.Text() == text
		case *cjkLabel:
			return w.Text() == text
		}
		return false
	})
}

// When another window or program saved a submission while the editor typed
// in it, the save is refused (h8core's version check) and the window shows
// both texts; the editor's choice is what the archive then holds, and the
// kept draft goes. Before, the detail said "未保存" in English technical
// words at each pause, and the typing was gone on closing.
func TestConflictShowsBothTextsAndKeepsTheChoice(t *testing.T) {
	cases := []struct {
		choose string
		want   string
	}{
		{"保留我的", "原文。补充一句"},
		{"采用对方的", "另一窗口改过的正文。"},
	}
	for _, c := range cases {
		t.Run(c.choose, func(t *testing.T) {
			ctx := context.Background()
			u, ar := newDeskTestUI(t)
			addTestSubmissions(t, ar, &editor.Submission{Title: "来稿", Text: "原文。"})
			u.subs.reload()
			id := allSubmissions(t, ar)[0].ID
			u.subs.selectSubmission(id)

			other, err := ar.Submission(ctx, id) // the other window, same version read
			if err != nil {
				t.Fatal(err)
			}
			other.Text = "另一窗口改过的正文。"
			if err := ar.UpdateSubmission(ctx, &other); err != nil {
				t.Fatal(err)
			}
			d := u.subs.detail
			u.win.Canvas().Focus(d.text)
			d.text.Select(len([]rune("原文。")), len([]rune("原文。"))) // the caret after 原文。
			test.Type(d.text, "补充一句")

			if !onTop(u, "另一窗口改过的正文。") || !onTop(u, "原文。补充一句") {
				t.Fatalf("no dialog shows both the other text and the typed one")
			}
			if drafts, _ := ar.UnsavedDrafts(ctx); len(drafts) == 0 {
				t.Errorf("while the editor decides, the typed text is not kept as a draft")
			}
			bTap(t, u, lang.L(c.choose))
			if got := allSubmissions(t, ar)[0].Text; got != c.want {
				t.Errorf("after %s the archive holds %q, want %q", c.choose, got, c.want)
			}
			if got := d.text.Text(); got != c.want {
				t.Errorf("after %s the detail shows %q, want %q", c.choose, got, c.want)
			}
			if drafts, _ := ar.UnsavedDrafts(ctx); len(drafts) != 0 {
				t.Errorf("after choosing, %d drafts remain", len(drafts))
			}
		})
	}
}

// The same for an item's body in 组版.
func TestItemConflictShowsBothTexts(t *testing.T) {
	ctx := context.Background()
	u, ar, s, ie := bWrittenItem(t)
	test.Type(ie.lead, "甲县开展党员积分管理。")

	is, err := ar.Issue(ctx, s.issue.ID)
	if err != nil {
		t.Fatal(err)
	}
	other := is.Sections[0].Items[0]
	for _, sec := range is.Sections {
		for _, it := range sec.Items {
			if it.ID == ie.item.ID {
				other = it
			}
		}
	}
	other.Body = "另一窗口写的正文。"
	if err := ar.UpdateItem(ctx, &other); err != nil {
		t.Fatal(err)
	}
	test.Type(ie.body, "我写的正文。")
	if !onTop(u, "另一窗口写的正文。") || !onTop(u, "我写的正文。") {
		t.Fatalf("no dialog shows both bodies")
	}
	bTap(t, u, lang.L("保留我的"))
	is, _ = ar.Issue(ctx, s.issue.ID)
	for _, sec := range is.Sections {
		for _, it := range sec.Items {
			if it.ID == ie.item.ID && it.Body != "我写的正文。" {
				t.Errorf("after 保留我的 the body is %q", it.Body)
			}
		}
	}
	if drafts, _ := ar.UnsavedDrafts(ctx); len(drafts) != 0 {
		t.Errorf("after choosing, %d drafts remain", len(drafts))
	}
}

// itemConflictTest opens a new item typed in, has "another window" save its
// lead, and types on, so that the save is refused: the conflict dialog is
// open. It gives the item as the other side holds it.
func itemConflictTest(t *testing.T) (*ui, *editor.Archive, *itemEditor, editor.Item) {
	t.Helper()
	ctx := context.Background()
	u, ar, _, ie := bWrittenItem(t)
	test.Type(ie.lead, "甲县开展党员积分管理。")
	other, err := ar.Item(ctx, ie.item.ID)
	if err != nil {
		t.Fatal(err)
	}
	other.Lead = "甲县开展党员积分管理。（张敏改）"
	if err := ar.UpdateItem(ctx, &other); err != nil {
		t.Fatal(err)
	}
	test.Type(ie.body, "我写的正文。")
	if !onTop(u, other.Lead) {
		t.Fatalf("no conflict dialog shows the other side's lead")
	}
	return u, ar, ie, other
}

// The other side saves again while the conflict dialog is open: its left
// column shows the newer text, and 采用对方的 gives the item as it is
// stored now, saving nothing — no second dialog, no revision of ours.
// Before, the dialog kept the text of the moment of the refusal, and
// 采用对方的 wrote that back over the newer save, which was refused in its
// turn: one dialog after another (review R5).
func TestConflictTakeTheirsReadsTheNewestAndSavesNothing(t *testing.T) {
	ctx := context.Background()
	u, ar, ie, other := itemConflictTest(t)
	other.Lead = "甲县开展党员积分管理。（张敏二改）"
	if err := ar.UpdateItem(ctx, &other); err != nil {
		t.Fatal(err)
	}
	u.live().onChange(editor.Change{Kind: "item", RowID: other.ID}) // the notification of that save
	if !onTop(u, other.Lead) {
		t.Errorf("after the other side's second save the dialog does not show it")
	}
	before, err := ar.Revisions(ctx, "item", other.ID)
	if err != nil {
		t.Fatal(err)
	}
	bTap(t, u, lang.L("采用对方的"))
	if top := u.win.Canvas().Overlays().Top(); top != nil {
		t.Errorf("after 采用对方的 a dialog is still open (another conflict)")
	}
	got, err := ar.Item(ctx, other.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Lead != other.Lead || got.Body != "" || got.Version != other.Version {
		t.Errorf("the archive holds %q / %q at version %d, want %q / \"\" at %d (nothing saved)", got.Lead, got.Body, got.Version, other.Lead, other.Version)
	}
	after, _ := ar.Revisions(ctx, "item", other.ID)
	if len(after) != len(before) {
		t.Errorf("采用对方的 wrote %d revisions, want none", len(after)-len(before))
	}
	cur := composeOf(t, u).editorOf(other.ID, ie)
	if cur.lead.Text != other.Lead || cur.body.Text() != "" {
		t.Errorf("the editor shows %q / %q, want the stored %q", cur.lead.Text, cur.body.Text(), other.Lead)
	}
	if drafts, _ := ar.UnsavedDrafts(ctx); len(drafts) != 0 {
		t.Errorf("after choosing, %d drafts remain", len(drafts))
	}
}

// 保留我的 after the other side saved again saves the editor's text over
// the newest save at once, without a second refusal; the time the other
// side saved is a line of its own (it wrapped after 日 inside the note).
func TestConflictKeepMineOverTheNewest(t *testing.T) {
	ctx := context.Background()
	u, ar, _, other := itemConflictTest(t)
	other.Lead = "甲县开展党员积分管理。（张敏二改）"
	if err := ar.UpdateItem(ctx, &other); err != nil {
		t.Fatal(err)
	}
	u.live().onChange(editor.Change{Kind: "item", RowID: other.ID})
	stored, _ := ar.Item(ctx, other.ID)
	when := lang.L("对方保存于 {{.When}}", map[string]any{"When": u.dateLabel(stored.UpdatedAt) + " " + stored.UpdatedAt.Local().Format("15:04")})
	if !onTop(u, when) {
		t.Errorf("no line %q in the dialog", when)
	}
	bTap(t, u, lang.L("保留我的"))
	if top := u.win.Canvas().Overlays().Top(); top != nil {
		t.Errorf("after 保留我的 a dialog is still open (another conflict)")
	}
	got, _ := ar.Item(ctx, other.ID)
	if got.Lead != "甲县开展党员积分管理。" || got.Body != "我写的正文。" {
		t.Errorf("the archive holds %q / %q, want the editor's text", got.Lead, got.Body)
	}
}

// bWrittenItem is 组版 with a new issue and one item written by hand
// (新建一期, 创建, 写一条), the editor of that item ready for typing.
func bWrittenItem(t *testing.T) (*ui, *editor.Archive, *composeScreen, *itemEditor) {
	t.Helper()
	u, ar := newComposeTestUI(t)
	s := composeOf(t, u)
	u.showKey(keyCompose)
	bTap(t, u, lang.L("新建一期"))
	bTap(t, u, lang.L("创建"))
	bTap(t, u, lang.L("写一条"))
	return u, ar, s, bNewEditor(t, s)
}
