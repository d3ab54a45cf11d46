package intake

import (
	"strings"
	"testing"

	"github.com/bulletindesk/bulletindesk/editor"
)

// textSummary is a compact view of an issue for table tests:
// "section|lead|body|attribution" per item, bodies with ¶ for "\n".
func textSummary(is *editor.Issue) []string {
	var out []string
	for _, s := range is.Sections {
		if len(s.Items) == 0 {
			out = append(out, s.Name+"|")
		}
		for _, it := range s.Items {
			out = append(out, s.Name+"|"+it.Lead+"|"+strings.ReplaceAll(it.Body, "\n", "¶")+"|"+it.Attribution)
		}
	}
	return out
}

func TestReadIssueLayouts(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{
			name: "e-mail: hard-wrapped, blank line between paragraphs",
			in:   "市内信息\n△东溪镇建强网格党支部。东溪镇把全镇划分为46个网\n格，每个网格建立党支部。\n\n同时建立网格员积分\n管理办法。（东溪镇党委）\n",
			want: []string{"市内信息|东溪镇建强网格党支部。|东溪镇把全镇划分为46个网格，每个网格建立党支部。¶同时建立网格员积分管理办法。|东溪镇党委"},
		},
		{
			name: "PDF: indented line starts a paragraph, blank lines mean nothing",
			in:   "市内信息\n\n△东溪镇建强网格党支部。东溪镇把全镇划分\n\n为46个网格，每个网格建立党支部。\n\n　　同时建立网格员积分管\n\n理办法，按月公示。\n",
			want: []string{"市内信息|东溪镇建强网格党支部。|东溪镇把全镇划分为46个网格，每个网格建立党支部。¶同时建立网格员积分管理办法，按月公示。|"},
		},
		{
			name: "pdftotext -layout: every line has a margin, paragraphs start further right",
			in:   "        市内信息\n        △东溪镇建强网格党支部。东溪镇把全镇划分\n        为46个网格，每个网格建立党支部。\n            同时建立网格员积分管\n        理办法，按月公示。\n",
			want: []string{"市内信息|东溪镇建强网格党支部。|东溪镇把全镇划分为46个网格，每个网格建立党支部。¶同时建立网格员积分管理办法，按月公示。|"},
		},
		{
			name: "one line per paragraph, no indent",
			in:   "△青阳县开展党员积分管理。\n对全县党员实行积分管理。\n积分结果与评先评优挂钩。（青阳县委组织部）\n",
			want: []string{"|青阳县开展党员积分管理。|¶对全县党员实行积分管理。¶积分结果与评先评优挂钩。|青阳县委组织部"},
		},
		{
			name: "a parenthesis that belongs to the sentence is not an attribution",
			in:   "市内信息\n△石门区推进社区减负。全区覆盖17个村（社区）\n△北湖区开展培训。共培训300人（次）。（完）\n",
			want: []string{"市内信息|石门区推进社区减负。|全区覆盖17个村（社区）|", "市内信息|北湖区开展培训。|共培训300人（次）。（完）|"},
		},
		{
			name: "attribution of a 综合 item and on a line of its own",
			in:   "△江州市开展调研。各县区开展专题座谈52场。\n（青阳县委组织部、石门区委组织部）\n",
			want: []string{"|江州市开展调研。|各县区开展专题座谈52场。|青阳县委组织部、石门区委组织部"},
		},
		{
			name: "PDF: the attribution wrapped onto a line of its own is not a heading",
			in:   "市内信息\n△东溪镇建强网格党支部。东溪镇把全镇划分\n\n为46个网格，每个网格建立党支部。\n\n（东溪镇党委）\n\n△石门区开展培训。共培训\n\n300人。\n",
			want: []string{"市内信息|东溪镇建强网格党支部。|东溪镇把全镇划分为46个网格，每个网格建立党支部。|东溪镇党委", "市内信息|石门区开展培训。|共培训300人。|"},
		},
		{
			name: "a wrapped short line before an item is not a heading",
			in:   "市内信息\n△青阳县推进村级联合党委建设。通过组织联建推动\n产业联兴\n△石门区开展培训。共培训300人。\n",
			want: []string{"市内信息|青阳县推进村级联合党委建设。|通过组织联建推动产业联兴|", "市内信息|石门区开展培训。|共培训300人。|"},
		},
		{
			name: "lead keeps the closing quote, page numbers go, empty section kept",
			in:   "组工信息\n第1期\n经验交流\n市内信息\n△他说：“要让群众满意！”此后全面推开。\n— 2 —\n继续推进。\n市外参考\n",
			want: []string{"经验交流|", "市内信息|他说：“要让群众满意！”|此后全面推开。¶继续推进。|", "市外参考|"},
		},
		{
			name: "ASCII spaces next to Chinese go, between Latin words they stay",
			in:   "△上线 Windows 10 版 APP。村均增收 5 万元，  4A 景区 2 个。\n",
			want: []string{"|上线Windows 10版APP。|村均增收5万元，4A景区2个。|"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			is, err := ReadIssue(strings.NewReader(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			got := textSummary(is)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestReadIssueMasthead(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string // name|unit|number|total|date|copies
	}{
		{"ours", "组工信息\n第9期（总第412期）\n中共江州市委组织部编        2023年4月18日\n\n市内信息\n△甲。\n", "组工信息|中共江州市委组织部|9|412|2023-04-18|0"},
		{"PDF spacing, decoration, rule", "（内部资料）\n组 工 信 息\n第 12 期 （ 总第 345 期 ）\n中共江州市委组织部编　　　２０２２年６月１５日\n━━━━━━━━━━\n市内信息\n△甲。\n", "组工信息|中共江州市委组织部|12|345|2022-06-15|0"},
		{"unit and Chinese-numeral date on lines of their own", "人才工作简报\n2022年第3期\n中共江州市委人才办编\n二〇二二年十月二十一日\n△甲。\n共印 200 份\n", "人才工作简报|中共江州市委人才办|3|0|2022-10-21|200"},
		{"copy count with a colon", "组工信息\n第3期\n△甲。\n\n报：省委组织部。\n发：各县委组织部。\n共印：150份\n", "组工信息||3|0||150"},
		{"copy count as 印数", "组工信息\n第3期\n△甲。\n\n报：省委组织部。\n（印数：80份）\n", "组工信息||3|0||80"},
		{"series mark below the title", "组工信息\n（增刊）\n第3期\n△甲。\n", "组工信息（增刊）||3|0||0"},
		{"title only", "组工信息\n\n市内信息\n△甲。\n", "组工信息||0|0||0"},
		{"none", "市内信息\n△甲。\n", "||0|0||0"},
		{"total number without brackets", "组工信息\n2022年第12期 总第345期\n中共江州市委组织部编  2022年6月15日\n\n市内信息\n△甲。\n", "组工信息|中共江州市委组织部|12|345|2022-06-15|0"},
		{"total number on a line of its own", "组工信息\n第12期\n（总第345期）\n中共江州市委组织部编\n2022年6月15日\n\n市内信息\n△甲。\n", "组工信息|中共江州市委组织部|12|345|2022-06-15|0"},
		{"impossible date is not a date", "组工信息\n第1期\n2022年2月30日\n△甲。\n", "组工信息||1|0||0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			is, err := ReadIssue(strings.NewReader(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			date := ""
			if !is.Date.IsZero() {
				date = is.Date.Format(editor.DateLayout)
			}
			got := textFmt("%s|%s|%d|%d|%s|%d", is.BulletinName, is.EditingUnit, is.Number, is.TotalNumber, date, is.CopyCount)
			if got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}

func TestReadIssueFooterWrapped(t *testing.T) {
	in := "市内信息\n△甲。\n\n报：省委组织部，\n\n市委领导。\n送：各县（区）委书记、组织部长，市直各\n 单位主要负责同志。\n发：本部各科室。\n"
	is, err := ReadIssue(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []editor.DistributionLine{{Label: "报", Text: "省委组织部，市委领导。"}, {Label: "送", Text: "各县（区）委书记、组织部长，市直各单位主要负责同志。"}, {Label: "发", Text: "本部各科室。"}}
	if textFmt("%v", is.Distribution) != textFmt("%v", want) {
		t.Errorf("footer = %v, want %v", is.Distribution, want)
	}
}

func TestReadIssueNotABulletin(t *testing.T) {
	if _, err := ReadIssue(strings.NewReader("报：省委组织部。\n")); err == nil {
		t.Error("a footer alone read as an issue")
	}
}
