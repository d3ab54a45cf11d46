package intake

import (
	"os"
	"strings"
	"testing"
	"unicode"

	"github.com/bulletindesk/bulletindesk/editor"
)

const textSamplePath = "../../../shared/samples/bulletin-page.txt"

func readSample(t *testing.T) (*editor.Issue, []byte) {
	t.Helper()
	data, err := os.ReadFile(textSamplePath)
	if err != nil {
		t.Skipf("the sample page is not here (%v); skipping", err)
	}
	is, err := ReadIssue(strings.NewReader(string(data)))
	if err != nil {
		t.Fatalf("ReadIssue(sample): %v", err)
	}
	return is, data
}

func TestReadIssueSampleStructure(t *testing.T) {
	is, _ := readSample(t)
	var got []string
	for _, s := range is.Sections {
		got = append(got, s.Name+":"+strings.Repeat("△", len(s.Items)))
	}
	want := []string{"市内信息:△△△", "市外参考:△"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Fatalf("sections = %v, want %v", got, want)
	}
	if is.BulletinName != "" || is.Number != 0 || !is.Date.IsZero() {
		t.Errorf("the sample has no masthead, got name %q number %d date %v", is.BulletinName, is.Number, is.Date)
	}
}

func TestReadIssueSampleItems(t *testing.T) {
	is, _ := readSample(t)
	if len(is.Sections) != 2 || len(is.Sections[0].Items) != 3 || len(is.Sections[1].Items) != 1 {
		t.Fatalf("unexpected structure: %+v", is.Sections)
	}
	items := append(append([]editor.Item{}, is.Sections[0].Items...), is.Sections[1].Items...)
	tests := []struct {
		lead, attribution, bodyStart, bodyEnd string
	}{
		{"怀宁县积极推进村级联合党委建设赋能乡村振兴。", "怀宁县委组织部", "怀宁县通过", "筑牢基层治理根基。"},
		{"太湖县紧扣“夜”字做优乡村振兴文章。", "太湖县委组织部", "近年来，太湖县", "县域经济加温加热。"},
		{"大观区以组织振兴推动乡村振兴。", "大观区委组织部", "夯实组织保障。", "下活集体经济“产业棋”。"},
		{"衢州市柯城区：打造城乡互助党建联盟，释放共富强大动能。", "", "柯城区发挥主城优势", "家门口就业增收。"},
	}
	for i, tt := range tests {
		it := items[i]
		t.Run(tt.lead, func(t *testing.T) {
			if it.Lead != tt.lead {
				t.Errorf("lead = %q, want %q", it.Lead, tt.lead)
			}
			if it.Attribution != tt.attribution {
				t.Errorf("attribution = %q, want %q", it.Attribution, tt.attribution)
			}
			if !strings.HasPrefix(it.Body, tt.bodyStart) || !strings.HasSuffix(it.Body, tt.bodyEnd) {
				t.Errorf("body = %.40q…%q, want it to run from %q to %q", it.Body, textTail(it.Body, 20), tt.bodyStart, tt.bodyEnd)
			}
			if strings.ContainsAny(it.Body, "\n ") {
				t.Errorf("body keeps line breaks or spaces: %q", it.Body)
			}
			if want := editor.CountWords(it.Lead + it.Body + it.Attribution); it.Words != want {
				t.Errorf("words = %d, want %d", it.Words, want)
			}
		})
	}
}

func textTail(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[len(r)-n:])
}

func TestReadIssueSampleCleansPDFArtefacts(t *testing.T) {
	is, _ := readSample(t)
	body := is.Sections[0].Items[0].Body
	for _, want := range []string{"3-5个村党组织", "股份制公司24个", "流转土地19750亩", "2021年，试点区域"} {
		if !strings.Contains(body, want) {
			t.Errorf("body lacks %q", want)
		}
	}
	if !strings.Contains(is.Sections[0].Items[1].Body, "4A景区") {
		t.Errorf("4A 景区 not joined: %q", is.Sections[0].Items[1].Body)
	}
	if !strings.Contains(is.Sections[1].Items[0].Body, "村播IP，") {
		t.Errorf("村播 IP， not joined")
	}
}

func TestReadIssueSampleFooter(t *testing.T) {
	is, _ := readSample(t)
	want := []editor.DistributionLine{
		{Label: "报", Text: "省委组织部，本部领导。"},
		{Label: "送", Text: "各县（市、区）委书记、组织部长，市委各部委负责同志。"},
		{Label: "发", Text: "电子版发县（市、区）委组织部、安庆先锋网。"},
	}
	if len(is.Distribution) != len(want) {
		t.Fatalf("footer = %+v, want %+v", is.Distribution, want)
	}
	for i := range want {
		if is.Distribution[i] != want[i] {
			t.Errorf("footer line %d = %+v, want %+v", i, is.Distribution[i], want[i])
		}
	}
}

// TestReadIssueSampleKeepsEveryCharacter: the non-space characters of the
// page come out of the issue in the same order, once the structure (△,
// headings, footer labels, attribution brackets) is put back.
func TestReadIssueSampleKeepsEveryCharacter(t *testing.T) {
	is, data := readSample(t)
	got := textNonSpace(textStructure(is))
	want := textNonSpace(string(data))
	if got != want {
		i := 0
		for i < len(got) && i < len(want) && got[i] == want[i] {
			i++
		}
		t.Fatalf("content differs at byte %d: got …%q…, want …%q…", i, textAround(got, i), textAround(want, i))
	}
}

// textStructure spells the issue back the way the page spells it.
func textStructure(is *editor.Issue) string {
	var b strings.Builder
	for _, s := range is.Sections {
		b.WriteString(s.Name)
		for _, it := range s.Items {
			b.WriteString("△" + it.Lead + it.Body)
			if it.Attribution != "" {
				b.WriteString("（" + it.Attribution + "）")
			}
		}
	}
	for _, d := range is.Distribution {
		b.WriteString(d.Label + "：" + d.Text)
	}
	return b.String()
}

func textNonSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

func textAround(s string, i int) string {
	lo, hi := max(0, i-30), min(len(s), i+30)
	return strings.ToValidUTF8(s[lo:hi], "")
}

// TestReadIssueSampleEncodings: the page saved by Notepad as GB18030 with
// CRLF, or as UTF-16, reads exactly as the UTF-8 page does.
func TestReadIssueSampleEncodings(t *testing.T) {
	want, data := readSample(t)
	crlf := strings.ReplaceAll(string(data), "\n", "\r\n")
	inputs := map[string][]byte{
		"gb18030 crlf": textMustGB18030(t, crlf),
		"utf-16 le":    textUTF16(crlf, false),
		"utf-16 be":    textUTF16(string(data), true),
		"utf-8 bom":    append([]byte{0xEF, 0xBB, 0xBF}, crlf...),
	}
	for name, in := range inputs {
		t.Run(name, func(t *testing.T) {
			got, err := ReadIssue(strings.NewReader(string(in)))
			if err != nil {
				t.Fatal(err)
			}
			if diff := textIssueDiff(got, want); diff != "" {
				t.Error(diff)
			}
		})
	}
}
