package app

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/editor"
)

// shownText is what a label draws: its lines joined, an ellipsis
// included when it was truncated.
func shownText(l *widget.Label) string {
	var lines []string
	bWalk(l, func(o fyne.CanvasObject) bool {
		if t, ok := o.(*canvas.Text); ok {
			lines = append(lines, t.Text)
		}
		return false
	})
	return strings.Join(lines, "")
}

// TestUserIndicatorReadable: the user and roles under the navigation read
// 「root（编辑…」 at every window width; each role shows whole, inside the
// navigation and the window.
func TestUserIndicatorReadable(t *testing.T) {
	for _, width := range []float32{1024, 1280, 1920} {
		t.Run(fmt.Sprint(width), func(t *testing.T) {
			u, _ := newDeskTestUI(t)
			u.me = editor.User{Login: "zhangmin", Roles: []editor.Role{editor.RoleEditor, editor.RoleReviewer, editor.RoleSigner, editor.RoleAdmin}}
			u.refreshMeIndicator()
			u.win.Resize(fyne.NewSize(width, 700))
			if got := shownText(u.meLabel); got != "zhangmin" {
				t.Errorf("the login shows as %q", got)
			}
			test.WidgetRenderer(u.meRoleText).Layout(u.meRoleText.Size())
			var lines []string
			bWalk(u.meRoleText, func(o fyne.CanvasObject) bool {
				if t, ok := o.(*canvas.Text); ok {
					lines = append(lines, t.Text)
				}
				return false
			})
			shown := strings.Join(lines, "|")
			for _, r := range []string{"编辑", "审核", "签发", "管理员"} {
				if !strings.Contains(shown, r) {
					t.Errorf("the roles show as %q: %s is not whole", shown, r)
				}
			}
			abs := fyne.CurrentApp().Driver().AbsolutePositionForObject
			if p := abs(u.meRoleText); p.Y+u.meRoleText.Size().Height > 700 {
				t.Errorf("the roles end at %.0f px, below the 700 px window", p.Y+u.meRoleText.Size().Height)
			}
		})
	}
}
