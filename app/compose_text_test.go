package app

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"github.com/bulletindesk/bulletindesk/editor"
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

// A signed issue's fields take Ctrl+A and Ctrl+C: the body's text opens
// its read-only entry on a tap, and the lead is selected and copied by
// keyboard (Ctrl+A was swallowed, so only the mouse could select).
func TestComposeSignedFieldsCopy(t *testing.T) {
	u, s, ies := composeTestBodies(t)
	for _, act := range []editor.IssueAction{editor.ActionSend, editor.ActionReview, editor.ActionSign} {
		s.step(s.issueID, act, "", editor.Today())
	}
	ie := s.editors[ies[0].item.ID]
	clip := u.app.Clipboard()
	copyFrom := func(f fyne.Focusable) string {
		clip.SetContent("")
		sc := f.(fyne.Shortcutable)
		sc.TypedShortcut(&fyne.ShortcutSelectAll{})
		sc.TypedShortcut(&fyne.ShortcutCopy{Clipboard: clip})
		return clip.Content()
	}
	test.Tap(ie.bodyText)
	f := u.win.Canvas().Focused()
	if f != fyne.Focusable(ie.body) {
		t.Fatalf("a tap on the signed body put the keyboard in %T, want its entry", f)
	}
	if got := copyFrom(f); got != "具体做法是抓好落实。" {
		t.Errorf("Ctrl+A, Ctrl+C in the signed body copied %q", got)
	}
	u.win.Canvas().Focus(ie.lead)
	if got := copyFrom(ie.lead); got != "甲县建立周例会。" {
		t.Errorf("Ctrl+A, Ctrl+C in the signed lead copied %q", got)
	}
	clip.SetContent("")
	test.TapSecondary(ies[1].lead) // nothing selected: 复制 takes the whole field
	bTapMenuItem(t, u, "复制")
	if got := clip.Content(); got != "乙县推行清单制。" {
		t.Errorf("复制 on a signed lead copied %q, want the lead", got)
	}
	test.Type(ie.body, "改")
	if ie.body.Text != "具体做法是抓好落实。" {
		t.Errorf("typing changed the signed body to %q", ie.body.Text)
	}
}

// 复制全文 puts the issue's whole text, as the text export writes it, on
// the clipboard (the preview's rows cannot be selected).
func TestComposePreviewCopiesTheText(t *testing.T) {
	u, s, _ := composeTestBodies(t)
	u.app.Clipboard().SetContent("")
	test.Tap(s.preview.copyBtn)
	got := u.app.Clipboard().Content()
	want, err := composeRender(s.issue, s.prefs)
	if err != nil {
		t.Fatal(err)
	}
	if got != want || !strings.Contains(got, "△乙县推行清单制。具体做法是抓好落实。") {
		t.Errorf("复制全文 copied %q, want the text export %q", got, want)
	}
}

// bTapMenuItem taps the item labelled text of the pop-up menu on top.
func bTapMenuItem(t *testing.T, u *ui, text string) {
	t.Helper()
	top := u.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatalf("no menu open to tap %q in", text)
	}
	var hit fyne.Tappable
	bWalk(top, func(o fyne.CanvasObject) bool {
		if tp, ok := o.(fyne.Tappable); ok {
			bWalk(o, func(in fyne.CanvasObject) bool {
				if tx, ok := in.(*canvas.Text); ok && tx.Text == text {
					hit = tp // the deepest tappable holding the label: the item
				}
				return false
			})
		}
		return false
	})
	if hit == nil {
		t.Fatalf("the menu has no item %q", text)
	}
	test.Tap(hit)
}
