package app

import (
	"context"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

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
			d.text.CursorRow, d.text.CursorColumn = 0, len([]rune("原文。"))
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
			if got := d.text.Text; got != c.want {
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
	u, ar := newComposeTestUI(t)
	s := composeOf(t, u)
	u.showKey(keyCompose)
	bTap(t, u, lang.L("新建一期"))
	bTap(t, u, lang.L("创建"))
	bTap(t, u, lang.L("写一条"))
	ie := bNewEditor(t, s)
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
