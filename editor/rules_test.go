package editor

import (
	"context"
	"errors"
	"reflect"
	"testing"
)

func TestNewArchiveHasDefaultRulesAndQuotas(t *testing.T) {
	ctx := context.Background()
	a := openStatsArchive(t)
	vs, err := a.RulesVersions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(vs) != 1 || !reflect.DeepEqual(vs[0].Rules, DefaultScoringRules()) {
		t.Fatalf("rule versions of a new archive = %+v, want the defaults once", vs)
	}
	qs, err := a.Quotas(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(qs) != len(DefaultQuotas()) {
		t.Errorf("quotas = %+v, want %+v", qs, DefaultQuotas())
	}
}

func TestRulesVersions(t *testing.T) {
	ctx := context.Background()
	a := openStatsArchive(t)
	r2023 := DefaultScoringRules()
	r2023.Short = 4
	id, err := a.SaveRules(ctx, statsDay("2023-01-01"), r2023)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		day   string
		short float64
	}{{"1999-05-01", 2}, {"2022-12-31", 2}, {"2023-01-01", 4}, {"2030-01-01", 4}} {
		t.Run(tc.day, func(t *testing.T) {
			r, err := a.RulesOn(ctx, statsDay(tc.day))
			if err != nil {
				t.Fatal(err)
			}
			if r.Short != tc.short {
				t.Errorf("Short on %s = %v, want %v", tc.day, r.Short, tc.short)
			}
		})
	}
	r2023.Short = 5 // saving on the same day replaces that version
	if id2, err := a.SaveRules(ctx, statsDay("2023-01-01"), r2023); err != nil || id2 != id {
		t.Fatalf("resave = %d, %v; want id %d", id2, err, id)
	}
	if err := a.DeleteRules(ctx, id); err != nil {
		t.Fatal(err)
	}
	vs, _ := a.RulesVersions(ctx)
	if len(vs) != 1 {
		t.Fatalf("versions after delete = %d, want 1", len(vs))
	}
	if err := a.DeleteRules(ctx, vs[0].ID); !errors.Is(err, ErrInUse) {
		t.Errorf("deleting the last version: err = %v, want ErrInUse", err)
	}
}

func TestSaveRulesRejectsNonsense(t *testing.T) {
	a := openStatsArchive(t)
	r := DefaultScoringRules()
	r.CombinedShare = 1.5
	if _, err := a.SaveRules(context.Background(), statsDay("2023-01-01"), r); !errors.Is(err, ErrInvalidRules) {
		t.Errorf("err = %v, want ErrInvalidRules", err)
	}
}

func TestQuotasCRUD(t *testing.T) {
	ctx := context.Background()
	a := openStatsArchive(t)
	if err := a.SaveQuota(ctx, Quota{Group: "县区", Period: PeriodQuarter, Minimum: 12}); err != nil {
		t.Fatal(err)
	}
	if err := a.DeleteQuota(ctx, "市直", PeriodQuarter); err != nil {
		t.Fatal(err)
	}
	qs, _ := a.Quotas(ctx)
	if want := []Quota{{"县区", PeriodQuarter, 12}}; !reflect.DeepEqual(qs, want) {
		t.Errorf("quotas = %+v, want %+v", qs, want)
	}
	if err := a.DeleteQuota(ctx, "市直", PeriodQuarter); !errors.Is(err, ErrNotFound) {
		t.Errorf("deleting a missing quota: err = %v, want ErrNotFound", err)
	}
	if err := a.SaveQuota(ctx, Quota{Group: "县区", Period: "week", Minimum: 1}); !errors.Is(err, ErrInvalidRules) {
		t.Errorf("a weekly quota: err = %v, want ErrInvalidRules", err)
	}
}

func TestItemPoints(t *testing.T) {
	r := DefaultScoringRules()
	r.SectionBonus = map[string]float64{"经验交流": 1}
	split := r
	split.SplitCombined = true
	for _, tc := range []struct {
		name          string
		r             ScoringRules
		kind, section string
		words, n      int
		want          float64
	}{
		{"short", r, "信息", "市内信息", 799, 1, 2},
		{"at the threshold", r, "信息", "市内信息", 800, 1, 3},
		{"调研 bonus", r, "调研", "市内信息", 100, 1, 4},
		{"section bonus", r, "", "经验交流", 100, 1, 3},
		{"综合 half", r, "信息", "市内信息", 100, 3, 1},
		{"综合 split in three", split, "信息", "市内信息", 900, 3, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.r.ItemPoints(tc.kind, tc.section, tc.words, tc.n); got != tc.want {
				t.Errorf("ItemPoints = %v, want %v", got, tc.want)
			}
		})
	}
}
