package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// TestIssuesDoubleClickOpens (review F34): in 档案 a tap on a row selects
// the issue and stays; a double click opens it in 组版.
func TestIssuesDoubleClickOpens(t *testing.T) {
	u, ar := newComposeTestUI(t)
	is := bIssueWithItems(t, ar, "一条信息。")
	s := issuesOf(t, u)
	u.showKey(keyIssues)
	if len(s.rows) != 1 {
		t.Fatalf("档案 lists %d issues, want 1", len(s.rows))
	}
	row, ok := s.createRow().(*issueRow)
	if !ok {
		t.Fatal("档案's rows are not issueRows")
	}
	s.updateRow(0, row)
	test.Tap(row)
	if s.selected != 0 || u.currentKey() != keyIssues {
		t.Fatalf("a tap: selected %d on %s, want row 0 selected on 档案", s.selected, u.currentKey())
	}
	row.DoubleTapped(&fyne.PointEvent{})
	if c := composeOf(t, u); u.currentKey() != keyCompose || c.issue == nil || c.issue.ID != is.ID {
		t.Errorf("a double click left the window on %s, want issue %d in 组版", u.currentKey(), is.ID)
	}
}
