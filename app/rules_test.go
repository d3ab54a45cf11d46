package app

import (
	"context"
	"testing"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"

	"github.com/bulletindesk/bulletindesk/editor"
)

// Saving the rules under a new date adds a version: the old period keeps
// the old points, the new one gets the new; quotas are set and cleared.
func TestRulesNewVersionAndQuotas(t *testing.T) {
	u, ar := newComposeTestUI(t)
	ctx := context.Background()
	s := statsOf(t, u)
	u.showKey(keyStats)
	bTap(t, u, lang.L("计分办法"))
	r := s.rules
	before, err := ar.RulesVersions(ctx)
	if err != nil {
		t.Fatal(err)
	}

	bTap(t, u, lang.L("新版本"))
	r.from.SetText("")
	test.Type(r.from, "2026年12月1日")
	r.fields["short"].SetText("")
	test.Type(r.fields["short"], "4")
	r.quotaFields[editor.Quota{Group: "县区", Period: editor.PeriodMonth}].SetText("2")
	r.quotaFields[editor.Quota{Group: "市直", Period: editor.PeriodQuarter}].SetText("")
	bTap(t, u, lang.L("保存"))

	after, _ := ar.RulesVersions(ctx)
	if len(after) != len(before)+1 {
		t.Fatalf("versions %d after saving under a new date, want %d (msg %q)", len(after), len(before)+1, r.msg.Text)
	}
	if got, _ := ar.RulesOn(ctx, bDate(2026, 12, 5)); got.Short != 4 {
		t.Errorf("rules from 2026-12-01: short = %v, want 4", got.Short)
	}
	if got, _ := ar.RulesOn(ctx, bDate(2026, 11, 5)); got.Short != editor.DefaultScoringRules().Short {
		t.Errorf("rules before 2026-12-01 changed: short = %v", got.Short)
	}
	qs, _ := ar.Quotas(ctx)
	want := map[editor.Quota]bool{{Group: "县区", Period: editor.PeriodMonth, Minimum: 2}: true}
	for _, q := range qs {
		if q.Group == "市直" && q.Period == editor.PeriodQuarter {
			t.Errorf("cleared quota still there: %+v", q)
		}
		delete(want, q)
	}
	if len(want) != 0 {
		t.Errorf("quotas %+v lack %+v", qs, want)
	}

	r.fields["share"].SetText("1.5")
	bTap(t, u, lang.L("保存"))
	if r.msg.Text == "" {
		t.Error("a 综合 share of 1.5 was accepted without a word")
	}
}
