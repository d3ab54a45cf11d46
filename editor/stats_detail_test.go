package editor

import (
	"context"
	"errors"
	"testing"
)

func TestStatsDetailAddsUpToTheScore(t *testing.T) {
	f := newStatsFixture(t)
	q := StatsQuery{From: statsDay("2022-01-01"), To: statsDay("2022-03-31")}
	d, err := f.a.StatsDetail(context.Background(), f.units["A县"], q)
	if err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, s := range d.Submissions {
		titles = append(titles, s.Title+"@"+s.AdoptedIn())
	}
	want := []string{"来稿s1@2022年第1期 市内信息", "来稿s2@2022年第1期 市内信息", "来稿s3@"}
	if !statsEqualStrings(titles, want) {
		t.Errorf("submissions = %q, want %q", titles, want)
	}
	var sum float64
	var items []string
	for _, it := range d.Items {
		sum += it.Points
		items = append(items, it.Lead)
	}
	if want := []string{"条目i1。", "条目i2。", "条目i4。"}; !statsEqualStrings(items, want) {
		t.Errorf("items = %q, want %q", items, want)
	}
	if !d.Items[1].Combined() || !statsEqualStrings(d.Items[1].Units, []string{"A县", "B县"}) {
		t.Errorf("i2 units = %v, want the 综合 pair A县、B县", d.Items[1].Units)
	}
	for _, c := range append(d.Upstream, d.Instructions...) {
		sum += c.Points
	}
	for _, c := range d.Quota {
		sum += c.Points
	}
	if sum != 30.5 || d.Unit.ShortName != "A县" || len(d.Quota) != 1 || !d.Quota[0].Met {
		t.Errorf("detail of %s: points add up to %v with quota %+v; want 30.5 and Q1 met", d.Unit.ShortName, sum, d.Quota)
	}
}

func TestEachStatsRow(t *testing.T) {
	f := newStatsFixture(t)
	var units []string
	err := f.a.EachStatsRow(context.Background(), StatsQuery{From: statsDay("2022-01-01"), To: statsDay("2022-03-31")},
		func(r DetailRow) error {
			units = append(units, r.UnitName)
			return nil
		})
	if err != nil {
		t.Fatal(err)
	}
	// s9 was received in 2021 and is left out; s8's unit is not known.
	want := []string{"A县委组织部", "B县委组织部", "A县委组织部", "D局委组织部", "A县委组织部", "B县委组织部", "B县委组织部", UnknownUnitName}
	if !statsEqualStrings(units, want) {
		t.Errorf("rows = %q, want %q", units, want)
	}
}

func TestStatsDetailUnknownUnit(t *testing.T) {
	f := newStatsFixture(t)
	d, err := f.a.StatsDetail(context.Background(), 0, StatsQuery{From: statsDay("2022-01-01"), To: statsDay("2022-03-31")})
	if err != nil {
		t.Fatal(err)
	}
	if d.Unit.Name != UnknownUnitName || len(d.Submissions) != 1 || d.Submissions[0].Title != "来稿s8" || len(d.Items) != 0 {
		t.Errorf("unknown unit's detail = %+v, want s8 alone", d)
	}
	if _, err := f.a.StatsDetail(context.Background(), 12345, StatsQuery{From: statsDay("2022-01-01"), To: statsDay("2022-03-31")}); !errors.Is(err, ErrNotFound) {
		t.Errorf("a unit that does not exist: err = %v, want ErrNotFound", err)
	}
}
