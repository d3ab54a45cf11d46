package workbook

import (
	"bytes"
	"context"
	"encoding/csv"
	"strings"
	"testing"

	"github.com/bulletindesk/bulletindesk/export/intake"
	"github.com/xuri/excelize/v2"
)

// LibreOffice Calc, an independent reader that refuses the damaged files WPS
// 表格 would offer to repair, opens the statistics workbook and reads in its
// first sheet (汇总) the same value in every cell that we wrote there.
func TestStatsWorkbookLibreOfficeCells(t *testing.T) {
	soffice := docxRenderSetup(t)
	data := writeTestStatsWorkbook(t)
	out, err := intake.OfficeConvert(context.Background(), soffice, ".xlsx", data,
		"csv:Text - txt - csv (StarCalc):44,34,76,1", ".csv")
	if err != nil {
		t.Fatalf("LibreOffice cannot convert the workbook: %v", err)
	}
	got, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(out, []byte("\uFEFF")))).ReadAll()
	if err != nil {
		t.Fatalf("LibreOffice's CSV: %v\n%s", err, out)
	}
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	want, err := f.GetRows("汇总")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) < len(want) {
		t.Fatalf("LibreOffice reads %d rows of 汇总, we wrote %d", len(got), len(want))
	}
	for r, row := range want {
		for c, v := range row {
			g := ""
			if c < len(got[r]) {
				g = got[r][c]
			}
			if strings.TrimSpace(g) != strings.TrimSpace(v) {
				t.Errorf("汇总 %s: LibreOffice reads %q, we wrote %q", cellName(c, r), g, v)
			}
		}
	}
}

func cellName(c, r int) string {
	n, _ := excelize.CoordinatesToCellName(c+1, r+1)
	return n
}
