package app

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/editor"
)

// newComposeTestUI opens a fresh archive and the whole window on Fyne's
// test driver; saves and u.run work happen at once (syncWork).
func newComposeTestUI(t *testing.T) (*ui, *editor.Archive) {
	t.Helper()
	ar, err := editor.Open(context.Background(), filepath.Join(t.TempDir(), "archive.db"))
	if err != nil {
		t.Fatalf("open the archive: %v", err)
	}
	t.Cleanup(func() { ar.Close() })
	a := test.NewTempApp(t)
	w := test.NewWindow(nil)
	t.Cleanup(w.Close)
	u := newUI(a, ar, w)
	u.syncWork = true
	u.win.Resize(fyne.NewSize(1280, 800))
	return u, ar
}

// composeOf and issuesOf find B's screens among the navigation entries.
func composeOf(t *testing.T, u *ui) *composeScreen {
	t.Helper()
	for _, e := range u.entries {
		if s, ok := e.s.(*composeScreen); ok {
			return s
		}
	}
	t.Fatal("no 组版 screen in the navigation")
	return nil
}

func issuesOf(t *testing.T, u *ui) *issuesScreen {
	t.Helper()
	for _, e := range u.entries {
		if s, ok := e.s.(*issuesScreen); ok {
			return s
		}
	}
	t.Fatal("no 档案 screen in the navigation")
	return nil
}

// bWalk visits every visible object under o, widgets through their renderers.
func bWalk(o fyne.CanvasObject, visit func(fyne.CanvasObject) bool) bool {
	if o == nil || !o.Visible() {
		return false
	}
	if visit(o) {
		return true
	}
	switch v := o.(type) {
	case *fyne.Container:
		for _, c := range v.Objects {
			if bWalk(c, visit) {
				return true
			}
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(v).Objects() {
			if bWalk(c, visit) {
				return true
			}
		}
	}
	return false
}

// bButton finds the enabled-or-not button labelled text on top of the
// canvas: the topmost dialog if one is open, else the window content.
func bButton(t *testing.T, u *ui, text string) *widget.Button {
	t.Helper()
	root := u.win.Canvas().Content()
	if top := u.win.Canvas().Overlays().Top(); top != nil {
		root = top
	}
	var found *widget.Button
	bWalk(root, func(o fyne.CanvasObject) bool {
		if b, ok := o.(*widget.Button); ok && b.Text == text {
			found = b
			return true
		}
		if b, ok := o.(*findButton); ok && b.Text == text { // the find bar's take Escape
			found = &b.Button
			return true
		}
		return false
	})
	if found == nil {
		t.Fatalf("no button %q on screen", text)
	}
	return found
}

// bTap taps the button labelled text, failing when it is disabled.
func bTap(t *testing.T, u *ui, text string) {
	t.Helper()
	b := bButton(t, u, text)
	if b.Disabled() {
		t.Fatalf("button %q is disabled", text)
	}
	test.Tap(b)
}

func bDate(y, m, d int) editor.Date { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// bSeed adds a unit and one pending submission from it.
func bSeed(t *testing.T, ar *editor.Archive) (editor.Unit, *editor.Submission) {
	t.Helper()
	ctx := context.Background()
	unit := editor.Unit{Name: "潜山市委组织部", ShortName: "潜山市", Group: "县区", Active: true}
	if err := ar.SaveUnit(ctx, &unit); err != nil {
		t.Fatalf("save the unit: %v", err)
	}
	sub := &editor.Submission{UnitID: unit.ID, Received: bDate(2026, 11, 20), Kind: "信息",
		Title: "潜山市推行村级议事清单",
		Text: "潜山市推行村级议事清单制度。全市186个村逐项明确议事范围、程序和时限，" +
			"今年以来累计办结群众关心的事项900余件。（潜山市委组织部）",
		Status: editor.SubmissionPending}
	if err := ar.AddSubmissions(ctx, []*editor.Submission{sub}); err != nil {
		t.Fatalf("add the submission: %v", err)
	}
	return unit, sub
}
