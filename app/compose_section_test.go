package app

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/editor"
)

// bDialogEntry is the first entry of the dialog on top.
func bDialogEntry(t *testing.T, u *ui) *widget.Entry {
	t.Helper()
	var e *widget.Entry
	bWalk(u.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) bool {
		e, _ = o.(*widget.Entry)
		return e != nil
	})
	if e == nil {
		t.Fatal("no entry in the dialog")
	}
	return e
}

// Sections are added, renamed, moved and deleted (one with items only
// after confirmation, taking its items along).
func TestComposeSections(t *testing.T) {
	u, ar := newComposeTestUI(t)
	ctx := context.Background()
	s := composeOf(t, u)
	is := bIssueWithItems(t, ar, "戊县建立村干部周例会。")
	u.openIssue(is.ID)
	names := func() []string {
		got, err := ar.Issue(ctx, is.ID)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, sec := range got.Sections {
			out = append(out, sec.Name)
		}
		return out
	}
	before := len(names())

	bTap(t, u, lang.L("添加栏目"))
	test.Type(bDialogEntry(t, u), "工作动态")
	bTap(t, u, lang.L("确定"))
	got := names()
	if len(got) != before+1 || got[len(got)-1] != "工作动态" {
		t.Fatalf("sections after 添加栏目: %v", got)
	}
	last := s.issue.Sections[len(s.issue.Sections)-1].ID

	s.renameSection(last, "工作动态")
	e := bDialogEntry(t, u)
	e.SetText("")
	test.Type(e, "基层动态")
	bTap(t, u, lang.L("确定"))
	s.moveSection(last, -1)
	if got = names(); got[len(got)-2] != "基层动态" {
		t.Errorf("after rename and move up: %v", got)
	}

	first := s.issue.Sections[0]
	s.deleteSection(first.ID, first.Name, len(first.Items))
	if len(names()) != before+1 {
		t.Fatal("a section with items was deleted without confirmation")
	}
	bTap(t, u, lang.L("删除"))
	if got = names(); len(got) != before {
		t.Errorf("sections after confirmed delete: %v", got)
	}
}

// 移到栏目… moves an item into the section chosen.
func TestComposeMoveItemToSection(t *testing.T) {
	u, ar := newComposeTestUI(t)
	ctx := context.Background()
	s := composeOf(t, u)
	is := bIssueWithItems(t, ar, "己县开展党员冬训。")
	if len(is.Sections) < 2 {
		if _, err := ar.AddSection(ctx, is.ID, "市外参考"); err != nil {
			t.Fatal(err)
		}
	}
	u.openIssue(is.ID)
	bTap(t, u, lang.L("移到栏目…"))
	bTap(t, u, lang.L("移动"))
	got, err := ar.Issue(ctx, is.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Sections[0].Items) != 0 || len(got.Sections[1].Items) != 1 {
		t.Errorf("items per section after the move: %d, %d; want 0, 1", len(got.Sections[0].Items), len(got.Sections[1].Items))
	}
	if s.issue.Sections[1].Items[0].Lead != "己县开展党员冬训。" {
		t.Errorf("screen not rebuilt after the move")
	}
}

// bDialogSays whether the dialog on top shows text.
func bDialogSays(u *ui, text string) bool {
	return bWalk(u.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) bool {
		switch l := o.(type) {
		case *widget.Label:
			return strings.Contains(l.Text, text)
		case *widget.RichText:
			return strings.Contains(l.String(), text)
		}
		return false
	})
}

// 撤销 after the item's (then empty) section was deleted says why it cannot
// bring the item back, instead of closing without a word.
func TestComposeUndoAfterSectionDeleted(t *testing.T) {
	u, ar := newComposeTestUI(t)
	s := composeOf(t, u)
	is := bIssueWithItems(t, ar, "甲县开展党员积分管理。")
	u.openIssue(is.ID)
	sec := is.Sections[0]
	s.deleteItem(sec.Items[0].ID)
	s.deleteSection(sec.ID, sec.Name, 0)
	bTap(t, u, lang.L("撤销"))
	if !bDialogSays(u, "栏目已被删除") {
		t.Errorf("撤销 of an item whose section is gone says nothing")
	}
}

// Deleting an item with 批示 recorded says why it cannot go.
func TestComposeDeleteItemWithInstruction(t *testing.T) {
	u, ar := newComposeTestUI(t)
	ctx := context.Background()
	s := composeOf(t, u)
	is := bIssueWithItems(t, ar, "甲县开展党员积分管理。")
	u.openIssue(is.ID)
	id := is.Sections[0].Items[0].ID
	if err := ar.AddInstruction(ctx, &editor.Instruction{ItemID: id, Leader: "张书记", Level: editor.Levels[0], Date: bDate(2026, 11, 26)}); err != nil {
		t.Fatal(err)
	}
	s.deleteItem(id)
	if !bDialogSays(u, "上级采用或批示") {
		t.Errorf("refused delete not explained")
	}
}

// A section's 条/字 count follows typing in its items; it was counted only
// when the page was built.
func TestComposeSectionCountFollowsTyping(t *testing.T) {
	u, ar := newComposeTestUI(t)
	s := composeOf(t, u)
	is := bIssueWithItems(t, ar, "某县推行村级议事清单。")
	u.openIssue(is.ID)
	sec := is.Sections[0]
	ie := s.editors[sec.Items[0].ID]
	before := s.counts[sec.ID].Text
	test.Type(ie.body, "全县186个村逐项明确议事范围。")
	after := s.counts[sec.ID].Text
	want := composeSectionCount(&s.issue.Sections[0])
	if after == before || after != want || !strings.Contains(after, "1条") {
		t.Errorf("section count after typing = %q (before %q), want %q", after, before, want)
	}
}
