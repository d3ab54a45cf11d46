package workbook

import (
	"sort"
	"strconv"
	"strings"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/xuri/excelize/v2"
)

// statsDetailColumns are the headings and widths of the 明细 sheet; the
// widths are fixed because the rows stream past once.
var statsDetailColumns = []struct {
	name  string
	width float64
}{
	{"序号", 7}, {"单位", 24}, {"分组", 8}, {"收稿日期", 12}, {"类型", 8}, {"标题", 52},
	{"字数", 8}, {"状态", 8}, {"采用期次", 16}, {"采用栏目", 12},
}

// writeStatsDetail writes the 明细 sheet's title, header, panes and filter,
// and leaves its rows to parts, which writes them as the sheet is zipped.
func writeStatsDetail(f *excelize.File, parts *xlsxParts, st *editor.Statistics, rows StatsRows, s *xlsxStyles) error {
	if err := xlsxPrintWide(f, StatsSheetDetail, true); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(StatsSheetDetail)
	if err != nil {
		return err
	}
	header := make([]any, len(statsDetailColumns))
	for i, c := range statsDetailColumns {
		if err := sw.SetColWidth(i+1, i+1, c.width); err != nil {
			return err
		}
		header[i] = xlsxCell(s.header, c.name)
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 2, TopLeftCell: "A3", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	title := strings.Replace(statsTitle(st), "统计（", "明细（", 1)
	if err := sw.SetRow("A1", []any{xlsxCell(s.title, title)}, excelize.RowOpts{Height: 30}); err != nil {
		return err
	}
	if err := sw.MergeCell("A1", xlsxRef(len(statsDetailColumns), 1)); err != nil {
		return err
	}
	if err := sw.SetRow("A2", header, excelize.RowOpts{Height: 20}); err != nil {
		return err
	}
	filterEnd := detailFirstRow // the header and one empty row, as a sheet without rows had
	if rows != nil {
		if err := sw.SetRow(xlsxRef(1, detailFirstRow), []any{detailMarker}); err != nil {
			return err
		}
		parts.detail, filterEnd = &detailSplice{rows: rows, xml: newDetailRowXML(s), sheet: StatsSheetDetail}, detailFilterEnd
	}
	if err := f.AutoFilter(StatsSheetDetail, "A2:"+xlsxRef(len(statsDetailColumns), filterEnd), nil); err != nil {
		return err
	}
	return sw.Flush()
}

// writeStatsChart writes the ranked units' scores and adoptions and a bar
// chart of the scores beside them.
func writeStatsChart(f *excelize.File, st *editor.Statistics, s *xlsxStyles) error {
	const sheet = StatsSheetChart
	var ranked []editor.UnitStats
	for _, u := range st.Units() {
		if u.Rank > 0 {
			ranked = append(ranked, u)
		}
	}
	xlsxSortByRank(ranked)
	if err := f.SetSheetRow(sheet, "A1", &[]any{"单位", "得分", "采用"}); err != nil {
		return err
	}
	width := 10.0
	for i, u := range ranked {
		name := u.Unit.ShortName
		if name == "" {
			name = u.Unit.Name
		}
		width = max(width, xlsxWidth(name))
		if err := f.SetSheetRow(sheet, xlsxRef(1, i+2), &[]any{name, u.Score, u.Adopted}); err != nil {
			return err
		}
	}
	if err := f.SetCellStyle(sheet, "A1", "C1", s.header); err != nil {
		return err
	}
	if err := f.SetColWidth(sheet, "A", "A", width); err != nil {
		return err
	}
	if len(ranked) == 0 {
		return nil
	}
	last, noVary := len(ranked)+1, false
	return f.AddChart(sheet, "E2", &excelize.Chart{
		Type: excelize.Bar,
		Series: []excelize.ChartSeries{{
			Name:       "'" + sheet + "'!$B$1",
			Categories: "'" + sheet + "'!$A$2:$A$" + strconv.Itoa(last),
			Values:     "'" + sheet + "'!$B$2:$B$" + strconv.Itoa(last),
		}},
		Title:  excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: "各单位得分"}}},
		Legend: excelize.ChartLegend{Position: "none"},
		// The category axis: rank 1 on top, names left of negative scores too.
		XAxis: excelize.ChartAxis{ReverseOrder: true, TickLabelPosition: excelize.ChartTickLabelLow,
			Font: excelize.Font{Color: "000000", Size: 10}},
		YAxis:      excelize.ChartAxis{MajorGridLines: true, Font: excelize.Font{Color: "404040", Size: 9}},
		VaryColors: &noVary,
		Format:     excelize.GraphicOptions{ScaleX: 1, ScaleY: 1},
		Dimension:  excelize.ChartDimension{Width: 720, Height: uint(max(320, 24*len(ranked)+100))},
		PlotArea:   excelize.ChartPlotArea{ShowVal: true},
	})
}

// xlsxSortByRank orders units by rank, then as the statistics list them.
func xlsxSortByRank(us []editor.UnitStats) {
	sort.SliceStable(us, func(i, j int) bool { return us[i].Rank < us[j].Rank })
}
