package export

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bulletindesk/bulletindesk/editor"
)

// The intake corpus (issue 10): real-shaped bulletin texts under
// testdata/intake, one per class of fault seen in real files, each with a
// golden dump of the structure an editor would mark by hand.

var textUpdateIntake = flag.Bool("update-intake", false, "rewrite testdata/intake/*.golden from the reader")

// textDumpIssue writes the structure of an issue, one fact a line, so a
// golden file shows at a glance what was recognised.
func textDumpIssue(is *editor.Issue) string {
	var b strings.Builder
	date := "none"
	if !is.Date.IsZero() {
		date = is.Date.Format(editor.DateLayout)
	}
	fmt.Fprintf(&b, "bulletin %q number %d total %d year %d date %s unit %q copies %d\n",
		is.BulletinName, is.Number, is.TotalNumber, is.Year, date, is.EditingUnit, is.CopyCount)
	for _, s := range is.Sections {
		fmt.Fprintf(&b, "section %q\n", s.Name)
		for _, it := range s.Items {
			fmt.Fprintf(&b, "  item lead %q\n", it.Lead)
			for _, p := range strings.Split(it.Body, "\n") {
				fmt.Fprintf(&b, "    para %q\n", p)
			}
			fmt.Fprintf(&b, "    attribution %q\n", it.Attribution)
		}
	}
	for _, d := range is.Distribution {
		fmt.Fprintf(&b, "footer %s：%s\n", d.Label, d.Text)
	}
	return b.String()
}

func TestIntakeCorpusGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/intake/*.txt")
	if len(files) == 0 {
		t.Fatal("no intake corpus")
	}
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
			got := textDumpIssue(is) + "---\n" + SummarizeIssue(is).String()
			golden := strings.TrimSuffix(name, ".txt") + ".golden"
			if *textUpdateIntake {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update-intake to create it, then read it)", err)
			}
			if got != string(want) {
				t.Errorf("read as\n%s\nwant\n%s", got, want)
			}
			textAssertNothingLost(t, string(data), is)
		})
	}
}

// textAssertNothingLost: every character of content in the source (spaces,
// △ and the masthead's layout aside) is somewhere in the issue read.
func textAssertNothingLost(t *testing.T, src string, is *editor.Issue) {
	t.Helper()
	var out strings.Builder
	out.WriteString(textDumpIssue(is))
	have := map[rune]int{}
	for _, r := range out.String() {
		have[r]++
	}
	for _, r := range src {
		if strings.ContainsRune(" \t\r\n　△▲（）()编第期总年月日—-─", r) || r >= '0' && r <= '9' || r > 0xFF00 && r < 0xFF5F {
			continue
		}
		if have[r] == 0 {
			t.Errorf("%q of the source is nowhere in what was read", r)
			return
		}
	}
}

// TestIntakeRoundTripUnpunctuated (class 1): an item whose last sentence
// has no 。！？ does not swallow the footer, nor the next heading, when read
// back from our own export.
func TestIntakeRoundTripUnpunctuated(t *testing.T) {
	is := &editor.Issue{BulletinName: "组工信息", Number: 3, Sections: []editor.Section{
		{Name: "市内信息", Items: []editor.Item{{Lead: "某县召开组织工作会议。", Body: "会议强调做好全年工作"}}},
		{Name: "市外参考", Position: 1, Items: []editor.Item{{Lead: "某地经验做法", Body: ""}}},
	}, Distribution: []editor.DistributionLine{{Label: "报", Text: "省委组织部。"}}}
	for _, sec := range is.Sections {
		for j := range sec.Items {
			it := &sec.Items[j]
			it.Words = editor.CountWords(it.Lead) + editor.CountWords(it.Body)
		}
	}
	for _, indent := range []bool{false, true} {
		var buf bytes.Buffer
		if err := WriteIssue(&buf, is, editor.Preferences{Indent: indent}); err != nil {
			t.Fatal(err)
		}
		got, err := ReadIssue(&buf)
		if err != nil {
			t.Fatal(err)
		}
		if diff := textIssueDiff(got, is); diff != "" {
			t.Errorf("indent=%v: %s", indent, diff)
		}
	}
}

// TestIntakeAttributionForms (class 2): the usual forms credit the unit;
// things in brackets that are not attributions stay text.
func TestIntakeAttributionForms(t *testing.T) {
	tests := []struct{ para, attr, units string }{
		{"做法很好。（县委组织部供稿）", "县委组织部供稿", "县委组织部"},
		{"做法很好。（教务处/供稿）", "教务处/供稿", "教务处"},
		{"做法很好。（县委办公室撰稿）", "县委办公室撰稿", "县委办公室"},
		{"做法很好。（供稿：县委组织部）", "供稿：县委组织部", "县委组织部"},
		{"做法很好。（某县委组织部 张三）", "某县委组织部 张三", "某县委组织部"},
		{"做法很好。(县委组织部)", "县委组织部", "县委组织部"},
		{"做法很好。（通讯员 某某）", "", ""},
		{"做法很好。（下转02版）", "", ""},
		{"做法很好。（来源:某某网）", "", ""},
		{"覆盖17个村（社区）", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.para, func(t *testing.T) {
			_, attr, ok := textSplitAttribution(tt.para)
			if attr != tt.attr || ok != (tt.attr != "") {
				t.Errorf("attribution = %q, %v; want %q", attr, ok, tt.attr)
			}
			if got := editor.AttributionUnits(attr); ok && got != tt.units {
				t.Errorf("units = %q, want %q", got, tt.units)
			}
		})
	}
}

// TestIntakeMastheadOneLine (class 3): unit, number and date on one line.
func TestIntakeMastheadOneLine(t *testing.T) {
	src := "组工信息\n中共某某县委组织部编　第1期(总第7期)　2022年6月15日\n\n△一条信息。正文。\n"
	is, err := ReadIssue(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	if is.Number != 1 || is.TotalNumber != 7 || is.EditingUnit != "中共某某县委组织部" || is.Date.Format(editor.DateLayout) != "2022-06-15" {
		t.Errorf("masthead = 第%d期（总第%d期） unit %q date %v", is.Number, is.TotalNumber, is.EditingUnit, is.Date)
	}
}

// TestIntakeNoInventedSeries (class 4): with no masthead, a byline, a 文号
// or a page title is not a bulletin's name.
func TestIntakeNoInventedSeries(t *testing.T) {
	for _, first := range []string{"本报记者 某某", "某某处函〔2011〕8号", "首页 新闻中心"} {
		t.Run(first, func(t *testing.T) {
			is, err := ReadIssue(strings.NewReader(first + "\n某县推行积分制管理。全县覆盖。\n"))
			if err != nil {
				t.Fatal(err)
			}
			if is.BulletinName != "" {
				t.Errorf("bulletin name = %q, want none", is.BulletinName)
			}
			if !strings.Contains(textDumpIssue(is), strings.Fields(first)[0]) {
				t.Errorf("the line %q was lost:\n%s", first, textDumpIssue(is))
			}
		})
	}
}

// TestIntakeMarksRoundTrip (h13's 版头/版记 marks, issue 10 class 6): the
// marks, 本期要目 and both kinds of 编者按 read back from the text export
// instead of being glued to the masthead or the first item.
func TestIntakeMarksRoundTrip(t *testing.T) {
	want := marksTestIssue()
	for _, indent := range []bool{true, false} {
		var buf bytes.Buffer
		if err := WriteIssue(&buf, want, editor.Preferences{Indent: indent}); err != nil {
			t.Fatal(err)
		}
		got, err := ReadIssue(bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		if diff := textIssueDiff(got, want); diff != "" {
			t.Errorf("indent=%v: %s\n%s", indent, diff, buf.String())
		}
	}
}

// textAttributionCorpus is every closing bracket of the intake corpus and
// the shapes seen in real bulletins, each with the units it credits ("" for
// none): the measure of unit recognition in the README.
var textAttributionCorpus = []struct{ para, units string }{
	{"做法很好。（县委组织部）", "县委组织部"}, {"做法很好。（县委组织部供稿）", "县委组织部"},
	{"做法很好。（教务处/供稿）", "教务处"}, {"做法很好。（县委办公室撰稿）", "县委办公室"},
	{"做法很好。（供稿：县委组织部）", "县委组织部"}, {"做法很好。（某县委组织部 张三）", "某县委组织部"},
	{"做法很好。(县委组织部)", "县委组织部"}, {"做法很好。（青阳县委组织部、石门区委组织部）", "青阳县委组织部、石门区委组织部"},
	{"做法很好。（江州市委组织部干部一科、江州市委党校）", "江州市委组织部干部一科、江州市委党校"},
	{"做法很好。（市人社局）", "市人社局"}, {"做法很好。（东溪镇党委）", "东溪镇党委"}, {"做法很好。（市档案馆）", "市档案馆"},
	{"做法很好。（来稿单位：市委党校）", "市委党校"}, {"做法很好。（县委组织部 供稿）", "县委组织部"},
	{"做法很好。（某大学党委组织部）", "某大学党委组织部"},
	{"做法很好。（某某大学）", "某某大学"}, // missed: 学 ends too many words to credit on its own
	{"做法很好。（通讯员 某某）", ""}, {"做法很好。（下转02版）", ""}, {"做法很好。（来源:某某日报）", ""},
	{"做法很好。（来源：新华网）", ""}, {"做法很好。（本报记者 张三）", ""}, {"覆盖17个村（社区）", ""},
	{"做法很好。（试行）", ""}, {"做法很好。（2023年）", ""}, {"做法很好。（见附件）", ""}, {"做法很好。（有删节）", ""},
	{"做法很好。（作者系县委组织部干部）", ""}, {"做法很好。（张三）", ""}, {"做法很好。（摘自《组工信息》）", ""},
}

// TestAttributionPrecision: no bracket credits a unit it does not name (a
// false credit changes a unit's score); the recall is measured and logged
// (the README's figures).
func TestAttributionPrecision(t *testing.T) {
	credited, correct, expected := 0, 0, 0
	for _, c := range textAttributionCorpus {
		_, attr, ok := textSplitAttribution(c.para)
		got := ""
		if ok {
			got = editor.AttributionUnits(attr)
		}
		if c.units != "" {
			expected++
		}
		if got == "" {
			continue
		}
		credited++
		if got == c.units {
			correct++
		} else {
			t.Errorf("%s credits %q, want %q", c.para, got, c.units)
		}
	}
	t.Logf("attributions: precision %d/%d, recall %d/%d", correct, credited, correct, expected)
}
