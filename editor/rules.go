package editor

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"time"
)

// ScoringRules is the 计分办法 the units are scored by. It is data the
// editor edits, stored as JSON in scoring_rules and versioned by the day it
// takes effect, so last year's ranking keeps last year's rules.
//
// An item of this bulletin crediting a unit scores Short or Long by its
// 字数, plus the bonus for the kind of the unit's source submission and the
// bonus for its section. An item crediting several units (综合) gives each
// of them CombinedShare of those points (or an equal split when
// SplitCombined). Upstream adoptions and 批示 score by level, shared the
// same way when they are recorded on a 综合 item. Each quota period a unit
// meets adds QuotaMet; each it misses takes QuotaMissed away.
type ScoringRules struct {
	Short           float64                 `json:"short"`            // 本刊采用, an item under LengthThreshold 字
	Long            float64                 `json:"long"`             // 本刊采用, an item of LengthThreshold 字 or more
	LengthThreshold int                     `json:"length_threshold"` // 字; 0: every item scores Short
	KindBonus       map[string]float64      `json:"kind_bonus,omitempty"`
	SectionBonus    map[string]float64      `json:"section_bonus,omitempty"`
	CombinedShare   float64                 `json:"combined_share"` // 综合: each credited unit's share, 0..1
	SplitCombined   bool                    `json:"split_combined"` // 综合: divide equally among the credited units instead
	Upstream        map[OutletLevel]float64 `json:"upstream"`       // 上级采用, per piece by level
	Instruction     map[OutletLevel]float64 `json:"instruction"`    // 批示, per instruction by level
	QuotaMet        float64                 `json:"quota_met"`      // per quota period met
	QuotaMissed     float64                 `json:"quota_missed"`   // per quota period missed, subtracted (a positive number)
}

// DefaultScoringRules is the rule set of a new archive: 2 points an item,
// 3 from 800字, 调研 +2, 综合 half, upstream 5/10/20 and 批示 5/10/20 by
// level (市/省/中央), 5 points for each quota period met, 5 off for each missed.
func DefaultScoringRules() ScoringRules {
	return ScoringRules{
		Short:           2,
		Long:            3,
		LengthThreshold: 800,
		KindBonus:       map[string]float64{"调研": 2},
		CombinedShare:   0.5,
		Upstream:        map[OutletLevel]float64{LevelCentral: 20, LevelProvincial: 10, LevelCity: 5},
		Instruction:     map[OutletLevel]float64{LevelCentral: 20, LevelProvincial: 10, LevelCity: 5},
		QuotaMet:        5,
		QuotaMissed:     5,
	}
}

// ErrInvalidRules is returned when scoring rules or a quota cannot be saved as given.
var ErrInvalidRules = errors.New("invalid scoring rules")

// Validate reports the first rule that makes no sense (negative points, a
// share outside 0..1, an unknown level).
func (r ScoringRules) Validate() error {
	bad := func(what string) error { return fmt.Errorf("%w: %s", ErrInvalidRules, what) }
	switch {
	case r.Short < 0 || r.Long < 0 || r.QuotaMet < 0 || r.QuotaMissed < 0:
		return bad("points must not be negative")
	case r.LengthThreshold < 0:
		return bad("the length threshold must not be negative")
	case r.CombinedShare < 0 || r.CombinedShare > 1:
		return bad("the 综合 share must be between 0 and 1")
	}
	for _, m := range []map[OutletLevel]float64{r.Upstream, r.Instruction} {
		for lv := range m {
			if levelIndex(lv) < 0 {
				return bad("unknown level " + string(lv))
			}
		}
	}
	return nil
}

// share is the part of a piece's points one of n credited units gets.
func (r ScoringRules) share(n int) float64 {
	switch {
	case n <= 1:
		return 1
	case r.SplitCombined:
		return 1 / float64(n)
	}
	return r.CombinedShare
}

// ItemPoints is what one of n units credited by an item of this bulletin
// gets: by 字数, kind of its source submission ("" when none) and section.
func (r ScoringRules) ItemPoints(kind, section string, words, n int) float64 {
	p := r.Short
	if r.LengthThreshold > 0 && words >= r.LengthThreshold {
		p = r.Long
	}
	p += r.KindBonus[kind] + r.SectionBonus[section]
	return p * r.share(n)
}

// UpstreamPoints is what one of n credited units gets for an upstream adoption.
func (r ScoringRules) UpstreamPoints(lv OutletLevel, n int) float64 {
	return r.Upstream[lv] * r.share(n)
}

// InstructionPoints is what one of n credited units gets for a 批示.
func (r ScoringRules) InstructionPoints(lv OutletLevel, n int) float64 {
	return r.Instruction[lv] * r.share(n)
}

// roundPoints keeps scores to two decimals so sums of halves and thirds
// compare and print as the editor would write them.
func roundPoints(x float64) float64 { return math.Round(x*100) / 100 }

// LevelName is the Chinese name of a level (中央, 省, 市), the key the UI translates.
func LevelName(lv OutletLevel) string {
	switch lv {
	case LevelCentral:
		return "中央"
	case LevelProvincial:
		return "省"
	case LevelCity:
		return "市"
	}
	return string(lv)
}

func levelIndex(lv OutletLevel) int {
	for i, l := range Levels {
		if l == lv {
			return i
		}
	}
	return -1
}

// RulesVersion is one version of the scoring rules, in force from
// EffectiveFrom until the next version's day. The earliest version also
// covers every day before it.
type RulesVersion struct {
	ID            int64
	EffectiveFrom Date
	Rules         ScoringRules
}

// RulesVersions lists the versions of the scoring rules, oldest first.
func (a *Archive) RulesVersions(ctx context.Context) ([]RulesVersion, error) {
	var vs []RulesVersion
	err := a.read(ctx, func(tx *sql.Tx) error {
		var err error
		vs, err = loadRulesVersions(ctx, tx)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("list the scoring rules: %w", err)
	}
	return vs, nil
}

// SaveRules stores rules as the version in force from the day from,
// replacing a version that starts on the same day. It returns the version's id.
func (a *Archive) SaveRules(ctx context.Context, from Date, r ScoringRules) (int64, error) {
	if err := r.Validate(); err != nil {
		return 0, err
	}
	js, err := json.Marshal(r)
	if err != nil {
		return 0, fmt.Errorf("save the scoring rules: %w", err)
	}
	var id int64
	err = a.tx(ctx, func(tx *sql.Tx) error {
		return tx.QueryRowContext(ctx, `INSERT INTO scoring_rules(effective_from, rules) VALUES (?, ?)
			ON CONFLICT(effective_from) DO UPDATE SET rules = excluded.rules RETURNING id`,
			from.Format(DateLayout), string(js)).Scan(&id)
	})
	if err != nil {
		return 0, fmt.Errorf("save the scoring rules from %s: %w", from.Format(DateLayout), err)
	}
	return id, nil
}

// DeleteRules deletes one version of the scoring rules. The last remaining
// version cannot be deleted (ErrInUse): statistics always need rules.
func (a *Archive) DeleteRules(ctx context.Context, id int64) error {
	err := a.tx(ctx, func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM scoring_rules`).Scan(&n); err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, `DELETE FROM scoring_rules WHERE id = ?`, id)
		if err != nil {
			return err
		}
		if k, _ := res.RowsAffected(); k == 0 {
			return ErrNotFound
		}
		if n <= 1 {
			return fmt.Errorf("the only version of the rules: %w", ErrInUse)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("delete scoring rules %d: %w", id, err)
	}
	return nil
}

// RulesOn returns the scoring rules in force on day d (DefaultScoringRules
// when the archive holds none).
func (a *Archive) RulesOn(ctx context.Context, d Date) (ScoringRules, error) {
	vs, err := a.RulesVersions(ctx)
	if err != nil {
		return ScoringRules{}, err
	}
	return rulesAt(vs, d).Rules, nil
}

// rulesAt picks the version in force on d from vs (oldest first).
func rulesAt(vs []RulesVersion, d Date) RulesVersion {
	if len(vs) == 0 {
		return RulesVersion{Rules: DefaultScoringRules()}
	}
	v := vs[0]
	for _, x := range vs[1:] {
		if x.EffectiveFrom.After(d) {
			break
		}
		v = x
	}
	return v
}

func loadRulesVersions(ctx context.Context, tx *sql.Tx) ([]RulesVersion, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id, effective_from, rules FROM scoring_rules ORDER BY effective_from`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var vs []RulesVersion
	for rows.Next() {
		var v RulesVersion
		var from, js string
		if err := rows.Scan(&v.ID, &from, &js); err != nil {
			return nil, err
		}
		if v.EffectiveFrom, err = time.Parse(DateLayout, from); err != nil {
			return nil, fmt.Errorf("scoring rules %d: bad date %q: %w", v.ID, from, err)
		}
		if err := json.Unmarshal([]byte(js), &v.Rules); err != nil {
			return nil, fmt.Errorf("scoring rules %d: %w", v.ID, err)
		}
		vs = append(vs, v)
	}
	return vs, rows.Err()
}
