package app

import (
	"image/color"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/bulletindesk/bulletindesk/editor"
)

// bTextColor is the colour the field's text is drawn in.
func bTextColor(t *testing.T, o fyne.CanvasObject, text string) color.Color {
	t.Helper()
	var c color.Color
	bWalk(o, func(o fyne.CanvasObject) bool {
		if tx, ok := o.(*canvas.Text); ok && tx.Text == text {
			c = tx.Color
			return true
		}
		return false
	})
	if c == nil {
		t.Fatalf("%q is not drawn", text)
	}
	return c
}

// A signed issue reads like a draft (its text in the normal colour, not
// Fyne's grey on grey) under a 已签发 banner, and takes no typing.
func TestComposeSignedIssueReadable(t *testing.T) {
	u, ar := newComposeTestUI(t)
	s := composeOf(t, u)
	is := bIssueWithItems(t, ar, "甲县建立周例会。")
	u.openIssue(is.ID)
	for _, act := range []editor.IssueAction{editor.ActionSend, editor.ActionReview, editor.ActionSign} {
		s.step(is.ID, act, "", editor.Today())
	}
	ie := s.editors[is.Sections[0].Items[0].ID]
	fg := theme.Color(theme.ColorNameForeground)
	if got := bTextColor(t, ie.lead, "甲县建立周例会。"); got != fg {
		t.Errorf("the signed lead is drawn in %v, want the normal %v", got, fg)
	}
	if !ie.lead.Disabled() {
		t.Error("the signed lead is editable")
	}
	test.Type(ie.lead, "改")
	ie.lead.TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace})
	if ie.lead.Text != "甲县建立周例会。" {
		t.Errorf("typing changed the signed lead to %q", ie.lead.Text)
	}
	found := false
	bWalk(u.win.Canvas().Content(), func(o fyne.CanvasObject) bool {
		l, ok := o.(*recordLabel) // the review's record row (compose_workflow.go)
		found = ok && strings.HasPrefix(l.Text, "已签发：")
		return found
	})
	if !found {
		t.Error("no 已签发 in the record over the signed issue")
	}
	s.step(is.ID, editor.ActionReopen, "", editor.Today())
	ie = s.editors[is.Sections[0].Items[0].ID]
	test.Type(ie.lead, "某")
	if ie.lead.Text == "甲县建立周例会。" {
		t.Error("after 重新打开 the lead takes no typing")
	}
}

// The items of a signed issue that come into sight as the editor scrolls
// down take no typing either, though their widgets are disabled only then:
// disabling draws a widget, and drawing every item of an issue on opening
// it was a share of the time it took.
func TestComposeSignedIssueLockedBelow(t *testing.T) {
	u, ar := newComposeTestUI(t)
	s := composeOf(t, u)
	is := bFindIssue(t, ar)
	u.openIssue(is.ID)
	for _, act := range []editor.IssueAction{editor.ActionSend, editor.ActionReview, editor.ActionSign} {
		s.step(is.ID, act, "", editor.Today())
	}
	last := is.Sections[0].Items[len(is.Sections[0].Items)-1]
	ie := s.editors[last.ID]
	if ie.slot.view.Visible() {
		t.Fatal("the last item is in sight on opening; the test needs it below")
	}
	s.scroll.ScrollToBottom()
	s.showNearSlots()
	if !ie.slot.view.Visible() {
		t.Fatal("the last item did not come into sight at the bottom")
	}
	test.Type(ie.lead, "改")
	test.Type(ie.body, "改")
	if ie.lead.Text != last.Lead || ie.body.Text() != last.Body {
		t.Errorf("typing changed the signed last item: lead %q, body ends %q", ie.lead.Text, []rune(ie.body.Text())[len([]rune(ie.body.Text()))-12:])
	}
	for _, w := range ie.widgets {
		if !w.Disabled() {
			t.Errorf("%T of the last item is enabled", w)
		}
	}
}
