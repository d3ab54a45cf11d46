package editor

import (
	"context"
	"database/sql"
)

// rulesVersionsCTE spans each scoring_rules version from its day to the
// next version's; the earliest version also covers every earlier day.
const rulesVersionsCTE = `rv AS (
	SELECT id, rules,
		CASE WHEN ROW_NUMBER() OVER w = 1 THEN '0000-00-00' ELSE effective_from END AS since,
		COALESCE(LEAD(effective_from) OVER w, '9999-99-99') AS until
	FROM scoring_rules WINDOW w AS (ORDER BY effective_from))`

func (b *statsBuilder) args() []any {
	signed := 0
	if b.q.SignedOnly {
		signed = 1
	}
	return []any{b.from, b.to, b.q.BulletinID, signed}
}

// addCredits counts and scores the items crediting each unit, grouped by
// what the rules look at: rules version, section, kind, length, units credited.
// The kind is that of the unit's first submission the item adopted, in
// the order of the adoptions' key (item, submission): ORDER BY s.id made
// SQLite sort each item's adoptions in a new temporary b-tree.
func (b *statsBuilder) addCredits(ctx context.Context, tx *sql.Tx) error {
	threshold := `COALESCE(` + b.eng.jsonNumber("rv.rules", "length_threshold") + `, ?5)`
	rows, err := tx.QueryContext(ctx, `WITH `+rulesVersionsCTE+`, c AS (
		SELECT iu.unit_id AS unit_id, iss.date AS d, sec.name AS section, i.words AS words,
			(SELECT COUNT(*) FROM item_units x WHERE x.item_id = i.id) AS n,
			COALESCE((SELECT s.kind FROM adoptions ad JOIN submissions s ON s.id = ad.submission_id
				WHERE ad.item_id = i.id AND s.unit_id = iu.unit_id ORDER BY ad.submission_id LIMIT 1), '') AS kind
		FROM issues iss JOIN sections sec ON sec.issue_id = iss.id JOIN items i ON i.section_id = sec.id
		JOIN item_units iu ON iu.item_id = i.id
		WHERE iss.date BETWEEN ?1 AND ?2 AND (?3 = 0 OR iss.bulletin_id = ?3) AND (?4 = 0 OR iss.status = 'signed'))
		SELECT c.unit_id, `+periodKeySQL(b.q.By, "c.d")+`, COALESCE(rv.id, 0), c.section, c.kind,
			`+threshold+` > 0 AND c.words >= `+threshold+`, c.n, COUNT(*), SUM(c.words)
		FROM c LEFT JOIN rv ON c.d >= rv.since AND c.d < rv.until
		GROUP BY 1, 2, 3, 4, 5, 6, 7`, append(b.args(), DefaultScoringRules().LengthThreshold)...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var unit, ver int64
		var key, section, kind string
		var long bool
		var n, count, words int
		if err := rows.Scan(&unit, &key, &ver, &section, &kind, &long, &n, &count, &words); err != nil {
			return err
		}
		b.credit(unit, key, b.byID[ver], section, kind, long, n, count, words)
	}
	return rows.Err()
}

func (b *statsBuilder) credit(unit int64, key string, r ScoringRules, section, kind string, long bool, n, count, words int) {
	us := b.unit(unit)
	us.Adopted += count
	if n > 1 {
		us.Combined += count
	} else {
		us.Single += count
	}
	if i, ok := b.sections[section]; ok {
		us.BySection[i] += count
	}
	us.Words += words
	// ItemPoints looks only at which side of the threshold the length is.
	length := 0
	if long {
		length = r.LengthThreshold
	}
	pts := r.ItemPoints(kind, section, length, n) * float64(count)
	us.ScoreAdoption += pts
	p := b.period(us, key)
	p.Adopted += count
	p.Words += words
	p.Score += pts
}

func (b *statsBuilder) addUpstream(ctx context.Context, tx *sql.Tx) error {
	return b.addLevelled(ctx, tx, "upstream_adoptions", func(us *UnitStats, p *PeriodCounts, r ScoringRules, lv OutletLevel, n, count int) {
		us.Upstream[levelIndex(lv)] += count
		pts := r.UpstreamPoints(lv, n) * float64(count)
		us.ScoreUpstream += pts
		p.Upstream += count
		p.Score += pts
	})
}

func (b *statsBuilder) addInstructions(ctx context.Context, tx *sql.Tx) error {
	return b.addLevelled(ctx, tx, "instructions", func(us *UnitStats, p *PeriodCounts, r ScoringRules, lv OutletLevel, n, count int) {
		us.Instructions[levelIndex(lv)] += count
		pts := r.InstructionPoints(lv, n) * float64(count)
		us.ScoreInstruction += pts
		p.Instructions += count
		p.Score += pts
	})
}

// addLevelled counts the rows of table (upstream_adoptions or instructions)
// dated in the period: one recorded on an item credits each unit the item
// credits (n of them), and only when its issue counts (the bulletin chosen;
// signed, when only signed issues count); one recorded on a submission
// credits its unit alone.
func (b *statsBuilder) addLevelled(ctx context.Context, tx *sql.Tx, table string,
	add func(us *UnitStats, p *PeriodCounts, r ScoringRules, lv OutletLevel, n, count int)) error {
	rows, err := tx.QueryContext(ctx, `WITH `+rulesVersionsCTE+`, c AS (
		SELECT iu.unit_id AS unit_id, t.date AS d, t.level AS level,
			(SELECT COUNT(*) FROM item_units x WHERE x.item_id = t.item_id) AS n
		FROM `+table+` t JOIN item_units iu ON iu.item_id = t.item_id
		JOIN items i ON i.id = t.item_id JOIN sections sec ON sec.id = i.section_id JOIN issues iss ON iss.id = sec.issue_id
		WHERE t.date BETWEEN ?1 AND ?2 AND (?3 = 0 OR iss.bulletin_id = ?3) AND (?4 = 0 OR iss.status = 'signed')
		UNION ALL
		SELECT s.unit_id, t.date, t.level, 1
		FROM `+table+` t JOIN submissions s ON s.id = t.submission_id
		WHERE t.date BETWEEN ?1 AND ?2 AND s.unit_id IS NOT NULL)
		SELECT c.unit_id, `+periodKeySQL(b.q.By, "c.d")+`, COALESCE(rv.id, 0), c.level, c.n, COUNT(*)
		FROM c LEFT JOIN rv ON c.d >= rv.since AND c.d < rv.until
		GROUP BY 1, 2, 3, 4, 5`, b.args()...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var unit, ver int64
		var key, level string
		var n, count int
		if err := rows.Scan(&unit, &key, &ver, &level, &n, &count); err != nil {
			return err
		}
		us := b.unit(unit)
		add(us, b.period(us, key), b.byID[ver], OutletLevel(level), n, count)
	}
	return rows.Err()
}

// addQuotas checks every quota period lying wholly inside the range for
// each active unit of the quota's group.
func (b *statsBuilder) addQuotas(ctx context.Context, tx *sql.Tx) error {
	quotas, err := loadQuotas(ctx, tx)
	if err != nil {
		return err
	}
	if err := b.quotaStart(ctx, tx); err != nil {
		return err
	}
	done := map[PeriodKind]map[int64]map[string]int{}
	for _, q := range quotas {
		whole := b.quotaPeriods(wholePeriodsBetween(q.Period, b.q.From, b.q.To)) // stats_quota.go
		if len(whole) == 0 {
			continue
		}
		if done[q.Period] == nil && q.Period == b.q.By && b.counted {
			done[q.Period] = b.countedByPeriod() // the same counts, already made
		} else if done[q.Period] == nil {
			if done[q.Period], err = b.countByPeriod(ctx, tx, q.Period, whole); err != nil {
				return err
			}
		}
		for _, id := range b.order {
			us := b.units[id]
			if id != 0 && us.Unit.Active && us.Unit.Group == q.Group {
				b.checkQuota(us, q, whole, done[q.Period][id])
			}
		}
	}
	return nil
}

func (b *statsBuilder) checkQuota(us *UnitStats, q Quota, whole []Period, done map[string]int) {
	for _, p := range whole {
		r := rulesAt(b.versions, p.To).Rules
		c := QuotaCheck{Period: p, Minimum: q.Minimum, Done: done[p.Key]}
		c.Met = c.Done >= q.Minimum
		c.Points = r.QuotaMet
		if !c.Met {
			c.Points = -r.QuotaMissed
			us.QuotaMissed++
		}
		us.Quota = append(us.Quota, c)
		us.QuotaTarget += q.Minimum
		us.QuotaDone += min(c.Done, q.Minimum)
		us.ScoreQuota += c.Points
		b.period(us, PeriodOf(b.q.By, p.To).Key).Score += c.Points
	}
}

// countedByPeriod is countByPeriod's answer for the breakdown's own kind
// of period, from what addSubmissions counted: each whole period lies
// inside the range, so its counts are the breakdown's.
func (b *statsBuilder) countedByPeriod() map[int64]map[string]int {
	out := map[int64]map[string]int{}
	for id, us := range b.units {
		if id == 0 {
			continue
		}
		out[id] = map[string]int{}
		for i, p := range b.st.Periods {
			out[id][p.Key] = us.Breakdown[i].Submissions
		}
	}
	return out
}

// countByPeriod counts each unit's submissions in each period of kind k.
func (b *statsBuilder) countByPeriod(ctx context.Context, tx *sql.Tx, k PeriodKind, whole []Period) (map[int64]map[string]int, error) {
	rows, err := tx.QueryContext(ctx, `SELECT unit_id, `+periodKeySQL(k, "received")+`, COUNT(*) FROM submissions
		WHERE unit_id IS NOT NULL AND received BETWEEN ? AND ? GROUP BY 1, 2`,
		whole[0].From.Format(DateLayout), whole[len(whole)-1].To.Format(DateLayout))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[int64]map[string]int{}
	for rows.Next() {
		var unit int64
		var key string
		var n int
		if err := rows.Scan(&unit, &key, &n); err != nil {
			return nil, err
		}
		if out[unit] == nil {
			out[unit] = map[string]int{}
		}
		out[unit][key] = n
	}
	return out, rows.Err()
}
