package app

import (
	"context"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/editor"
)

// The adopt list was out of reach of the keyboard, and adopted one 来稿 at
// a time: Tab now reaches it, arrows move, Space ticks, Enter adopts every
// ticked 来稿 at once.
func TestAdoptPickerByKeyboardSeveralAtOnce(t *testing.T) {
	u, ar := newComposeTestUI(t)
	ctx := context.Background()
	unit, _ := bSeed(t, ar)
	more := []*editor.Submission{
		{UnitID: unit.ID, Received: bDate(2026, 11, 21), Kind: "信息", Title: "潜山市开展年轻干部墩苗", Text: "潜山市选派年轻干部到村任职。"},
		{UnitID: unit.ID, Received: bDate(2026, 11, 22), Kind: "信息", Title: "潜山市推行党员积分管理", Text: "全市党员实行积分管理。"},
	}
	if err := ar.AddSubmissions(ctx, more); err != nil {
		t.Fatal(err)
	}
	s := composeOf(t, u)
	is := bIssueWithItems(t, ar)
	u.openIssue(is.ID)
	before := len(s.issue.Sections[0].Items)
	s.showAdoptPicker(is.Sections[0].ID)
	p := s.picker
	if len(p.rows) < 3 {
		t.Fatalf("picker lists %d, want at least 3", len(p.rows))
	}
	c := u.win.Canvas()
	for i := 0; i < 20 && c.Focused() != fyne.Focusable(p.list); i++ {
		c.FocusNext()
	}
	if c.Focused() != fyne.Focusable(p.list) {
		t.Fatalf("Tab never reaches the list (stops on %T)", c.Focused())
	}
	c.FocusNext() // Tab stopped on each row's tick box before leaving the list
	if _, ok := c.Focused().(*widget.Check); ok {
		t.Errorf("Tab from the list goes to a row's tick box")
	}
	c.Focus(p.list)
	key := func(k fyne.KeyName) { c.Focused().TypedKey(&fyne.KeyEvent{Name: k}) }
	key(fyne.KeySpace) // the newest: 积分管理
	key(fyne.KeyDown)
	key(fyne.KeySpace) // 墩苗
	if len(p.ticked) != 2 {
		t.Fatalf("ticked %v after Space, ↓, Space; want two", p.ticked)
	}
	key(fyne.KeyReturn)
	if p.lead.Text != "" {
		t.Errorf("after adopting, the lead line still says %q", p.lead.Text)
	}
	items := s.issue.Sections[0].Items
	if len(items) != before+2 {
		t.Fatalf("section has %d items after Enter, want %d", len(items), before+2)
	}
	got := []string{items[before].Lead, items[before+1].Lead}
	if got[0] != "潜山市推行党员积分管理。" || got[1] != "潜山市开展年轻干部墩苗。" {
		t.Errorf("adopted leads %q, want both ticked, in the order ticked", got)
	}
	key(fyne.KeyEscape)
	if top := c.Overlays().Top(); top != nil {
		t.Errorf("Escape in the list left the dialog open")
	}
	for _, r := range p.rows {
		if r.ID == more[0].ID || r.ID == more[1].ID {
			t.Errorf("%s still listed as pending after adopting", r.Title)
		}
	}
}

// A click on a row's tick box leaves the keyboard nowhere in the dialog;
// Enter then closed it and the ticks were lost. It adopts them now.
func TestAdoptPickerEnterAfterClickingTicks(t *testing.T) {
	u, ar := newComposeTestUI(t)
	bSeed(t, ar)
	s := composeOf(t, u)
	is := bIssueWithItems(t, ar)
	u.openIssue(is.ID)
	before := len(s.issue.Sections[0].Items)
	s.showAdoptPicker(is.Sections[0].ID)
	p := s.picker
	if len(p.rows) == 0 {
		t.Fatal("the picker lists no 来稿")
	}
	p.setTicked(0, true) // what a click on the row's tick box does
	c := u.win.Canvas()
	c.Unfocus()
	c.OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if got := len(s.issue.Sections[0].Items); got != before+1 {
		t.Errorf("section has %d items after ticking one and Enter, want %d", got, before+1)
	}
	if c.Overlays().Top() == nil {
		t.Errorf("Enter with a tick closed the dialog; it should adopt and stay open")
	}
	c.OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if c.Overlays().Top() != nil {
		t.Errorf("Enter with nothing ticked or selected left the dialog open")
	}
}
