package editor

import (
	"context"
	"database/sql"
	"fmt"
)

// fillHits reads what the hit list shows of the page's items and
// submissions: one statement for each kind, however many hits (a statement
// a hit spent most of a first page's time preparing and stepping).
func fillHits(ctx context.Context, tx *sql.Tx, hits []Hit, query string) error {
	at := map[HitKind]map[int64]*Hit{HitItem: {}, HitSubmission: {}}
	var ids = map[HitKind][]int64{}
	for i := range hits {
		h := &hits[i]
		at[h.Kind][h.ID] = h
		ids[h.Kind] = append(ids[h.Kind], h.ID)
	}
	if err := fillSubmissionHits(ctx, tx, ids[HitSubmission], at[HitSubmission], query); err != nil {
		return err
	}
	return fillItemHits(ctx, tx, ids[HitItem], at[HitItem], query)
}

// fillSubmissionHits sets the title, unit, date and snippet of the submission hits.
func fillSubmissionHits(ctx context.Context, tx *sql.Tx, ids []int64, at map[int64]*Hit, query string) error {
	if len(ids) == 0 {
		return nil
	}
	rows, err := tx.QueryContext(ctx, `SELECT s.id, s.title, s.text, s.received, COALESCE(u.name, '')
		FROM submissions s LEFT JOIN units u ON u.id = s.unit_id WHERE s.id IN (`+sqlPlaceholders(len(ids))+`)`, int64Args(ids)...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var title, text, received, unit string
		if err := rows.Scan(&id, &title, textColumn{&text}, &received, &unit); err != nil {
			return err
		}
		h := at[id]
		h.Title, h.UnitName = title, unit
		h.Date, h.Snippet = parseDateText(received), searchSnippet(title+"\n"+text, query)
	}
	return rows.Err()
}

// fillItemHits sets the lead, issue, credited units, date and snippet of the item hits.
func fillItemHits(ctx context.Context, tx *sql.Tx, ids []int64, at map[int64]*Hit, query string) error {
	if len(ids) == 0 {
		return nil
	}
	rows, err := tx.QueryContext(ctx, `SELECT it.id, it.lead, it.body, it.attribution, i.id, i.year, i.number, i.date,
			COALESCE((SELECT string_agg(u.name, '、') FROM item_units iu JOIN units u ON u.id = iu.unit_id WHERE iu.item_id = it.id), ''),
			b.name
		FROM items it JOIN sections s ON s.id = it.section_id JOIN issues i ON i.id = s.issue_id JOIN bulletins b ON b.id = i.bulletin_id
		WHERE it.id IN (`+sqlPlaceholders(len(ids))+`)`, int64Args(ids)...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id, issue int64
		var lead, body, attribution, date, units, bulletin string
		var year, number int
		if err := rows.Scan(&id, &lead, &body, &attribution, &issue, &year, &number, &date, &units, &bulletin); err != nil {
			return err
		}
		h := at[id]
		h.Title, h.IssueID, h.UnitName, h.BulletinName = lead, issue, units, bulletin
		if h.UnitName == "" {
			h.UnitName = attribution
		}
		h.Date, h.IssueLabel = parseDateText(date), fmt.Sprintf("%d年第%d期", year, number)
		text := lead + body
		if attribution != "" {
			text += "（" + attribution + "）"
		}
		h.Snippet = searchSnippet(text, query)
	}
	return rows.Err()
}
