package editor

import (
	"context"
	"slices"
	"testing"
)

// A number typed without its thousands commas finds the text that has
// them, with an ASCII or a full-width comma (review F17: 1350 found
// nothing where the text said 1,350); the number as written still finds
// its own form, and other numbers are not matched.
func TestSearchNumberWithoutThousandsCommas(t *testing.T) {
	a := archiveTestOpen(t)
	subs := []*Submission{
		{Title: "甲", Text: "服务群众1,350人次。"},
		{Title: "乙", Text: "服务群众1，350人次（全角逗号）。"},
		{Title: "丙", Text: "共1350人。"},
		{Title: "丁", Text: "投入资金2,480,000元。"},
		{Title: "戊", Text: "覆盖1,35个点。"},
		{Title: "己", Text: "第13,500期。"},
	}
	if err := a.AddSubmissions(context.Background(), subs); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		query string
		want  []string
	}{
		{"1350", []string{"丙", "乙", "甲"}},
		{"1350人次", []string{"乙", "甲"}},
		{"“1350”", []string{"丙", "乙", "甲"}},
		{"2480000元", []string{"丁"}},
		{"1,350", []string{"乙", "甲"}},
		{"135", []string{"丙"}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			if got := searchTestTitles(t, a, tt.query); !slices.Equal(got, tt.want) {
				t.Errorf("Search(%q) = %v, want %v", tt.query, got, tt.want)
			}
		})
	}
}
