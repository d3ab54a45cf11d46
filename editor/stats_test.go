package editor

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
)

// statsFixture is a small archive whose numbers are worked out by hand in
// TestStatistics: units A县, B县, C县 (县区, C sends nothing), D局 (市直),
// an inactive E局 with nothing; rules v1 from 2000, v2 from 2022-02-15;
// quota 县区 ≥3 a quarter.
type statsFixture struct {
	a     *Archive
	units map[string]int64
	subs  map[string]int64
	items map[string]int64
	issue map[string]int64
}

func statsDay(s string) Date {
	d, err := time.Parse(DateLayout, s)
	if err != nil {
		panic(err)
	}
	return d
}

func openStatsArchive(t testing.TB) *Archive {
	t.Helper()
	ctx := context.Background()
	a, err := Open(ctx, testArchiveDSN(t, "stats.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close() })
	return a
}

// exec runs a fixture's statement; an INSERT into a table with ids
// returns the new row's id (RETURNING id, which both engines understand).
func (f *statsFixture) exec(t *testing.T, q string, args ...any) int64 {
	t.Helper()
	var id int64
	var err error
	if table, ok := insertTable(q); ok && !slices.Contains([]string{"item_units", "adoptions", "quotas", "settings"}, table) {
		err = f.a.db.QueryRow(q+" RETURNING id", args...).Scan(&id)
	} else {
		_, err = f.a.db.Exec(q, args...)
	}
	if err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return id
}

// insertTable is the table an INSERT statement writes.
func insertTable(q string) (string, bool) {
	rest, ok := strings.CutPrefix(strings.TrimSpace(q), "INSERT INTO ")
	if !ok {
		return "", false
	}
	name, _, _ := strings.Cut(rest, "(")
	return strings.TrimSpace(name), true
}

func fixtureRules(short, long float64, threshold int, quotaMet float64) ScoringRules {
	r := DefaultScoringRules()
	r.Short, r.Long, r.LengthThreshold, r.QuotaMet, r.QuotaMissed = short, long, threshold, quotaMet, 5
	r.KindBonus = map[string]float64{"调研": 2}
	r.CombinedShare = 0.5
	r.Upstream = map[OutletLevel]float64{LevelCentral: 20, LevelProvincial: 10, LevelCity: 5}
	r.Instruction = map[OutletLevel]float64{LevelCentral: 20, LevelProvincial: 10, LevelCity: 5}
	return r
}

func newStatsFixture(t *testing.T) *statsFixture {
	f := &statsFixture{a: openStatsArchive(t), units: map[string]int64{}, subs: map[string]int64{},
		items: map[string]int64{}, issue: map[string]int64{}}
	f.exec(t, `DELETE FROM scoring_rules`)
	f.exec(t, `DELETE FROM quotas`)
	for _, v := range []struct {
		from string
		r    ScoringRules
	}{{"2000-01-01", fixtureRules(2, 3, 800, 5)}, {"2022-02-15", fixtureRules(4, 6, 1000, 10)}} {
		js, _ := json.Marshal(v.r)
		f.exec(t, `INSERT INTO scoring_rules(effective_from, rules) VALUES (?, ?)`, v.from, string(js))
	}
	f.exec(t, `INSERT INTO quotas(grp, period, minimum) VALUES ('县区', 'quarter', 3)`)
	for i, u := range []struct{ name, grp string }{{"A县", "县区"}, {"B县", "县区"}, {"C县", "县区"}, {"D局", "市直"}, {"E局", "市直"}} {
		f.units[u.name] = f.exec(t, `INSERT INTO units(name, short_name, grp, active, position) VALUES (?, ?, ?, ?, ?)`,
			u.name+"委组织部", u.name, u.grp, u.name != "E局", i+1)
	}
	f.addSubmissions(t)
	f.addIssues(t)
	f.addLevelled(t)
	return f
}

func (f *statsFixture) addSubmissions(t *testing.T) {
	for _, s := range []struct{ key, unit, received, kind string }{
		{"s1", "A县", "2022-01-05", "信息"}, {"s2", "A县", "2022-01-10", "调研"}, {"s3", "A县", "2022-02-20", "信息"},
		{"s4", "B县", "2022-01-08", "信息"}, {"s5", "B县", "2022-03-01", "信息"}, {"s6", "B县", "2022-03-02", "简讯"},
		{"s7", "D局", "2022-02-01", "信息"}, {"s8", "", "2022-03-05", "信息"}, {"s9", "A县", "2021-12-30", "信息"},
	} {
		var unit any
		if s.unit != "" {
			unit = f.units[s.unit]
		}
		f.subs[s.key] = f.exec(t, `INSERT INTO submissions(unit_id, received, kind, title, text, words, updated_at)
			VALUES (?, ?, ?, ?, '正文。', 300, '')`, unit, s.received, s.kind, "来稿"+s.key)
	}
}

func (f *statsFixture) addIssues(t *testing.T) {
	var bulletin int64
	if err := f.a.db.QueryRow(`SELECT id FROM bulletins ORDER BY id LIMIT 1`).Scan(&bulletin); err != nil {
		t.Fatal(err)
	}
	sections := map[string]int64{}
	for n, is := range []struct{ key, date string }{{"I1", "2022-01-20"}, {"I2", "2022-03-10"}, {"I3", "2022-04-02"}} {
		f.issue[is.key] = f.exec(t, `INSERT INTO issues(bulletin_id, year, number, total_number, date, status, updated_at)
			VALUES (?, 2022, ?, ?, ?, 'signed', '')`, bulletin, n+1, n+100, is.date)
		for p, name := range []string{"市内信息", "市外参考"} {
			sections[is.key+name] = f.exec(t, `INSERT INTO sections(issue_id, position, name) VALUES (?, ?, ?)`, f.issue[is.key], p, name)
		}
	}
	for _, it := range []struct {
		key, section string
		words        int
		units, subs  []string
	}{
		{"i1", "I1市内信息", 900, []string{"A县"}, []string{"s2"}},
		{"i2", "I1市内信息", 500, []string{"A县", "B县"}, []string{"s1", "s4"}},
		{"i3", "I1市外参考", 700, nil, nil},
		{"i4", "I1市内信息", 300, []string{"A县"}, []string{"s9"}},
		{"i5", "I2市内信息", 900, []string{"B县"}, []string{"s5"}},
		{"i6", "I2市内信息", 1000, []string{"D局"}, []string{"s7"}},
		{"i7", "I2市内信息", 200, []string{"B县", "D局"}, nil},
		{"i8", "I3市内信息", 900, []string{"A县"}, nil},
	} {
		id := f.exec(t, `INSERT INTO items(section_id, position, lead, body, words) VALUES (?, ?, ?, '正文。', ?)`,
			sections[it.section], len(f.items), "条目"+it.key+"。", it.words)
		f.items[it.key] = id
		for _, u := range it.units {
			f.exec(t, `INSERT INTO item_units(item_id, unit_id) VALUES (?, ?)`, id, f.units[u])
		}
		for _, s := range it.subs {
			f.exec(t, `INSERT INTO adoptions(item_id, submission_id) VALUES (?, ?)`, id, f.subs[s])
			f.exec(t, `UPDATE submissions SET status = 'adopted' WHERE id = ?`, f.subs[s])
		}
	}
}

func (f *statsFixture) addLevelled(t *testing.T) {
	for _, u := range []struct {
		table, item, sub, level, date string
	}{
		{"upstream_adoptions", "i1", "", "provincial", "2022-02-01"},
		{"upstream_adoptions", "", "s4", "central", "2022-03-20"},
		{"instructions", "i2", "", "city", "2022-03-15"},
		{"instructions", "", "s7", "central", "2022-03-25"},
		{"instructions", "i7", "", "city", "2022-03-26"},
		{"instructions", "i8", "", "central", "2022-04-05"}, // after the period
	} {
		var item, sub any
		if u.item != "" {
			item = f.items[u.item]
		}
		if u.sub != "" {
			sub = f.subs[u.sub]
		}
		col := "outlet"
		if u.table == "instructions" {
			col = "leader"
		}
		f.exec(t, `INSERT INTO `+u.table+`(item_id, submission_id, level, date, `+col+`) VALUES (?, ?, ?, ?, '某')`, item, sub, u.level, u.date)
	}
}

// unitRow is what TestStatistics checks of one unit.
type unitRow struct {
	Name                                string
	Rank                                int
	Subs                                int
	Adopted, Single, Combined, Words    int
	Upstream, Instructions              [3]int
	Score                               float64
	QuotaTarget, QuotaDone, QuotaMissed int
}

func rowOf(u UnitStats) unitRow {
	c := u.Counts
	return unitRow{u.Unit.ShortName, u.Rank, c.Submissions, c.Adopted, c.Single, c.Combined, c.Words,
		c.Upstream, c.Instructions, c.Score, c.QuotaTarget, c.QuotaDone, c.QuotaMissed}
}

func TestStatistics(t *testing.T) {
	f := newStatsFixture(t)
	st, err := f.a.Statistics(context.Background(), StatsQuery{From: statsDay("2022-01-01"), To: statsDay("2022-03-31"), By: PeriodMonth})
	if err != nil {
		t.Fatal(err)
	}
	// A: i1 long 3+调研2 =5, i2 综合 2×0.5 =1, i4 2 (rules v1); upstream 省 10; 批示 市 on 综合 i2 2.5; quota met +10 (v2) = 30.5
	// B: i2 1 (v1), i5 900字 < 1000 under v2: 4, i7 综合 4×0.5 =2; upstream 中央 20; 批示 2.5+2.5; quota +10 = 42
	// C: nothing; quota missed −5.  D: i6 1000字 long 6, i7 2; 批示 中央 20 + 市 2.5 = 30.5, no quota for 市直.
	want := []unitRow{
		{"B县", 1, 3, 3, 1, 2, 1600, [3]int{1, 0, 0}, [3]int{0, 0, 2}, 42, 3, 3, 0},
		{"A县", 2, 3, 3, 2, 1, 1700, [3]int{0, 1, 0}, [3]int{0, 0, 1}, 30.5, 3, 3, 0},
		{"C县", 4, 0, 0, 0, 0, 0, [3]int{}, [3]int{}, -5, 3, 0, 1},
		{"D局", 2, 1, 2, 1, 1, 1200, [3]int{}, [3]int{1, 0, 1}, 30.5, 0, 0, 0},
		{UnknownUnitName, 0, 1, 0, 0, 0, 0, [3]int{}, [3]int{}, 0, 0, 0, 0},
	}
	got := map[string]unitRow{}
	for _, u := range st.Units() {
		got[u.Unit.ShortName] = rowOf(u)
	}
	if len(got) != len(want) {
		t.Errorf("units = %v, want %d rows (the inactive E局 with nothing left out)", got, len(want))
	}
	for _, w := range want {
		if g := got[w.Name]; g != w {
			t.Errorf("%s:\n got %+v\nwant %+v", w.Name, g, w)
		}
	}
	checkGroupsAndTotals(t, st)
}

func checkGroupsAndTotals(t *testing.T, st *Statistics) {
	t.Helper()
	var names []string
	for _, g := range st.Groups {
		names = append(names, g.Name)
	}
	if want := []string{"县区", "市直", UngroupedName}; !statsEqualStrings(names, want) {
		t.Fatalf("groups = %v, want %v", names, want)
	}
	if g := st.Groups[0].Total; g.Submissions != 6 || g.Adopted != 6 || g.Score != 67.5 {
		t.Errorf("县区 subtotal = %d submissions, %d adopted, score %v; want 6, 6, 67.5", g.Submissions, g.Adopted, g.Score)
	}
	if c := st.Total; c.Submissions != 8 || c.Adopted != 8 || c.Score != 98 || c.Words != 4500 {
		t.Errorf("total = %d submissions, %d adopted, score %v, %d字; want 8, 8, 98, 4500", c.Submissions, c.Adopted, c.Score, c.Words)
	}
	if want := []string{"信息", "调研", "简讯", "经验", "其他"}; !statsEqualStrings(st.Kinds, want) {
		t.Errorf("kinds = %v, want %v", st.Kinds, want)
	}
	if want := []string{"市内信息", "市外参考"}; !statsEqualStrings(st.Sections, want) {
		t.Errorf("sections = %v, want %v", st.Sections, want)
	}
	if k := st.Total.ByKind; k[0] != 6 || k[1] != 1 || k[2] != 1 {
		t.Errorf("by kind = %v, want 信息 6, 调研 1, 简讯 1", k)
	}
	if len(st.Rules) != 2 {
		t.Errorf("rules in force = %d versions, want 2", len(st.Rules))
	}
}

func TestStatisticsBreakdown(t *testing.T) {
	f := newStatsFixture(t)
	st, err := f.a.Statistics(context.Background(), StatsQuery{From: statsDay("2022-01-01"), To: statsDay("2022-03-31"), By: PeriodMonth})
	if err != nil {
		t.Fatal(err)
	}
	var labels []string
	for _, p := range st.Periods {
		labels = append(labels, p.Label)
	}
	if want := []string{"2022年1月", "2022年2月", "2022年3月"}; !statsEqualStrings(labels, want) {
		t.Fatalf("periods = %v, want %v", labels, want)
	}
	want := map[string][]PeriodCounts{
		"A县": {{Submissions: 2, Adopted: 3, Words: 1700, Score: 8}, {Submissions: 1, Upstream: 1, Score: 10}, {Instructions: 1, Score: 12.5}},
		"B县": {{Submissions: 1, Adopted: 1, Words: 500, Score: 1}, {}, {Submissions: 2, Adopted: 2, Upstream: 1, Instructions: 2, Words: 1100, Score: 41}},
		"C县": {{}, {}, {Score: -5}},
	}
	for _, u := range st.Units() {
		w, ok := want[u.Unit.ShortName]
		if !ok {
			continue
		}
		for i := range w {
			if u.Breakdown[i] != w[i] {
				t.Errorf("%s %s = %+v, want %+v", u.Unit.ShortName, labels[i], u.Breakdown[i], w[i])
			}
		}
	}
}

func TestStatisticsQuotaNeedsWholePeriods(t *testing.T) {
	f := newStatsFixture(t)
	st, err := f.a.Statistics(context.Background(), StatsQuery{From: statsDay("2022-01-01"), To: statsDay("2022-02-28"), By: PeriodQuarter})
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range st.Units() {
		if u.QuotaTarget != 0 || u.Quota != nil {
			t.Errorf("%s: quota %d over two months of a quarterly quota, want none", u.Unit.ShortName, u.QuotaTarget)
		}
	}
	if len(st.Periods) != 1 || st.Periods[0].Label != "2022年第1季度" {
		t.Errorf("periods = %+v, want the first quarter", st.Periods)
	}
}

func TestStatisticsSignedOnly(t *testing.T) {
	f := newStatsFixture(t)
	f.exec(t, `UPDATE issues SET status = 'draft' WHERE id = ?`, f.issue["I2"])
	st, err := f.a.Statistics(context.Background(), StatsQuery{From: statsDay("2022-01-01"), To: statsDay("2022-03-31"), SignedOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if st.Total.Adopted != 4 {
		t.Errorf("adopted in signed issues = %d, want 4 (I1: i1, i2 twice, i4)", st.Total.Adopted)
	}
	// D局's 批示: the central one on its submission s7 counts; the city one
	// on item i7 of the draft I2 does not.
	for _, u := range st.Units() {
		if u.Unit.ShortName == "D局" && u.Instructions != [3]int{1, 0, 0} {
			t.Errorf("D局 批示 by level = %v, want [1 0 0]: the draft issue's item must not count", u.Instructions)
		}
	}
}

func TestRankUnitsTies(t *testing.T) {
	scores := []float64{5, 9, 7, 9, 0, 7}
	var us []*UnitStats
	for _, s := range scores {
		us = append(us, &UnitStats{Counts: Counts{Score: s}})
	}
	in := append([]*UnitStats(nil), us...)
	rankUnits(us)
	var got []int
	for _, u := range in {
		got = append(got, u.Rank)
	}
	want := []int{5, 1, 3, 1, 6, 3}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("ranks of %v = %v, want %v", scores, got, want)
		}
	}
}

func TestStatisticsBadPeriod(t *testing.T) {
	a := openStatsArchive(t)
	_, err := a.Statistics(context.Background(), StatsQuery{From: statsDay("2022-02-01"), To: statsDay("2022-01-01")})
	if !errors.Is(err, ErrBadPeriod) {
		t.Errorf("err = %v, want ErrBadPeriod", err)
	}
}

func statsEqualStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestAdoptionRate(t *testing.T) {
	tests := []struct {
		name string
		c    Counts
		want float64
	}{
		{"adopted 来稿 over 报送", Counts{Submissions: 46, SubmissionsAdopted: 2, Adopted: 2}, 2.0 / 46},
		{"nothing submitted", Counts{Adopted: 1}, 0},
		{"综合 credits are not in the rate", Counts{Submissions: 1, SubmissionsAdopted: 1, Adopted: 2, Combined: 1}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.c.AdoptionRate(); got != tt.want {
				t.Errorf("AdoptionRate() = %v, want %v", got, tt.want)
			}
		})
	}
}

// A new office's archive, whose first 来稿 came in November 2026: the
// quarters before it are not checked against the 报送任务 (its busiest unit
// was 未完成 at −5 points for each of them, ranked last); the quarter of
// its first 来稿 is, and the statistics say how many periods were left
// out (review R8). An archive without any 来稿 checks no quota.
func TestStatisticsQuotaFromTheArchivesFirstSubmission(t *testing.T) {
	ctx := context.Background()
	a := archiveTestOpen(t)
	units := archiveTestUnits(t, a)
	q := StatsQuery{From: statsDay("2026-01-01"), To: statsDay("2026-12-31"), By: PeriodMonth}
	st, err := a.Statistics(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range st.Units() {
		if len(u.Quota) != 0 {
			t.Errorf("empty archive: %s has %d quota periods checked, want none", u.Unit.ShortName, len(u.Quota))
		}
	}
	if !st.QuotaFrom.IsZero() || st.QuotaSkipped != 4 {
		t.Errorf("empty archive: QuotaFrom %v, skipped %d, want zero and the 4 quarters", st.QuotaFrom, st.QuotaSkipped)
	}
	var subs []*Submission
	for i := 0; i < 4; i++ {
		subs = append(subs, &Submission{UnitID: units[0].ID, Title: fmt.Sprintf("来稿%d", i), Text: fmt.Sprintf("第%d篇正文。", i), Received: statsDay("2026-11-20")})
	}
	if err := a.AddSubmissions(ctx, subs); err != nil {
		t.Fatal(err)
	}
	if st, err = a.Statistics(ctx, q); err != nil {
		t.Fatal(err)
	}
	if got := st.QuotaFrom.Format(DateLayout); got != "2026-11-20" || st.QuotaSkipped != 3 {
		t.Errorf("QuotaFrom %s, skipped %d, want 2026-11-20 and 3 quarters", got, st.QuotaSkipped)
	}
	for _, u := range st.Units() {
		var got []string
		for _, c := range u.Quota {
			got = append(got, c.Period.Label)
		}
		if strings.Join(got, ",") != "2026年第4季度" {
			t.Errorf("%s: quota periods checked %v, want only 2026年第4季度", u.Unit.ShortName, got)
		}
		if u.Unit.ID == units[0].ID && (u.ScoreQuota != -5 || u.Breakdown[2].Score != 0) {
			t.Errorf("%s: quota points %v, March %v; want −5 for the fourth quarter alone", u.Unit.ShortName, u.ScoreQuota, u.Breakdown[2].Score)
		}
	}
}
