package editor

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// DetailRow is one submission of the period with where it was adopted: a
// row of the workbook's 明细 sheet and of a unit's detail.
type DetailRow struct {
	SubmissionID int64
	UnitID       int64  // 0: unit not known
	UnitName     string // full name; UnknownUnitName when not known
	Group        string
	Received     Date
	Kind         string
	Title        string
	Words        int
	Status       SubmissionStatus
	Adoptions    []AdoptionRef // the items (of the counted issues) that adopted it
}

// AdoptionRef is an item that adopted a submission.
type AdoptionRef struct {
	IssueID      int64
	ItemID       int64
	BulletinName string
	IssueLabel   string // 2022年第12期
	Date         Date   // the issue's date
	Section      string
}

// IssueLabel is how an issue is named in lists and statistics: 2022年第12期.
func IssueLabel(year, number int) string { return fmt.Sprintf("%d年第%d期", year, number) }

// detailRowsSQL lists submissions received in ?1..?2 (of unit ?5 unless ?5
// is -1; 0 is the unknown unit) with the adoptions the query counts.
const detailRowsSQL = `SELECT s.id, COALESCE(s.unit_id, 0), COALESCE(u.name, ''), COALESCE(u.grp, ''), s.received,
	s.kind, s.title, s.words, s.status,
	COALESCE(x.issue_id, 0), COALESCE(x.item_id, 0), COALESCE(x.bulletin, ''), COALESCE(x.year, 0),
	COALESCE(x.number, 0), COALESCE(x.date, ''), COALESCE(x.section, '')
FROM submissions s LEFT JOIN units u ON u.id = s.unit_id
LEFT JOIN (SELECT ad.submission_id, iss.id AS issue_id, i.id AS item_id, b.name AS bulletin, iss.year, iss.number,
		iss.date, sec.name AS section, sec.position AS spos, i.position AS ipos
	FROM adoptions ad JOIN items i ON i.id = ad.item_id JOIN sections sec ON sec.id = i.section_id
	JOIN issues iss ON iss.id = sec.issue_id JOIN bulletins b ON b.id = iss.bulletin_id
	WHERE (?3 = 0 OR iss.bulletin_id = ?3) AND (?4 = 0 OR iss.status = 'signed')) x ON x.submission_id = s.id
WHERE s.received BETWEEN ?1 AND ?2 AND (?5 = -1 OR COALESCE(s.unit_id, 0) = ?5)
ORDER BY s.received, s.id, x.date, x.spos, x.ipos`

// EachStatsRow calls fn with every submission of the period, oldest first,
// without holding them all in memory (the workbook's 明细 sheet streams
// ten years of them). It stops at fn's first error and returns it.
func (a *Archive) EachStatsRow(ctx context.Context, q StatsQuery, fn func(DetailRow) error) error {
	if err := normaliseStatsQuery(&q); err != nil {
		return err
	}
	err := a.read(ctx, func(tx *sql.Tx) error { return eachDetailRow(ctx, tx, q, -1, fn) })
	if err != nil {
		return fmt.Errorf("list the submissions %s to %s: %w", q.From.Format(DateLayout), q.To.Format(DateLayout), err)
	}
	return nil
}

func eachDetailRow(ctx context.Context, tx *sql.Tx, q StatsQuery, unit int64, fn func(DetailRow) error) error {
	signed := 0
	if q.SignedOnly {
		signed = 1
	}
	rows, err := tx.QueryContext(ctx, detailRowsSQL, q.From.Format(DateLayout), q.To.Format(DateLayout), q.BulletinID, signed, unit)
	if err != nil {
		return err
	}
	defer rows.Close()
	var cur DetailRow
	for rows.Next() {
		var r DetailRow
		var ad AdoptionRef
		var received, date string
		var year, number int
		if err := rows.Scan(&r.SubmissionID, &r.UnitID, &r.UnitName, &r.Group, &received, &r.Kind, &r.Title, &r.Words,
			&r.Status, &ad.IssueID, &ad.ItemID, &ad.BulletinName, &year, &number, &date, &ad.Section); err != nil {
			return err
		}
		if r.SubmissionID != cur.SubmissionID {
			if cur.SubmissionID != 0 {
				if err := fn(cur); err != nil {
					return err
				}
			}
			r.Received = parseDateText(received)
			if r.UnitID == 0 {
				r.UnitName = UnknownUnitName
			}
			cur = r
		}
		if ad.ItemID != 0 {
			ad.IssueLabel, ad.Date = IssueLabel(year, number), parseDateText(date)
			cur.Adoptions = append(cur.Adoptions, ad)
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	if cur.SubmissionID != 0 {
		return fn(cur)
	}
	return nil
}

// AdoptedIn says where a submission was adopted: 2022年第3期 市内信息；…
func (r DetailRow) AdoptedIn() string {
	parts := make([]string, len(r.Adoptions))
	for i, ad := range r.Adoptions {
		parts[i] = strings.TrimSpace(ad.IssueLabel + " " + ad.Section)
	}
	return strings.Join(parts, "；")
}

// ItemCredit is an item of the period crediting a unit, with its points.
type ItemCredit struct {
	ItemID       int64
	IssueID      int64
	BulletinName string
	IssueLabel   string
	Date         Date
	Section      string
	Lead         string
	Words        int
	Kind         string   // the kind of the unit's source submission; "" when none
	Units        []string // every unit the item credits (short names)
	Points       float64  // what this unit scores for it under the rules of the issue's date
}

// Combined says the item credits several units (综合采用).
func (c ItemCredit) Combined() bool { return len(c.Units) > 1 }

// LevelledCredit is an upstream adoption or a 批示 credited to a unit.
type LevelledCredit struct {
	ID           int64
	ItemID       int64 // one of ItemID and SubmissionID is set
	SubmissionID int64
	Title        string // the item's lead or the submission's title
	Source       string // the outlet (上级采用) or the leader (批示)
	Level        OutletLevel
	Date         Date
	Shared       int     // units sharing it (those the item credits), 1 for a submission
	Points       float64 // this unit's points under the rules of its date
}

// UnitDetail is what lies behind one unit's numbers in a period.
type UnitDetail struct {
	Unit         Unit
	Submissions  []DetailRow
	Items        []ItemCredit
	Upstream     []LevelledCredit
	Instructions []LevelledCredit
	Quota        []QuotaCheck
}

// StatsDetail lists the submissions, items, upstream adoptions, 批示 and
// quota periods behind the numbers of unit unitID (0: the unknown unit's
// submissions) in the statistics of q.
func (a *Archive) StatsDetail(ctx context.Context, unitID int64, q StatsQuery) (*UnitDetail, error) {
	if err := normaliseStatsQuery(&q); err != nil {
		return nil, err
	}
	d := &UnitDetail{}
	err := a.read(ctx, func(tx *sql.Tx) error {
		b, err := newStatsBuilder(ctx, tx, a.eng, q)
		if err != nil {
			return err
		}
		us, ok := b.units[unitID]
		if !ok && unitID != 0 {
			return fmt.Errorf("unit %d: %w", unitID, ErrNotFound)
		}
		if err := b.addQuotas(ctx, tx); err != nil {
			return err
		}
		d.Unit = b.unit(unitID).Unit
		if ok {
			d.Quota = us.Quota
		}
		if err := eachDetailRow(ctx, tx, q, unitID, func(r DetailRow) error {
			d.Submissions = append(d.Submissions, r)
			return nil
		}); err != nil {
			return err
		}
		if d.Items, err = b.itemCredits(ctx, tx, unitID); err != nil {
			return err
		}
		if d.Upstream, err = b.levelledCredits(ctx, tx, unitID, "upstream_adoptions", "outlet"); err != nil {
			return err
		}
		d.Instructions, err = b.levelledCredits(ctx, tx, unitID, "instructions", "leader")
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("statistics detail of unit %d: %w", unitID, err)
	}
	return d, nil
}
