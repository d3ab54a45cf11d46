package intake

import (
	"strings"
	"testing"
)

// TestTextWebChromeOnly (review R3): only a web page's own lines go; a
// sentence about a website, and every line of a text with none of a web
// page's lines, stay in the issue.
func TestTextWebChromeOnly(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		removed    []string
		kept       string
	}{
		{"sentence about the site", "组织建设\n△云溪党建网改版上线。\n改版后网站累计浏览次数突破10万次。（云溪县委组织部供稿）\n\n上一篇：党建简报（2026年第8期）\n",
			[]string{"上一篇：党建简报（2026年第8期）"}, "改版后网站累计浏览次数突破10万次。"},
		{"no web page", "组织建设\n△云溪县举办人才论坛。\n主办：县委组织部\n地址：县人民路1号\n", nil, "地址：县人民路1号"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			is, sum, err := ReadIssueSummary(strings.NewReader(tc.text))
			if err != nil {
				t.Fatal(err)
			}
			if strings.Join(sum.WebLines, "|") != strings.Join(tc.removed, "|") {
				t.Errorf("removed %q, want %q", sum.WebLines, tc.removed)
			}
			if !strings.Contains(textDumpIssue(is), tc.kept) {
				t.Errorf("%q lost:\n%s", tc.kept, textDumpIssue(is))
			}
		})
	}
}
