package editor

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/bulletindesk/bulletindesk/editor/postgres"
)

// officeNewestPage is SearchPage on the office archive in one statement
// (postgres.Search.NewestPageSQL) when more than searchRankLimit records
// match, as for 党委 or 党: the counts, the newest hits and what the list
// shows of them, where the usual way is nine round trips to the server;
// four with the transaction and its SET LOCAL, without which the planner
// read all of item_fts for 党委's items (127 ms: by its costs a sequential
// scan of a small table is cheap, the tsvectors it reads from TOAST not
// counted).
// A phrase not counted yet is counted first (countPhrases) and the
// statement asked again. ok is false when that does not apply — a file,
// within the rank limit (the matches are ranked), or a phrase that could
// not be counted — and the caller goes the usual way.
func (a *Archive) officeNewestPage(ctx context.Context, q searchQuery, limit int, query string) (SearchResult, bool, error) {
	if !a.eng.keepsPhraseCounts {
		return SearchResult{}, false, nil
	}
	r, ok, err := a.officeNewestPageOnce(ctx, q, limit, query)
	if err != nil || ok || (r.Items >= 0 && r.Submissions >= 0) {
		return r, ok, err
	}
	if err := a.countPhrases(ctx, q); err != nil {
		return SearchResult{}, false, nil // the usual way counts it the long way
	}
	return a.officeNewestPageOnce(ctx, q, limit, query)
}

// officeNewestPageOnce is officeNewestPage's statement.
func (a *Archive) officeNewestPageOnce(ctx context.Context, q searchQuery, limit int, query string) (r SearchResult, ok bool, err error) {
	items, expr := a.eng.match(q, HitItem)
	subs, _ := a.eng.match(q, HitSubmission)
	_, term := q.term()
	counts, countArg := officePageCounts(a.eng, q)
	err = a.read(ctx, func(tx *sql.Tx) error {
		r = SearchResult{}
		if _, err := tx.ExecContext(ctx, a.eng.searchSetupSQL); err != nil { // the GIN index, not every row's tsvector
			return err
		}
		rows, err := tx.QueryContext(ctx, postgres.Search{}.NewestPageSQL(counts[0], counts[1], items, subs, !term), countArg, expr, limit, searchRankLimit)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			h, err := scanOfficeHit(rows, &r, query)
			if err != nil {
				return err
			}
			if h != nil {
				r.Hits = append(r.Hits, *h)
			}
		}
		return rows.Err()
	})
	if err != nil {
		return SearchResult{}, false, fmt.Errorf("search %q: %w", query, err)
	}
	r.Newest = r.Items+r.Submissions > searchRankLimit
	return r, r.Newest && r.Items >= 0 && r.Submissions >= 0, nil
}

// officePageCounts are the strict count statements of both kinds (a
// phrase not counted yet gives -1) and their one argument.
func officePageCounts(eng *engine, q searchQuery) (counts [2]string, arg any) {
	for i, kind := range []HitKind{HitItem, HitSubmission} {
		query, args := searchCountQuery(eng, q, kind)
		if pq, pargs, phrase := phraseCountQuery(eng, q, kind, true); phrase {
			query, args = pq, pargs
		}
		counts[i], arg = query, args[0]
	}
	return counts, arg
}

// scanOfficeHit reads one row of NewestPageSQL: the counts into r, and the
// hit it holds (nil for the row of the counts alone), filled as fillHits
// fills one.
func scanOfficeHit(rows *sql.Rows, r *SearchResult, query string) (*Hit, error) {
	var kind, issue, year, number sql.NullInt64
	var id sql.NullInt64
	var day, title, text, attribution, bulletin, units sql.NullString
	if err := rows.Scan(&r.Items, &r.Submissions, &kind, &id, &day, &title, &text, &attribution,
		&issue, &year, &number, &bulletin, &units); err != nil {
		return nil, err
	}
	if !id.Valid {
		return nil, nil
	}
	h := &Hit{Kind: HitSubmission, ID: id.Int64, Title: title.String, UnitName: units.String, Date: parseDateText(day.String)}
	if kind.Int64 == 1 {
		h.Snippet = searchSnippet(title.String+"\n"+text.String, query)
		return h, nil
	}
	h.Kind, h.IssueID, h.BulletinName = HitItem, issue.Int64, bulletin.String
	if h.UnitName == "" {
		h.UnitName = attribution.String
	}
	h.IssueLabel = fmt.Sprintf("%d年第%d期", year.Int64, number.Int64)
	body := title.String + text.String
	if attribution.String != "" {
		body += "（" + attribution.String + "）"
	}
	h.Snippet = searchSnippet(body, query)
	return h, nil
}
