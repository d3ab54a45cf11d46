package editor

import (
	"context"
	"errors"
	"testing"
)

func TestStatisticsHalfYearQuotas(t *testing.T) {
	f := newStatsFixture(t)
	st, err := f.a.Statistics(context.Background(), StatsQuery{From: statsDay("2022-01-01"), To: statsDay("2022-06-30"), By: PeriodQuarter})
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range st.Units() {
		if u.Unit.ShortName != "A县" {
			continue
		}
		// Q1 as before (30.5 with +10 for the quota); Q2: i8 900字 under v2 4, its 中央 批示 20,
		// and no submissions: the quota missed, −5.
		if u.Score != 49.5 || u.QuotaTarget != 6 || u.QuotaDone != 3 || u.QuotaMissed != 1 || len(u.Quota) != 2 {
			t.Errorf("A县 over the half year: score %v, quota %d/%d, missed %d, checks %+v; want 49.5, 3/6, 1, two",
				u.Score, u.QuotaDone, u.QuotaTarget, u.QuotaMissed, u.Quota)
		}
		if got := []float64{u.Breakdown[0].Score, u.Breakdown[1].Score}; got[0] != 30.5 || got[1] != 19 {
			t.Errorf("A县 by quarter = %v, want [30.5 19]", got)
		}
		return
	}
	t.Fatal("A县 is missing")
}

func TestStatisticsBulletinFilter(t *testing.T) {
	f := newStatsFixture(t)
	other := f.exec(t, `INSERT INTO bulletins(name) VALUES ('组工信息增刊')`)
	is := f.exec(t, `INSERT INTO issues(bulletin_id, year, number, total_number, date, status, updated_at)
		VALUES (?, 2022, 1, 1, '2022-02-10', 'signed', '')`, other)
	sec := f.exec(t, `INSERT INTO sections(issue_id, position, name) VALUES (?, 0, '专题')`, is)
	it := f.exec(t, `INSERT INTO items(section_id, position, lead, words) VALUES (?, 0, '增刊条目。', 100)`, sec)
	f.exec(t, `INSERT INTO item_units(item_id, unit_id) VALUES (?, ?)`, it, f.units["C县"])
	var first int64
	if err := f.a.db.QueryRow(`SELECT MIN(id) FROM bulletins`).Scan(&first); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		bulletin int64
		adopted  int
		sections int
	}{{first, 0, 2}, {other, 1, 1}, {0, 1, 3}} {
		st, err := f.a.Statistics(context.Background(), StatsQuery{From: statsDay("2022-01-01"), To: statsDay("2022-03-31"), BulletinID: tc.bulletin})
		if err != nil {
			t.Fatal(err)
		}
		for _, u := range st.Units() {
			if u.Unit.ShortName == "C县" && u.Adopted != tc.adopted {
				t.Errorf("bulletin %d: C县 adopted %d, want %d", tc.bulletin, u.Adopted, tc.adopted)
			}
		}
		if len(st.Sections) != tc.sections {
			t.Errorf("bulletin %d: sections %v, want %d", tc.bulletin, st.Sections, tc.sections)
		}
	}
	if _, err := f.a.Statistics(context.Background(), StatsQuery{From: statsDay("2022-01-01"), To: statsDay("2022-03-31"), BulletinID: 999}); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown bulletin: err = %v, want ErrNotFound", err)
	}
}

// TestStatisticsBreakdownAddsUp checks, for every way of breaking a period
// down, that each unit's periods add up to its totals and the units to the total.
func TestStatisticsBreakdownAddsUp(t *testing.T) {
	f := newStatsFixture(t)
	for _, by := range PeriodKinds {
		t.Run(string(by), func(t *testing.T) {
			st, err := f.a.Statistics(context.Background(), StatsQuery{From: statsDay("2021-11-15"), To: statsDay("2022-08-20"), By: by})
			if err != nil {
				t.Fatal(err)
			}
			var total Counts
			for _, u := range st.Units() {
				var subs, adopted int
				var score float64
				for _, p := range u.Breakdown {
					subs, adopted, score = subs+p.Submissions, adopted+p.Adopted, roundPoints(score+p.Score)
				}
				if subs != u.Submissions || adopted != u.Adopted || score != u.Score {
					t.Errorf("%s: periods add up to %d, %d, %v; totals %d, %d, %v", u.Unit.ShortName,
						subs, adopted, score, u.Submissions, u.Adopted, u.Score)
				}
				total.Submissions, total.Adopted = total.Submissions+u.Submissions, total.Adopted+u.Adopted
				total.Score = roundPoints(total.Score + u.Score)
			}
			if total.Submissions != st.Total.Submissions || total.Adopted != st.Total.Adopted || total.Score != st.Total.Score {
				t.Errorf("units add up to %+v, total says %d, %d, %v", total, st.Total.Submissions, st.Total.Adopted, st.Total.Score)
			}
		})
	}
}
