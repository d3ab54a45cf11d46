package editor

import (
	"context"
	"database/sql"
)

// The 明细 rows are read in three statements rather than one join: the
// units (thirty names), the adoptions of the period (a tenth of the
// submissions), and the submissions themselves, seven columns straight
// from the covering index submissions_detail (migration 015), already in
// the order of the sheet. The join stepped sixteen columns a row, most of
// them NULL, looked up each row's unit and adoption, and sorted each day's
// rows by id; it was a third of the ten-year workbook's time.

// detailSubmissionsSQL lists the submissions received in ?1..?2, of unit
// ?3 unless ?3 is -1 (0 is the unknown unit), in the sheet's order.
const detailSubmissionsSQL = `SELECT s.id, COALESCE(s.unit_id, 0), s.received, s.kind, s.title, s.words, s.status
FROM submissions s WHERE s.received BETWEEN ?1 AND ?2 AND (?3 = -1 OR COALESCE(s.unit_id, 0) = ?3)
ORDER BY s.received, s.id`

// detailAdoptionsSQL lists the adoptions, in the issues the query counts
// (bulletin ?3 unless 0, signed ones only when ?4 is 1), of the
// submissions received in ?1..?2 of unit ?5 unless ?5 is -1.
const detailAdoptionsSQL = `SELECT ad.submission_id, iss.id, i.id, b.name, iss.year, iss.number, iss.date, sec.name
FROM adoptions ad JOIN submissions s ON s.id = ad.submission_id JOIN items i ON i.id = ad.item_id
JOIN sections sec ON sec.id = i.section_id JOIN issues iss ON iss.id = sec.issue_id JOIN bulletins b ON b.id = iss.bulletin_id
WHERE s.received BETWEEN ?1 AND ?2 AND (?5 = -1 OR COALESCE(s.unit_id, 0) = ?5)
	AND (?3 = 0 OR iss.bulletin_id = ?3) AND (?4 = 0 OR iss.status = 'signed')
ORDER BY ad.submission_id, iss.date, sec.position, i.position`

// eachDetailRow calls fn with every submission of q's period (of unit
// unless it is -1), oldest first, with its unit and its adoptions.
func eachDetailRow(ctx context.Context, tx *sql.Tx, q StatsQuery, unit int64, fn func(DetailRow) error) error {
	from, to := q.From.Format(DateLayout), q.To.Format(DateLayout)
	units, err := detailUnits(ctx, tx)
	if err != nil {
		return err
	}
	adopted, err := detailAdoptions(ctx, tx, q, from, to, unit)
	if err != nil {
		return err
	}
	rows, err := tx.QueryContext(ctx, detailSubmissionsSQL, from, to, unit)
	if err != nil {
		return err
	}
	defer rows.Close()
	var received string
	for rows.Next() {
		var r DetailRow
		if err := rows.Scan(&r.SubmissionID, &r.UnitID, &received, &r.Kind, &r.Title, &r.Words, &r.Status); err != nil {
			return err
		}
		u := units[r.UnitID]
		r.UnitName, r.Group = u.name, u.group
		if r.UnitID == 0 {
			r.UnitName = UnknownUnitName
		}
		r.Received, r.Adoptions = parseDateText(received), adopted[r.SubmissionID]
		if err := fn(r); err != nil {
			return err
		}
	}
	return rows.Err()
}

// detailUnit is what a 明细 row shows of its unit.
type detailUnit struct{ name, group string }

func detailUnits(ctx context.Context, tx *sql.Tx) (map[int64]detailUnit, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id, name, grp FROM units`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[int64]detailUnit{}
	for rows.Next() {
		var id int64
		var u detailUnit
		if err := rows.Scan(&id, &u.name, &u.group); err != nil {
			return nil, err
		}
		out[id] = u
	}
	return out, rows.Err()
}

// detailAdoptions is where each submission of the period was adopted.
func detailAdoptions(ctx context.Context, tx *sql.Tx, q StatsQuery, from, to string, unit int64) (map[int64][]AdoptionRef, error) {
	signed := 0
	if q.SignedOnly {
		signed = 1
	}
	rows, err := tx.QueryContext(ctx, detailAdoptionsSQL, from, to, q.BulletinID, signed, unit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[int64][]AdoptionRef{}
	for rows.Next() {
		var sub int64
		var ad AdoptionRef
		var year, number int
		var date string
		if err := rows.Scan(&sub, &ad.IssueID, &ad.ItemID, &ad.BulletinName, &year, &number, &date, &ad.Section); err != nil {
			return nil, err
		}
		ad.IssueLabel, ad.Date = IssueLabel(year, number), parseDateText(date)
		out[sub] = append(out[sub], ad)
	}
	return out, rows.Err()
}
