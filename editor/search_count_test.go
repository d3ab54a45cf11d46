package editor

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// The count a search or the 来稿 list shows is the number of submissions whose text holds
// the query, also after some were edited and deleted: one-token queries are
// counted from the index's per-token count, which must forget the old texts.
func TestSearchCountAfterEditsAndDeletes(t *testing.T) {
	ctx := context.Background()
	a := archiveTestOpen(t)
	texts := []string{"党建引领基层治理。", "党委书记抓党建。", "村级联合党委成立。", "人才驿站开门。", "其他工作。", "党员先锋。"}
	var subs []*Submission
	for i := range 60 {
		subs = append(subs, &Submission{Title: fmt.Sprintf("稿%02d", i), Text: texts[i%len(texts)]})
	}
	if err := a.AddSubmissions(ctx, subs); err != nil {
		t.Fatal(err)
	}
	for i, s := range subs[:12] { // six lose their 党, six gain 人才驿站
		s.Text = map[bool]string{true: "其他工作。", false: "人才驿站又开一家。"}[i%2 == 0]
		if err := a.UpdateSubmission(ctx, s); err != nil {
			t.Fatal(err)
		}
	}
	var gone []int64
	for _, s := range subs[40:50] {
		gone = append(gone, s.ID)
	}
	if err := a.DeleteSubmissions(ctx, gone); err != nil {
		t.Fatal(err)
	}
	left := append(append([]*Submission{}, subs[:40]...), subs[50:]...)
	for _, q := range []string{"党", "党建", "党委", "人才驿站", "驿", "村级联合党委", "工作"} {
		t.Run(q, func(t *testing.T) {
			want := 0
			for _, s := range left {
				if strings.Contains(s.Title+s.Text, q) {
					want++
				}
			}
			r, err := a.SearchPage(ctx, q, 5)
			if err != nil {
				t.Fatal(err)
			}
			if r.Submissions != want {
				t.Errorf("SearchPage(%q) counts %d submissions, want %d", q, r.Submissions, want)
			}
			n, err := a.CountSubmissions(ctx, SubmissionFilter{Text: q, Sort: SortReceived, Desc: true, Limit: 200})
			if err != nil || n != want {
				t.Errorf("the 来稿 list filtered by %q counts %d (%v), want %d", q, n, err, want)
			}
		})
	}
}

// An archive made before migrations 012 to 015 (no term tables, FTS5's
// small leaves, the old statistics index) is converted when opened: its
// counts and its 明细 rows are what a new archive gives.
func TestSearchCountsOnUpgradedArchive(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	a, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	day := archiveTestDay(t, "2022-03-01")
	subs := []*Submission{{Title: "甲", Text: "党建引领。", Received: day}, {Title: "乙", Text: "党委书记。", Received: day}, {Title: "丙", Text: "其他。", Received: day}}
	if err := a.AddSubmissions(ctx, subs); err != nil {
		t.Fatal(err)
	}
	for _, stmt := range []string{`DROP TABLE item_chars_vocab`, `DROP TABLE submission_chars_vocab`, `DROP TABLE item_fts_vocab`,
		`DROP TABLE submission_fts_vocab`, `DROP INDEX submissions_detail_order`,
		`CREATE INDEX submissions_stats ON submissions(received, unit_id, kind)`, `DELETE FROM submission_fts_config WHERE k = 'pgsz'`,
		`DELETE FROM migrations WHERE version IN (12, 13, 14, 15)`} {
		if _, err := a.db.Exec(stmt); err != nil {
			t.Fatal(stmt, err)
		}
	}
	a.Close()
	if a, err = Open(ctx, path); err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	for q, want := range map[string]int{"党": 2, "党建": 1, "党委": 1, "其": 1} {
		if r, err := a.SearchPage(ctx, q, 5); err != nil || r.Submissions != want {
			t.Errorf("SearchPage(%q) counts %d (%v), want %d", q, r.Submissions, err, want)
		}
	}
	var pgsz int
	if err := a.db.QueryRow(`SELECT v FROM submission_fts_config WHERE k = 'pgsz'`).Scan(&pgsz); err != nil || pgsz != 16000 {
		t.Errorf("the upgraded index's leaves are %d bytes (%v), want 16000", pgsz, err)
	}
	var titles []string
	err = a.EachStatsRow(ctx, StatsQuery{From: day, To: day}, func(r DetailRow) error {
		titles = append(titles, r.Title)
		return nil
	})
	if err != nil || strings.Join(titles, "") != "甲乙丙" {
		t.Errorf("明细 rows %v (%v), want 甲 乙 丙", titles, err)
	}
}

// An archive whose search index holds another version's tokens is indexed
// afresh when opened, and OpenProgress hears it go from none to every
// record, never backwards; an up-to-date or a new archive opens without a word.
func TestOpenProgressDuringReindex(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	a, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	var subs []*Submission
	for i := range 30 {
		subs = append(subs, &Submission{Title: fmt.Sprintf("稿%02d", i), Text: []string{"党建引领。", "人才驿站。"}[i%2]})
	}
	if err := a.AddSubmissions(ctx, subs); err != nil {
		t.Fatal(err)
	}
	var records int
	if err := a.db.QueryRow(`SELECT (SELECT COUNT(*) FROM items) + (SELECT COUNT(*) FROM submissions)`).Scan(&records); err != nil {
		t.Fatal(err)
	}
	for _, stmt := range []string{`UPDATE settings SET value = 'old' WHERE key = 'search_tokens'`,
		`DELETE FROM migrations WHERE version = 14`} { // as an older version left it
		if _, err := a.db.Exec(stmt); err != nil {
			t.Fatal(stmt, err)
		}
	}
	a.Close()
	var heard [][2]int
	listen := func(done, total int) { heard = append(heard, [2]int{done, total}) }
	if a, err = OpenProgress(ctx, path, listen); err != nil {
		t.Fatal(err)
	}
	if len(heard) < 2 || heard[0] != [2]int{0, records} || heard[len(heard)-1] != [2]int{records, records} {
		t.Fatalf("heard %v, want 0 of %d first and %d of %d last", heard, records, records, records)
	}
	for i := 1; i < len(heard); i++ {
		if heard[i][0] < heard[i-1][0] {
			t.Errorf("progress went back from %v to %v", heard[i-1], heard[i])
		}
	}
	if r, err := a.SearchPage(ctx, "人才驿站", 5); err != nil || r.Submissions != 15 {
		t.Errorf("after the rebuild 人才驿站 counts %d (%v), want 15", r.Submissions, err)
	}
	a.Close()
	for _, p := range []string{path, filepath.Join(t.TempDir(), "new.db")} {
		heard = nil
		if a, err = OpenProgress(ctx, p, listen); err != nil {
			t.Fatal(err)
		}
		a.Close()
		if len(heard) != 0 {
			t.Errorf("opening %s (up to date, or new) reported %v", filepath.Base(p), heard)
		}
	}
}
