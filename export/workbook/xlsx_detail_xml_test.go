package workbook

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/xuri/excelize/v2"
)

// detailTestStyles are style ids for rows written outside a workbook.
var detailTestStyles = &xlsxStyles{integer: 4, text: 3, day: 7}

// excelizeDetailRow is the XML excelize's StreamWriter.SetRow writes for
// the 明细 row of r as the n-th, at row 3: the cells the sheet had before
// its rows were written by appendRow, which must write the same bytes.
func excelizeDetailRow(t testing.TB, r editor.DetailRow, n int) string {
	t.Helper()
	s := detailTestStyles
	issues, sections := "", ""
	for i, ad := range r.Adoptions {
		if i > 0 {
			issues, sections = issues+"；", sections+"；"
		}
		issues, sections = issues+ad.IssueLabel, sections+ad.Section
	}
	status, ok := xlsxStatusNames[r.Status]
	if !ok {
		status = string(r.Status)
	}
	var day any = r.Received // a time.Time before 1 March 1900, as excelize writes it
	if !r.Received.Before(xlsxSerialFrom) {
		day = int(r.Received.Sub(xlsxEpoch) / (24 * time.Hour))
	}
	optional := func(v string) excelize.Cell {
		if v == "" {
			return excelize.Cell{StyleID: s.text}
		}
		return xlsxCell(s.text, v)
	}
	cells := []any{
		xlsxCell(s.integer, n), xlsxCell(s.text, r.UnitName), xlsxCell(s.text, r.Group), xlsxCell(s.day, day),
		xlsxCell(s.text, r.Kind), xlsxCell(s.text, r.Title), xlsxCell(s.integer, r.Words), xlsxCell(s.text, status),
		optional(issues), optional(sections),
	}
	f := excelize.NewFile()
	defer f.Close()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		t.Fatal(err)
	}
	if err := sw.SetRow("A3", cells); err != nil {
		t.Fatal(err)
	}
	if err := sw.Flush(); err != nil {
		t.Fatal(err)
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	sheet := xlsxPartText(t, buf.Bytes(), "xl/worksheets/sheet1.xml")
	start, end := strings.Index(sheet, `<row r="3"`), strings.Index(sheet, `</sheetData>`)
	if start < 0 || end < start {
		t.Fatalf("no row 3 in excelize's sheet: %.300s", sheet)
	}
	return sheet[start:end]
}

// xlsxPartText is the text of the part name of the workbook data.
func xlsxPartText(t testing.TB, data []byte, name string) string {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	for _, zf := range z.File {
		if zf.Name == name {
			rc, err := zf.Open()
			if err != nil {
				t.Fatal(err)
			}
			defer rc.Close()
			b, err := io.ReadAll(rc)
			if err != nil {
				t.Fatal(err)
			}
			return string(b)
		}
	}
	t.Fatalf("the workbook has no part %s", name)
	return ""
}

// Every 明细 row is the XML excelize writes for the same cells: texts to
// escape for XML and for Excel (_x0041_), spaces at either end, line
// breaks, characters XML does not allow, invalid UTF-8, a title longer
// than a cell holds, adoptions, statuses and days before 1900.
func TestDetailRowsAsExcelize(t *testing.T) {
	long := strings.Repeat("组", excelCellChars-1) + "𬌗尾" // the cut falls inside a character of two UTF-16 units
	day := func(s string) editor.Date { return xlsxTestDay(s) }
	base := editor.DetailRow{SubmissionID: 7, UnitName: "怀宁县委组织部", Group: "县区", Received: day("2022-01-05"), Kind: "信息",
		Title: "怀宁县推行“擂台比武”", Words: 860, Status: editor.SubmissionPending}
	tests := []struct {
		name string
		edit func(*editor.DetailRow)
	}{
		{"plain", func(*editor.DetailRow) {}},
		{"adopted twice", func(r *editor.DetailRow) {
			r.Status = editor.SubmissionAdopted
			r.Adoptions = []editor.AdoptionRef{{IssueLabel: "2022年第2期", Section: "市内信息"}, {IssueLabel: "2022年第3期", Section: "综合"}}
		}},
		{"no group, unknown status", func(r *editor.DetailRow) { r.Group, r.Status = "", "draft" }},
		{"XML marks", func(r *editor.DetailRow) { r.Title = `A&B <C> "D" 'E'` }},
		{"spaces at the ends", func(r *editor.DetailRow) { r.Title, r.UnitName = " 前后有空格 ", "\t单位" }},
		{"line breaks", func(r *editor.DetailRow) { r.Title = "第一行\n第二行\r\n第三行\n" }},
		{"Excel's escapes", func(r *editor.DetailRow) { r.Title = "_x0041_ _x005F_x0042_ _x005F_ _xD800_ _xzzzz_ a_b" }},
		{"characters XML does not allow", func(r *editor.DetailRow) { r.Title = "a\x01b\x1fc\uFFFEd\uFFFFe" }},
		{"invalid UTF-8", func(r *editor.DetailRow) { r.Title = "标\xff题\xe4\xb8" }},
		{"longer than a cell", func(r *editor.DetailRow) { r.Title = long }},
		{"empty texts", func(r *editor.DetailRow) { r.Title, r.Kind, r.UnitName = "", "", "" }},
		{"1 March 1900", func(r *editor.DetailRow) { r.Received = day("1900-03-01") }},
		{"28 February 1900", func(r *editor.DetailRow) { r.Received = day("1900-02-28") }},
		{"1 January 1900", func(r *editor.DetailRow) { r.Received = day("1900-01-01") }},
		{"31 December 1899", func(r *editor.DetailRow) { r.Received = day("1899-12-31") }},
		{"no date", func(r *editor.DetailRow) { r.Received = editor.Date{} }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := base
			tt.edit(&r)
			want := excelizeDetailRow(t, r, 1)
			got := string(newDetailRowXML(detailTestStyles).appendRow(nil, 3, r, 1))
			if got != want {
				t.Errorf("row XML\n got %.600s\nwant %.600s", got, want)
			}
		})
	}
}

// FuzzDetailRowAsExcelize: any title and unit name give excelize's bytes.
func FuzzDetailRowAsExcelize(f *testing.F) {
	for _, s := range []string{"怀宁县推行“擂台比武”", " a ", "_x0041_", "_x005F_x0041_", "&#xA;\n", "\xff", "\uFFFE"} {
		f.Add(s, "怀宁县委组织部")
	}
	f.Fuzz(func(t *testing.T, title, unit string) {
		r := editor.DetailRow{UnitName: unit, Group: "县区", Received: xlsxTestDay("2022-01-05"), Kind: "信息",
			Title: title, Words: 5, Status: editor.SubmissionRejected}
		want := excelizeDetailRow(t, r, 9)
		if got := string(newDetailRowXML(detailTestStyles).appendRow(nil, 3, r, 9)); got != want {
			t.Errorf("title %q unit %q:\n got %s\nwant %s", title, unit, got, want)
		}
	})
}

// The 明细 sheet's filter covers its header and every row, in the sheet and
// in the workbook's defined name (the rows are counted only as the sheet is
// zipped); without rows it covers the header and one row, as before.
func TestStatsWorkbookDetailFilter(t *testing.T) {
	for _, n := range []int{0, 1, 2*detailBatch + 5} {
		t.Run(fmt.Sprint(n, " rows"), func(t *testing.T) {
			rows := xlsxManyRows(n, 0, nil)
			want := fmt.Sprintf("$A$2:$J$%d", n+2)
			if n == 0 {
				rows, want = nil, "$A$2:$J$3"
			}
			var buf bytes.Buffer
			if err := WriteStatsWorkbook(&buf, xlsxTestStats(), rows); err != nil {
				t.Fatal(err)
			}
			sheet := xlsxPartText(t, buf.Bytes(), "xl/worksheets/sheet3.xml")
			if got := `<autoFilter ref="` + want + `">`; !strings.Contains(sheet, got) {
				t.Errorf("明细 has no %s: %s", got, sheet[strings.Index(sheet, "</sheetData>"):])
			}
			if strings.Contains(sheet, detailMarker) {
				t.Errorf("明细 still holds the stand-in row")
			}
			book := xlsxPartText(t, buf.Bytes(), "xl/workbook.xml")
			if got := "&#39;明细&#39;!" + want + "<"; !strings.Contains(book, got) {
				t.Errorf("workbook.xml has no %s: %s", got, book)
			}
		})
	}
}
