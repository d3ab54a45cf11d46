package app

import (
	"context"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"github.com/bulletindesk/bulletindesk/editor"
)

// Opening another issue draws the rows of the bodies in sight, and not
// those far out of it. Fyne's desktop driver places an object only once it
// has painted it (0,0 until then); the bodies of a newly opened issue
// culled their rows by that and stayed blank until scrolled (seen under
// Xvfb, switching between signed issues). The test driver places every
// object of its last window, so a second window open while the issue opens
// stands in for the desktop driver not knowing them yet.
func TestComposeOpenDrawsTheRowsInSight(t *testing.T) {
	u, ar := newComposeTestUI(t)
	s := composeOf(t, u)
	first := bFindIssue(t, ar)
	signed := bFindIssue(t, ar)
	ctx := context.Background()
	for _, act := range []editor.IssueAction{editor.ActionSend, editor.ActionReview, editor.ActionSign} {
		if err := ar.StepIssue(ctx, signed.ID, act, "", editor.Date{}); err != nil {
			t.Fatal(err)
		}
	}
	u.showKey(keyCompose)
	u.openIssue(first.ID)
	for _, id := range []int64{signed.ID, first.ID} {
		other := test.NewWindow(nil)
		u.openIssue(id)
		other.Close()
		d := fyne.CurrentApp().Driver()
		top, view := d.AbsolutePositionForObject(s.scroll).Y, s.scroll.Size().Height
		inSight, blank, far := 0, 0, 0
		for _, sl := range s.slots {
			if !sl.view.Visible() {
				continue
			}
			by := d.AbsolutePositionForObject(sl.ie.body).Y - top
			for _, o := range test.WidgetRenderer(sl.ie.body).Objects() {
				tx, ok := o.(*canvas.Text)
				if !ok || tx.Text == "" || tx.Text == sl.ie.body.PlaceHolder {
					continue
				}
				y := by + tx.Position().Y
				switch {
				case y+tx.Size().Height > 0 && y < view:
					inSight++
					if !tx.Visible() {
						blank++
					}
				case (y > 1.5*view || y+tx.Size().Height < -view/2) && tx.Visible():
					far++
				}
			}
		}
		if inSight == 0 || blank > 0 || far > 0 {
			t.Errorf("issue %d: of %d body rows in sight %d are not drawn; %d rows far out of sight are", id, inSight, blank, far)
		}
	}
}
