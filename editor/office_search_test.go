package editor

import (
	"context"
	"database/sql"
	"fmt"
	"reflect"
	"testing"
)

// The office archive answers a search with more matches than it ranks in
// one statement (officeNewestPage); the page must be the one the usual
// statements give: the same hits in the same order, items and submissions
// of one day mixed as they are (an item first), with the same titles,
// units, issues, dates and snippets.
func TestOfficeNewestPageIsTheUsualPage(t *testing.T) {
	if !onServer() {
		t.Skip("the office archive's one-statement page (BULLETINDESK_TEST_PG)")
	}
	ctx := context.Background()
	a := archiveTestOpen(t)
	units := []Unit{{Name: "怀宁县委组织部", Active: true}, {Name: "太湖县委组织部", Active: true}}
	for i := range units {
		if err := a.SaveUnit(ctx, &units[i]); err != nil {
			t.Fatal(err)
		}
	}
	var subs []*Submission
	for i := range 12 {
		day := archiveTestDay(t, "2022-03-01").AddDate(0, 0, i/2)
		subs = append(subs, &Submission{Title: fmt.Sprintf("稿%02d", i), Text: "村级联合党委抓党建。第" + fmt.Sprint(i) + "稿。",
			Received: day, UnitID: units[i%2].ID})
	}
	if err := a.AddSubmissions(ctx, subs); err != nil {
		t.Fatal(err)
	}
	bs, err := a.Bulletins(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 3 {
		is, err := a.NewIssue(ctx, bs[0].ID, archiveTestDay(t, "2022-03-01").AddDate(0, 0, 2*i))
		if err != nil {
			t.Fatal(err)
		}
		it := Item{Lead: fmt.Sprintf("第%d条村级联合党委。", i), Body: "党建引领。", Attribution: "某单位", UnitIDs: []int64{units[0].ID, units[1].ID}[:1+i%2]}
		if err := a.AddItem(ctx, is.Sections[0].ID, &it); err != nil {
			t.Fatal(err)
		}
	}
	old := searchRankLimit
	searchRankLimit = 3
	defer func() { searchRankLimit = old }()
	for _, query := range []string{"党", "党建", "村级联合党委", "联合党委抓党建"} {
		t.Run(query, func(t *testing.T) {
			a.SearchPage(ctx, query, 7) // a phrase is counted and kept at its first search
			got, ok, err := a.officeNewestPage(ctx, parseSearchQuery(query), 7, query)
			if err != nil || !ok {
				t.Fatalf("one statement: ok %v, %v", ok, err)
			}
			var want SearchResult
			err = a.read(ctx, func(tx *sql.Tx) error {
				if err := searchPageTx(ctx, tx, a.eng, parseSearchQuery(query), 7, false, &want); err != nil {
					return err
				}
				return fillHits(ctx, tx, want.Hits, query)
			})
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("one statement:\n%+v\nthe usual statements:\n%+v", got, want)
			}
		})
	}
}
