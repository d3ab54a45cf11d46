package intake

import (
	"strings"
	"testing"

	"github.com/bulletindesk/bulletindesk/editor"
)

// textKnownDump is an issue's sections with their item counts and the
// first characters of each item.
func textKnownDump(is *editor.Issue) string {
	var b strings.Builder
	for _, s := range is.Sections {
		b.WriteString("[" + s.Name + "]")
		for _, it := range s.Items {
			r := []rune(it.Lead + it.Body)
			b.WriteString(" " + string(r[:min(6, len(r))]))
		}
		b.WriteString(" ")
	}
	return strings.TrimSpace(b.String())
}

// A heading line that is one of the bulletin's known sections is taken as
// that section where its shape alone would not say so — after an item
// whose last sentence lacks its 。, with no △ under it, dressed in 【】 or
// ■ — and keeps the bulletin's own name; unknown headings keep the usual
// rules, and without known sections the text reads as before.
func TestKnownSections(t *testing.T) {
	known := []string{"市内信息", "市外参考", "工作动态"}
	for _, tc := range []struct{ name, text, before, after string }{
		{"after an item without its 。",
			"市内信息\n△青阳县推行村级议事协商制度，全县128个村建立议事会，由村党组织书记召集每月开会一次，\n" +
				"集中研究村里的大事要事，今年以来共议定事项560余件，办结率达到百分之九十以上的水平啊\n市外参考\n△某市某区：以党建引领基层治理。该区……\n",
			"[市内信息] 青阳县推行村 某市某区：以",
			"[市内信息] 青阳县推行村 [市外参考] 某市某区：以"},
		{"no △ under it",
			"市内信息\n△白沙县建强网格党组织。全县覆盖。（白沙县委组织部）\n工作动态\n市委组织部召开季度信息工作会议。会议通报了各地报送情况。\n",
			"[市内信息] 白沙县建强网",
			"[市内信息] 白沙县建强网 [工作动态] 市委组织部召"},
		{"dressed and spaced",
			"■ 市 内 信 息\n△白沙县建强网格党组织。全县覆盖。\n【市外参考】\n△某区：以党建引领。该区……\n",
			"[■市内信息] 白沙县建强网 [【市外参考】] 某区：以党建", // a dressed heading over a △ (F28)
			"[市内信息] 白沙县建强网 [市外参考] 某区：以党建"},
		{"an unknown heading keeps the rules",
			"市内信息\n△青阳县推行村级议事协商制度，全县128个村建立议事会，由村党组织书记召集每月开会一次，\n" +
				"集中研究村里的大事要事，今年以来共议定事项560余件，办结率达到百分之九十以上的水平啊\n基层声音\n△某社区书记：服务要细。……\n",
			"[市内信息] 青阳县推行村 某社区书记：",
			"[市内信息] 青阳县推行村 某社区书记："},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, c := range []struct {
				known []string
				want  string
			}{{nil, tc.before}, {known, tc.after}} {
				is, _, err := ReadIssueWith(strings.NewReader(tc.text), ReadOptions{Sections: c.known})
				if err != nil {
					t.Fatal(err)
				}
				if got := textKnownDump(is); got != c.want {
					t.Errorf("known %v: read as %q, want %q", c.known, got, c.want)
				}
			}
		})
	}
}
