package app

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/editor"
)

// statsColumn is one column of the statistics table. key orders units when
// the editor clicks the header (nil: by name).
type statsColumn struct {
	title string
	width float32
	most  float32 // widest the cells may make it (0: as wide as they need)
	text  func(r statsRow) string
	key   func(u *editor.UnitStats) float64
}

// statsRow is a unit, a group's subtotal or the total line.
type statsRow struct {
	unit   *editor.UnitStats // nil for subtotal and total
	group  string
	counts *editor.Counts
	total  bool
}

func statsInt(n int) string { return strconv.Itoa(n) }

// statsScore prints a score as the editor writes it: 12, 12.5, 12.25.
func statsScore(x float64) string {
	return strings.TrimSuffix(strings.TrimRight(strconv.FormatFloat(x, 'f', 2, 64), "0"), ".")
}

func statsPercent(x float64) string { return fmt.Sprintf("%.1f%%", x*100) }

// statsColumns are the table's columns for st: fixed ones and one per kind.
func statsColumns(st *editor.Statistics) []statsColumn {
	num := func(title string, f func(c *editor.Counts) int) statsColumn {
		return statsColumn{title: title, width: 72,
			text: func(r statsRow) string { return statsInt(f(r.counts)) },
			key:  func(u *editor.UnitStats) float64 { return float64(f(&u.Counts)) }}
	}
	cols := []statsColumn{
		{title: lang.L("名次"), width: 60, text: func(r statsRow) string {
			if r.unit == nil || r.unit.Rank == 0 {
				return ""
			}
			return statsInt(r.unit.Rank)
		}, key: statsRankKey},
		{title: lang.L("单位"), width: 180, most: 280, text: statsRowName},
		{title: lang.L("得分"), width: 80,
			text: func(r statsRow) string { return statsScore(r.counts.Score) },
			key:  func(u *editor.UnitStats) float64 { return u.Score }},
		num(lang.L("报送"), func(c *editor.Counts) int { return c.Submissions }),
		num(lang.L("采用"), func(c *editor.Counts) int { return c.Adopted }),
		num(lang.L("单独采用"), func(c *editor.Counts) int { return c.Single }),
		num(lang.L("综合采用"), func(c *editor.Counts) int { return c.Combined }),
		num(lang.L("被采用来稿"), func(c *editor.Counts) int { return c.SubmissionsAdopted }),
		{title: lang.L("采用率"), width: 80,
			text: statsRateText,
			key:  func(u *editor.UnitStats) float64 { return u.AdoptionRate() }},
		num(lang.L("上级采用"), func(c *editor.Counts) int { return c.UpstreamTotal() }),
		num(lang.L("批示"), func(c *editor.Counts) int { return c.InstructionTotal() }),
		num(lang.L("字数"), func(c *editor.Counts) int { return c.Words }),
		{title: lang.L("任务完成"), width: 100, text: statsQuotaText,
			key: func(u *editor.UnitStats) float64 { return u.QuotaRate() }},
	}
	// submissions by kind last: the workbook has them all, the screen keeps them at hand
	for i, k := range st.Kinds {
		c := num(k, func(c *editor.Counts) int {
			if i < len(c.ByKind) {
				return c.ByKind[i]
			}
			return 0
		})
		c.width = 60
		cols = append(cols, c)
	}
	return cols
}

// statsColumnWidth is the column's width, or more when its header (with a
// sort arrow) or a cell needs it: translated headers are longer than the
// Chinese, and the bold total of 字数 was cut to 「20962...」.
func statsColumnWidth(c statsColumn, rows []statsRow) float32 {
	th := theme.Current()
	size, pad := th.Size(theme.SizeNameText), 2*th.Size(theme.SizeNameInnerPadding)
	w := max(c.width, fyne.MeasureText(c.title+" ▼", size, fyne.TextStyle{}).Width+pad)
	if c.text == nil {
		return w
	}
	cells := w
	for _, r := range rows {
		cells = max(cells, fyne.MeasureText(c.text(r), size, fyne.TextStyle{Bold: true}).Width+pad)
	}
	if c.most > 0 {
		cells = min(cells, c.most) // a long unit name truncates; its detail shows it whole
	}
	return max(w, cells)
}

// statsRankKey orders unranked units (rank 0) after every ranked one.
func statsRankKey(u *editor.UnitStats) float64 {
	if u.Rank == 0 {
		return 1e9
	}
	return float64(u.Rank)
}

func statsRowName(r statsRow) string {
	switch {
	case r.total:
		return lang.L("合计")
	case r.unit == nil:
		return lang.L("{{.Group}}小计", map[string]any{"Group": groupLabel(r.group)})
	case r.unit.Unit.ID == 0:
		return lang.L("（未识别单位）")
	case r.unit.Unit.ShortName != "":
		return r.unit.Unit.ShortName
	}
	return r.unit.Unit.Name
}

// statsRateText is 采用率, "—" for a unit that submitted nothing in the
// period (0.0% beside an adoption of an earlier piece would contradict it).
func statsRateText(r statsRow) string {
	if r.counts.Submissions == 0 {
		return "—"
	}
	return statsPercent(r.counts.AdoptionRate())
}

func statsQuotaText(r statsRow) string {
	c := r.counts
	if c.QuotaTarget == 0 {
		return "—"
	}
	return fmt.Sprintf("%d/%d", c.QuotaDone, c.QuotaTarget)
}

// statsFlatten lays st out as rows: each group's units (sorted by column
// col, desc when asked; col < 0 keeps the archive's order), its subtotal,
// then the total.
func statsFlatten(st *editor.Statistics, cols []statsColumn, col int, desc bool) []statsRow {
	var rows []statsRow
	for gi := range st.Groups {
		g := &st.Groups[gi]
		units := make([]*editor.UnitStats, len(g.Units))
		for i := range g.Units {
			units[i] = &g.Units[i]
		}
		if col >= 0 && col < len(cols) {
			statsSort(units, cols[col], desc)
		}
		for _, u := range units {
			rows = append(rows, statsRow{unit: u, group: g.Name, counts: &u.Counts})
		}
		rows = append(rows, statsRow{group: g.Name, counts: &g.Total})
	}
	return append(rows, statsRow{total: true, counts: &st.Total})
}

func statsSort(units []*editor.UnitStats, c statsColumn, desc bool) {
	less := func(a, b *editor.UnitStats) bool {
		if c.key == nil {
			return statsRowName(statsRow{unit: a}) < statsRowName(statsRow{unit: b})
		}
		return c.key(a) < c.key(b)
	}
	sort.SliceStable(units, func(i, j int) bool {
		if desc {
			return less(units[j], units[i])
		}
		return less(units[i], units[j])
	})
}

// statsCell is a table cell: bold for subtotals and the total.
func statsCell() fyne.CanvasObject {
	l := widget.NewLabel("")
	l.Truncation = fyne.TextTruncateEllipsis
	return l
}
