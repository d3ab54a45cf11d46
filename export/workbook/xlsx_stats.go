package workbook

import (
	"errors"
	"fmt"
	"io"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/xuri/excelize/v2"
)

// StatsRows feeds the workbook's 明细 sheet one submission at a time, so a
// ten-year period streams instead of sitting in memory. The archive's
// EachStatsRow bound to the statistics' query is one:
//
//	rows := func(fn func(editor.DetailRow) error) error { return ar.EachStatsRow(ctx, st.Query, fn) }
type StatsRows func(fn func(editor.DetailRow) error) error

// ErrTooManyPeriods: the breakdown sheet has three columns a period, and
// a sheet holds 16,384 columns (about 450 years by month).
var ErrTooManyPeriods = errors.New("too many periods for the breakdown sheet")

// Sheet names of the statistics workbook.
const (
	StatsSheetSummary = "汇总"
	StatsSheetDetail  = "明细"
	StatsSheetChart   = "得分图"
)

// StatsBreakdownSheet is the name of the breakdown sheet for a period kind: 分月, 分季, 分年.
func StatsBreakdownSheet(k editor.PeriodKind) string {
	switch k {
	case editor.PeriodQuarter:
		return "分季"
	case editor.PeriodYear:
		return "分年"
	}
	return "分月"
}

// WriteStatsWorkbook writes the statistics workbook: 汇总 (every unit with
// group subtotals, a total and ranks), the breakdown by month, quarter or
// year, 明细 (every submission of the period, streamed from rows; nil
// leaves it with its header only), a chart of the scores and the 计分办法
// in force.
func WriteStatsWorkbook(w io.Writer, st *editor.Statistics, rows StatsRows) error {
	if cols := 3*(len(st.Periods)+1) + 1; cols > excelize.MaxColumns {
		return fmt.Errorf("statistics workbook: %w: %d periods by %s need %d columns, a sheet holds %d; break down by a longer period or shorten the range",
			ErrTooManyPeriods, len(st.Periods), st.Query.By, cols, excelize.MaxColumns)
	}
	f, parts := xlsxNewFileTo(w)
	defer f.Close()
	styles, err := newXlsxStyles(f)
	if err != nil {
		return err
	}
	breakdown := StatsBreakdownSheet(st.Query.By)
	if err := f.SetSheetName("Sheet1", StatsSheetSummary); err != nil {
		return err
	}
	for _, name := range []string{breakdown, StatsSheetDetail, StatsSheetChart, StatsSheetRules} {
		if _, err := f.NewSheet(name); err != nil {
			return err
		}
	}
	// Before the sheets are written: after, SetActiveSheet reads every sheet
	// back, the streamed 明细 included (43% of a one-year workbook).
	f.SetActiveSheet(0)
	steps := []func() error{
		func() error { return writeStatsSummary(f, st, styles) },
		func() error { return writeStatsBreakdown(f, breakdown, st, styles) },
		func() error { return writeStatsDetail(f, parts, st, rows, styles) },
		func() error { return writeStatsChart(f, st, styles) },
		func() error { return writeStatsRules(f, st, styles) },
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return fmt.Errorf("statistics workbook: %w", err)
		}
	}
	if err := xlsxFinish(f); err != nil {
		return fmt.Errorf("statistics workbook: %w", err)
	}
	return nil
}

// statsTitle names the bulletin and the period: 《组工信息》信息报送采用情况统计（2022年1月1日至2022年3月31日）.
func statsTitle(st *editor.Statistics) string {
	name := ""
	if st.BulletinName != "" {
		name = "《" + st.BulletinName + "》"
	}
	return fmt.Sprintf("%s信息报送采用情况统计（%s至%s）", name,
		editor.ChineseDate(st.Query.From), editor.ChineseDate(st.Query.To))
}

// statsLine is one row of the summary or breakdown: a unit, a group's
// subtotal or the total.
type statsLine struct {
	label string
	c     editor.Counts
	unit  *editor.UnitStats // nil for subtotals and the total
	bd    []editor.PeriodCounts
}

// statsLines lists the units group by group, each group followed by its
// subtotal, and the total last.
func statsLines(st *editor.Statistics) []statsLine {
	var out []statsLine
	for gi := range st.Groups {
		g := &st.Groups[gi]
		for ui := range g.Units {
			u := &g.Units[ui]
			out = append(out, statsLine{label: u.Unit.Name, c: u.Counts, unit: u, bd: u.Breakdown})
		}
		out = append(out, statsLine{label: g.Name + "小计", c: g.Total, bd: g.Breakdown})
	}
	return append(out, statsLine{label: "合计", c: st.Total, bd: st.TotalBreakdown})
}

// writeStatsHeader writes the title row and the two header rows (group
// headings over their columns; a lone column's heading spans both rows),
// and fixes the widths. It returns the first data row.
func writeStatsHeader(sw *excelize.StreamWriter, title string, groups, names []string, widths []float64, s *xlsxStyles) (int, error) {
	if err := xlsxFitWidths(sw, widths); err != nil {
		return 0, err
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, XSplit: 1, YSplit: 3, TopLeftCell: "B4", ActivePane: "bottomRight"}); err != nil {
		return 0, err
	}
	if err := sw.SetRow("A1", []any{xlsxCell(s.title, title)}, excelize.RowOpts{Height: 30}); err != nil {
		return 0, err
	}
	row2, row3 := make([]any, len(names)), make([]any, len(names))
	for i := range names {
		row2[i], row3[i] = xlsxCell(s.header, groups[i]), xlsxCell(s.header, names[i])
		if groups[i] == "" {
			row2[i] = xlsxCell(s.header, names[i])
		}
	}
	if err := sw.SetRow("A2", row2, excelize.RowOpts{Height: 20}); err != nil {
		return 0, err
	}
	if err := sw.SetRow("A3", row3, excelize.RowOpts{Height: 20}); err != nil {
		return 0, err
	}
	if err := sw.MergeCell("A1", xlsxRef(len(names), 1)); err != nil {
		return 0, err
	}
	for i := 0; i < len(names); {
		j := i + 1
		for j < len(names) && groups[i] != "" && groups[j] == groups[i] {
			j++
		}
		var err error
		if groups[i] == "" {
			err = sw.MergeCell(xlsxRef(i+1, 2), xlsxRef(i+1, 3))
		} else if j-i > 1 {
			err = sw.MergeCell(xlsxRef(i+1, 2), xlsxRef(j, 2))
		}
		if err != nil {
			return 0, err
		}
		i = j
	}
	return 4, nil
}
