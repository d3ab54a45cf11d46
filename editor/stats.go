package editor

// The statistics units are ranked and scored by (统计). For a screen:
//
//	st, err := ar.Statistics(ctx, StatsQuery{From: p.From, To: p.To, By: PeriodMonth})
//	// st.Groups: each group's units (UnitStats: Unit, Counts, Rank, Quota, Breakdown) and Total;
//	// st.Units() flattens them; st.Total is every unit; columns by kind, section and
//	// period line up with st.Kinds, st.Sections and st.Periods.
//	d, err := ar.StatsDetail(ctx, unitID, st.Query) // what lies behind one unit's row
//
// PeriodOf(PeriodQuarter, Today()) gives the current quarter's first and last
// day for a period picker. Scores follow the ScoringRules (rules.go) in force on
// each piece's date; quotas (stats_quota.go) are checked per whole period.
// The workbook and the 通报 are written by package export from a *Statistics.

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// StatsQuery selects the statistics of a period.
type StatsQuery struct {
	From, To   Date       // first and last day, both counted
	BulletinID int64      // 0: adoptions in every bulletin
	By         PeriodKind // breakdown by month, quarter or year ("" month)
	SignedOnly bool       // count adoptions in signed issues (已签发) only, not drafts
}

// Counts are the numbers of one unit, one group or all units over a period.
// Submissions count by the day they were received, adoptions in this
// bulletin by the date, upstream adoptions and 批示 by their own date.
type Counts struct {
	Submissions int // 报送: submissions received
	// 来稿采用: the period's submissions an item of the bulletin adopted
	// (in any issue, the signed ones with SignedOnly), each counted once
	SubmissionsAdopted int
	ByKind             []int  // submissions by kind, aligned with Statistics.Kinds
	Adopted            int    // 采用: items crediting the unit
	Single             int    // 单独采用: items crediting this unit alone
	Combined           int    // 综合采用: items crediting it among several units
	BySection          []int  // items by section, aligned with Statistics.Sections
	Upstream           [3]int // 上级采用 by level, aligned with Levels (中央, 省, 市)
	Instructions       [3]int // 批示 by level, aligned with Levels
	Words              int    // 字数 of the items crediting the unit

	ScoreAdoption    float64 // points for items of this bulletin
	ScoreUpstream    float64 // points for upstream adoptions
	ScoreInstruction float64 // points for 批示
	ScoreQuota       float64 // points for quota periods met, less those missed
	Score            float64 // 得分: the sum of the four, to two decimals

	QuotaTarget int // submissions the quota periods of the range require (0: no quota applies)
	QuotaDone   int // submissions toward it, each period counted up to its minimum
	QuotaMissed int // quota periods missed
}

// AdoptionRate is 采用率: the submissions received in the period that an
// item adopted, over the submissions received. Each 来稿 counts once, so the
// rate is never above 1; 综合 credits (an item crediting several units) are
// in Adopted and Combined beside it, not in the rate.
func (c Counts) AdoptionRate() float64 {
	if c.Submissions == 0 {
		return 0
	}
	return float64(c.SubmissionsAdopted) / float64(c.Submissions)
}

// QuotaRate is the quota completion, 0..1; 0 when no quota applies.
func (c Counts) QuotaRate() float64 {
	if c.QuotaTarget == 0 {
		return 0
	}
	return float64(c.QuotaDone) / float64(c.QuotaTarget)
}

// UpstreamTotal is the upstream adoptions of every level.
func (c Counts) UpstreamTotal() int { return c.Upstream[0] + c.Upstream[1] + c.Upstream[2] }

// InstructionTotal is the 批示 of every level.
func (c Counts) InstructionTotal() int {
	return c.Instructions[0] + c.Instructions[1] + c.Instructions[2]
}

// PeriodCounts are a unit's main numbers in one period of the breakdown.
type PeriodCounts struct {
	Submissions  int
	Adopted      int
	Upstream     int
	Instructions int
	Words        int
	Score        float64 // quota points fall in the period where the quota period ends
}

// QuotaCheck is one quota period of a unit: met or missed.
type QuotaCheck struct {
	Period  Period
	Minimum int
	Done    int // submissions received in the period
	Met     bool
	Points  float64 // QuotaMet, or minus QuotaMissed, of the rules in force at the period's end
}

// UnitStats are the numbers of one unit.
type UnitStats struct {
	Unit Unit // ID 0: submissions whose unit is not known (未识别单位), not ranked
	Counts
	Rank      int            // 1 for the highest score; equal scores share a rank (1, 2, 2, 4)
	Quota     []QuotaCheck   // the quota periods inside the range, nil when the group has no quota
	Breakdown []PeriodCounts // aligned with Statistics.Periods
}

// GroupStats are the units of one group (县区, 市直, …) and their subtotal.
type GroupStats struct {
	Name      string
	Units     []UnitStats
	Total     Counts
	Breakdown []PeriodCounts
}

// Statistics are the numbers of every active unit (and of inactive units
// with something in the period) for a period, grouped, with totals.
type Statistics struct {
	Query          StatsQuery
	BulletinName   string   // the selected bulletin; "" for all
	Kinds          []string // submission kinds: the defaults, then others found
	Sections       []string // sections of the period's issues, in their usual order
	Periods        []Period // the breakdown's periods
	Groups         []GroupStats
	Total          Counts
	TotalBreakdown []PeriodCounts
	Rules          []RulesVersion // the rule versions in force during the period
	// QuotaFrom is the day of the archive's first submission: quota
	// periods that ended before it are not checked (zero: the archive has
	// none, and no quota is checked). QuotaSkipped counts the periods of
	// the range left out for it.
	QuotaFrom    Date
	QuotaSkipped int
}

// Units lists every unit's numbers, group by group.
func (st *Statistics) Units() []UnitStats {
	var us []UnitStats
	for _, g := range st.Groups {
		us = append(us, g.Units...)
	}
	return us
}

// ErrBadPeriod is returned for a query without a period or ending before it starts.
var ErrBadPeriod = errors.New("the period needs a start not after its end")

// UnknownUnitName names the row of submissions whose unit is not known.
const UnknownUnitName = "（未识别单位）"

// UngroupedName names the group of units without one.
const UngroupedName = "未分组"

// Statistics computes the numbers of the period q selects, from SQL
// aggregates over one read transaction. Each adoption, upstream adoption and
// 批示 is scored by the rules in force on its own date.
func (a *Archive) Statistics(ctx context.Context, q StatsQuery) (*Statistics, error) {
	if err := normaliseStatsQuery(&q); err != nil {
		return nil, err
	}
	var st *Statistics
	err := a.read(ctx, func(tx *sql.Tx) error {
		b, err := newStatsBuilder(ctx, tx, a.eng, q)
		if err != nil {
			return err
		}
		for _, step := range []func(context.Context, *sql.Tx) error{
			b.addSubmissions, b.addCredits, b.addUpstream, b.addInstructions, b.addQuotas,
		} {
			if err := step(ctx, tx); err != nil {
				return err
			}
		}
		st = b.finish()
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("statistics %s to %s: %w", q.From.Format(DateLayout), q.To.Format(DateLayout), err)
	}
	return st, nil
}

func normaliseStatsQuery(q *StatsQuery) error {
	if q.From.IsZero() || q.To.IsZero() || q.To.Before(q.From) {
		return ErrBadPeriod
	}
	by, err := ParsePeriodKind(string(q.By))
	if err != nil {
		return err
	}
	q.By = by
	return nil
}
