package app

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/editor"
)

// 新版本 adds a version from a date; edits save themselves into the version
// selected, without a Save button: the old period keeps the old points, the
// new one gets the new; quotas are set and cleared as typed.
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

	r.addVersion("2026年12月1日")
	after, _ := ar.RulesVersions(ctx)
	if len(after) != len(before)+1 {
		t.Fatalf("versions %d after 新版本, want %d (msg %q)", len(after), len(before)+1, r.msg.Text)
	}
	r.fields["short"].SetText("")
	test.Type(r.fields["short"], "4")
	r.quotaFields[editor.Quota{Group: "县区", Period: editor.PeriodMonth}].SetText("2")
	r.quotaFields[editor.Quota{Group: "市直", Period: editor.PeriodQuarter}].SetText("")

	if got, _ := ar.RulesOn(ctx, bDate(2026, 12, 5)); got.Short != 4 {
		t.Errorf("rules from 2026-12-01: short = %v, want 4 (msg %q)", got.Short, r.msg.Text)
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
	if r.msg.Text == "" {
		t.Error("a 综合 share of 1.5 was accepted without a word")
	}
	if got, _ := ar.RulesOn(ctx, bDate(2026, 12, 5)); got.CombinedShare > 1 {
		t.Errorf("a 综合 share of %v was stored", got.CombinedShare)
	}

	r.selectDate(before[0].EffectiveFrom)
	if got := r.fields["short"].Text; got != statsScore(before[0].Rules.Short) {
		t.Errorf("the earlier version shows short = %q, want its own %v", got, before[0].Rules.Short)
	}
	if got, _ := ar.RulesOn(ctx, bDate(2026, 12, 5)); got.Short != 4 {
		t.Errorf("showing another version changed the new one: short = %v", got.Short)
	}
}

// 新版本 opens with the cursor in a date field wide enough for the date, and
// Enter adds the version.
func TestRulesNewVersionDialogFitsAndTakesEnter(t *testing.T) {
	u, ar := newComposeTestUI(t)
	s := statsOf(t, u)
	u.showKey(keyStats)
	bTap(t, u, lang.L("计分办法"))
	before, _ := ar.RulesVersions(context.Background())
	s.rules.newVersion()
	e, ok := u.win.Canvas().Focused().(*widget.Entry)
	if !ok {
		t.Fatalf("新版本 leaves the cursor in %T, want its date", u.win.Canvas().Focused())
	}
	if w, want := e.Size().Width, fyne.MeasureText("2026年12月31日", e.Theme().Size(theme.SizeNameText), fyne.TextStyle{}).Width; w < want {
		t.Errorf("the date field is %v wide, too narrow for a date (%v)", w, want)
	}
	e.SetText("2026-12-01")
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if after, _ := ar.RulesVersions(context.Background()); len(after) != len(before)+1 {
		t.Errorf("versions %d after Enter, want %d", len(after), len(before)+1)
	}
}

// TestDefaultRulesVersionReadsNaturally: the version every archive starts
// with was shown as 「计分办法：2000年1月1日起施行的版本」.
func TestDefaultRulesVersionReadsNaturally(t *testing.T) {
	u, _ := newComposeTestUI(t)
	s := statsOf(t, u)
	u.showKey(keyStats)
	bTap(t, u, lang.L("计分办法"))
	if got := s.rules.from.Text; strings.Contains(got, "2000") || !strings.Contains(got, "默认版本") {
		t.Errorf("the first version reads %q, want the default version without 2000年", got)
	}
	if got := s.status.Text; strings.Contains(got, "2000年") {
		t.Errorf("the statistics say %q", got)
	}
	row := s.rules.list.CreateItem()
	s.rules.list.UpdateItem(0, row)
	if got := row.(*widget.Label).Text; got != "默认版本" {
		t.Errorf("the list of versions shows %q, want 默认版本 (it read 2000年1月1日起)", got)
	}
}

// 计分办法 names the quotas a new archive starts with and from when they
// count, and so does the first start's 从空白开始: an office's first 通报
// listed units as 未完成 for a task nobody had told them of (review R8).
func TestRulesNameTheSeededQuotas(t *testing.T) {
	u, _ := newComposeTestUI(t)
	u.showKey(keyStats)
	bTap(t, u, lang.L("计分办法"))
	note := quotaRulesNote()
	if !bWalk(u.win.Content(), func(o fyne.CanvasObject) bool { l, ok := o.(*widget.Label); return ok && l.Text == note }) {
		t.Errorf("计分办法 does not show %q", note)
	}
	for _, q := range editor.DefaultQuotas() {
		n := strconv.Itoa(q.Minimum) + "篇"
		if !strings.Contains(note, q.Group) || !strings.Contains(note, n) {
			t.Errorf("the note %q does not name %s's %s", note, q.Group, n)
		}
		if !strings.Contains(blankStartKey, q.Group+"每季度"+n) {
			t.Errorf("从空白开始 does not name %s每季度%s", q.Group, n)
		}
	}
}
