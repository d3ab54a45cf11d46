package editor

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
)

// HitKind says what a search hit is.
type HitKind string

const (
	HitItem       HitKind = "item"
	HitSubmission HitKind = "submission"
)

// Hit is one search result.
type Hit struct {
	Kind       HitKind
	ID         int64
	IssueID    int64  // items: the issue it is in
	IssueLabel string // items: 2022年第12期
	// BulletinName is the bulletin of an item's issue (组工信息, 人才工作简报):
	// with several bulletins, 2022年第12期 alone does not say which.
	BulletinName string
	UnitName     string // submissions: its unit; items: credited units joined by 、
	Title        string // item lead or submission title
	Date         Date
	Snippet      []Fragment
	Rank         float64 // lower is better: bm25 relative to the best hit of its kind (-1); 0 among the newest
}

// Fragment is a piece of a snippet; Match marks the searched text.
type Fragment struct {
	Text  string
	Match bool
}

// searchSnippetContext is how many characters a snippet shows each side of the match.
const searchSnippetContext = 24

// searchRankLimit is how many matches are still ranked by relevance (bm25
// costs about 15 µs a match); above it the newest come first, since for a
// term in thousands of records the scores say little and cost much.
var searchRankLimit = 300

// SearchResult is the first page of a search and how many records match.
type SearchResult struct {
	Hits        []Hit
	Items       int  // items matching in all
	Submissions int  // submissions matching in all
	Newest      bool // more than searchRankLimit matched: the hits are the newest, not the most relevant
}

// Search finds items and submissions containing query, at most limit hits
// (0: 50), in SearchPage's order.
func (a *Archive) Search(ctx context.Context, query string, limit int) ([]Hit, error) {
	r, err := a.SearchPage(ctx, query, limit)
	return r.Hits, err
}

// SearchPage finds items and submissions containing query (any string of
// one or more characters; spaces in the texts are ignored; punctuation
// between Chinese characters in the query may be there or not), counts
// them, and returns the first limit hits (0: 50). When at most
// searchRankLimit records match, the best come first: items and
// submissions are ranked by bm25 in their own indexes, whose scores are on
// different scales (50,000 submissions against 5,000 items), so each is
// taken relative to its kind's best hit before the two are merged, and on a
// tie the published item comes first. When more match, the newest come
// first (by the issue's or the submission's date, among the most recently
// entered of each kind).
func (a *Archive) SearchPage(ctx context.Context, query string, limit int) (SearchResult, error) {
	var r SearchResult
	q := parseSearchQuery(query)
	if q.char == 0 && len(q.phrases) == 0 {
		return r, nil
	}
	if limit <= 0 {
		limit = 50
	}
	ctx = withSearchCounts(ctx, a.eng, &a.counts)
	if r, ok, err := a.officeNewestPage(ctx, q, limit, query); err != nil || ok { // the office archive, in one statement
		return r, err
	}
	page := func(strict bool) error {
		r = SearchResult{}
		return a.read(ctx, func(tx *sql.Tx) error {
			if a.eng.searchSetupSQL != "" { // PostgreSQL: the GIN index, not every row's tsvector (postgres.SearchSetupSQL)
				if _, err := tx.ExecContext(ctx, a.eng.searchSetupSQL); err != nil {
					return err
				}
			}
			if err := searchPageTx(ctx, tx, a.eng, q, limit, strict, &r); err != nil {
				return err
			}
			return fillHits(ctx, tx, r.Hits, query)
		})
	}
	err := page(true)
	if errors.Is(err, errPhraseUncounted) { // the office archive: count the phrase once and keep it (office_phrases.go)
		_ = a.countPhrases(ctx, q) // when it cannot, the page counts it the long way
		err = page(false)
	}
	if err != nil {
		return SearchResult{}, fmt.Errorf("search %q: %w", query, err)
	}
	return r, err
}

// searchPageTx counts the matches and picks the page's ids.
// strict: a phrase the office archive has not counted yet is
// errPhraseUncounted.
func searchPageTx(ctx context.Context, tx *sql.Tx, eng *engine, q searchQuery, limit int, strict bool, r *SearchResult) error {
	var err error
	if r.Items, err = searchCount(ctx, tx, eng, q, HitItem, strict); err != nil {
		return err
	}
	if r.Submissions, err = searchCount(ctx, tx, eng, q, HitSubmission, strict); err != nil {
		return err
	}
	r.Newest = r.Items+r.Submissions > searchRankLimit
	if r.Newest {
		r.Hits, err = searchNewest(ctx, tx, eng, q, limit)
		return err
	}
	for _, k := range []HitKind{HitItem, HitSubmission} {
		if n := map[HitKind]int{HitItem: r.Items, HitSubmission: r.Submissions}[k]; n == 0 {
			continue
		}
		found, err := searchRanked(ctx, tx, eng, k, q, limit)
		if err != nil {
			return err
		}
		r.Hits = append(r.Hits, found...)
	}
	slices.SortStableFunc(r.Hits, func(x, y Hit) int { return cmp.Compare(x.Rank, y.Rank) })
	r.Hits = r.Hits[:min(len(r.Hits), limit)]
	return nil
}

// searchFilterCond is the condition keeping the submissions (s) whose
// text contains query, with its arguments, to be ANDed with the filter's
// other conditions (conds, args); "" when the query has nothing
// searchable. The unary + keeps SQLite from driving the query by the
// index's matches, a row lookup each (0.65 s for 党 on ten years, whose
// rows hold their texts): it walks the index the ORDER BY or the other
// conditions pick and tests each row against the matches, gathered once.
// With other conditions, only the matches between the lowest and highest
// id they keep are gathered: the adopt picker's pending submissions are
// the last few hundred, so 党 gathers those instead of 52,000.
func searchFilterCond(eng *engine, kind HitKind, query string, conds []string, args []any) (string, []any) {
	table, expr := eng.match(parseSearchQuery(query), kind)
	if expr == "" {
		return "", nil
	}
	ids := eng.search.MatchIDsSQL(table)
	if len(conds) == 0 {
		return "+s.id IN (" + ids + ")", []any{expr}
	}
	within := " FROM submissions s WHERE " + strings.Join(conds, " AND ")
	ids += " AND rowid BETWEEN (SELECT COALESCE(MIN(s.id), 0)" + within + ") AND (SELECT COALESCE(MAX(s.id), 0)" + within + ")"
	return "+s.id IN (" + ids + ")", append(append([]any{expr}, args...), args...)
}

// searchCountSQL counts the records of one kind containing text, with
// its arguments: a query of one token (a character, a pair, a whole word)
// from the index's count of that token, a phrase by stepping through its
// matches.
func searchCountSQL(eng *engine, kind HitKind, text string) (string, []any) {
	return searchCountQuery(eng, parseSearchQuery(text), kind)
}

func searchCountQuery(eng *engine, q searchQuery, kind HitKind) (string, []any) {
	if query, args, ok := phraseCountQuery(eng, q, kind, false); ok {
		return query, args
	}
	table, expr := eng.match(q, kind)
	if term, ok := q.term(); ok {
		query, arg := eng.search.TermCount(table, term)
		return query, []any{arg}
	}
	return `SELECT count(*) FROM (` + eng.search.MatchIDsSQL(table) + `) m`, []any{expr}
}

// searchCount is how many records of one kind match; strict: see searchPageTx.
func searchCount(ctx context.Context, tx *sql.Tx, eng *engine, q searchQuery, kind HitKind, strict bool) (int, error) {
	query, args := searchCountQuery(eng, q, kind)
	if strict {
		if pq, pargs, ok := phraseCountQuery(eng, q, kind, true); ok {
			query, args = pq, pargs
		}
	}
	n, err := queryCount(ctx, tx, query, args...)
	if err == nil && n < 0 {
		return 0, errPhraseUncounted
	}
	return n, err
}

// searchRanked returns the ids and bm25 ranks, relative to the best (-1),
// of the best matches of one kind. A one-character query is ranked on the
// token index, as the prefix of its pairs: cheap, since few records match.
func searchRanked(ctx context.Context, tx *sql.Tx, eng *engine, kind HitKind, q searchQuery, limit int) ([]Hit, error) {
	table, expr := eng.match(q, kind)
	if q.char != 0 {
		table, expr = searchIndexes[kind].tokens, eng.search.MatchExpr([]string{string(q.char)}, true)
	}
	out, err := searchIDs(ctx, tx, kind, eng.search.RankedSQL(table), expr, limit)
	if len(out) > 0 && out[0].Rank < 0 {
		best := out[0].Rank
		for i := range out {
			out[i].Rank = -out[i].Rank / best
		}
	}
	return out, err
}

// searchNewest returns the newest matches: the most recently entered of
// each kind, by date, published items first on the same day. Each kind's
// ids and dates come from one statement, the index walked backwards and
// stopped after limit rows (a row lookup each for the date).
func searchNewest(ctx context.Context, tx *sql.Tx, eng *engine, q searchQuery, limit int) ([]Hit, error) {
	var hits []Hit
	for _, k := range []HitKind{HitItem, HitSubmission} {
		table, expr := eng.match(q, k)
		_, term := q.term()
		found, err := searchIDs(ctx, tx, k, searchNewestSQL(eng, k, table, !term), expr, limit)
		if err != nil {
			return nil, err
		}
		hits = append(hits, found...)
	}
	slices.SortStableFunc(hits, func(x, y Hit) int { return y.Date.Compare(x.Date) })
	return hits[:min(len(hits), limit)], nil
}

// searchNewestSQL selects (id, 0, date) of the last entered matches of one
// kind in table, newest entered first; arguments: the expression and how
// many. phrase says the expression needs more than one token in order (see
// engine.newestPhraseSQL).
func searchNewestSQL(eng *engine, kind HitKind, table string, phrase bool) string {
	newest := `(SELECT m.rowid AS id FROM (` + eng.search.MatchIDsSQL(table) + `) m ORDER BY m.rowid DESC LIMIT ?) n`
	if phrase && eng.newestPhraseSQL != nil {
		newest = `(` + eng.newestPhraseSQL(table) + `) n`
	}
	if kind == HitItem {
		return `SELECT n.id, 0, i.date FROM ` + newest + ` CROSS JOIN items it CROSS JOIN sections s CROSS JOIN issues i
			WHERE it.id = n.id AND s.id = it.section_id AND i.id = s.issue_id ORDER BY n.id DESC`
	}
	return `SELECT n.id, 0, s.received FROM ` + newest + ` CROSS JOIN submissions s WHERE s.id = n.id ORDER BY n.id DESC`
}

// searchIDs runs a query of (id, rank) or (id, rank, date) rows.
func searchIDs(ctx context.Context, tx *sql.Tx, kind HitKind, query string, args ...any) ([]Hit, error) {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return nil, err
	}
	var out []Hit
	var date string
	for rows.Next() {
		h := Hit{Kind: kind}
		dest := []any{&h.ID, &h.Rank, &date}[:len(cols)]
		if err := rows.Scan(dest...); err != nil {
			return nil, err
		}
		if len(cols) > 2 {
			h.Date = parseDateText(date)
		}
		out = append(out, h)
	}
	return out, rows.Err()
}

// searchNewestIDs answers the 来稿 list filtered by text alone, or by text
// and facets (a unit, a kind, whole years: search_facets.go), newest
// first, from the index's most recently entered matches: twice the rows
// asked for plus 50, ordered by date. That page is exact unless a submission
// entered earlier has a later date than the page's last row, which one
// look at the date index tells; then, and for every other filter or order,
// it returns nil and the caller runs the full query (which gathers every
// match: 0.1 s for 党 on ten years).
func searchNewestIDs(ctx context.Context, tx *sql.Tx, eng *engine, f SubmissionFilter) ([]int64, error) {
	plain := SubmissionFilter{Text: f.Text, Sort: f.Sort, Desc: true, Limit: f.Limit, Offset: f.Offset}
	facets, ok := "", f == plain
	if rest := f; !ok && eng.searchFacets {
		rest.UnitID, rest.Kind, rest.From, rest.To, rest.Status = 0, "", Date{}, Date{}, ""
		if rest == plain {
			faceted := f
			faceted.Status = "" // looked up in the rows: see searchNewestStatusSQL
			facets, ok = facetFilterExpr(faceted)
			ok = ok || faceted == plain
		}
	}
	if !ok || (f.Sort != SortReceived && f.Sort != "") || f.Limit <= 0 || f.Offset < 0 {
		return nil, nil
	}
	if many, err := manyHaveStatus(ctx, tx, f.Status); err != nil || f.Status != "" && !many {
		return nil, err
	}
	table, expr := eng.match(parseSearchQuery(f.Text), HitSubmission)
	if expr == "" {
		return nil, nil
	}
	if facets != "" {
		expr = "(" + expr + ") AND " + facets
	}
	want := 2*(f.Offset+f.Limit) + 50
	cands, err := queryIDs(ctx, tx, searchNewestStatusSQL(eng, table, f.Status), searchNewestArgs(expr, f.Status, want)...)
	if err != nil || len(cands) == 0 {
		return nil, err
	}
	rows, err := tx.QueryContext(ctx, `SELECT s.id, s.received FROM submissions s WHERE s.id IN (`+sqlPlaceholders(len(cands))+`)
		ORDER BY s.received DESC, s.id DESC`+submissionPage(f), int64Args(cands)...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int64
	var last string
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id, &last); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil || len(cands) < want {
		return ids, err // every match was a candidate
	}
	var later int
	err = tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM (SELECT 1 FROM submissions WHERE received > ? AND id < ? AND ? IN ('', status) LIMIT 1) x`,
		last, cands[len(cands)-1], string(f.Status)).Scan(&later)
	if err != nil || later > 0 || len(ids) < f.Limit {
		return nil, err
	}
	return ids, nil
}
