package export

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
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
