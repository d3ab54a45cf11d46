package app

import (
	"context"
	"io/fs"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/resources"
)

func TestLoadExample(t *testing.T) {
	if _, err := fs.Stat(resources.Example, exampleIssue); err != nil {
		t.Skip("the example issue is not written yet")
	}
	u, ar := newDeskTestUI(t)
	if !u.archiveIsEmpty() {
		t.Fatal("a new archive is not empty")
	}
	u.onLoadExample()
	ctx := context.Background()
	issues, err := ar.Issues(ctx, editor.IssueFilter{})
	if err != nil || len(issues) != 1 || issues[0].Items == 0 {
		t.Fatalf("issues after loading the example = %+v, %v", issues, err)
	}
	if u.archiveIsEmpty() {
		t.Error("archive still counts as empty")
	}
	if u.lastIssue() != issues[0].ID {
		t.Errorf("the example issue was not opened: last issue %d", u.lastIssue())
	}
	// dated like its submissions (it was 2025-05-20 beside today's)
	if got, want := dateISO(issues[0].Date), dateISO(today()); got != want {
		t.Errorf("example issue dated %s, want today %s", got, want)
	}
	if top := u.win.Canvas().Overlays().Top(); top == nil || !rendersText(top, "采用到当前期") {
		t.Errorf("no word on what to do next after the example loaded")
	}
}

// The welcome takes Enter: a newcomer pressing it gets the example.
func TestWelcomeTakesEnter(t *testing.T) {
	if _, err := fs.Stat(resources.Example, exampleIssue); err != nil {
		t.Skip("no example issue")
	}
	u, ar := newDeskTestUI(t)
	u.offerExampleIfEmpty()
	h := u.win.Canvas().OnTypedKey()
	if h == nil {
		t.Fatal("Enter reaches nothing while the welcome is shown")
	}
	h(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if issues, _ := ar.Issues(context.Background(), editor.IssueFilter{}); len(issues) != 1 {
		t.Errorf("after Enter on the welcome the archive has %d issues, want the example", len(issues))
	}
}

// rendersText reports whether a label or rich text under o contains s.
func rendersText(o fyne.CanvasObject, s string) bool {
	switch w := o.(type) {
	case *widget.Label:
		return strings.Contains(w.Text, s)
	case *widget.RichText:
		return strings.Contains(w.String(), s)
	case *cjkLabel: // its rows hold line breaks of its own
		return strings.Contains(w.Text(), s)
	case *fyne.Container:
		for _, c := range w.Objects {
			if rendersText(c, s) {
				return true
			}
		}
		return false
	}
	if wr, ok := o.(fyne.Widget); ok {
		r := test.WidgetRenderer(wr)
		for _, c := range r.Objects() {
			if rendersText(c, s) {
				return true
			}
		}
	}
	return false
}

// TestBlankStartSaysWhatToFillIn: 从空白开始 left a new editor on an empty
// 来稿 list, and their first issue went out with no 编辑单位 under the
// masthead; it now opens 设置 and says to fill it in first.
func TestBlankStartSaysWhatToFillIn(t *testing.T) {
	if _, err := fs.Stat(resources.Example, exampleIssue); err != nil {
		t.Skip("no example issue")
	}
	u, ar := newDeskTestUI(t)
	u.offerExampleIfEmpty()
	u.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape}) // 从空白开始
	if issues, _ := ar.Issues(context.Background(), editor.IssueFilter{}); len(issues) != 0 {
		t.Fatalf("从空白开始 loaded %d issues", len(issues))
	}
	if got := u.currentKey(); got != keySettings {
		t.Errorf("after 从空白开始 the screen is %s, want 设置", got)
	}
	if top := u.win.Canvas().Overlays().Top(); top == nil || !rendersText(top, "编辑单位") {
		t.Errorf("nothing says to fill in the 编辑单位")
	}
}
