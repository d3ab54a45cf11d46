package app

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

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

// 组版 has no Fyne Entry for its bodies: a tap in one gives its own field
// the keyboard, typing goes in where it was tapped, and leaving it saves.
// Fyne's Entry re-wrapped its whole text at every key.
func TestComposeBodiesEditInPlace(t *testing.T) {
	u, s, ies := composeTestBodies(t)
	entries := func() (n int) {
		for _, ie := range ies {
			n += bMultiLineEntries(ie.slot.box)
		}
		return n
	}
	if got := entries(); got != 0 {
		t.Errorf("the items show %d multi-line entries, want none", got)
	}
	test.Tap(ies[1].body)
	if f := u.win.Canvas().Focused(); f != fyne.Focusable(ies[1].body) {
		t.Fatalf("a tap on the second body put the keyboard in %T, want the body", f)
	}
	if got := entries(); got != 0 {
		t.Errorf("after the tap the items show %d multi-line entries, want none", got)
	}
	ies[1].body.MoveToEnd()
	test.Type(ies[1].body, "已见成效。")
	u.win.Canvas().Focus(ies[2].lead) // leaving the body saves it
	stored, err := s.u.ar.Issue(context.Background(), s.issueID)
	if err != nil {
		t.Fatal(err)
	}
	if got := stored.Sections[0].Items[1].Body; got != "具体做法是抓好落实。已见成效。" {
		t.Errorf("the archive holds %q", got)
	}
	if got := s.issue.Sections[0].Items[1].Words; got != editor.CountWords("乙县推行清单制。具体做法是抓好落实。已见成效。") {
		t.Errorf("the item counts %d 字 after typing", got)
	}
}

// Tab and Shift+Tab go through lead, body and 署名 in order.
func TestComposeTabThroughBody(t *testing.T) {
	u, _, ies := composeTestBodies(t)
	c := u.win.Canvas()
	ie := ies[0]
	c.Focus(ie.lead)
	c.FocusNext()
	if f := c.Focused(); f != fyne.Focusable(ie.body) {
		t.Fatalf("Tab from the lead went to %T, want the body", f)
	}
	c.FocusNext()
	if f := c.Focused(); f != fyne.Focusable(ie.attr) {
		t.Fatalf("Tab from the body went to %T, want 署名", f)
	}
	c.FocusPrevious()
	if f := c.Focused(); f != fyne.Focusable(ie.body) {
		t.Fatalf("Shift+Tab from 署名 went to %T, want the body", f)
	}
}

// A body that gets taller pushes the items below it down the page, and
// Enter in it makes a new paragraph of the stored body.
func TestComposeBodyGrowsThePage(t *testing.T) {
	u, s, ies := composeTestBodies(t)
	u.win.Resize(fyne.NewSize(1280, 800))
	d := fyne.CurrentApp().Driver()
	below := d.AbsolutePositionForObject(ies[1].lead).Y
	test.Tap(ies[0].body)
	ies[0].body.MoveToEnd()
	for range 5 { // six rows: three more than the field's least
		ies[0].body.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	}
	test.Type(ies[0].body, "新段。")
	s.scroll.Refresh() // what relayout does on the UI goroutine (tests run it synchronously at build only)
	line := fyne.MeasureText("国", theme.TextSize(), fyne.TextStyle{}).Height
	if got := d.AbsolutePositionForObject(ies[1].lead).Y; got < below+3*line-1 {
		t.Errorf("the next item's lead is at %v (was %v) after three rows more above it, want %v lower", got, below, 3*line)
	}
	s.flush()
	if got := s.issue.Sections[0].Items[0].Body; got != "具体做法是抓好落实。\n\n\n\n\n新段。" {
		t.Errorf("the body is %q", got)
	}
}

// A signed issue's fields take Ctrl+A and Ctrl+C: a tap gives the signed
// body the keyboard, and the lead is selected and copied by keyboard
// (Ctrl+A was swallowed, so only the mouse could select); typing changes
// nothing.
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
	test.Tap(ie.body)
	f := u.win.Canvas().Focused()
	if f != fyne.Focusable(ie.body) {
		t.Fatalf("a tap on the signed body put the keyboard in %T, want the body", f)
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
	if ie.body.Text() != "具体做法是抓好落实。" {
		t.Errorf("typing changed the signed body to %q", ie.body.Text())
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

// A paste into a body goes in as an import would take it: the zero-width
// characters WPS and web pages carry were kept, stored and printed (T1).
func TestBodyPasteLeavesOutZeroWidth(t *testing.T) {
	u, ar := newComposeTestUI(t)
	s := composeOf(t, u)
	is := bIssueWithItems(t, ar, "甲县建立周例会。")
	u.openIssue(is.ID)
	u.showKey(keyCompose)
	body := s.editors[s.issue.Sections[0].Items[0].ID].body
	u.win.Canvas().Focus(body)
	cb := u.app.Clipboard()
	cb.SetContent("全县\u200b党员\ufeff队伍\u00a0建设")
	body.TypedShortcut(&fyne.ShortcutPaste{Clipboard: cb})
	if got, want := body.Text(), "全县党员队伍 建设"; !strings.HasPrefix(got, want) {
		t.Errorf("body after the paste %q, want %q", got, want)
	}
}
