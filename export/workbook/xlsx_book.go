package workbook

import (
	"archive/zip"
	"fmt"
	"io"
	"strconv"
	"unicode"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/klauspost/compress/flate"
	"github.com/xuri/excelize/v2"
)

// xlsxStyles are the cell styles of Bulletin Desk's workbooks, made once per file.
type xlsxStyles struct {
	title, header                  int
	text, integer, score, pct, day int // body cells
	subText, subInt, subScore      int // subtotal and total rows: bold on a light fill
	subPct                         int
}

func newXlsxStyles(f *excelize.File) (*xlsxStyles, error) {
	border := []excelize.Border{{Type: "left", Color: "BFBFBF", Style: 1}, {Type: "right", Color: "BFBFBF", Style: 1},
		{Type: "top", Color: "BFBFBF", Style: 1}, {Type: "bottom", Color: "BFBFBF", Style: 1}}
	font := &excelize.Font{Family: "宋体", Size: 11}
	bold := &excelize.Font{Family: "宋体", Size: 11, Bold: true}
	grey := excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9E1F2"}}
	light := excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"F2F2F2"}}
	center := &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}
	left := &excelize.Alignment{Vertical: "center"}
	pct, day, score := "0.0%", "yyyy-mm-dd", "0.00"
	var st xlsxStyles
	for _, d := range []struct {
		id *int
		s  excelize.Style
	}{
		{&st.title, excelize.Style{Font: &excelize.Font{Family: "黑体", Size: 16, Bold: true}, Alignment: center}},
		{&st.header, excelize.Style{Font: bold, Fill: grey, Border: border, Alignment: center}},
		{&st.text, excelize.Style{Font: font, Border: border, Alignment: left}},
		{&st.integer, excelize.Style{Font: font, Border: border, NumFmt: 1}},
		{&st.score, excelize.Style{Font: font, Border: border, CustomNumFmt: &score}},
		{&st.pct, excelize.Style{Font: font, Border: border, CustomNumFmt: &pct}},
		{&st.day, excelize.Style{Font: font, Border: border, CustomNumFmt: &day}},
		{&st.subText, excelize.Style{Font: bold, Fill: light, Border: border, Alignment: left}},
		{&st.subInt, excelize.Style{Font: bold, Fill: light, Border: border, NumFmt: 1}},
		{&st.subScore, excelize.Style{Font: bold, Fill: light, Border: border, CustomNumFmt: &score}},
		{&st.subPct, excelize.Style{Font: bold, Fill: light, Border: border, CustomNumFmt: &pct}},
	} {
		id, err := f.NewStyle(&d.s)
		if err != nil {
			return nil, fmt.Errorf("workbook styles: %w", err)
		}
		*d.id = id
	}
	return &st, nil
}

// xlsxNewFile is a new workbook that compresses its parts at deflate's
// fastest level: at the default level, compressing the ten-year 明细 sheet
// took a fifth of the workbook's time, for a file 10-15% smaller.
func xlsxNewFile() *excelize.File {
	return excelize.NewFile().SetZipWriter(func(w io.Writer) excelize.ZipWriter { return xlsxZip(w) })
}

// xlsxNewFileTo is xlsxNewFile whose parts go straight to out as they are
// compressed, through the returned xlsxParts; xlsxFinish writes them.
// excelize's Write builds the whole file in a buffer first (3.9 MB for ten
// years, grown by doubling) and hands that buffer to the zip writer it is
// given; this one ignores it and writes to out. The buffer is used again
// only to mark parts over 4 GB as zip64, which a workbook of ours never has.
func xlsxNewFileTo(out io.Writer) (*excelize.File, *xlsxParts) {
	parts := newXlsxParts(out)
	return excelize.NewFile().SetZipWriter(func(io.Writer) excelize.ZipWriter { return parts }), parts
}

// xlsxFinish writes a workbook made by xlsxNewFileTo to its writer.
func xlsxFinish(f *excelize.File) error { return f.Write(io.Discard) }

// xlsxZip is a zip writer whose parts are compressed by one deflate writer
// reused from part to part (the workbook has seventeen; a new one each
// allocated 25 MB for the ten-year workbook), at its fastest level.
func xlsxZip(w io.Writer) *zip.Writer {
	zw := zip.NewWriter(w)
	var idle *flate.Writer // parts are written one after the other
	zw.RegisterCompressor(zip.Deflate, func(out io.Writer) (io.WriteCloser, error) {
		if idle == nil {
			fw, err := flate.NewWriter(out, flate.BestSpeed)
			if err != nil {
				return nil, err
			}
			return &xlsxPart{fw, &idle}, nil
		}
		fw := idle
		idle = nil
		fw.Reset(out)
		return &xlsxPart{fw, &idle}, nil
	})
	return zw
}

// xlsxPart is a part's compressor, given back for the next part when closed.
type xlsxPart struct {
	*flate.Writer
	idle **flate.Writer
}

func (p *xlsxPart) Close() error {
	err := p.Writer.Close()
	*p.idle = p.Writer
	return err
}

// xlsxWidth is a column width that fits s: East Asian characters take two
// units, others one, plus a margin.
func xlsxWidth(s string) float64 {
	w := 2.0
	for _, r := range s {
		if unicode.Is(unicode.Han, r) || r >= 0x3000 && r <= 0x303F || r >= 0xFF00 && r <= 0xFFEF {
			w += 2.1
		} else {
			w++
		}
	}
	return w
}

// xlsxValueWidth is the width a cell value needs, bold or not.
func xlsxValueWidth(v any) float64 {
	switch v := v.(type) {
	case string:
		return xlsxWidth(v) + 1
	case float64:
		return float64(len(strconv.FormatFloat(v, 'f', 2, 64))) + 4 // 0.00 and a percent sign, bold
	case int:
		return float64(len(strconv.Itoa(v))) + 3
	}
	return 0
}

// xlsxFitWidths sets each column's width to fit its widest text, within
// limits, one call per run of equal widths: excelize flattens and searches
// every column set so far on each call, so a call per column grew with the
// cube of the columns (100 years by month, 3,600 columns, took minutes).
func xlsxFitWidths(sw *excelize.StreamWriter, widths []float64) error {
	for _, r := range xlsxWidthRuns(widths) {
		if err := sw.SetColWidth(r.first, r.last, r.width); err != nil {
			return err
		}
	}
	return nil
}

// xlsxWidthRun is a run of columns first..last (1-based) of one width.
type xlsxWidthRun struct {
	first, last int
	width       float64
}

// xlsxWidthRuns groups the widths, clamped to 6..60, into runs of equal width.
func xlsxWidthRuns(widths []float64) []xlsxWidthRun {
	var runs []xlsxWidthRun
	for i, w := range widths {
		w = max(6, min(w, 60))
		if n := len(runs); n > 0 && runs[n-1].width == w {
			runs[n-1].last = i + 1
			continue
		}
		runs = append(runs, xlsxWidthRun{i + 1, i + 1, w})
	}
	return runs
}

// xlsxCell is a styled value for StreamWriter.SetRow.
func xlsxCell(style int, v any) excelize.Cell { return excelize.Cell{StyleID: style, Value: v} }

// xlsxRef is the A1 reference of column col (1-based) and row.
func xlsxRef(col, row int) string {
	ref, _ := excelize.CoordinatesToCellName(col, row)
	return ref
}

// xlsxLevelNames are the Chinese names of editor.Levels, in their order.
var xlsxLevelNames = []string{
	editor.LevelName(editor.Levels[0]), editor.LevelName(editor.Levels[1]), editor.LevelName(editor.Levels[2]),
}

// xlsxStatusNames are the Chinese names of the submission statuses.
var xlsxStatusNames = map[editor.SubmissionStatus]string{
	editor.SubmissionPending: "待处理", editor.SubmissionAdopted: "采用",
	editor.SubmissionReserve: "备用", editor.SubmissionRejected: "未采用",
}

// xlsxPrintWide prints sheet landscape on A4, shrunk to the page's width
// when fit. Call it before the sheet's StreamWriter: the sheet properties
// go out first.
func xlsxPrintWide(f *excelize.File, sheet string, fit bool) error {
	size, landscape, one, zero := 9, "landscape", 1, 0
	if err := f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	opts := &excelize.PageLayoutOptions{Size: &size, Orientation: &landscape}
	if fit {
		opts.FitToWidth, opts.FitToHeight = &one, &zero
	}
	return f.SetPageLayout(sheet, opts)
}
