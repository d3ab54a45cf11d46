package app

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"github.com/bulletindesk/bulletindesk/editor"
)

// bPress sends a shortcut the way the window does: to the focused widget
// when it takes shortcuts, else to the canvas.
func bPress(u *ui, sc fyne.Shortcut) {
	if f, ok := u.win.Canvas().Focused().(fyne.Shortcutable); ok {
		f.TypedShortcut(sc)
		return
	}
	u.win.Canvas().(interface{ TypedShortcut(fyne.Shortcut) }).TypedShortcut(sc)
}

var (
	bCtrlShiftZ = &desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	bAltDown    = &desktop.CustomShortcut{KeyName: fyne.KeyDown, Modifier: fyne.KeyModifierAlt}
)

// Ctrl+Z takes back deleting and moving an item, Ctrl+Shift+Z and Ctrl+Y
// make it again; after typing, Ctrl+Z undoes the typing in the field and
// leaves the items alone. The banner does not push the page down.
func TestComposeCtrlZUndoesDeleteAndMove(t *testing.T) {
	u, ar := newComposeTestUI(t)
	s := composeOf(t, u)
	is := bIssueWithItems(t, ar, "甲县建立周例会。", "乙县推行积分制。", "丙县开展大走访。")
	u.openIssue(is.ID)
	d := fyne.CurrentApp().Driver()
	top := d.AbsolutePositionForObject(s.body).Y
	second := is.Sections[0].Items[1].ID
	u.win.Canvas().Focus(s.editors[second].lead) // the cursor in the item, as after a click
	s.deleteItem(second)
	steps := []struct {
		name string
		sc   fyne.Shortcut
		want string
	}{
		{"deleted", nil, "甲县建立周例会。|丙县开展大走访。"},
		{"Ctrl+Z", &fyne.ShortcutUndo{}, "甲县建立周例会。|乙县推行积分制。|丙县开展大走访。"},
		{"Ctrl+Shift+Z", bCtrlShiftZ, "甲县建立周例会。|丙县开展大走访。"},
		{"Ctrl+Z again", &fyne.ShortcutUndo{}, "甲县建立周例会。|乙县推行积分制。|丙县开展大走访。"},
		{"Ctrl+Y", &fyne.ShortcutRedo{}, "甲县建立周例会。|丙县开展大走访。"},
		{"Ctrl+Z once more", &fyne.ShortcutUndo{}, "甲县建立周例会。|乙县推行积分制。|丙县开展大走访。"},
		{"Alt+Down in the first item", bAltDown, "乙县推行积分制。|甲县建立周例会。|丙县开展大走访。"},
		{"Ctrl+Z in the moved item", &fyne.ShortcutUndo{}, "甲县建立周例会。|乙县推行积分制。|丙县开展大走访。"},
		{"Ctrl+Shift+Z", bCtrlShiftZ, "乙县推行积分制。|甲县建立周例会。|丙县开展大走访。"},
	}
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			if st.sc == bAltDown {
				u.win.Canvas().Focus(s.editors[is.Sections[0].Items[0].ID].lead)
			}
			if st.sc != nil {
				bPress(u, st.sc)
			}
			if got := strings.Join(bLeads(t, ar, is.ID), "|"); got != st.want {
				t.Errorf("leads = %s, want %s", got, st.want)
			}
			if !s.undo.bar.Visible() {
				t.Error("no banner saying what was done")
			}
			s.root.Refresh() // lay the screen out as the window does when the banner shows
			if got := d.AbsolutePositionForObject(s.body).Y; got != top {
				t.Errorf("the page moved from y=%v to y=%v under the pointer", top, got)
			}
		})
	}
	first := s.editors[is.Sections[0].Items[0].ID] // 甲, now second
	u.win.Canvas().Focus(first.lead)
	test.Type(first.lead, "某")
	bPress(u, &fyne.ShortcutUndo{})
	if got := strings.Join(bLeads(t, ar, is.ID), "|"); got != "乙县推行积分制。|甲县建立周例会。|丙县开展大走访。" {
		t.Errorf("Ctrl+Z after typing moved items: %s", got)
	}
	if first.lead.Text != "甲县建立周例会。" {
		t.Errorf("Ctrl+Z after typing left the lead %q, want the typing undone", first.lead.Text)
	}
}

// The banner goes after its time, and at once when the issue is signed.
func TestComposeUndoBannerGoes(t *testing.T) {
	u, ar := newComposeTestUI(t)
	s := composeOf(t, u)
	clk := &fakeClock{now: time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)}
	is := bIssueWithItems(t, ar, "甲县建立周例会。", "乙县推行积分制。")
	u.openIssue(is.ID)
	u.clock = clk
	s.deleteItem(is.Sections[0].Items[0].ID)
	if !s.undo.bar.Visible() {
		t.Fatal("no banner after deleting")
	}
	clk.advance(composeUndoShown - time.Second)
	if !s.undo.bar.Visible() {
		t.Fatal("the banner went before its time")
	}
	clk.advance(2 * time.Second)
	if s.undo.bar.Visible() {
		t.Error("the banner stayed after its time")
	}
	u.clock = nil
	s.deleteItem(is.Sections[0].Items[1].ID)
	for _, act := range []editor.IssueAction{editor.ActionSend, editor.ActionReview, editor.ActionSign} {
		s.step(is.ID, act, "", editor.Today())
	}
	if s.undo.bar.Visible() {
		t.Error("the banner stays over the signed issue")
	}
	bPress(u, &fyne.ShortcutUndo{})
	if got := bLeads(t, ar, is.ID); len(got) != 0 {
		t.Errorf("Ctrl+Z brought an item back into the signed issue: %v", got)
	}
}
