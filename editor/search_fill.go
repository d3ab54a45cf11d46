package editor

import (
	"context"
	"database/sql"
	"fmt"
)

// Reading what a page of hits shows takes one query per kind of record,
// not one per hit: on the office archive every query is a round trip to
// the server (0.2 ms idle, several under load), and 150 of them were most
// of the 1.2 s a search for 党委 took there while its index answered in 6 ms.

// searchDates sets the hits' dates: the submission's, or the item's issue's.
func searchDates(ctx context.Context, tx *sql.Tx, kind HitKind, hits []Hit) error {
	query := `SELECT id, received FROM submissions WHERE id IN (%s)`
	if kind == HitItem {
		query = `SELECT it.id, i.date FROM items it JOIN sections s ON s.id = it.section_id JOIN issues i ON i.id = s.issue_id
			WHERE it.id IN (%s)`
	}
	return eachHitRow(ctx, tx, query, hits, kind, func(rows *sql.Rows, hit func(int64) *Hit) error {
		var id int64
		var d string
		if err := rows.Scan(&id, &d); err != nil {
			return err
		}
		hit(id).Date = parseDateText(d)
		return nil
	})
}

// fillHits reads what the hit list shows of each item and submission.
func fillHits(ctx context.Context, tx *sql.Tx, hits []Hit, query string) error {
	err := eachHitRow(ctx, tx, `SELECT s.id, s.title, s.text, s.received, COALESCE(u.name, '')
		FROM submissions s LEFT JOIN units u ON u.id = s.unit_id WHERE s.id IN (%s)`, hits, HitSubmission,
		func(rows *sql.Rows, hit func(int64) *Hit) error {
			var id int64
			var title, received, text, unit string
			if err := rows.Scan(&id, &title, &text, &received, &unit); err != nil {
				return err
			}
			h := hit(id)
			h.Title, h.UnitName = title, unit
			h.Date, h.Snippet = parseDateText(received), searchSnippet(title+"\n"+text, query)
			return nil
		})
	if err != nil {
		return err
	}
	return eachHitRow(ctx, tx, `SELECT it.id, it.lead, it.body, it.attribution, i.id, i.year, i.number, i.date,
			COALESCE((SELECT string_agg(u.name, '、') FROM item_units iu JOIN units u ON u.id = iu.unit_id WHERE iu.item_id = it.id), '')
		FROM items it JOIN sections s ON s.id = it.section_id JOIN issues i ON i.id = s.issue_id WHERE it.id IN (%s)`, hits, HitItem,
		func(rows *sql.Rows, hit func(int64) *Hit) error { return fillItemHit(rows, hit, query) })
}

func fillItemHit(rows *sql.Rows, hit func(int64) *Hit, query string) error {
	var id, issueID int64
	var lead, body, attribution, date, units string
	var year, number int
	if err := rows.Scan(&id, &lead, &body, &attribution, &issueID, &year, &number, &date, &units); err != nil {
		return err
	}
	h := hit(id)
	h.Title, h.IssueID, h.UnitName = lead, issueID, units
	if h.UnitName == "" {
		h.UnitName = attribution
	}
	h.Date, h.IssueLabel = parseDateText(date), fmt.Sprintf("%d年第%d期", year, number)
	text := lead + body
	if attribution != "" {
		text += "（" + attribution + "）"
	}
	h.Snippet = searchSnippet(text, query)
	return nil
}

// eachHitRow runs query (its %s the placeholders of the ids) for the hits
// of kind, handing fill each row and the hit of an id. A hit whose record
// is gone is an error, as when each was read on its own.
func eachHitRow(ctx context.Context, tx *sql.Tx, query string, hits []Hit, kind HitKind, fill func(*sql.Rows, func(int64) *Hit) error) error {
	byID := map[int64]*Hit{}
	var ids []int64
	for i := range hits {
		if hits[i].Kind == kind {
			byID[hits[i].ID] = &hits[i]
			ids = append(ids, hits[i].ID)
		}
	}
	if len(ids) == 0 {
		return nil
	}
	rows, err := tx.QueryContext(ctx, fmt.Sprintf(query, sqlPlaceholders(len(ids))), int64Args(ids)...)
	if err != nil {
		return err
	}
	defer rows.Close()
	var none Hit // a row for an id asked once is filled once; others land here
	seen := map[int64]bool{}
	hit := func(id int64) *Hit {
		if h := byID[id]; h != nil && !seen[id] {
			seen[id] = true
			return h
		}
		return &none
	}
	for rows.Next() {
		if err := fill(rows, hit); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	if len(seen) < len(byID) {
		return fmt.Errorf("%s: %w", kind, sql.ErrNoRows)
	}
	return nil
}
