package intake

import (
	"strings"
	"testing"

	"github.com/bulletindesk/bulletindesk/editor"
)

// TestTextPageFurniture: what a PDF prints on every page goes — a bare
// page number inside a wrapped sentence, a unit's name at each page's top,
// a header naming the bulletin otherwise than its masthead — and a line
// that is text stays: a table's 序号, a number after a sentence end, a
// sub-heading repeated in two items, two wrapped lines that are alike.
func TestTextPageFurniture(t *testing.T) {
	const head = "组工信息\n第3期\n2024年3月5日\n市内信息\n"
	wide := "△青阳县推行村干部积分制管理。县委组织部把村干部的日常工作细化为六类二十四项每月\n"
	tests := []struct {
		name, text string
		removed    []string // the lines that must go; every other line stays
	}{
		{"bare page number mid-sentence", wide + "2\n由乡镇党委按实绩打分。\n", []string{"2"}},
		{"number after a sentence end", "△某县召开会议。会议印发了《村级组织运行规范》\n15\n条，要求对照执行。\n", nil},
		{"table 序号 after a short cell", "△某县公布名单。名单如下：\n序号\n单位\n1\n青阳县\n2\n石门区\n3\n东溪镇\n", nil},
		{"pages counted far apart", "△某县召开会议。甲。\n乙。\n丙。\n丁。\n1\n戊。\n己。\n庚。\n辛。\n壬。\n癸。\n子。\n丑。\n2\n寅。\n", []string{"1", "2"}},
		{"unit name at each page top", wide + "江州市委组织部\n由乡镇党委按实绩打分，\n积分结果与绩效挂钩。\n△石门区开展年轻干部墩苗行动。从区直机关选派三十五岁以下的干部\n江州市委组织部\n到村任职两年。\n",
			[]string{"江州市委组织部", "江州市委组织部"}},
		{"a header naming the bulletin otherwise", "△某县召开会议。会议强调做好工作。\n江州组工2024年第3期\n全年工作。\n", []string{"江州组工2024年第3期"}},
		{"a header of another issue", "△某县召开会议。会议强调做好工作。\n江州组工2024年第4期\n全年工作。\n", nil},
		{"sub-heading repeated in two items", "△某县召开会议。会议强调做好工作。\n主要做法\n建立台账。\n△某区推行积分。全区覆盖。\n主要做法\n按月公示。\n", nil},
		{"two wrapped lines alike", "△某县召开会议。会议强调党建引领基层治理\n党建引领乡村振兴基层治理大有可为\n取得新成效。\n△某区推行积分。会议强调党建引领基层治理\n党建引领乡村振兴基层治理大有可为\n取得新进展。\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines := textSplitLines(head + tt.text)
			is := &editor.Issue{}
			start := textParseMasthead(lines, is)
			kept, removed := textDropPageLines(lines, start, is)
			if removed != len(tt.removed) {
				t.Errorf("removed %d lines, want %d (%q)", removed, len(tt.removed), tt.removed)
			}
			gone := map[string]int{}
			for _, l := range tt.removed {
				gone[l]++
			}
			var got []string
			for _, l := range kept {
				got = append(got, l.text)
			}
			var want []string
			for _, l := range lines {
				if gone[l.text] > 0 {
					gone[l.text]--
					continue
				}
				want = append(want, l.text)
			}
			if g, w := strings.Join(got, "|"), strings.Join(want, "|"); g != w {
				t.Errorf("kept %s\nwant %s", g, w)
			}
		})
	}
}
