package workbook

import (
	"archive/zip"
	"bytes"
	"errors"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/xuri/excelize/v2"
)

func xlsxTestDay(s string) editor.Date {
	d, _ := time.Parse(editor.DateLayout, s)
	return d
}

// xlsxTestStats is a small statistics result: two groups, three units, the
// unknown unit's row, three months.
func xlsxTestStats() *editor.Statistics {
	periods := []editor.Period{
		editor.PeriodOf(editor.PeriodMonth, xlsxTestDay("2022-01-01")),
		editor.PeriodOf(editor.PeriodMonth, xlsxTestDay("2022-02-01")),
		editor.PeriodOf(editor.PeriodMonth, xlsxTestDay("2022-03-01")),
	}
	unit := func(id int64, name, short, grp string, rank, subs, adopted int, score float64, quota, missed int) editor.UnitStats {
		var checks []editor.QuotaCheck
		if quota > 0 {
			checks = []editor.QuotaCheck{{Period: editor.PeriodOf(editor.PeriodQuarter, xlsxTestDay("2022-01-01")),
				Minimum: quota, Done: subs, Met: missed == 0}}
		}
		return editor.UnitStats{
			Quota: checks,
			Unit:  editor.Unit{ID: id, Name: name, ShortName: short, Group: grp, Active: true},
			Counts: editor.Counts{Submissions: subs, ByKind: []int{subs, 0}, Adopted: adopted, SubmissionsAdopted: adopted,
				Single: adopted, BySection: []int{adopted, 0}, Words: 800 * adopted, Score: score, ScoreAdoption: score,
				QuotaTarget: quota, QuotaDone: quota - missed*quota, QuotaMissed: missed},
			Rank:      rank,
			Breakdown: []editor.PeriodCounts{{Submissions: subs, Adopted: adopted, Score: score}, {}, {}},
		}
	}
	a := unit(1, "怀宁县委组织部", "怀宁县", "县区", 1, 4, 2, 12.5, 3, 0)
	b := unit(2, "太湖县委组织部", "太湖县", "县区", 3, 0, 0, -5, 3, 1)
	c := unit(3, "市委宣传部", "市委宣传部", "市直", 2, 2, 1, 7, 0, 0)
	unknown := unit(0, editor.UnknownUnitName, editor.UnknownUnitName, "", 0, 1, 0, 0, 0, 0)
	sum := func(us ...editor.UnitStats) (editor.Counts, []editor.PeriodCounts) {
		t := editor.Counts{ByKind: []int{0, 0}, BySection: []int{0, 0}}
		bd := make([]editor.PeriodCounts, 3)
		for _, u := range us {
			t.Submissions += u.Submissions
			t.ByKind[0] += u.ByKind[0]
			t.Adopted += u.Adopted
			t.SubmissionsAdopted += u.SubmissionsAdopted
			t.Single += u.Single
			t.Words += u.Words
			t.Score += u.Score
			bd[0].Submissions += u.Breakdown[0].Submissions
			bd[0].Score += u.Breakdown[0].Score
		}
		return t, bd
	}
	g1, b1 := sum(a, b)
	g2, b2 := sum(c)
	g3, b3 := sum(unknown)
	total, tb := sum(a, b, c, unknown)
	return &editor.Statistics{
		Query:        editor.StatsQuery{From: xlsxTestDay("2022-01-01"), To: xlsxTestDay("2022-03-31"), By: editor.PeriodMonth, BulletinID: 1},
		BulletinName: "组工信息",
		Kinds:        []string{"信息", "调研"},
		Sections:     []string{"市内信息", "市外参考"},
		Periods:      periods,
		Groups: []editor.GroupStats{{Name: "县区", Units: []editor.UnitStats{a, b}, Total: g1, Breakdown: b1},
			{Name: "市直", Units: []editor.UnitStats{c}, Total: g2, Breakdown: b2},
			{Name: editor.UngroupedName, Units: []editor.UnitStats{unknown}, Total: g3, Breakdown: b3}},
		Total: total, TotalBreakdown: tb,
		Rules: []editor.RulesVersion{{EffectiveFrom: xlsxTestDay("2022-01-01"), Rules: editor.DefaultScoringRules()},
			{EffectiveFrom: xlsxTestDay("2022-03-01"), Rules: xlsxTestRules()}},
	}
}

func xlsxTestRules() editor.ScoringRules {
	r := editor.DefaultScoringRules()
	r.Short, r.Long = 3, 4
	return r
}

func xlsxTestRows(fn func(editor.DetailRow) error) error {
	for _, r := range []editor.DetailRow{
		{SubmissionID: 1, UnitName: "怀宁县委组织部", Group: "县区", Received: xlsxTestDay("2022-01-05"), Kind: "信息",
			Title: "怀宁县推行村级党组织书记擂台比武", Words: 860, Status: editor.SubmissionAdopted,
			Adoptions: []editor.AdoptionRef{{IssueLabel: "2022年第2期", Section: "市内信息"}}},
		{SubmissionID: 2, UnitName: "市委宣传部", Group: "市直", Received: xlsxTestDay("2022-02-11"), Kind: "调研",
			Title: "关于基层宣传阵地建设的调查", Words: 2300, Status: editor.SubmissionPending},
	} {
		if err := fn(r); err != nil {
			return err
		}
	}
	return nil
}

func writeTestStatsWorkbook(t *testing.T) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteStatsWorkbook(&buf, xlsxTestStats(), xlsxTestRows); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestStatsWorkbookCells(t *testing.T) {
	f, err := excelize.OpenReader(bytes.NewReader(writeTestStatsWorkbook(t)))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got, want := strings.Join(f.GetSheetList(), ","), "汇总,分月,明细,得分图,计分办法"; got != want {
		t.Errorf("sheets = %s, want %s", got, want)
	}
	for _, tc := range []struct{ sheet, cell, want string }{
		{"汇总", "A1", "《组工信息》信息报送采用情况统计（2022年1月1日至2022年3月31日）"},
		{"汇总", "A2", "单位"}, {"汇总", "B2", "报送"}, {"汇总", "B3", "合计"}, {"汇总", "C3", "信息"},
		{"汇总", "A4", "怀宁县委组织部"}, {"汇总", "B4", "4"}, {"汇总", "A6", "县区小计"}, {"汇总", "B6", "4"},
		{"汇总", "A8", "市直小计"}, {"汇总", "A10", "未分组小计"}, {"汇总", "A11", "合计"}, {"汇总", "B11", "7"},
		{"分月", "B2", "2022年1月"}, {"分月", "B3", "报送"}, {"分月", "A4", "怀宁县委组织部"}, {"分月", "D4", "12.5"},
		{"明细", "B3", "怀宁县委组织部"}, {"明细", "D3", "44566"}, {"明细", "G3", "860"}, {"明细", "H3", "采用"},
		{"明细", "I3", "2022年第2期"}, {"明细", "J4", ""}, {"明细", "H4", "待处理"},
		{"计分办法", "B1", "自2022年1月1日起执行"}, {"计分办法", "A2", "本刊采用（不足800字）"}, {"计分办法", "B2", "2"},
		{"计分办法", "C1", "自2022年3月1日起执行"}, {"计分办法", "C3", "4"},
		{"得分图", "A2", "怀宁县"}, {"得分图", "A3", "市委宣传部"}, {"得分图", "B4", "-5"},
	} {
		got, err := f.GetCellValue(tc.sheet, tc.cell, excelize.Options{RawCellValue: true})
		if err != nil || got != tc.want {
			t.Errorf("%s!%s = %q (%v), want %q", tc.sheet, tc.cell, got, err, tc.want)
		}
	}
	xlsxCheckSummaryColumn(t, f, "得分", "12.5", "排名", "1")
	xlsxCheckSummaryColumn(t, f, "被采用来稿", "2", "采用率", "0.5")
	if note, _ := f.GetCellValue("汇总", "A13"); !strings.Contains(note, "不会超过100%") || !strings.Contains(note, "综合") {
		t.Errorf("汇总 A13 = %q, want the note saying how 采用率 is counted", note)
	}
	xlsxCheckLooks(t, f)
}

// xlsxCheckSummaryColumn finds the columns headed a and b on 汇总 and checks row 4.
func xlsxCheckSummaryColumn(t *testing.T, f *excelize.File, a, wantA, b, wantB string) {
	t.Helper()
	rows, _ := f.GetRows("汇总", excelize.Options{RawCellValue: true})
	for _, h := range []struct{ name, want string }{{a, wantA}, {b, wantB}} {
		found := false
		for i, v := range rows[1] {
			if v == h.name {
				found = true
				if got := rows[3][i]; got != h.want {
					t.Errorf("汇总 %s of the first unit = %q, want %q", h.name, got, h.want)
				}
			}
		}
		if !found {
			t.Errorf("汇总 has no column %s: %q", h.name, rows[1])
		}
	}
}

func xlsxCheckLooks(t *testing.T, f *excelize.File) {
	t.Helper()
	id, _ := f.GetCellStyle("汇总", "B3")
	if st, err := f.GetStyle(id); err != nil || st.Font == nil || !st.Font.Bold {
		t.Errorf("header B3 is not bold: %+v %v", st, err)
	}
	if p, err := f.GetPanes("汇总"); err != nil || !p.Freeze || p.YSplit != 3 {
		t.Errorf("汇总 panes = %+v, %v; want frozen below the header", p, err)
	}
	if w, _ := f.GetColWidth("汇总", "A"); w < 14 {
		t.Errorf("汇总 unit column width %v, too narrow for 怀宁县委组织部", w)
	}
	filters := map[string]bool{}
	for _, dn := range f.GetDefinedName() {
		if dn.Name == "_xlnm._FilterDatabase" {
			filters[dn.Scope] = true
		}
	}
	for _, s := range []string{"汇总", "分月", "明细"} {
		if !filters[s] {
			t.Errorf("sheet %s has no autofilter (defined names %+v)", s, f.GetDefinedName())
		}
	}
}

func TestStatsWorkbookHasChart(t *testing.T) {
	data := writeTestStatsWorkbook(t)
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	for _, zf := range z.File {
		if strings.HasPrefix(zf.Name, "xl/charts/chart") {
			return
		}
	}
	t.Error("the workbook has no chart part")
}

// TestStatsWorkbookOpenpyxl opens the workbook with an independent reader,
// Debian's python3-openpyxl.
func TestStatsWorkbookOpenpyxl(t *testing.T) {
	py := "/usr/bin/python3"
	if err := exec.Command(py, "-c", "import openpyxl").Run(); err != nil {
		t.Skipf("skipped: %s cannot import openpyxl (apt-get install python3-openpyxl): %v", py, err)
	}
	script := `
import sys, io, openpyxl
wb = openpyxl.load_workbook(io.BytesIO(sys.stdin.buffer.read()))
s = wb["汇总"]
print(",".join(wb.sheetnames))
print(s["A4"].value, s["B4"].value, type(s["B4"].value).__name__, s["B3"].font.b)
d = wb["明细"]
print(d["D3"].value.date(), d["G3"].value, s.freeze_panes, s.auto_filter.ref)
print(len(wb["得分图"]._charts))
`
	cmd := exec.Command(py, "-c", script)
	cmd.Stdin = bytes.NewReader(writeTestStatsWorkbook(t))
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("openpyxl: %v\n%s", err, out)
	}
	want := "汇总,分月,明细,得分图,计分办法\n怀宁县委组织部 4 int True\n2022-01-05 860 B4 $A$3:$W$11\n1\n"
	if string(out) != want {
		t.Errorf("openpyxl read:\n%s\nwant:\n%s", out, want)
	}
}

func TestXLSXAdoptionRateBlankWithoutSubmissions(t *testing.T) {
	tests := []struct {
		name string
		c    editor.Counts
		want any
	}{
		{"one of four adopted", editor.Counts{Submissions: 4, SubmissionsAdopted: 1, Adopted: 1}, 0.25},
		{"a 综合 credit beside it stays out of the rate", editor.Counts{Submissions: 1, SubmissionsAdopted: 1, Adopted: 2, Combined: 1}, 1.0},
		{"nothing submitted", editor.Counts{Adopted: 1}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := xlsxAdoptionRate(statsLine{c: tt.c}); got != tt.want {
				t.Errorf("xlsxAdoptionRate = %v, want %v", got, tt.want)
			}
		})
	}
}

// The breakdown's period columns share one width, so they line up evenly
// and excelize takes the widths of 100 years by month in a few calls: one
// call per column made such a workbook take minutes.
func TestStatsBreakdownWidthsAreEven(t *testing.T) {
	f, err := excelize.OpenReader(bytes.NewReader(writeTestStatsWorkbook(t)))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sheet := StatsBreakdownSheet(editor.PeriodMonth)
	want, _ := f.GetColWidth(sheet, "B")
	for _, col := range []string{"C", "D", "G", "J"} { // 报送, 采用, 得分 of January, 得分 of February and March
		if got, _ := f.GetColWidth(sheet, col); got != want {
			t.Errorf("%s column %s is %v wide, column B %v; want the period columns even", sheet, col, got, want)
		}
	}
	st := xlsxTestStats()
	st.Periods = nil
	for d := xlsxTestDay("2000-01-01"); d.Year() < 2100; d = d.AddDate(0, 1, 0) {
		st.Periods = append(st.Periods, editor.PeriodOf(editor.PeriodMonth, d))
	}
	for _, l := range statsLines(st) {
		if l.unit != nil {
			l.unit.Breakdown = make([]editor.PeriodCounts, len(st.Periods))
			l.unit.Breakdown[len(st.Periods)-1].Score = 12.5
		}
	}
	_, _, widths := statsBreakdownColumns(st, statsLines(st))
	if runs := xlsxWidthRuns(widths); len(widths) != 3*1201+1 || len(runs) > 3 {
		t.Errorf("100 years by month: %d columns in %d runs of one width, want %d columns in at most 3", len(widths), len(runs), 3*1201+1)
	}
}

// A breakdown wider than a sheet is refused with ErrTooManyPeriods; before,
// excelize's "the column number must be greater than or equal to 1" came out.
func TestStatsWorkbookRefusesTooManyPeriods(t *testing.T) {
	st := xlsxTestStats()
	st.Periods = make([]editor.Period, 6000)
	err := WriteStatsWorkbook(&bytes.Buffer{}, st, nil)
	if !errors.Is(err, ErrTooManyPeriods) || !strings.Contains(err.Error(), "6000 periods") {
		t.Errorf("6000 periods: %v, want ErrTooManyPeriods naming them", err)
	}
}
