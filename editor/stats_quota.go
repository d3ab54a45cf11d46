package editor

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
)

// Quota is a unit group's task (报送任务): at least Minimum submissions in
// every Period, e.g. 县区 units at least 10 a quarter.
type Quota struct {
	Group   string
	Period  PeriodKind
	Minimum int
}

// DefaultQuotas are the quotas of a new archive.
func DefaultQuotas() []Quota {
	return []Quota{{Group: "县区", Period: PeriodQuarter, Minimum: 10}, {Group: "市直", Period: PeriodQuarter, Minimum: 3}}
}

// Quotas lists the quotas by group and period.
func (a *Archive) Quotas(ctx context.Context) ([]Quota, error) {
	var qs []Quota
	err := a.read(ctx, func(tx *sql.Tx) error {
		var err error
		qs, err = loadQuotas(ctx, tx)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("list the quotas: %w", err)
	}
	return qs, nil
}

// SaveQuota sets the quota of a group for a period kind, replacing the one
// it had for that kind.
func (a *Archive) SaveQuota(ctx context.Context, q Quota) error {
	if _, err := ParsePeriodKind(string(q.Period)); err != nil || q.Period == "" || q.Group == "" || q.Minimum < 0 {
		return fmt.Errorf("save the quota of %q: %w: need a group, a period and a minimum of 0 or more", q.Group, ErrInvalidRules)
	}
	err := a.tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO quotas(grp, period, minimum) VALUES (?, ?, ?)
			ON CONFLICT(grp, period) DO UPDATE SET minimum = excluded.minimum`, q.Group, string(q.Period), q.Minimum)
		return err
	})
	if err != nil {
		return fmt.Errorf("save the quota of %s: %w", q.Group, err)
	}
	return nil
}

// DeleteQuota removes the quota of group for period kind p.
func (a *Archive) DeleteQuota(ctx context.Context, group string, p PeriodKind) error {
	err := a.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `DELETE FROM quotas WHERE grp = ? AND period = ?`, group, string(p))
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return ErrNotFound
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("delete the quota of %s: %w", group, err)
	}
	return nil
}

func loadQuotas(ctx context.Context, tx *sql.Tx) ([]Quota, error) {
	rows, err := tx.QueryContext(ctx, `SELECT grp, period, minimum FROM quotas ORDER BY grp,
		CASE period WHEN 'month' THEN 0 WHEN 'quarter' THEN 1 ELSE 2 END`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var qs []Quota
	for rows.Next() {
		var q Quota
		if err := rows.Scan(&q.Group, &q.Period, &q.Minimum); err != nil {
			return nil, err
		}
		qs = append(qs, q)
	}
	return qs, rows.Err()
}

// seedScoringEpoch is the day the default rules take effect; the earliest
// version covers every earlier day anyway.
const seedScoringEpoch = "2000-01-01"

// seedScoring gives an archive without scoring rules the default rules and
// quotas. The archive's seed() calls it inside its transaction; an archive
// that has rules keeps them (and the last version can never be deleted, so
// this runs once per archive).
func seedScoring(ctx context.Context, tx *sql.Tx) error {
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM scoring_rules`).Scan(&n); err != nil {
		return fmt.Errorf("seed the scoring rules: %w", err)
	}
	if n > 0 {
		return nil
	}
	js, err := json.Marshal(DefaultScoringRules())
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO scoring_rules(effective_from, rules) VALUES (?, ?)`, seedScoringEpoch, string(js)); err != nil {
		return fmt.Errorf("seed the scoring rules: %w", err)
	}
	for _, q := range DefaultQuotas() {
		if _, err := tx.ExecContext(ctx, `INSERT INTO quotas(grp, period, minimum) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`,
			q.Group, string(q.Period), q.Minimum); err != nil {
			return fmt.Errorf("seed the quotas: %w", err)
		}
	}
	return nil
}

// quotaStart finds the archive's first submission (any unit, any
// bulletin): before it the archive did not exist, and a new office's first
// 通报 called its busiest unit 未完成 for the quarters before its first
// day, at −5 points each. Periods are counted from the one holding it.
func (b *statsBuilder) quotaStart(ctx context.Context, tx *sql.Tx) error {
	var first sql.NullString
	if err := tx.QueryRowContext(ctx, `SELECT MIN(received) FROM submissions WHERE received <> ''`).Scan(&first); err != nil {
		return fmt.Errorf("find the first submission: %w", err)
	}
	b.st.QuotaFrom = Date{}
	if first.Valid {
		b.st.QuotaFrom = parseDateText(first.String)
	}
	b.st.QuotaSkipped, b.quotaSkipped = 0, map[string]bool{}
	return nil
}

// quotaPeriods keeps the quota periods that end on or after the archive's
// first submission, and counts the others as skipped.
func (b *statsBuilder) quotaPeriods(ps []Period) []Period {
	start := b.st.QuotaFrom
	var kept []Period
	for _, p := range ps {
		if start.IsZero() || p.To.Before(start) {
			if !b.quotaSkipped[p.Key] { // two groups' quarterly quotas skip one quarter
				b.quotaSkipped[p.Key] = true
				b.st.QuotaSkipped++
			}
			continue
		}
		kept = append(kept, p)
	}
	return kept
}
