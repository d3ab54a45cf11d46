package intake

import (
	"strings"
	"testing"

	"github.com/bulletindesk/bulletindesk/editor"
)

// Shapes an independent review of the intake found misread (issue 10,
// review section A), each in our own words.

func TestMastheadUnitWithoutBian(t *testing.T) {
	const item = "\n△南坪县开展党员轮训。全县分五批完成轮训。（南坪县委组织部）\n"
	tests := []struct {
		name, top string
		number    int
		total     int
		date      string
		unit      string
	}{
		{"full-width spaces", "南坪组工\n中共南坪市委组织部　　第4期(总第52期)　　2024年5月7日", 4, 52, "2024-05-07", "中共南坪市委组织部"},
		{"ascii spaces, full-width brackets", "南坪组工\n中共南坪市委组织部 第4期（总第52期） 2024年5月7日", 4, 52, "2024-05-07", "中共南坪市委组织部"},
		{"no 总第", "南坪组工\n中共南坪市委组织部 第4期 2024年5月7日", 4, 0, "2024-05-07", "中共南坪市委组织部"},
		{"unit and number, no date", "南坪组工\n中共南坪市委组织部　第4期", 4, 0, "none", "中共南坪市委组织部"},
		{"university, parent line", "南坪师范学院\n组 工 简 报\n党委组织部　　第4期(总第52期)　　2024年5月7日", 4, 52, "2024-05-07", "南坪师范学院党委组织部"},
		{"unit on its own line", "南坪组工\n中共南坪市委组织部\n第4期(总第52期)\n2024年5月7日", 4, 52, "2024-05-07", "中共南坪市委组织部"},
		{"with 编 as before", "南坪组工\n中共南坪市委组织部编　第4期(总第52期)　2024年5月7日", 4, 52, "2024-05-07", "中共南坪市委组织部"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			is, err := ReadIssue(strings.NewReader(tt.top + "\n" + item))
			if err != nil {
				t.Fatal(err)
			}
			date := "none"
			if !is.Date.IsZero() {
				date = is.Date.Format(editor.DateLayout)
			}
			if is.Number != tt.number || is.TotalNumber != tt.total || date != tt.date || is.EditingUnit != tt.unit {
				t.Errorf("got 第%d期 总第%d期 %s unit %q, want 第%d期 总第%d期 %s unit %q",
					is.Number, is.TotalNumber, date, is.EditingUnit, tt.number, tt.total, tt.date, tt.unit)
			}
			if len(is.Sections) != 1 || len(is.Sections[0].Items) != 1 {
				t.Errorf("want the one item, got %d sections", len(is.Sections))
			}
		})
	}
}

// textSectionsDump is an issue's bulletin name and sections, each with its
// items' leads and bodies run together, for comparing structure.
func textSectionsDump(is *editor.Issue) string {
	var b strings.Builder
	b.WriteString("bulletin " + is.BulletinName)
	for _, s := range is.Sections {
		b.WriteString(" | [" + s.Name + "]")
		for _, it := range s.Items {
			b.WriteString(" " + it.Lead + it.Body)
		}
	}
	return b.String()
}

// TestHeadingsAfterOpenItems: a numbered heading at the top is a section,
// not a bulletin; items before any heading stay unnamed; a heading after an
// item without its final 。 in hard-wrapped text is still a heading, while
// a short wrapped fragment before the next item is still text.
func TestHeadingsAfterOpenItems(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"numbered heading first",
			"一、工作动态\n1.东坡区举办读书班。全区40名干部参加\n学习\n二、基层声音\n1.河西社区书记：把服务送到\n居民家门口\n",
			"bulletin  | [一、工作动态] 东坡区举办读书班。全区40名干部参加学习 | [二、基层声音] 河西社区书记：把服务送到居民家门口"},
		{"items before any heading",
			"△东坡区开展走访。走访覆盖全部社区。（东坡区委组织部）\n",
			"bulletin  | [] 东坡区开展走访。走访覆盖全部社区。"},
		{"named heading after a short last line",
			"市内信息\n△东坡区召开推进会。会议要求抓好下半年\n任务\n经验交流\n△北岸县推行积分管理。该县持续完善\n报：市委组织部。\n",
			"bulletin  | [市内信息] 东坡区召开推进会。会议要求抓好下半年任务 | [经验交流] 北岸县推行积分管理。该县持续完善"},
		{"numbered heading after an unterminated item",
			"一、工作动态\n1.东坡区开展慰问活动。共走访困难党员86名，发放\n慰问金9.5万元\n二、基层声音\n1.河西社区书记：服务要细\n",
			"bulletin  | [一、工作动态] 东坡区开展慰问活动。共走访困难党员86名，发放慰问金9.5万元 | [二、基层声音] 河西社区书记：服务要细"},
		{"a wrapped fragment before the next item stays text",
			"市内信息\n△东坡区召开推进会。会议要求抓好下半年\n任务\n△北岸县推行积分管理。该县持续完善。\n",
			"bulletin  | [市内信息] 东坡区召开推进会。会议要求抓好下半年任务 北岸县推行积分管理。该县持续完善。"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			is, err := ReadIssue(strings.NewReader(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			if got := textSectionsDump(is); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

// A 报送：/抄送： footer (the pair of 高校 and 部门 bulletins) is the
// footer, both lines: 报送 had been read as the last item's paragraph.
func TestFooterBaosongChaosong(t *testing.T) {
	const text = "组工简报\n第2期\n\n△学院开展支部书记轮训。轮训覆盖全部支部。（来源：校组织部）\n\n报送：校党委常委\n抄送：各二级党组织\n"
	is, err := ReadIssue(strings.NewReader(text))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range is.Distribution {
		got = append(got, d.Label+"："+d.Text)
	}
	if want := "报送：校党委常委|抄送：各二级党组织"; strings.Join(got, "|") != want {
		t.Errorf("footer %q, want %q", strings.Join(got, "|"), want)
	}
	if body := is.Sections[0].Items[0].Body; strings.Contains(body, "报送") {
		t.Errorf("the item's body holds the footer: %q", body)
	}
}

// A byline standing above the items is read as a heading (nothing else
// in the text tells it apart), but the summary says it looks like one.
func TestBylineHeadingFlagged(t *testing.T) {
	tests := []struct {
		top  string
		flag bool
	}{
		{"本报记者 赵敏", true},
		{"通讯员 钱立 孙芳", true},
		{"工作动态", false},
		{"记者之家", false},
	}
	for _, tt := range tests {
		t.Run(tt.top, func(t *testing.T) {
			_, sum, err := ReadIssueSummary(strings.NewReader(tt.top + "\n△东坡区开展走访。走访覆盖全部社区。\n△北岸县推行积分管理。全县覆盖。\n"))
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Contains(sum.String(), "looks like a byline"); got != tt.flag {
				t.Errorf("flagged %v, want %v:\n%s", got, tt.flag, sum.String())
			}
		})
	}
}
