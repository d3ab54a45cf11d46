package editor

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"

	_ "modernc.org/sqlite"
)

// A new archive file has 16 KB pages, where a submission's row and its
// text share a page with others; a file made with SQLite's 4 KB pages
// keeps them and works as before (the page size of a file with tables
// cannot change but by rewriting it).
func TestArchivePageSize(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	old := filepath.Join(dir, "old.db")
	raw, err := sql.Open("sqlite", "file:"+old+"?_pragma=page_size(4096)")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec(`CREATE TABLE x(y)`); err != nil {
		t.Fatal(err)
	}
	raw.Close()
	for _, tt := range []struct {
		path string
		want int
	}{{filepath.Join(dir, "new.db"), 16384}, {old, 4096}} {
		t.Run(filepath.Base(tt.path), func(t *testing.T) {
			a, err := Open(ctx, tt.path)
			if err != nil {
				t.Fatal(err)
			}
			defer a.Close()
			if err := a.AddSubmissions(ctx, []*Submission{{Title: "甲", Text: "党建引领基层治理。"}}); err != nil {
				t.Fatal(err)
			}
			var got int
			if err := a.db.QueryRow(`PRAGMA page_size`).Scan(&got); err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("page size %d, want %d", got, tt.want)
			}
			if titles := searchTestTitles(t, a, "党建"); len(titles) != 1 {
				t.Errorf("search finds %v, want [甲]", titles)
			}
		})
	}
}
