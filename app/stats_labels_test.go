package app

import (
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/bulletindesk/bulletindesk/editor"
)

// TestStatsWordsColumnFitsItsTotal: the bold total of 字数 was cut to
// 「20962...」 in its 72 px column.
func TestStatsWordsColumnFitsItsTotal(t *testing.T) {
	_, _ = newDeskTestUI(t) // a theme and a driver to measure with
	var words statsColumn
	for _, c := range statsColumns(&editor.Statistics{}) {
		if c.title == "字数" {
			words = c
		}
	}
	rows := []statsRow{{counts: &editor.Counts{Words: 1234}}, {counts: &editor.Counts{Words: 209620}, total: true}}
	th := theme.Current()
	need := fyne.MeasureText("209620", th.Size(theme.SizeNameText), fyne.TextStyle{Bold: true}).Width +
		2*th.Size(theme.SizeNameInnerPadding)
	if got := statsColumnWidth(words, rows); got < need {
		t.Errorf("字数 column is %.0f px, the total needs %.0f", got, need)
	}
}

// TestEnglishStatsLabels: the English screen said 「县区 subtotal」 and
// 「2026年12月」.
func TestEnglishStatsLabels(t *testing.T) {
	table, err := loadTranslations("en")
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range append(slices.Clone(editor.DefaultGroups), editor.UngroupedName) {
		if en := table["group|"+g]; en == "" || hasHan(en) {
			t.Errorf("group %s in English is %q", g, en)
		}
	}
	for _, k := range []string{"%s（%s）", "共{{.N}}期"} { // 「root（Editor, …）」, 「1 issues」
		if en := table[k]; en == "" || strings.ContainsAny(en, "（）") || strings.Contains(en, "} issues") {
			t.Errorf("%s in English is %q", k, en)
		}
	}
	u := &ui{lang: "en"}
	day := time.Date(2026, 12, 15, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		kind editor.PeriodKind
		want string
	}{{editor.PeriodMonth, "December 2026"}, {editor.PeriodQuarter, "2026 Q4"}, {editor.PeriodYear, "2026"}} {
		if got := u.periodLabel(editor.PeriodOf(tc.kind, day)); got != tc.want {
			t.Errorf("%s in English = %q, want %q", tc.kind, got, tc.want)
		}
	}
	if got := (&ui{lang: "zh"}).periodLabel(editor.PeriodOf(editor.PeriodMonth, day)); got != "2026年12月" {
		t.Errorf("month in Chinese = %q", got)
	}
}

func hasHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}
