package editor

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/bulletindesk/bulletindesk/editor/postgres"
)

// phraseTruth is how many of subs hold the phrase in their title or text.
func phraseTruth(subs []*Submission, phrase string) int {
	n := 0
	for _, s := range subs {
		if strings.Contains(s.Title+"\n"+s.Text, phrase) {
			n++
		}
	}
	return n
}

// wantPhraseCount searches the phrase and compares the count of
// submissions with the texts' own.
func wantPhraseCount(t *testing.T, a *Archive, subs []*Submission, phrase, when string) {
	t.Helper()
	r, err := a.SearchPage(context.Background(), phrase, 5)
	if want := phraseTruth(subs, phrase); err != nil || r.Submissions != want {
		t.Errorf("%s: SearchPage(%q) counts %d submissions (%v), want %d", when, phrase, r.Submissions, err, want)
	}
}

// On the office archive a phrase is counted once, when first searched, and
// the count is then kept by the index tables' triggers (migration 024):
// after two desktops add, edit and delete documents, with the pairs of the
// phrase apart or together, the count must still be the number of texts
// holding the phrase. On a file, FTS5 counts it each time and the test
// checks those counts.
func TestPhraseCountsKeptByTheOfficeArchive(t *testing.T) {
	ctx := context.Background()
	a := archiveTestOpen(t)
	const phrase = "村级联合党委"
	texts := []string{"怀宁县推进村级联合党委建设。", "村级组织联合起来，党委牵头。", "联合党委和村级党组织。", "其他工作。"}
	var subs []*Submission
	for i := range 40 {
		subs = append(subs, &Submission{Title: fmt.Sprintf("稿%02d", i), Text: texts[i%len(texts)]})
	}
	if err := a.AddSubmissions(ctx, subs); err != nil {
		t.Fatal(err)
	}
	wantPhraseCount(t, a, subs, phrase, "first search")
	if a.Engine() == "postgres" {
		wantPhraseListed(t, a, phrase)
	}
	var wg sync.WaitGroup // two desktops, each saving its own half of the edits at once
	for d := range 2 {
		wg.Go(func() {
			desk, err := Open(ctx, a.dsn)
			if err != nil {
				t.Error(err)
				return
			}
			defer desk.Close()
			for i := d; i < len(subs); i += 3 { // gains, keeps and loses the phrase
				subs[i].Text = []string{"村级联合党委又成立一个。", "村级联合起来。", "村级联合党委，村级联合党委。"}[i%3]
				if err := desk.UpdateSubmission(ctx, subs[i]); err != nil {
					t.Error(err)
				}
			}
		})
	}
	wg.Wait()
	wantPhraseCount(t, a, subs, phrase, "after two desktops' saves")
	more := []*Submission{{Title: "新稿", Text: "新成立村级联合党委三个。"}, {Title: "另一稿", Text: "村级联合 党委。"}}
	if err := a.AddSubmissions(ctx, more); err != nil {
		t.Fatal(err)
	}
	if err := a.DeleteSubmissions(ctx, []int64{subs[0].ID, subs[1].ID, subs[5].ID}); err != nil {
		t.Fatal(err)
	}
	left := append(append([]*Submission{}, subs[2:5]...), subs[6:]...)
	left = append(left, more[0]) // 「村级联合 党委」 is found too: spaces between Chinese characters are ignored
	wantPhraseCount(t, a, append(left, &Submission{Text: phrase}), phrase, "after adding and deleting")
}

// wantPhraseListed checks that the search left its phrase counted in
// bd_phrase_counts for both kinds.
func wantPhraseListed(t *testing.T, a *Archive, phrase string) {
	t.Helper()
	q := parseSearchQuery(phrase)
	for _, kind := range []HitKind{HitItem, HitSubmission} {
		table, expr := a.eng.match(q, kind)
		var counted int
		if err := a.db.QueryRow(`SELECT count(*) FROM bd_phrase_counts WHERE tbl = ? AND expr = ? AND n IS NOT NULL`, table, expr).Scan(&counted); err != nil || counted != 1 {
			t.Errorf("%s: the phrase is counted %d times in bd_phrase_counts (%v), want once", table, counted, err)
		}
	}
}

// A save between a phrase's listing and its count is in the count (its
// transaction committed before the count's snapshot) and also left a
// delta: the delta must not be added again. A save after the count must.
func TestOfficePhraseCountTakesEachSaveOnce(t *testing.T) {
	if !onServer() {
		t.Skip("the office archive's kept phrase counts (BULLETINDESK_TEST_PG)")
	}
	ctx := context.Background()
	a := archiveTestOpen(t)
	const phrase = "人才驿站"
	subs := []*Submission{{Title: "一", Text: "人才驿站开门。"}, {Title: "二", Text: "人才工作。"}, {Title: "三", Text: "驿站。"}}
	if err := a.AddSubmissions(ctx, subs); err != nil {
		t.Fatal(err)
	}
	table, expr := a.eng.match(parseSearchQuery(phrase), HitSubmission)
	var id int64
	if err := a.db.QueryRow(postgres.PhraseBeginSQL, table, expr).Scan(&id); err != nil {
		t.Fatal(err)
	}
	subs[1].Text = "人才驿站也开了。" // listed, not yet counted: a delta of +1, and in the count
	if err := a.UpdateSubmission(ctx, subs[1]); err != nil {
		t.Fatal(err)
	}
	var n int
	if err := a.db.QueryRow(postgres.PhraseCountOnceSQL, id).Scan(&n); err != nil || n != 2 {
		t.Fatalf("the count = %d (%v), want 2", n, err)
	}
	wantPhraseCount(t, a, subs, phrase, "a save between listing and counting")
	subs[2].Text = "人才驿站第三家。"
	if err := a.UpdateSubmission(ctx, subs[2]); err != nil {
		t.Fatal(err)
	}
	wantPhraseCount(t, a, subs, phrase, "a save after counting")
	var deltas int
	if err := a.db.QueryRow(`SELECT count(*) FROM bd_phrase_deltas WHERE phrase = ?`, id).Scan(&deltas); err != nil || deltas != 1 {
		t.Errorf("%d deltas kept (%v), want 1: the one the count does not see", deltas, err)
	}
}

// Every role's login counts a phrase and keeps its count: a 审核 login
// (who edits nothing) lists and counts it at its search, a 编辑's saves
// add their deltas, and the count stays the texts' own.
func TestOfficePhraseCountsForEveryRole(t *testing.T) {
	owner, logins, open := rolesTestLogins(t)
	ctx := context.Background()
	const phrase = "人才驿站"
	subs := []*Submission{{Title: "一", Text: "人才驿站开门。"}, {Title: "二", Text: "人才工作。"}}
	if err := owner.AddSubmissions(ctx, subs); err != nil {
		t.Fatal(err)
	}
	reviewer, editor := open(logins["reviewer"]), open(logins["editor"])
	wantPhraseCount(t, reviewer, subs, phrase, "the reviewer's first search")
	wantPhraseListed(t, reviewer, phrase)
	subs[1].Text = "人才驿站也开了。"
	if err := editor.UpdateSubmission(ctx, subs[1]); err != nil {
		t.Fatalf("the editor's save: %v", err)
	}
	wantPhraseCount(t, reviewer, subs, phrase, "after the editor's save")
}
