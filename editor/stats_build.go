package editor

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sort"
)

// statsBuilder accumulates the aggregates of one Statistics call.
type statsBuilder struct {
	eng      *engine
	q        StatsQuery
	from, to string // ISO days
	st       *Statistics
	order    []int64 // unit ids in display order
	units    map[int64]*UnitStats
	kinds    map[string]int
	sections map[string]int
	periods  map[string]int
	versions []RulesVersion
	byID     map[int64]ScoringRules
	counted  bool       // addSubmissions has counted the breakdown's submissions
	subs     *subCounts // the period's submissions, counted once (stats_scan.go)
	// quotaSkipped are the quota periods before the archive's first
	// submission, by key (stats_quota.go)
	quotaSkipped map[string]bool
}

func newStatsBuilder(ctx context.Context, tx *sql.Tx, eng *engine, q StatsQuery) (*statsBuilder, error) {
	b := &statsBuilder{eng: eng, q: q, from: q.From.Format(DateLayout), to: q.To.Format(DateLayout),
		st: &Statistics{Query: q}, units: map[int64]*UnitStats{}, periods: map[string]int{}}
	if q.BulletinID != 0 {
		err := tx.QueryRowContext(ctx, `SELECT name FROM bulletins WHERE id = ?`, q.BulletinID).Scan(&b.st.BulletinName)
		if errors.Is(err, sql.ErrNoRows) {
			return nil, fmt.Errorf("bulletin %d: %w", q.BulletinID, ErrNotFound)
		} else if err != nil {
			return nil, err
		}
	}
	var err error
	if b.versions, err = loadRulesVersions(ctx, tx); err != nil {
		return nil, err
	}
	b.byID = map[int64]ScoringRules{0: rulesAt(b.versions, q.From).Rules}
	for _, v := range b.versions {
		b.byID[v.ID] = v.Rules
	}
	b.st.Rules = versionsDuring(b.versions, q.From, q.To)
	b.st.Periods = periodsBetween(q.By, q.From, q.To)
	for i, p := range b.st.Periods {
		b.periods[p.Key] = i
	}
	if err := b.loadKinds(ctx, tx); err != nil {
		return nil, err
	}
	if err := b.loadSections(ctx, tx); err != nil {
		return nil, err
	}
	return b, b.loadUnits(ctx, tx)
}

// versionsDuring lists the rule versions in force at some day of from..to.
func versionsDuring(vs []RulesVersion, from, to Date) []RulesVersion {
	if len(vs) == 0 {
		return []RulesVersion{{Rules: DefaultScoringRules()}}
	}
	first := rulesAt(vs, from)
	out := []RulesVersion{first}
	for _, v := range vs {
		if v.EffectiveFrom.After(first.EffectiveFrom) && !v.EffectiveFrom.After(to) {
			out = append(out, v)
		}
	}
	return out
}

func (b *statsBuilder) loadKinds(ctx context.Context, tx *sql.Tx) error {
	kinds := append([]string(nil), DefaultKinds...)
	var err error
	if b.subs, err = b.countSubmissions(ctx, tx); err != nil {
		return err
	}
	extra := b.subs.kinds
	b.kinds = map[string]int{}
	for _, k := range kinds {
		b.kinds[k] = len(b.kinds)
	}
	for _, k := range extra {
		if _, ok := b.kinds[k]; !ok {
			b.kinds[k] = len(kinds)
			kinds = append(kinds, k)
		}
	}
	b.st.Kinds = kinds
	return nil
}

func (b *statsBuilder) loadSections(ctx context.Context, tx *sql.Tx) error {
	names, err := queryStrings(ctx, tx, `SELECT sec.name FROM sections sec JOIN issues iss ON iss.id = sec.issue_id
		WHERE iss.date BETWEEN ?1 AND ?2 AND (?3 = 0 OR iss.bulletin_id = ?3)
		GROUP BY sec.name ORDER BY MIN(sec.position), sec.name`, b.from, b.to, b.q.BulletinID)
	b.st.Sections = names
	b.sections = map[string]int{}
	for i, n := range names {
		b.sections[n] = i
	}
	return err
}

func (b *statsBuilder) loadUnits(ctx context.Context, tx *sql.Tx) error {
	rows, err := tx.QueryContext(ctx, `SELECT id, name, short_name, grp, active, position FROM units ORDER BY position, name, id`)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var u Unit
		if err := rows.Scan(&u.ID, &u.Name, &u.ShortName, &u.Group, &u.Active, &u.Position); err != nil {
			return err
		}
		b.newUnit(u)
	}
	return rows.Err()
}

func (b *statsBuilder) newUnit(u Unit) *UnitStats {
	us := &UnitStats{Unit: u, Breakdown: make([]PeriodCounts, len(b.st.Periods))}
	us.ByKind = make([]int, len(b.st.Kinds))
	us.BySection = make([]int, len(b.st.Sections))
	b.units[u.ID] = us
	b.order = append(b.order, u.ID)
	return us
}

// unit returns the numbers of unit id, making the 未识别 row on first use.
func (b *statsBuilder) unit(id int64) *UnitStats {
	if us, ok := b.units[id]; ok {
		return us
	}
	name := UnknownUnitName
	if id != 0 {
		name = fmt.Sprintf("#%d", id) // a unit row vanished under us; keep its numbers visible
	}
	return b.newUnit(Unit{ID: id, Name: name, ShortName: name, Active: true, Position: 1 << 30})
}

// period returns the breakdown cell of unit us for period key k.
func (b *statsBuilder) period(us *UnitStats, k string) *PeriodCounts {
	if i, ok := b.periods[k]; ok {
		return &us.Breakdown[i]
	}
	return &PeriodCounts{} // outside the range: cannot happen with the queries' bounds
}

func queryStrings(ctx context.Context, tx *sql.Tx, query string, args ...any) ([]string, error) {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// finish rounds the scores, ranks the units, drops inactive units with
// nothing in the period and groups the rest with subtotals.
func (b *statsBuilder) finish() *Statistics {
	var ranked []*UnitStats
	for _, id := range b.order {
		us := b.units[id]
		c := &us.Counts
		c.ScoreAdoption, c.ScoreUpstream = roundPoints(c.ScoreAdoption), roundPoints(c.ScoreUpstream)
		c.ScoreInstruction, c.ScoreQuota = roundPoints(c.ScoreInstruction), roundPoints(c.ScoreQuota)
		c.Score = roundPoints(c.ScoreAdoption + c.ScoreUpstream + c.ScoreInstruction + c.ScoreQuota)
		for i := range us.Breakdown {
			us.Breakdown[i].Score = roundPoints(us.Breakdown[i].Score)
		}
		if id != 0 && (us.Unit.Active || !c.empty()) {
			ranked = append(ranked, us)
		}
	}
	rankUnits(ranked)
	b.group()
	return b.st
}

func (c Counts) empty() bool {
	return c.Submissions == 0 && c.Adopted == 0 && c.UpstreamTotal() == 0 && c.InstructionTotal() == 0
}

// rankUnits ranks by score, highest first; equal scores share the rank and
// the next rank skips (1, 2, 2, 4).
func rankUnits(us []*UnitStats) {
	sort.SliceStable(us, func(i, j int) bool { return us[i].Score > us[j].Score })
	for i, u := range us {
		u.Rank = i + 1
		if i > 0 && u.Score == us[i-1].Score {
			u.Rank = us[i-1].Rank
		}
	}
}

// group orders the groups as DefaultGroups, then others by their first
// unit, the unknown unit's row last; and adds subtotals and the total.
func (b *statsBuilder) group() {
	idx := map[string]int{}
	for _, id := range b.order {
		us := b.units[id]
		if id != 0 && !us.Unit.Active && us.Counts.empty() {
			continue
		}
		name := us.Unit.Group
		if name == "" {
			name = UngroupedName
		}
		gi, ok := idx[name]
		if !ok {
			gi = len(b.st.Groups)
			idx[name] = gi
			b.st.Groups = append(b.st.Groups, GroupStats{Name: name, Total: b.zeroCounts(), Breakdown: make([]PeriodCounts, len(b.st.Periods))})
		}
		g := &b.st.Groups[gi]
		g.Units = append(g.Units, *us)
		g.Total.add(us.Counts)
		addBreakdown(g.Breakdown, us.Breakdown)
	}
	sort.SliceStable(b.st.Groups, func(i, j int) bool { return groupOrder(b.st.Groups[i].Name) < groupOrder(b.st.Groups[j].Name) })
	b.st.Total = b.zeroCounts()
	b.st.TotalBreakdown = make([]PeriodCounts, len(b.st.Periods))
	for _, g := range b.st.Groups {
		b.st.Total.add(g.Total)
		addBreakdown(b.st.TotalBreakdown, g.Breakdown)
	}
}

func groupOrder(name string) int {
	for i, g := range DefaultGroups {
		if g == name {
			return i
		}
	}
	if name == UngroupedName {
		return len(DefaultGroups) + 1
	}
	return len(DefaultGroups)
}

func (b *statsBuilder) zeroCounts() Counts {
	return Counts{ByKind: make([]int, len(b.st.Kinds)), BySection: make([]int, len(b.st.Sections))}
}

// add adds o's numbers to c (for subtotals and totals).
func (c *Counts) add(o Counts) {
	c.Submissions += o.Submissions
	c.SubmissionsAdopted += o.SubmissionsAdopted
	c.Adopted, c.Single, c.Combined = c.Adopted+o.Adopted, c.Single+o.Single, c.Combined+o.Combined
	for i := range o.ByKind {
		c.ByKind[i] += o.ByKind[i]
	}
	for i := range o.BySection {
		c.BySection[i] += o.BySection[i]
	}
	for i := range c.Upstream {
		c.Upstream[i] += o.Upstream[i]
		c.Instructions[i] += o.Instructions[i]
	}
	c.Words += o.Words
	c.ScoreAdoption = roundPoints(c.ScoreAdoption + o.ScoreAdoption)
	c.ScoreUpstream = roundPoints(c.ScoreUpstream + o.ScoreUpstream)
	c.ScoreInstruction = roundPoints(c.ScoreInstruction + o.ScoreInstruction)
	c.ScoreQuota = roundPoints(c.ScoreQuota + o.ScoreQuota)
	c.Score = roundPoints(c.Score + o.Score)
	c.QuotaTarget, c.QuotaDone, c.QuotaMissed = c.QuotaTarget+o.QuotaTarget, c.QuotaDone+o.QuotaDone, c.QuotaMissed+o.QuotaMissed
}

func addBreakdown(dst, src []PeriodCounts) {
	for i, p := range src {
		d := &dst[i]
		d.Submissions += p.Submissions
		d.Adopted += p.Adopted
		d.Upstream += p.Upstream
		d.Instructions += p.Instructions
		d.Words += p.Words
		d.Score = roundPoints(d.Score + p.Score)
	}
}
