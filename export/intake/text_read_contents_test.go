package intake

import (
	"strings"
	"testing"
)

// A line under 本期要目 is dropped only when an item after it holds it (the
// list is made again from the items on export). An empty section's heading
// right under the list, in a PDF's text with a blank line after every line,
// was dropped with the list and lost (found by FuzzReadWrapped).
func TestContentsListDropsOnlyListedLines(t *testing.T) {
	const masthead = "组工信息\n第14期\n中共某市委组织部编\n\n本期要目\n"
	const items = "经验交流\n\n　　△某县推行村级议事\n\n清单制度。\n\n　　今年以来，某县在全\n\n县推行村级议事清单制\n\n度，规范村级事务运行\n\n。\n\n　　△某区建成人才驿站\n\n十二个。\n\n　　某区依托园区建成人\n\n才驿站，服务人才三千\n\n余人次。\n\n"
	cases := []struct {
		name, contents string
		want           []string // section: items
	}{
		{"an empty section under the list", "某县推行村级议事清单制度。\n\n某区建成人才驿站十二个。\n\n【简讯】\n\n", []string{"【简讯】: 0", "经验交流: 2"}},
		{"numbers, leader dots and pages", "1.某县推行村级议事清单制度……1\n\n2.某区建成人才驿站十二个……2\n\n", []string{"经验交流: 2"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			is, err := ReadIssue(strings.NewReader(masthead + c.contents + items + "报：市委组织部领导。\n2001年1月4日印发\n"))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, s := range is.Sections {
				got = append(got, s.Name+": "+string(rune('0'+len(s.Items))))
			}
			if strings.Join(got, " | ") != strings.Join(c.want, " | ") {
				t.Errorf("sections = %q, want %q", got, c.want)
			}
			if !is.Marks.Contents {
				t.Errorf("本期要目 not read")
			}
		})
	}
}
