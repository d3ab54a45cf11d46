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
