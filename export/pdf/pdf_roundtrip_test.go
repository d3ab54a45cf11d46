package pdf

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export/intake"
	"github.com/bulletindesk/bulletindesk/export/internal/exporttest"
)

// pdfTripIssue is an issue long enough that its pages break inside
// sentences, with items of one and of two paragraphs.
func pdfTripIssue() *editor.Issue {
	is := &editor.Issue{BulletinName: "组工信息", EditingUnit: "中共东坡市委组织部", Year: 2025, Number: 9, TotalNumber: 120,
		Date: time.Date(2025, 8, 6, 0, 0, 0, 0, time.UTC)}
	places := []string{"东坡区", "北岸县", "河西区", "南屏县", "石桥区", "青溪县", "云岭县", "白塔区"}
	for s, name := range []string{"工作动态", "基层声音"} {
		sec := editor.Section{Name: name}
		for k, place := range places[s*4 : s*4+4] {
			body := fmt.Sprintf("%s坚持把抓基层打基础作为长远之计，围绕村级组织建设、党员队伍管理和基层治理创新，分三个阶段推进，"+
				"全年累计培训村干部%d人次，走访群众%d户，收集意见建议%d条，已办结%d条，群众满意度持续提升。", place, 300+k*17, 2000+k*131, 150+k*9, 140+k*8)
			if k%2 == 1 {
				body += "\n下一步，" + place + "将总结推广试点经验，完善考核办法，推动各项举措落地见效，让基层组织建设成果更多惠及群众。"
			}
			sec.Items = append(sec.Items, editor.Item{Lead: place + "扎实推进基层组织建设。", Body: body, Attribution: place + "委组织部"})
		}
		is.Sections = append(is.Sections, sec)
	}
	return is
}

// pdfTripDump is what a reader must get back from our own PDF: each
// item's lead, paragraphs and attribution (spaces aside).
func pdfTripDump(is *editor.Issue) string {
	var b strings.Builder
	for _, s := range is.Sections {
		fmt.Fprintf(&b, "[%s]\n", s.Name)
		for _, it := range s.Items {
			fmt.Fprintf(&b, "△%s\n", exporttest.DropSpace(it.Lead))
			for _, p := range strings.Split(it.Body, "\n") {
				fmt.Fprintf(&b, "  ¶%s\n", exporttest.DropSpace(p))
			}
			fmt.Fprintf(&b, "  （%s）\n", it.Attribution)
		}
	}
	return b.String()
}

// Our own PDF, through pdftotext (both modes), reads back as the issue it
// was made from: a sentence running over a page break stays one paragraph
// (review A9: 蓉城镇将全 / — 1 — / 镇划分为… had become two).
func TestOwnPDFThroughPdftotextReadsBack(t *testing.T) {
	is := pdfTripIssue()
	path := pdfTestWrite(t, is) // skips, saying so, without pdftotext or a font
	want := pdfTripDump(is)
	for _, mode := range [][]string{nil, {"-layout"}} {
		t.Run(fmt.Sprint("pdftotext", mode), func(t *testing.T) {
			text := exporttest.PdfTool(t, "pdftotext", append(append([]string{}, mode...), path, "-")...)
			if !strings.Contains(text, "\f") {
				t.Fatalf("the PDF has one page; the test needs a page break")
			}
			back, err := intake.ReadIssue(strings.NewReader(text))
			if err != nil {
				t.Fatal(err)
			}
			if got := pdfTripDump(back); got != want {
				t.Errorf("read back as\n%s\nwant\n%s", got, want)
			}
			if back.Number != is.Number || back.TotalNumber != is.TotalNumber || !back.Date.Equal(is.Date) {
				t.Errorf("masthead read back as 第%d期 总第%d期 %v", back.Number, back.TotalNumber, back.Date)
			}
		})
	}
}
