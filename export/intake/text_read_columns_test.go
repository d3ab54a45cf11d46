package intake

import (
	"bytes"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestTextTwoColumnPDF (review R2): a two-column page made by LibreOffice
// (testdata/text/r2_two_columns.fodt: a one-column masthead, two sections
// of items in two columns, a one-column 版记), through pdftotext with and
// without -layout, reads as the issue it was made from — both sections,
// every item with its credit, the footer at the end — the same as the
// committed texts of the intake corpus do. Skipped, saying so, without
// pdftotext.
func TestTextTwoColumnPDF(t *testing.T) {
	pdftotext, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Skip("pdftotext is not installed (apt-get install poppler-utils): the committed texts r2_two_columns_*.txt are still read by TestIntakeCorpusGolden")
	}
	for _, tc := range []struct{ name, flag, golden string }{
		{"layout", "-layout", "testdata/intake/r2_two_columns_layout.golden"},
		{"default", "", "testdata/intake/r2_two_columns_raw.golden"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			args := []string{"testdata/text/r2_two_columns.pdf", "-"}
			if tc.flag != "" {
				args = append([]string{tc.flag}, args...)
			}
			out, err := exec.Command(pdftotext, args...).Output()
			if err != nil {
				t.Fatalf("pdftotext: %v", err)
			}
			is, sum, err := ReadIssueSummary(bytes.NewReader(out))
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(tc.golden)
			if err != nil {
				t.Fatal(err)
			}
			if got := textDumpIssue(is) + "---\n" + sum.String(); got != string(want) {
				t.Errorf("pdftotext %s read as\n%s\nwant\n%s", tc.flag, got, want)
			}
		})
	}
}

// TestTextColumnsLeftAlone: texts with gaps that are no gutter are read
// as they stand — a masthead line with the unit and the date, a table's
// rows (several gaps a line), a contact line, an indented one-column text.
func TestTextColumnsLeftAlone(t *testing.T) {
	for _, tc := range []struct{ name, text string }{
		{"masthead", "党建简报\n第9期（总第121期）\n中共云溪县委组织部编           2026年9月18日\n\n组织建设\n△云溪县开展轮训。（云溪县委组织部供稿）\n"},
		{"table", "△各乡镇报送情况如下。\n序号     单位          篇数\n1        白沙镇        12\n2        北山乡        9\n3        云溪镇        7\n4        青石乡        5\n"},
		{"two-column table", "△各乡镇报送情况如下。\n白沙镇          12篇\n北山乡          9篇\n云溪镇          7篇\n青石乡          5篇\n"},
		{"contact", "△云溪县开展轮训。今年已轮训186人次。\n联系人：周晓燕     电话：0731-1234567\n（云溪县委组织部供稿）\n"},
		{"indented", "组织建设\n    △云溪县开展支部书记轮训。今年已轮训村党组织书记186人次，\n覆盖全县所有行政村。（云溪县委组织部供稿）\n    △白沙镇推行党员联户制度。（白沙镇党委供稿）\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, n, _ := textSplitColumns(tc.text)
			if got != tc.text || n != 0 {
				t.Errorf("split %d lines:\n%s\nwant it as it stands:\n%s", n, got, tc.text)
			}
		})
	}
}

// TestTextMidFooterKept: 报：/发： lines after the last item stay the
// footer, and an item's own escaped \报： line stays its text.
func TestTextMidFooterKept(t *testing.T) {
	for _, tc := range []struct{ name, text, wantLast string }{
		{"footer at the end", "组织建设\n△云溪县开展轮训。（云溪县委组织部供稿）\n报：市委组织部。\n发：各乡镇党委。\n", "发：各乡镇党委。"},
		{"escaped", "组织建设\n△云溪县开展轮训。会议要求：\n\\报：市委组织部。\n△白沙镇推行联户。（白沙镇党委供稿）\n", "△白沙镇推行联户。（白沙镇党委供稿）"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lines, moved := textMoveMidFooter(textSplitLines(tc.text))
			if moved || !strings.Contains(lines[len(lines)-1].text, tc.wantLast) {
				t.Errorf("moved %v, last line %q, want %q where it was", moved, lines[len(lines)-1].text, tc.wantLast)
			}
		})
	}
}

// TestTextColumnsPerPage: two pages of two columns read page by page —
// page 1 left, page 1 right, page 2 left, page 2 right — not both pages'
// left columns first.
func TestTextColumnsPerPage(t *testing.T) {
	page := func(l, r string) string {
		var b strings.Builder
		for i := 0; i < 4; i++ {
			b.WriteString(l + strings.Repeat("　", 0) + "甲乙丙丁戊己庚辛壬癸" + "      " + r + "子丑寅卯辰巳午未申酉\n")
		}
		return b.String()
	}
	got, n, _ := textSplitColumns(page("左一", "右一") + "\f" + page("左二", "右二"))
	var order []string
	for _, l := range strings.Split(got, "\n") {
		if f := strings.Fields(strings.TrimLeft(l, "\f")); len(f) > 0 {
			order = append(order, string([]rune(f[0])[:2]))
		}
	}
	want := "左一 左一 左一 左一 右一 右一 右一 右一 左二 左二 左二 左二 右二 右二 右二 右二"
	if n != 8 || strings.Join(order, " ") != want {
		t.Errorf("split %d lines, order\n%s\nwant\n%s", n, strings.Join(order, " "), want)
	}
}
