package editor

import (
	"context"
	"database/sql"
	"fmt"
)

var (
	demoOutlets = []struct {
		outlet  string
		level   OutletLevel
		per1000 int
	}{
		{"中组部《组工信息》", LevelCentral, 6},
		{"省委组织部《组工信息》", LevelProvincial, 40},
		{"省委办公厅《每日汇报》", LevelProvincial, 10},
		{"市委办公室《江州信息》", LevelCity, 30},
	}
	demoLeaders = []struct {
		leader  string
		level   OutletLevel
		per1000 int
	}{
		{"省委常委、组织部部长", LevelProvincial, 8},
		{"市委书记", LevelCity, 25},
		{"市长", LevelCity, 12},
		{"市委常委、组织部部长", LevelCity, 20},
	}
	demoInstructionTexts = []string{"此做法很好，请组织部总结推广。", "经验值得学习借鉴，请各地结合实际参考。", "请持续跟进，及时报送进展情况。",
		"要坚持问题导向，把好经验固化为长效机制。"}
)

// upstream records, for the year's adopted items (and a few submissions
// adopted only upstream), higher outlets' adoptions and leaders' 批示.
func (g *demoGen) upstream(ctx context.Context, tx *sql.Tx, subs []*Submission, plans []*demoIssuePlan) error {
	r := g.r
	up, err := tx.PrepareContext(ctx, `INSERT INTO upstream_adoptions(submission_id, item_id, outlet, level, date, note) VALUES (?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer up.Close()
	ins, err := tx.PrepareContext(ctx, `INSERT INTO instructions(submission_id, item_id, leader, level, date, text) VALUES (?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer ins.Close()
	later := func(d Date) string {
		d = d.AddDate(0, 0, 5+r.IntN(40))
		if d.After(g.sum.To) {
			d = g.sum.To
		}
		return dateText(d)
	}
	for _, p := range plans {
		for _, it := range p.items {
			if err := g.upstreamItem(ctx, up, ins, it.ID, later(p.date)); err != nil {
				return err
			}
		}
	}
	for _, s := range subs {
		if s.Status == SubmissionReserve && r.IntN(100) < 3 {
			if _, err := up.ExecContext(ctx, s.ID, nil, "省委组织部《组工信息》", string(LevelProvincial), later(s.Received), "直报"); err != nil {
				return fmt.Errorf("demo upstream adoption: %w", err)
			}
			g.sum.UpstreamAdoptions++
		}
	}
	return nil
}

// upstreamItem records, by chance, the outlets adopting an item and the
// leaders' 批示 on it.
func (g *demoGen) upstreamItem(ctx context.Context, up, ins *sql.Stmt, item int64, date string) error {
	r := g.r
	for _, o := range demoOutlets {
		if r.IntN(1000) < o.per1000 {
			if _, err := up.ExecContext(ctx, nil, item, o.outlet, string(o.level), date, ""); err != nil {
				return fmt.Errorf("demo upstream adoption: %w", err)
			}
			g.sum.UpstreamAdoptions++
		}
	}
	for _, l := range demoLeaders {
		if r.IntN(1000) < l.per1000 {
			if _, err := ins.ExecContext(ctx, nil, item, l.leader, string(l.level), date, demoPick(r, demoInstructionTexts)); err != nil {
				return fmt.Errorf("demo 批示: %w", err)
			}
			g.sum.Instructions++
		}
	}
	return nil
}
