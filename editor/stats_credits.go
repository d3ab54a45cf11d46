package editor

import (
	"context"
	"database/sql"
	"strings"
)

func (b *statsBuilder) itemCredits(ctx context.Context, tx *sql.Tx, unit int64) ([]ItemCredit, error) {
	rows, err := tx.QueryContext(ctx, `SELECT i.id, iss.id, bl.name, iss.year, iss.number, iss.date, sec.name, i.lead, i.words,
		COALESCE((SELECT s.kind FROM adoptions ad JOIN submissions s ON s.id = ad.submission_id
			WHERE ad.item_id = i.id AND s.unit_id = iu.unit_id ORDER BY ad.submission_id LIMIT 1), ''),
		(SELECT string_agg(name, '、') FROM (SELECT COALESCE(NULLIF(u.short_name, ''), u.name) AS name
			FROM item_units x JOIN units u ON u.id = x.unit_id WHERE x.item_id = i.id ORDER BY u.position, u.id) AS credited)
		FROM item_units iu JOIN items i ON i.id = iu.item_id JOIN sections sec ON sec.id = i.section_id
		JOIN issues iss ON iss.id = sec.issue_id JOIN bulletins bl ON bl.id = iss.bulletin_id
		WHERE iu.unit_id = ?5 AND iss.date BETWEEN ?1 AND ?2 AND (?3 = 0 OR iss.bulletin_id = ?3)
			AND (?4 = 0 OR iss.status = 'signed')
		ORDER BY iss.date, iss.id, sec.position, i.position`, append(b.args(), unit)...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []ItemCredit
	for rows.Next() {
		var c ItemCredit
		var year, number int
		var date, units string
		if err := rows.Scan(&c.ItemID, &c.IssueID, &c.BulletinName, &year, &number, &date, &c.Section, &c.Lead,
			&c.Words, &c.Kind, &units); err != nil {
			return nil, err
		}
		c.IssueLabel, c.Date, c.Units = IssueLabel(year, number), parseDateText(date), strings.Split(units, "、")
		r := rulesAt(b.versions, c.Date).Rules
		c.Points = roundPoints(r.ItemPoints(c.Kind, c.Section, c.Words, len(c.Units)))
		out = append(out, c)
	}
	return out, rows.Err()
}

// levelledCredits lists the rows of table (upstream_adoptions or
// instructions; source is its outlet or leader column) credited to unit.
func (b *statsBuilder) levelledCredits(ctx context.Context, tx *sql.Tx, unit int64, table, source string) ([]LevelledCredit, error) {
	rows, err := tx.QueryContext(ctx, `SELECT t.id, COALESCE(t.item_id, 0), COALESCE(t.submission_id, 0),
		COALESCE(i.lead, s.title, ''), t.`+source+`, t.level, t.date,
		CASE WHEN t.item_id IS NULL THEN 1 ELSE (SELECT COUNT(*) FROM item_units x WHERE x.item_id = t.item_id) END
		FROM `+table+` t LEFT JOIN items i ON i.id = t.item_id LEFT JOIN submissions s ON s.id = t.submission_id
		WHERE t.date BETWEEN ?1 AND ?2 AND (
			(t.item_id IS NOT NULL AND EXISTS (SELECT 1 FROM item_units x WHERE x.item_id = t.item_id AND x.unit_id = ?4)
				AND (?3 = 0 OR EXISTS (SELECT 1 FROM sections sec JOIN issues iss ON iss.id = sec.issue_id
					WHERE sec.id = i.section_id AND iss.bulletin_id = ?3)))
			OR (t.submission_id IS NOT NULL AND s.unit_id = ?4))
		ORDER BY t.date, t.id`, b.from, b.to, b.q.BulletinID, unit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []LevelledCredit
	for rows.Next() {
		var c LevelledCredit
		var level, date string
		if err := rows.Scan(&c.ID, &c.ItemID, &c.SubmissionID, &c.Title, &c.Source, &level, &date, &c.Shared); err != nil {
			return nil, err
		}
		c.Level, c.Date = OutletLevel(level), parseDateText(date)
		r := rulesAt(b.versions, c.Date).Rules
		if table == "instructions" {
			c.Points = roundPoints(r.InstructionPoints(c.Level, c.Shared))
		} else {
			c.Points = roundPoints(r.UpstreamPoints(c.Level, c.Shared))
		}
		out = append(out, c)
	}
	return out, rows.Err()
}
