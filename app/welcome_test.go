package app

import (
	"context"
	"io/fs"
	"testing"

	"fyne.io/fyne/v2"

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
