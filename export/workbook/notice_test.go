package workbook

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/xuri/excelize/v2"
)

var noticeUpdateGolden = flag.Bool("update-notice", false, "rewrite the golden files in testdata/stats")

func TestWriteNotice(t *testing.T) {
	var buf bytes.Buffer
	err := WriteNotice(&buf, xlsxTestStats(), NoticeOptions{Issuer: "中共江州市委组织部", Date: xlsxTestDay("2022-04-06")})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("testdata", "stats", "notice.golden.txt")
	if *noticeUpdateGolden {
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read the golden file (run with -update-notice to create it): %v", err)
	}
	if got := buf.String(); got != string(want) {
		t.Errorf("notice:\n%s\nwant:\n%s", got, want)
	}
}

// A period with no 来稿 has no 采用率: the 通报 leaves the rate out (the
// screen and the workbook show —), and says what was adopted (review G30).
func TestNoticeWithoutSubmissions(t *testing.T) {
	st := xlsxTestStats()
	st.Total = editor.Counts{Adopted: 1, Single: 1, Words: 900, Upstream: [3]int{0, 1, 0}}
	var buf bytes.Buffer
	if err := WriteNotice(&buf, st, NoticeOptions{Issuer: "中共江州市委组织部", Date: xlsxTestDay("2022-04-06")}); err != nil {
		t.Fatal(err)
	}
	got := buf.String()
	if strings.Contains(got, "采用率0.0%") || !strings.Contains(got, "各单位共报送信息0篇；《组工信息》采用1篇次，其中单独采用1篇次") {
		t.Errorf("notice without 来稿:\n%s\nwant 各单位共报送信息0篇；《组工信息》采用1篇次… and no 采用率0.0%%", got)
	}
}

func TestNoticePeriodName(t *testing.T) {
	for _, tc := range []struct{ from, to, want string }{
		{"2022-06-01", "2022-06-30", "2022年6月"},
		{"2022-04-01", "2022-06-30", "2022年第二季度"},
		{"2022-01-01", "2022-12-31", "2022年度"},
		{"2022-01-01", "2022-06-15", "2022年1月1日至2022年6月15日"},
	} {
		if got := noticePeriodName(xlsxTestDay(tc.from), xlsxTestDay(tc.to)); got != tc.want {
			t.Errorf("%s..%s = %q, want %q", tc.from, tc.to, got, tc.want)
		}
	}
}

// Quota periods before the archive's first 来稿 are not checked; the 通报
// and 汇总 say so, with the day of that first 来稿 (review R8).
func TestNoticeAndWorkbookNameTheQuotaStart(t *testing.T) {
	st := xlsxTestStats()
	st.QuotaFrom, st.QuotaSkipped = xlsxTestDay("2022-02-10"), 2
	want := "档案中最早的来稿收于2022年2月10日，此前的2个任务周期不计报送任务。"
	var buf bytes.Buffer
	if err := WriteNotice(&buf, st, NoticeOptions{Issuer: "中共江州市委组织部", Date: xlsxTestDay("2022-04-06")}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "三、报送任务完成情况\n　　"+want+"以下单位未完成") {
		t.Errorf("the 通报 does not say %q before the units that missed:\n%s", want, buf.String())
	}
	var wb bytes.Buffer
	if err := WriteStatsWorkbook(&wb, st, xlsxTestRows); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(wb.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got, _ := f.GetCellValue("汇总", "A14"); got != "注："+want {
		t.Errorf("汇总!A14 = %q, want %q", got, "注："+want)
	}
	st.QuotaFrom, st.QuotaSkipped = editor.Date{}, 1
	for i := range st.Groups {
		for j := range st.Groups[i].Units {
			st.Groups[i].Units[j].Quota = nil
		}
	}
	if got := noticeQuota(st); got != "档案中还没有来稿，未计报送任务。" {
		t.Errorf("an archive without 来稿: %q", got)
	}
}
