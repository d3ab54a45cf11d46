package workbook

import (
	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/xuri/excelize/v2"
)

// statsColumn is one column of the summary sheet.
type statsColumn struct {
	group, name string // group "": a lone column whose heading spans both header rows
	style       func(s *xlsxStyles, sub bool) int
	value       func(l statsLine) any
}

func xlsxStyleInt(s *xlsxStyles, sub bool) int   { return xlsxPick(sub, s.subInt, s.integer) }
func xlsxStyleScore(s *xlsxStyles, sub bool) int { return xlsxPick(sub, s.subScore, s.score) }
func xlsxStylePct(s *xlsxStyles, sub bool) int   { return xlsxPick(sub, s.subPct, s.pct) }
func xlsxStyleText(s *xlsxStyles, sub bool) int  { return xlsxPick(sub, s.subText, s.text) }

func xlsxPick(sub bool, a, b int) int {
	if sub {
		return a
	}
	return b
}

// statsSummaryColumns are the columns of 汇总 for st's kinds and sections.
func statsSummaryColumns(st *editor.Statistics) []statsColumn {
	cols := []statsColumn{{"", "单位", xlsxStyleText, func(l statsLine) any { return l.label }},
		{"报送", "合计", xlsxStyleInt, func(l statsLine) any { return l.c.Submissions }}}
	for i, k := range st.Kinds {
		cols = append(cols, statsColumn{"报送", k, xlsxStyleInt, func(l statsLine) any { return l.c.ByKind[i] }})
	}
	cols = append(cols,
		statsColumn{"采用", "合计", xlsxStyleInt, func(l statsLine) any { return l.c.Adopted }},
		statsColumn{"采用", "单独采用", xlsxStyleInt, func(l statsLine) any { return l.c.Single }},
		statsColumn{"采用", "综合采用", xlsxStyleInt, func(l statsLine) any { return l.c.Combined }})
	for i, sec := range st.Sections {
		cols = append(cols, statsColumn{"采用", sec, xlsxStyleInt, func(l statsLine) any { return l.c.BySection[i] }})
	}
	for i, lv := range xlsxLevelNames {
		cols = append(cols, statsColumn{"上级采用", lv, xlsxStyleInt, func(l statsLine) any { return l.c.Upstream[i] }})
	}
	for i, lv := range xlsxLevelNames {
		cols = append(cols, statsColumn{"领导批示", lv, xlsxStyleInt, func(l statsLine) any { return l.c.Instructions[i] }})
	}
	return append(cols,
		statsColumn{"", "被采用来稿", xlsxStyleInt, func(l statsLine) any { return l.c.SubmissionsAdopted }},
		statsColumn{"", "采用率", xlsxStylePct, xlsxAdoptionRate},
		statsColumn{"", "采用字数", xlsxStyleInt, func(l statsLine) any { return l.c.Words }},
		statsColumn{"报送任务", "任务数", xlsxStyleInt, func(l statsLine) any { return xlsxNilIfZero(l.c.QuotaTarget) }},
		statsColumn{"报送任务", "完成率", xlsxStylePct, func(l statsLine) any { return xlsxQuotaRate(l.c) }},
		statsColumn{"报送任务", "完成情况", xlsxStyleText, xlsxQuotaText},
		statsColumn{"", "得分", xlsxStyleScore, func(l statsLine) any { return l.c.Score }},
		statsColumn{"", "排名", xlsxStyleInt, func(l statsLine) any { return xlsxRankOf(l) }})
}

// xlsxAdoptionRate is 采用率, an empty cell for a unit that submitted
// nothing in the period, as for other figures that do not apply.
func xlsxAdoptionRate(l statsLine) any {
	if l.c.Submissions == 0 {
		return nil
	}
	return l.c.AdoptionRate()
}

func xlsxNilIfZero(n int) any {
	if n == 0 {
		return nil
	}
	return n
}

func xlsxQuotaRate(c editor.Counts) any {
	if c.QuotaTarget == 0 {
		return nil
	}
	return c.QuotaRate()
}

func xlsxQuotaText(l statsLine) any {
	switch {
	case l.unit == nil || l.c.QuotaTarget == 0:
		return ""
	case l.c.QuotaMissed > 0:
		return "未完成"
	}
	return "完成"
}

func xlsxRankOf(l statsLine) any {
	if l.unit == nil || l.unit.Rank == 0 {
		return nil
	}
	return l.unit.Rank
}

func writeStatsSummary(f *excelize.File, st *editor.Statistics, s *xlsxStyles) error {
	cols := statsSummaryColumns(st)
	lines := statsLines(st)
	groups, names := make([]string, len(cols)), make([]string, len(cols))
	widths := make([]float64, len(cols))
	for i, c := range cols {
		groups[i], names[i], widths[i] = c.group, c.name, max(xlsxWidth(c.name), 7)
	}
	for _, l := range lines {
		for i, c := range cols {
			widths[i] = max(widths[i], xlsxValueWidth(c.value(l)))
		}
	}
	if err := xlsxPrintWide(f, StatsSheetSummary, true); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(StatsSheetSummary)
	if err != nil {
		return err
	}
	row, err := writeStatsHeader(sw, statsTitle(st), groups, names, widths, s)
	if err != nil {
		return err
	}
	for _, l := range lines {
		vals := make([]any, len(cols))
		for i, c := range cols {
			vals[i] = xlsxCell(c.style(s, l.unit == nil), c.value(l))
		}
		if err := sw.SetRow(xlsxRef(1, row), vals); err != nil {
			return err
		}
		row++
	}
	if err := f.AutoFilter(StatsSheetSummary, "A3:"+xlsxRef(len(cols), row-1), nil); err != nil {
		return err
	}
	if err := sw.SetRow(xlsxRef(1, row+1), []any{xlsxCell(s.text, StatsRateNote)}); err != nil {
		return err
	}
	if note := StatsQuotaNote(st); note != "" { // quarters before the archive's first 来稿 (notice.go)
		if err := sw.SetRow(xlsxRef(1, row+2), []any{xlsxCell(s.text, "注："+note)}); err != nil {
			return err
		}
	}
	return sw.Flush()
}

// StatsRateNote says under 汇总 (and on the 统计 screen) how 采用率 is
// counted, since editors used to divide items by submissions and got 200%.
const StatsRateNote = "注：采用率＝期内报送的来稿中被采用的篇数÷报送篇数，每篇来稿只计一次，不会超过100%；" +
	"“采用”按条目计，综合稿件计入每个署名单位（见“综合采用”），不计入采用率。"

// writeStatsBreakdown writes 报送, 采用 and 得分 of each period, and of the whole range.
func writeStatsBreakdown(f *excelize.File, sheet string, st *editor.Statistics, s *xlsxStyles) error {
	lines := statsLines(st)
	groups, names, widths := statsBreakdownColumns(st, lines)
	if err := xlsxPrintWide(f, sheet, len(st.Periods) <= 12); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(sheet)
	if err != nil {
		return err
	}
	row, err := writeStatsHeader(sw, statsTitle(st), groups, names, widths, s)
	if err != nil {
		return err
	}
	for _, l := range lines {
		sub := l.unit == nil
		vals := []any{xlsxCell(xlsxStyleText(s, sub), l.label)}
		for _, p := range l.bd {
			vals = append(vals, xlsxCell(xlsxStyleInt(s, sub), p.Submissions), xlsxCell(xlsxStyleInt(s, sub), p.Adopted),
				xlsxCell(xlsxStyleScore(s, sub), p.Score))
		}
		vals = append(vals, xlsxCell(xlsxStyleInt(s, sub), l.c.Submissions), xlsxCell(xlsxStyleInt(s, sub), l.c.Adopted),
			xlsxCell(xlsxStyleScore(s, sub), l.c.Score))
		if err := sw.SetRow(xlsxRef(1, row), vals); err != nil {
			return err
		}
		row++
	}
	if err := f.AutoFilter(sheet, "A3:"+xlsxRef(len(names), row-1), nil); err != nil {
		return err
	}
	return sw.Flush()
}

// statsBreakdownColumns are the breakdown sheet's column headings and
// widths. Every period's three columns share one width and the 合计
// columns another: the columns line up evenly, and excelize takes the
// widths in three calls, not one per column (see xlsxFitWidths).
func statsBreakdownColumns(st *editor.Statistics, lines []statsLine) (groups, names []string, widths []float64) {
	label, period, total := 10.0, 7.0, 7.0
	for _, p := range st.Periods {
		period = max(period, xlsxWidth(p.Label)/3)
	}
	for _, l := range lines {
		label = max(label, xlsxWidth(l.label))
		for _, p := range l.bd {
			period = max(period, xlsxValueWidth(p.Score))
		}
		total = max(total, xlsxValueWidth(l.c.Score))
	}
	groups, names, widths = []string{""}, []string{"单位"}, []float64{label}
	for _, p := range st.Periods {
		groups, names = append(groups, p.Label, p.Label, p.Label), append(names, "报送", "采用", "得分")
		widths = append(widths, period, period, period)
	}
	groups, names = append(groups, "合计", "合计", "合计"), append(names, "报送", "采用", "得分")
	return groups, names, append(widths, total, total, total)
}
