package intake

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/bulletindesk/bulletindesk/editor"
)

// TestTextTrailerLineRoundTrip (review R1): a 责任编辑 line read into the
// 版记 is printed as it stands — not after a stray "：" — and reads back
// as the same line, whether the issue has 报/发 lines or not.
func TestTextTrailerLineRoundTrip(t *testing.T) {
	for _, tc := range []struct {
		name string
		dist []editor.DistributionLine
	}{
		{"alone", []editor.DistributionLine{{Text: "（本期责任编辑：刘晓岚）"}}},
		{"after 报", []editor.DistributionLine{{Label: "报", Text: "市委组织部。"}, {Text: "责任编辑：刘晓岚"}}},
		{"before 发", []editor.DistributionLine{{Text: "责编：周宁"}, {Label: "发", Text: "各县（区）委组织部。"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			is := &editor.Issue{BulletinName: "党建简报", Number: 7, TotalNumber: 80,
				Sections:     []editor.Section{{Name: "组织建设", Items: []editor.Item{{Lead: "云溪县开展轮训。", Attribution: "云溪县委组织部供稿"}}}},
				Distribution: tc.dist}
			var buf bytes.Buffer
			if err := WriteIssue(&buf, is, editor.Preferences{}); err != nil {
				t.Fatal(err)
			}
			if strings.Contains(buf.String(), "：（") || strings.Contains(buf.String(), "\n：") {
				t.Errorf("a line without a label printed with a colon:\n%s", buf.String())
			}
			got, err := ReadIssue(&buf)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got.Distribution, tc.dist) {
				t.Errorf("版记 read back as %q, want %q", got.Distribution, tc.dist)
			}
			if it := got.Sections[0].Items[0]; it.Attribution != "云溪县委组织部供稿" {
				t.Errorf("the last item lost its credit: %+v", it)
			}
		})
	}
}
