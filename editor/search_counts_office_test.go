package editor

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
)

// On the office archive a one-token query is counted from bd_search_counts
// (migration 016), which triggers keep as documents are added, saved and
// deleted, new ones counted 200 at a time. Whatever happened — documents
// counted in batches and still waiting, edited before and after their
// batch, deleted, two desktops saving at once — every token's count must
// be the number of documents holding it, as the server's own ts_stat
// counts them, and the search's count the number of texts holding the
// query (on a file, FTS5 keeps its own counts and the test checks those).
func TestSearchCountsKeptByTheOfficeArchive(t *testing.T) {
	ctx := context.Background()
	a := archiveTestOpen(t)
	texts := []string{"党建引领基层治理。", "党委书记抓党建。", "村级联合党委成立。", "人才驿站开门。", "其他工作。"}
	var subs []*Submission
	for i := range 450 { // two batches counted, 50 waiting
		subs = append(subs, &Submission{Title: fmt.Sprintf("稿%03d", i), Text: texts[i%len(texts)]})
	}
	if err := a.AddSubmissions(ctx, subs); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup // two desktops, each saving its own half of the edits at once
	for d := range 2 {
		wg.Go(func() {
			desk := a
			if d == 1 {
				var err error
				if desk, err = Open(ctx, a.dsn); err != nil {
					t.Error(err)
					return
				}
				defer desk.Close()
			}
			for i := d; i < len(subs); i += 15 { // counted and waiting ones alike
				s := subs[i]
				s.Text = map[bool]string{true: "其他工作。", false: "人才驿站又开一家，党建。"}[i%2 == 0]
				if err := desk.UpdateSubmission(ctx, s); err != nil {
					t.Error(err)
				}
			}
		})
	}
	wg.Wait()
	var gone []int64
	for _, s := range subs[100:130] {
		gone = append(gone, s.ID)
	}
	gone = append(gone, subs[440].ID) // one still waiting
	if err := a.DeleteSubmissions(ctx, gone); err != nil {
		t.Fatal(err)
	}
	left := append(append(append([]*Submission{}, subs[:100]...), subs[130:440]...), subs[441:]...)
	for _, q := range []string{"党", "党建", "党委", "驿", "工作", "开"} {
		t.Run(q, func(t *testing.T) {
			want := 0
			for _, s := range left {
				if strings.Contains(s.Title+s.Text, q) {
					want++
				}
			}
			if r, err := a.SearchPage(ctx, q, 5); err != nil || r.Submissions != want {
				t.Errorf("SearchPage(%q) counts %d submissions (%v), want %d", q, r.Submissions, err, want)
			}
		})
	}
	if a.Engine() == "postgres" {
		officeCountsMatchTheIndex(t, a)
	}
}

// officeCountsMatchTheIndex compares every token's count with ts_stat's
// count of the index table's documents holding it.
func officeCountsMatchTheIndex(t *testing.T, a *Archive) {
	t.Helper()
	for _, table := range []string{"submission_fts", "submission_chars", "item_fts", "item_chars"} {
		var wrong int
		var example string
		err := a.db.QueryRow(`SELECT count(*), COALESCE(min(w.word || ' ' || w.ndoc || ' counted ' || COALESCE(c.n, 0)), '')
			FROM ts_stat('SELECT tsv FROM `+table+`') w
			FULL JOIN (SELECT token, SUM(n) AS n FROM bd_search_counts WHERE tbl = ?1 GROUP BY token) c ON c.token = w.word
			LEFT JOIN LATERAL (SELECT count(*) AS n FROM bd_search_uncounted u JOIN `+table+` x ON x.rowid = u.rowid
				WHERE u.tbl = ?1 AND tsvector_to_array(x.tsv) @> ARRAY[COALESCE(w.word, c.token)]) p ON true
			WHERE COALESCE(w.ndoc, 0) <> COALESCE(c.n, 0) + p.n`, table).Scan(&wrong, &example)
		if err != nil {
			t.Fatal(err)
		}
		if wrong > 0 {
			t.Errorf("%s: %d tokens counted wrong, e.g. %s", table, wrong, example)
		}
	}
}
