package intake

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bulletindesk/bulletindesk/editor"
)

// textShape is an issue's sections, items and credits in one line:
// [section] lead-start(attribution) …, for the structure an editor marks.
func textShape(is *editor.Issue) string {
	var b strings.Builder
	for _, s := range is.Sections {
		fmt.Fprintf(&b, "[%s]", s.Name)
		for _, it := range s.Items {
			r := []rune(it.Lead)
			fmt.Fprintf(&b, " %s(%s)", string(r[:min(5, len(r))]), it.Attribution)
		}
		b.WriteString(" ")
	}
	return strings.TrimSpace(b.String())
}

// The reader's item rules against the review's findings (issue 10 review
// F1, F2, F24, F25, F28): each case is the smallest text of its class; the
// fixtures testdata/intake/s16_* are the whole bulletins.
func TestReadIssueReviewShapes(t *testing.T) {
	const top = "组工信息\n第3期\n中共某市委组织部编　　2026年3月2日\n\n"
	const foot = "\n报：省委组织部。\n"
	for _, tc := range []struct {
		name, text, shape string
		contents          string // the 本期要目 kept, "" none
	}{
		{"F25 headline items under 【栏目】, a headline ending in ”",
			"【工作动态】\n某县召开推进会\n　　会议部署了四季度工作。（某县委组织部）\n某镇开展“送学上门”\n　　上门送学218人次。（某镇党委）\n【基层声音】\n一位老党员的“日记”\n　　坚持记日记12年。（某乡党委）\n",
			"[【工作动态】] 某县召开推(某县委组织部) 某镇开展“(某镇党委) [【基层声音】] 一位老党员(某乡党委)", ""},
		{"F25 headline items under plain 栏目 lines",
			"工作动态\n某县召开推进会\n　　会议部署了四季度工作。（某县委组织部）\n某镇开展“送学上门”\n　　上门送学218人次。（某镇党委）\n经验交流\n一位老党员的“日记”\n　　坚持记日记12年。（某乡党委）\n",
			"[工作动态] 某县召开推(某县委组织部) 某镇开展“(某镇党委) [经验交流] 一位老党员(某乡党委)", ""},
		{"F25 a headline after a writer's bracket",
			"【工作动态】\n某县召开推进会\n　　会议部署了四季度工作。（县委组织部组织股）\n某镇开展“送学上门”\n　　上门送学218人次。（某镇党委）\n",
			"[【工作动态】] 某县召开推() 某镇开展“(某镇党委)", ""},
		{"F28 items marked ◆ under 【栏目】",
			"【工作动态】\n◆某县召开推进会。会议部署了工作。（某县委组织部）\n◆某镇开展送学。上门送学218人次。（某镇党委）\n【基层声音】\n◆某村的日记。坚持12年。（某乡党委）\n",
			"[【工作动态】] 某县召开推(某县委组织部) 某镇开展送(某镇党委) [【基层声音】] 某村的日记(某乡党委)", ""},
		{"F28 ■ headings over ★ items, ● points inside an item",
			"■工作动态\n★某县召开推进会。会议分三步：\n●建立台账；\n●按月公示。（某县委组织部）\n★某镇开展送学。上门送学218人次。\n",
			"[■工作动态] 某县召开推(某县委组织部) 某镇开展送()", ""},
		{"F28 a ● 简讯 block under △ items",
			"【工作动态】\n△某县召开推进会。会议部署了工作。（某县委组织部）\n【简讯】\n●3月1日，某区召开述职会。（某区委组织部）\n●3月2日，某县举办培训班。（某县委组织部）\n",
			"[【工作动态】] 某县召开推(某县委组织部) [【简讯】] 3月1日，(某区委组织部) 3月2日，(某县委组织部)", ""},
		{"F28 ● points inside a △ item stay its text",
			"【工作动态】\n△某县召开推进会。会议要求：\n●建立台账；\n●按月公示。（某县委组织部）\n△某镇开展送学。上门送学218人次。（某镇党委）\n",
			"[【工作动态】] 某县召开推(某县委组织部) 某镇开展送(某镇党委)", ""},
		{"F1 a 本期要目 of △ entries",
			"本期要目\n△某县召开组织工作推进会\n△某镇开展送学上门活动\n\n【工作动态】\n△某县召开组织工作推进会。会议部署了工作。（某县委组织部）\n△某镇开展送学上门活动。上门送学218人次。（某镇党委）\n",
			"[【工作动态】] 某县召开组(某县委组织部) 某镇开展送(某镇党委)", "△某县召开组织工作推进会\n△某镇开展送学上门活动"},
		{"F1 △ entries grouped under the 栏目",
			"本期要目\n【工作动态】\n△某县召开组织工作推进会\n【基层声音】\n△某镇开展送学上门活动\n\n【工作动态】\n△某县召开组织工作推进会。会议部署了工作。（某县委组织部）\n【基层声音】\n△某镇开展送学上门活动。上门送学218人次。（某镇党委）\n",
			"[【工作动态】] 某县召开组(某县委组织部) [【基层声音】] 某镇开展送(某镇党委)",
			"【工作动态】\n△某县召开组织工作推进会\n【基层声音】\n△某镇开展送学上门活动"},
		{"F2 a heading after a unit bracket without 。",
			"编者按：现将有关做法刊发。\n\n【工作动态】\n△某县推行清单。在全县公开张贴\n问题同比下降41.3%（某县委组织部）\n【基层声音】\n△某村夜间议事。已议定事项9件。（某镇党委）\n",
			"[【工作动态】] 某县推行清() [【基层声音】] 某村夜间议(某镇党委)", ""}, // the bracket lacks its 。: no credit, but the item ended
		{"F24 a heading after （unit + post + name）",
			"编者按：现将有关做法刊发。\n\n一、经验交流\n△某镇留住人才。留住返乡人才57名。（供稿：某镇党委）\n△某乡设立工作室。带动群众1,300余人次。（某乡党委组织委员 陈立）\n二、基层动态\n△县委人才办宣讲政策。为86家企业宣讲。（县委人才办）\n",
			"[一、经验交流] 某镇留住人(供稿：某镇党委) 某乡设立工() [二、基层动态] 县委人才办(县委人才办)", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			is, err := ReadIssue(strings.NewReader(top + tc.text + foot))
			if err != nil {
				t.Fatal(err)
			}
			if got := textShape(is); got != tc.shape {
				t.Errorf("read as\n%s\nwant\n%s", got, tc.shape)
			}
			if got := is.Marks.ContentsText; got != tc.contents {
				t.Errorf("本期要目 kept %q, want %q", got, tc.contents)
			}
		})
	}
}

// Masthead forms of the review's G23 and G24: the 公文 forms of a number
// with its year, the editing unit labelled 主办： or on a line of its own
// between the number and the date, each printed back as the source wrote it.
func TestReadIssueMastheadReviewForms(t *testing.T) {
	const item = "\n△某县开展活动。全县讲授党课326场次。（某县委组织部）\n"
	for _, tc := range []struct {
		name, top  string
		number     int
		unit, line string // the editing unit read, and its line as exported
		check      string // a check line the summary must have, "" none
	}{
		{"〔2025〕第12期", "组工通讯\n〔2025〕第12期\n中共某县委组织部编　　2025年11月5日\n", 12, "中共某县委组织部", "中共某县委组织部编", ""},
		{"[2025]第12期", "组工通讯\n[2025]第12期\n中共某县委组织部编　　2025年11月5日\n", 12, "中共某县委组织部", "中共某县委组织部编", ""},
		{"【2025】12期", "组工通讯\n【2025】12期\n中共某县委组织部编　　2025年11月5日\n", 12, "中共某县委组织部", "中共某县委组织部编", ""},
		{"2025年12期", "组工通讯\n2025年12期\n中共某县委组织部编　　2025年11月5日\n", 12, "中共某县委组织部", "中共某县委组织部编", ""},
		{"a 文号 is no number, and is said", "组工通讯\n〔2025〕12号\n中共某县委组织部编　　2025年11月5日\n", 0, "中共某县委组织部", "中共某县委组织部编",
			"top line 2 〔2025〕12号 is not understood and not kept"},
		{"主办： before the unit", "组工信息\n第12期\n主办：中共某县委组织部　　2025年11月5日\n", 12, "中共某县委组织部", "主办：中共某县委组织部", ""},
		{"…编印", "组工信息\n第12期\n中共某县委组织部编印　　2025年11月5日\n", 12, "中共某县委组织部", "中共某县委组织部编印", ""},
		{"unit and date on two lines", "组工信息\n（第12期）\n中共某县委组织部\n2025年11月5日\n", 12, "中共某县委组织部", "中共某县委组织部", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			is, sum, err := ReadIssueSummary(strings.NewReader(tc.top + item))
			if err != nil {
				t.Fatal(err)
			}
			if is.Number != tc.number || is.EditingUnit != tc.unit || len(is.Sections) != 1 || is.Sections[0].Name != "" {
				t.Errorf("number %d unit %q sections %s, want %d %q and one without a name", is.Number, is.EditingUnit, textShape(is), tc.number, tc.unit)
			}
			if got := editor.EditingUnitLine(is); got != tc.line {
				t.Errorf("unit line %q, want %q", got, tc.line)
			}
			if tc.check != "" && !strings.Contains(sum.String(), tc.check) {
				t.Errorf("summary lacks %q:\n%s", tc.check, sum.String())
			}
		})
	}
}

// A lead typed without its closing 。 reads back as the lead it was, the
// body as it was, whatever the body's first paragraph looks like (review
// F12: 县里召开推进会 came back as 县里召开推进会本期要目); the printed text
// has no backslash.
func TestRoundTripLeadWithoutSentenceEnd(t *testing.T) {
	for _, tc := range []struct{ lead, body string }{
		{"县里召开推进会", "会议部署了冬季党员轮训工作。"},
		{"县里召开推进会", "本期要目\n会议部署了工作。"},
		{"县里召开推进会", "编者按：这是一段话。"},
		{"县里召开推进会", "一、主要做法\n建立台账。"},
		{"县里召开推进会", "报：这一段像版记。"},
		{"县里召开推进会", "【基层声音】\n做法很好。"},
		{"县里召开推进会", "△这一段像条目。"},
		{"云溪县建立档案”", "“引号开头的段落。”"},
		{"县里召开推进会", `\反斜杠开头。`},
		{"某区推行积分制。", `C:\Windows路径。`}, // a backslash of the text, after a lead that ends
		{"县里召开推进会", "\n会议部署了工作。"},     // the lead a paragraph of its own
	} {
		t.Run(tc.lead+"|"+tc.body, func(t *testing.T) {
			it := editor.Item{Lead: tc.lead, Body: tc.body, Attribution: "某县委组织部"}
			it.Words = editor.CountWords(it.Lead) + editor.CountWords(it.Body) + editor.CountWords(it.Attribution)
			is := &editor.Issue{BulletinName: "组工信息", Number: 3, Sections: []editor.Section{{Name: "市内信息", Items: []editor.Item{it}}}}
			textRoundTripsWithBothIndents(t, is)
			var printed strings.Builder
			if err := WriteIssuePrinted(&printed, is, editor.DefaultPreferences()); err != nil {
				t.Fatal(err)
			}
			if want := "△" + tc.lead + strings.SplitN(tc.body, "\n", 2)[0]; !strings.Contains(printed.String(), want) {
				t.Errorf("printed text lacks %q:\n%s", want, printed.String())
			}
		})
	}
}

// The review's fixtures, read, written and read again, are the same issue:
// headline items, ◆ items, a △ 本期要目, labelled editing units.
func TestReviewFixturesRoundTrip(t *testing.T) {
	files, _ := filepath.Glob("testdata/intake/s16_*.txt")
	for _, name := range files {
		t.Run(filepath.Base(name), func(t *testing.T) {
			data, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			is, err := ReadIssue(bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			textRoundTripsWithBothIndents(t, is)
		})
	}
}
