package app

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// composeTestBodies is the issue of three items the body tests open, and
// its item editors in page order.
func composeTestBodies(t *testing.T) (*ui, *composeScreen, []*itemEditor) {
	t.Helper()
	u, ar := newComposeTestUI(t)
	s := composeOf(t, u)
	is := bIssueWithItems(t, ar, "甲县建立周例会。", "乙县推行清单制。", "丙县开展夜访。")
	u.openIssue(is.ID)
	var ies []*itemEditor
	for _, it := range is.Sections[0].Items {
		ies = append(ies, s.editors[it.ID])
	}
	return u, s, ies
}

// bMultiLineEntries counts the multi-line text fields shown under o.
func bMultiLineEntries(o fyne.CanvasObject) int {
	n := 0
	bWalk(o, func(o fyne.CanvasObject) bool {
		if e, ok := o.(*composeEntry); ok && e.MultiLine && e.Visible() {
			n++
		}
		return false
	})
	return n
}

// An opened issue shows its bodies as text, with no Entry until the editor
// goes into one: Fyne's Entry wrapping and painting every body was most of
// the seconds an issue took to open.
func TestComposeBodiesShowAsTextUntilEdited(t *testing.T) {
	u, s, ies := composeTestBodies(t)
	body := func(ie *itemEditor) int { return bMultiLineEntries(ie.slot.box) }
	for i, ie := range ies {
		if got := body(ie); got != 0 {
			t.Errorf("item %d shows %d body entries before anyone edits it, want 0", i+1, got)
		}
		if got := strings.Join(ie.bodyText.rows, ""); got != "具体做法是抓好落实。" {
			t.Errorf("item %d's body reads %q", i+1, got)
		}
	}
	test.Tap(ies[1].bodyText)
	if f := u.win.Canvas().Focused(); f != fyne.Focusable(ies[1].body) {
		t.Fatalf("a tap on the second body put the keyboard in %T, want its entry", f)
	}
	if got := body(ies[1]); got != 1 || ies[1].bodyText.Visible() {
		t.Errorf("the tapped body shows %d entries (text shown %v), want the entry alone", got, ies[1].bodyText.Visible())
	}
	ies[1].body.CursorRow, ies[1].body.CursorColumn = 0, len([]rune(ies[1].body.Text))
	test.Type(ies[1].body, "已见成效。")
	u.win.Canvas().Focus(ies[2].lead) // leaving the body saves it and shows it as text
	if got := strings.Join(ies[1].bodyText.rows, ""); got != "具体做法是抓好落实。已见成效。" || !ies[1].bodyText.Visible() {
		t.Errorf("after leaving, the body shows %q (text shown %v)", got, ies[1].bodyText.Visible())
	}
	if got := body(ies[1]); got != 0 {
		t.Errorf("after leaving, the body still shows %d entries", got)
	}
	stored, err := s.u.ar.Issue(context.Background(), s.issueID)
	if err != nil {
		t.Fatal(err)
	}
	if got := stored.Sections[0].Items[1].Body; got != "具体做法是抓好落实。已见成效。" {
		t.Errorf("the archive holds %q", got)
	}
}

// Tab and Shift+Tab go through lead, body and 署名 in order, the body's
// text handing the keyboard on to its entry.
func TestComposeTabThroughBody(t *testing.T) {
	u, _, ies := composeTestBodies(t)
	c := u.win.Canvas()
	ie := ies[0]
	c.Focus(ie.lead)
	c.FocusNext()
	if f := c.Focused(); f != fyne.Focusable(ie.body) {
		t.Fatalf("Tab from the lead went to %T, want the body's entry", f)
	}
	c.FocusNext()
	if f := c.Focused(); f != fyne.Focusable(ie.attr) {
		t.Fatalf("Tab from the body went to %T, want 署名", f)
	}
	if !ie.bodyText.Visible() {
		t.Error("the body left by Tab is not shown as text again")
	}
	c.FocusPrevious()
	if f := c.Focused(); f != fyne.Focusable(ie.body) {
		t.Fatalf("Shift+Tab from 署名 went to %T, want the body's entry", f)
	}
}

// A body's rows keep the Chinese rules: no row starts with a closing mark
// and 96.5% stays whole, at any width (Fyne's Entry broke anywhere, and a
// row could start with 。 after 96.5%).
func TestComposeBodyRowsKeepChineseRules(t *testing.T) {
	_, _, ies := composeTestBodies(t)
	text := strings.Repeat("全县党员参训率达96.5%。群众满意度98.6%，", 6)
	tx := ies[0].bodyText
	tx.SetText(text)
	for w := float32(180); w < 700; w += 7 {
		tx.Resize(fyne.NewSize(w, tx.MinSize().Height))
		for i, r := range tx.rows {
			if strings.ContainsAny(string([]rune(r)[0]), "。，、％%") {
				t.Fatalf("at %v px row %d starts with a closing mark: %q", w, i, r)
			}
			if strings.HasSuffix(r, "96") || strings.HasSuffix(r, "96.") || strings.HasSuffix(r, "96.5") {
				t.Fatalf("at %v px row %d breaks 96.5%%: %q", w, i, r)
			}
		}
		if got := strings.Join(tx.rows, ""); got != text {
			t.Fatalf("at %v px the rows read %q", w, got)
		}
	}
}

// The Entry put in the text's place is as tall as the text was, so the
// page does not move under the pointer.
func TestComposeBodySwapKeepsHeight(t *testing.T) {
	u, _, ies := composeTestBodies(t)
	ie := ies[0]
	ie.bodyText.SetText(strings.Repeat("全县推行议事制度，", 40))
	ie.body.SetText(strings.Repeat("全县推行议事制度，", 40))
	u.win.Resize(fyne.NewSize(1280, 800))
	before := ie.bodyText.MinSize().Height
	ie.focusBody()
	if got := ie.body.MinSize().Height; got < before-1 || got > before+1 {
		t.Errorf("the entry is %v px tall where the text was %v", got, before)
	}
}
