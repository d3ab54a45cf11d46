package app

import (
	"context"
	"io/fs"
	"testing"

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
