package intake

import (
	"strings"
	"testing"
)

// A 来稿 that reads like a whole bulletin, or holds two units'
// attributions, is flagged in its import line (review R12): both came in
// as one 来稿 without a word, credited to whichever unit the archive knew.
func TestSubmissionShapeChecks(t *testing.T) {
	issue := "组工信息\n第13期（总第231期）\n中共柳岸县委组织部编　　　　2026年12月1日\n\n工作动态\n" +
		"△柳岸县推行党员积分制。全县468个党支部推行积分制管理。（柳岸县委组织部供稿）\n" +
		"△桃溪镇把支部建在产业链上。组建联合党支部5个。（桃溪镇党委供稿）\n\n报：市委组织部。\n发：各乡镇党委。\n"
	twoPieces := "【工作动态】\n　　柳岸县创新红色驿站服务流动党员\n　　今年以来，柳岸县建成红色驿站38个，累计服务流动党员1200余人次。（柳岸县委组织部）\n" +
		"【基层声音】\n　　桃溪镇把支部建在产业链上\n　　桃溪镇组建联合党支部5个，带动茶农增收860万元。（桃溪镇党委）\n"
	one := "柳岸县开展书记讲党课活动\n　　今年以来，柳岸县组织各级党组织书记讲党课320场次，覆盖党员1.2万人次。（柳岸县委组织部供稿）\n联系人：陈晓华\n"
	combined := "两地联建茶叶党建联盟\n　　柳岸县与桃溪镇联建茶叶党建联盟，带动茶农增收。（柳岸县委组织部、桃溪镇党委）\n"
	cases := []struct {
		name, text string
		want       []string
	}{
		{"a whole issue", issue, []string{"像是一期简报（期号、△条目、报送范围）：整期请用“导入一期”", "含2个不同的署名，可能是几篇稿件：请核对报送单位，或分开导入"}},
		{"two pieces pasted together", twoPieces, []string{"含2个不同的署名，可能是几篇稿件：请核对报送单位，或分开导入"}},
		{"one piece", one, nil},
		{"one 综合 piece of two units", combined, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sub, err := ReadSubmission("来稿.txt", strings.NewReader(c.text))
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Join(docxCheckTexts(sub.Checks), "|"); got != strings.Join(c.want, "|") {
				t.Errorf("checks %q, want %q", got, c.want)
			}
		})
	}
}
