package export

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/bulletindesk/bulletindesk/editor"
)

// FuzzReadIssue: no input makes ReadIssue panic, and whatever it returns
// is well formed (no line breaks in leads, attributions or headings; 字数
// consistent).
func FuzzReadIssue(f *testing.F) {
	for _, path := range []string{textSamplePath, "testdata/text/issue_indented.txt", "testdata/text/issue_plain.txt"} {
		if data, err := os.ReadFile(path); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte("组工信息\n第1期\n市内信息\n△甲。（乙县委组织部）\n报：丙。\n（共印5份）"))
	f.Add([]byte("\xff\xfe\x00"))
	f.Add([]byte("△\n△（）\n报：\n送"))
	f.Fuzz(func(t *testing.T, data []byte) {
		is, err := ReadIssue(bytes.NewReader(data))
		if err != nil {
			return
		}
		for _, s := range is.Sections {
			if strings.Contains(s.Name, "\n") {
				t.Errorf("section name with a line break: %q", s.Name)
			}
			for _, it := range s.Items {
				if strings.Contains(it.Lead, "\n") || strings.Contains(it.Attribution, "\n") {
					t.Errorf("lead or attribution with a line break: %+v", it)
				}
				if want := editor.CountWords(it.Lead) + editor.CountWords(it.Body) + editor.CountWords(it.Attribution); it.Words != want {
					t.Errorf("words %d, want %d", it.Words, want)
				}
			}
		}
	})
}

// FuzzRoundTrip: an issue built from the fuzz input, written and read
// back, is the same issue — with and without the paragraph indent.
func FuzzRoundTrip(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte("组工信息第12期"))
	f.Add(bytes.Repeat([]byte{7, 200, 13, 42, 99, 1, 0, 255}, 40))
	f.Fuzz(func(t *testing.T, data []byte) {
		want := (&textGen{b: data}).issue()
		for _, indent := range []bool{true, false} {
			var buf bytes.Buffer
			if err := WriteIssue(&buf, want, editor.Preferences{Indent: indent}); err != nil {
				t.Fatal(err)
			}
			got, err := ReadIssue(bytes.NewReader(buf.Bytes()))
			if err != nil {
				t.Fatalf("indent=%v: ReadIssue: %v\n%s", indent, err, buf.String())
			}
			if diff := textIssueDiff(got, want); diff != "" {
				t.Fatalf("indent=%v: %s\n%s", indent, diff, buf.String())
			}
		}
	})
}

// textGen builds a well-formed issue from fuzz bytes: sentences from a
// vocabulary (digits, Latin words, quotes, brackets) and raw Han
// characters, in every layout the format allows.
type textGen struct {
	b []byte
	i int
}

func (g *textGen) n(k int) int {
	if g.i >= len(g.b) || k <= 1 {
		return 0
	}
	v := int(g.b[g.i]) % k
	g.i++
	return v
}

var textGenWords = []string{"党建", "引领", "乡村振兴", "基层治理", "村", "社区", "干部", "2023年", "128个", "3-5个",
	"96.5%", "IP", "Windows 10", "4A景区", "“夜”字", "《条例》", "17个村（社区）", "、", "，", "：", "——", "……",
	"APP", "e", "①", "ａｂ", "　"}

var textGenUnits = []string{"江州市青阳县委组织部", "石门区委组织部", "江州市委党校", "东溪镇党委", "市人社局", "青阳县"}

var textGenSections = []string{"市内信息", "市外参考", "经验交流", "一、工作动态", "【简讯】", "基层 动态"}

func (g *textGen) word() string {
	if g.n(4) == 0 {
		return string(rune(0x4E00 + g.n(256)*64 + g.n(64)))
	}
	return textGenWords[g.n(len(textGenWords))]
}

func (g *textGen) sentence() string {
	var b strings.Builder
	b.WriteString(string(rune(0x4E00 + g.n(200)*100))) // never starts with a mark
	for k := g.n(8); k > 0; k-- {
		b.WriteString(g.word())
	}
	b.WriteString(string(rune(0x4E00 + g.n(200)*100)))
	return b.String() + []string{"。", "！", "？", "。”"}[g.n(4)]
}

func (g *textGen) paragraph() string {
	var b strings.Builder
	for k := 1 + g.n(3); k > 0; k-- {
		b.WriteString(g.sentence())
	}
	return b.String()
}

func (g *textGen) item() editor.Item {
	it := editor.Item{Lead: g.sentence()}
	if strings.HasSuffix(it.Lead, "。”") {
		it.Lead = strings.TrimSuffix(it.Lead, "”")
	}
	var paras []string
	for k := g.n(4); k > 0; k-- {
		paras = append(paras, g.paragraph())
	}
	if len(paras) > 1 && g.n(3) == 0 {
		paras[0] = "" // the lead is a paragraph of its own
	}
	it.Body = strings.Join(paras, "\n")
	for k := g.n(3); k > 0; k-- {
		if it.Attribution != "" {
			it.Attribution += "、"
		}
		it.Attribution += textGenUnits[g.n(len(textGenUnits))]
	}
	it.Words = editor.CountWords(it.Lead) + editor.CountWords(it.Body) + editor.CountWords(it.Attribution)
	return it
}

func (g *textGen) issue() *editor.Issue {
	is := &editor.Issue{}
	if g.n(4) != 0 {
		is.BulletinName = []string{"组工信息", "组工信息增刊", "人才工作简报"}[g.n(3)]
		is.Number, is.TotalNumber = 1+g.n(60), g.n(3)*(1+g.n(250))
		if g.n(3) != 0 {
			is.EditingUnit = "中共江州市委组织部"
		}
		if g.n(3) != 0 {
			is.Date = time.Date(2000+g.n(40), time.Month(1+g.n(12)), 1+g.n(28), 0, 0, 0, 0, time.UTC)
			is.Year = is.Date.Year()
		}
	}
	for k := g.n(4); k > 0 || (len(is.Sections) == 0 && is.Number == 0); k-- {
		sec := editor.Section{Name: textGenSections[g.n(len(textGenSections))], Position: len(is.Sections)}
		if sec.Name == "基层 动态" {
			sec.Name = "基层动态"
		}
		if len(is.Sections) == 0 && g.n(5) == 0 {
			sec.Name = "" // items before any heading
		}
		for j := g.n(4); j > 0 || (sec.Name == "" || (len(is.Sections) == 0 && is.Number == 0)) && len(sec.Items) == 0; j-- {
			it := g.item()
			it.Position = len(sec.Items)
			sec.Items = append(sec.Items, it)
		}
		is.Sections = append(is.Sections, sec)
	}
	for _, label := range []string{"报", "送", "发"}[:g.n(4)] {
		is.Distribution = append(is.Distribution, editor.DistributionLine{Label: label, Text: g.paragraph()})
	}
	if g.n(2) == 1 {
		is.CopyCount = 1 + g.n(500)
	}
	return is
}
