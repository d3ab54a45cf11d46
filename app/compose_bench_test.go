package app

import (
	"context"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/bulletindesk/bulletindesk/editor"
)

// benchDemoUI is the window over a one-year demo archive (about 50 issues,
// 5,000 submissions).
func benchDemoUI(b *testing.B) (*ui, *editor.Archive) {
	b.Helper()
	ctx := context.Background()
	ar, err := editor.Open(ctx, filepath.Join(b.TempDir(), "demo.db"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { ar.Close() })
	if _, err := ar.FillDemo(ctx, 1, 1); err != nil {
		b.Fatal(err)
	}
	a := test.NewApp()
	b.Cleanup(a.Quit)
	u := newUI(a, ar, test.NewWindow(nil))
	u.syncWork = true
	return u, ar
}

// BenchmarkComposeOpenIssue: opening an issue in 组版 (read, build the
// editors, render the preview).
func BenchmarkComposeOpenIssue(b *testing.B) {
	u, ar := benchDemoUI(b)
	rows, err := ar.Issues(context.Background(), editor.IssueFilter{})
	if err != nil || len(rows) < 2 {
		b.Fatalf("demo issues: %d, %v", len(rows), err)
	}
	s := composeOf(&testing.T{}, u)
	u.showKey(keyCompose)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s.open(rows[i%2].ID)
	}
}

// BenchmarkComposeKeystroke: one typed character in an item's body (fit,
// 字数, autosave with syncWork, preview).
func BenchmarkComposeKeystroke(b *testing.B) {
	u, ar := benchDemoUI(b)
	is, err := ar.LatestIssue(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	s := composeOf(&testing.T{}, u)
	u.showKey(keyCompose)
	s.open(is.ID)
	var ie *itemEditor
	for _, e := range s.editors {
		ie = e
		break
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		test.Type(ie.body, "字")
	}
}

// BenchmarkIssuesYear: 档案 listing every issue (all years).
func BenchmarkIssuesYear(b *testing.B) {
	u, _ := benchDemoUI(b)
	s := issuesOf(&testing.T{}, u)
	u.showKey(keyIssues)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s.year = 0
		s.load()
	}
}

// BenchmarkComposeMoveItem: Alt+Down on the first item of the latest issue
// (archive move and the rebuilt page).
func BenchmarkComposeMoveItem(b *testing.B) {
	u, ar := benchDemoUI(b)
	is, err := ar.LatestIssue(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	s := composeOf(&testing.T{}, u)
	u.showKey(keyCompose)
	s.open(is.ID)
	id := s.issue.Sections[0].Items[0].ID
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s.moveItem(id, 1-2*(i%2))
	}
}
