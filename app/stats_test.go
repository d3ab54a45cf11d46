package app

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export/workbook"
	"github.com/xuri/excelize/v2"
)

func statsOf(t *testing.T, u *ui) *statsScreen {
	t.Helper()
	for _, e := range u.entries {
		if s, ok := e.s.(*statsScreen); ok {
			return s
		}
	}
	t.Fatal("no 统计 screen in the navigation")
	return nil
}

// statsSeed: two units, three submissions, one adopted into an issue.
func statsSeed(t *testing.T, ar *editor.Archive) (editor.Unit, editor.Unit) {
	t.Helper()
	ctx := context.Background()
	a, sub := bSeed(t, ar)
	b := editor.Unit{Name: "岳西县委组织部", ShortName: "岳西县", Group: "县区", Active: true}
	if err := ar.SaveUnit(ctx, &b); err != nil {
		t.Fatal(err)
	}
	more := []*editor.Submission{
		{UnitID: b.ID, Received: bDate(2026, 11, 3), Kind: "信息", Title: "岳西县开展党员志愿服务", Text: "岳西县组织党员开展志愿服务。"},
		{UnitID: b.ID, Received: bDate(2026, 11, 9), Kind: "调研", Title: "岳西县村级集体经济调研", Text: "关于村级集体经济发展的调研。"},
	}
	if err := ar.AddSubmissions(ctx, more); err != nil {
		t.Fatal(err)
	}
	is := bIssueWithItems(t, ar)
	if _, err := ar.AdoptSubmission(ctx, sub.ID, is.Sections[0].ID); err != nil {
		t.Fatal(err)
	}
	return a, b
}

// The table shows each unit's numbers with the group subtotal and total,
// sorts on a header click, and a unit opens what lies behind its numbers.
func TestStatsTable(t *testing.T) {
	u, ar := newComposeTestUI(t)
	a, b := statsSeed(t, ar)
	s := statsOf(t, u)
	u.showKey(keyStats)
	s.kindSel.SetSelectedIndex(3) // 自定义
	s.from.SetText("2026-11-01")
	s.to.SetText("2026-11-30")
	s.compute()
	if s.st == nil {
		t.Fatalf("no statistics: %s", s.status.Text)
	}
	byName := map[string]statsRow{}
	for _, r := range s.rows {
		byName[statsRowName(r)] = r
	}
	if got := byName[a.ShortName].counts; got == nil || got.Submissions != 1 || got.Adopted != 1 {
		t.Errorf("%s: %+v, want 1 submission, 1 adopted", a.ShortName, got)
	}
	if got := byName[b.ShortName].counts; got == nil || got.Submissions != 2 || got.Adopted != 0 {
		t.Errorf("%s: %+v, want 2 submissions, 0 adopted", b.ShortName, got)
	}
	if last := s.rows[len(s.rows)-1]; !last.total || last.counts.Submissions != 3 {
		t.Errorf("last row %+v, want the total of 3 submissions", last)
	}
	sub := byName[lang.L("{{.Group}}小计", map[string]any{"Group": "县区"})]
	if sub.counts == nil || sub.counts.Submissions != 3 {
		t.Errorf("县区 subtotal %+v, want 3 submissions", sub.counts)
	}

	col := statsColumnIndex(t, s, lang.L("报送"))
	s.sortBy(col)
	if first := statsRowName(s.rows[0]); first != b.ShortName {
		t.Errorf("sorted by 报送 (largest first): first row %q, want %q", first, b.ShortName)
	}
	if got := s.cols[col].text(s.rows[0]); got != "2" {
		t.Errorf("报送 cell of %s = %q, want 2", b.ShortName, got)
	}

	s.table.Select(widget.TableCellID{Row: 0, Col: 1})
	top := u.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("clicking a unit opened no detail")
	}
	var found bool
	bWalk(top, func(o fyne.CanvasObject) bool {
		if l, ok := o.(*widget.Label); ok && l.Text != "" && strings.Contains(l.Text, "岳西县村级集体经济调研") {
			found = true
		}
		return found
	})
	if !found {
		t.Error("the unit's detail does not list its submission 岳西县村级集体经济调研")
	}
	test.Tap(bButton(t, u, lang.L("关闭")))
}

func statsColumnIndex(t *testing.T, s *statsScreen, title string) int {
	t.Helper()
	for i, c := range s.cols {
		if c.title == title {
			return i
		}
	}
	t.Fatalf("no column %q", title)
	return -1
}

// The two exports of 统计 write what the export package writes for the
// statistics on screen: a workbook whose 汇总 sheet names the units, and a
// 通报 naming the adopted unit.
func TestStatsExports(t *testing.T) {
	u, ar := newComposeTestUI(t)
	a, _ := statsSeed(t, ar)
	s := statsOf(t, u)
	u.showKey(keyStats)
	s.kindSel.SetSelectedIndex(3)
	s.from.SetText("2026-11-01")
	s.to.SetText("2026-11-30")
	s.compute()
	if s.st == nil {
		t.Fatalf("no statistics: %s", s.status.Text)
	}
	var book bytes.Buffer
	if err := s.workbookWriter(s.st)(&book); err != nil {
		t.Fatalf("workbook: %v", err)
	}
	f, err := excelize.OpenReader(&book)
	if err != nil {
		t.Fatalf("the workbook does not open: %v", err)
	}
	defer f.Close()
	rows, err := f.GetRows(workbook.StatsSheetSummary)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(fmt.Sprint(rows), a.ShortName) && !strings.Contains(fmt.Sprint(rows), a.Name) {
		t.Errorf("汇总 sheet does not name %s:\n%v", a.Name, rows)
	}
	var notice bytes.Buffer
	if err := s.noticeWriter(s.st)(&notice); err != nil {
		t.Fatalf("notice: %v", err)
	}
	if !strings.Contains(notice.String(), a.ShortName) && !strings.Contains(notice.String(), a.Name) {
		t.Errorf("通报 does not name %s:\n%s", a.Name, notice.String())
	}
}

// 采用率 reads "—" for a unit that submitted nothing in the period, not a
// 0.0% that would contradict an adoption shown beside it.
func TestStatsRateText(t *testing.T) {
	tests := []struct {
		name string
		c    editor.Counts
		want string
	}{
		{"one of two adopted", editor.Counts{Submissions: 2, SubmissionsAdopted: 1, Adopted: 1}, "50.0%"},
		{"one 来稿 and a 综合 credit: never above 100%", editor.Counts{Submissions: 1, SubmissionsAdopted: 1, Adopted: 2, Combined: 1}, "100.0%"},
		{"nothing adopted", editor.Counts{Submissions: 4}, "0.0%"},
		{"an earlier piece adopted, nothing submitted", editor.Counts{Adopted: 1}, "—"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := statsRateText(statsRow{counts: &tt.c}); got != tt.want {
				t.Errorf("statsRateText = %q, want %q", got, tt.want)
			}
		})
	}
}
