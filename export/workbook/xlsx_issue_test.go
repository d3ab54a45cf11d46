package workbook

import (
	"bytes"
	"testing"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/xuri/excelize/v2"
)

// TestIssueWorkbook: one row an item; 计分单位 holds the credited units by
// name (reviewer F10: the one 报送单位 column held the 署名, a person's
// name or a unit credited for nothing), 署名 the attribution as printed.
func TestIssueWorkbook(t *testing.T) {
	is := &editor.Issue{BulletinName: "组工信息", Year: 2022, Number: 12, TotalNumber: 345, Date: xlsxTestDay("2022-06-15"),
		UnitNames: map[int64]string{3: "怀宁县委组织部", 4: "太湖县委组织部"},
		Sections: []editor.Section{
			{Name: "市内信息", Items: []editor.Item{
				{Lead: "怀宁县推行“党建+网格”治理模式。", Attribution: "怀宁县委组织部 刘晓", UnitIDs: []int64{3}, Words: 420, Submissions: []int64{17}},
				{Lead: "各地扎实开展年轻干部培训。", Attribution: "怀宁县委组织部、太湖县委组织部", UnitIDs: []int64{3, 4}, Words: 610, Submissions: []int64{18, 21}},
			}},
			{Name: "市外参考", Items: []editor.Item{{Lead: "外地推进基层减负的做法。", Attribution: "市委组织部干部一科供稿", Words: 300}, {Lead: "未知单位。", UnitIDs: []int64{9}, Words: 5}}},
		}}
	fn := WriteIssueWorkbook // registered as "xlsx": TestIssueFormatsRegistered
	var buf bytes.Buffer
	if err := fn(&buf, is, editor.DefaultPreferences()); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(IssueSheet, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		{"《组工信息》2022年第12期（总第345期）  2022年6月15日"},
		{"栏目", "序号", "标题句", "计分单位", "署名", "字数", "来稿编号"},
		{"市内信息", "1", "怀宁县推行“党建+网格”治理模式。", "怀宁县委组织部", "怀宁县委组织部 刘晓", "420", "17"},
		{"市内信息", "2", "各地扎实开展年轻干部培训。", "怀宁县委组织部、太湖县委组织部", "怀宁县委组织部、太湖县委组织部", "610", "18、21"},
		{"市外参考", "1", "外地推进基层减负的做法。", "", "市委组织部干部一科供稿", "300"},
		{"市外参考", "2", "未知单位。", "#9", "", "5"},
		{"合计", "4", "共4条", "", "", "1335"},
	}
	if len(rows) != len(want) {
		t.Fatalf("rows = %q, want %q", rows, want)
	}
	for i := range want {
		if !statsRowEqual(rows[i], want[i]) {
			t.Errorf("row %d = %q, want %q", i+1, rows[i], want[i])
		}
	}
	if typ, _ := f.GetCellType(IssueSheet, "F3"); typ == excelize.CellTypeSharedString || typ == excelize.CellTypeInlineString {
		t.Errorf("字数 F3 is stored as text, want a number")
	}
}

func statsRowEqual(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
