package editor

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// searchTestArchive holds two items and two submissions to search.
func searchTestArchive(t *testing.T) *Archive {
	t.Helper()
	ctx := context.Background()
	a := archiveTestOpen(t)
	is, err := a.NewIssue(ctx, issuesTestFirstBulletin(t, a), archiveTestDay(t, "2022-06-15"))
	if err != nil {
		t.Fatal(err)
	}
	is.Number = 12
	a.UpdateIssueHeader(ctx, &is)
	items := []Item{
		{Lead: "青山县推进村级联合党委建设。", Body: "全县按地域相邻原则组建联合党委 18 个，2021 年 村均增收 5 万元。"},
		{Lead: "临江区办好“夜”字文章。", Body: "依托夜校、夜访、夜市等载体，推动党员干部联系群众。"},
	}
	for i := range items {
		if err := a.AddItem(ctx, is.Sections[0].ID, &items[i]); err != nil {
			t.Fatal(err)
		}
	}
	subs := []*Submission{
		{Title: "5G基站进村", Text: "白沙镇建成5G基站 12 座，GDP增长显著，电商带货火热。"},
		{Title: "人才工作简讯", Text: "市里举办人才沙龙，吸引返乡青年创业。党员示范带动。"},
	}
	if err := a.AddSubmissions(ctx, subs); err != nil {
		t.Fatal(err)
	}
	return a
}

// searchTestShow is a hit as "kind:title [match]" with the marked text.
func searchTestShow(h Hit) string {
	var marked []string
	for _, f := range h.Snippet {
		if f.Match {
			marked = append(marked, f.Text)
		}
	}
	return fmt.Sprintf("%s:%s%v", h.Kind, strings.TrimSuffix(h.Title, "。"), marked)
}

func TestSearch(t *testing.T) {
	ctx := context.Background()
	a := searchTestArchive(t)
	tests := []struct {
		query string
		want  []string // hits as searchTestShow, in any order
	}{
		{"党委", []string{"item:青山县推进村级联合党委建设[党委]"}},
		{"党", []string{"item:青山县推进村级联合党委建设[党]", "item:临江区办好“夜”字文章[党]", "submission:人才工作简讯[党]"}},
		{"村级联合党委", []string{"item:青山县推进村级联合党委建设[村级联合党委]"}},
		{"2021年", []string{"item:青山县推进村级联合党委建设[2021 年]"}},
		{"2021年村均", []string{"item:青山县推进村级联合党委建设[2021 年 村均]"}},
		{"夜校、夜访", []string{"item:临江区办好“夜”字文章[夜校、夜访]"}},
		{"5G基站", []string{"submission:5G基站进村[5G基站]"}},
		{"gdp", []string{"submission:5G基站进村[GDP]"}},
		{"GDP增长", []string{"submission:5G基站进村[GDP增长]"}},
		{"人才", []string{"submission:人才工作简讯[人才]"}},
		{"党委书记", nil},
		{"联合党", []string{"item:青山县推进村级联合党委建设[联合党]"}},
		{"，", nil},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			hits, err := a.Search(ctx, tt.query, 10)
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]bool{}
			for _, h := range hits {
				got[searchTestShow(h)] = true
			}
			if len(got) != len(tt.want) {
				t.Errorf("Search(%q) = %v, want %v", tt.query, got, tt.want)
			}
			for _, w := range tt.want {
				if !got[w] {
					t.Errorf("Search(%q) = %v, missing %s", tt.query, got, w)
				}
			}
		})
	}
}

func TestSearchHitFields(t *testing.T) {
	a := searchTestArchive(t)
	hits, err := a.Search(context.Background(), "联合党委", 10)
	if err != nil || len(hits) != 1 {
		t.Fatalf("hits = %+v, %v", hits, err)
	}
	h := hits[0]
	if h.IssueLabel != "2022年第12期" || h.IssueID == 0 || !h.Date.Equal(archiveTestDay(t, "2022-06-15")) {
		t.Errorf("hit = %+v, want 2022年第12期 of 2022-06-15", h)
	}
	if h.BulletinName != "组工信息" { // with several bulletins, 第12期 alone does not say which
		t.Errorf("hit's bulletin = %q, want 组工信息", h.BulletinName)
	}
	var text strings.Builder
	for _, f := range h.Snippet {
		text.WriteString(f.Text)
	}
	want := "青山县推进村级联合党委建设。全县按地域相邻原则组建联合党委 18 个，…"
	if text.String() != want {
		t.Errorf("snippet = %q, want %q", text.String(), want)
	}
}

func TestSearchSnippet(t *testing.T) {
	long := strings.Repeat("甲", 30) + "关键词" + strings.Repeat("乙", 30)
	tests := []struct {
		text, query string
		want        string // matches in [brackets]
	}{
		{"短文本含党委二字。", "党委", "短文本含[党委]二字。"},
		{long, "关键词", "…" + strings.Repeat("甲", 24) + "[关键词]" + strings.Repeat("乙", 24) + "…"},
		{"试点区 2021 年\n增收", "2021年增收", "试点区 [2021 年 增收]"},
		{"开展夜校，夜访活动", "夜校、夜访", "开展[夜校]，夜访活动"},
		{"没有", "关键词", "没有"},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			var b strings.Builder
			for _, f := range searchSnippet(tt.text, tt.query) {
				if f.Match {
					b.WriteString("[" + f.Text + "]")
				} else {
					b.WriteString(f.Text)
				}
			}
			if b.String() != tt.want {
				t.Errorf("snippet = %q, want %q", b.String(), tt.want)
			}
		})
	}
}

// An item without attribution (a 市外参考 item) shows no empty "（）" at
// the end of its snippet.
func TestSearchSnippetNoAttribution(t *testing.T) {
	a := searchTestArchive(t)
	hits, err := a.Search(context.Background(), "联系群众", 10)
	if err != nil || len(hits) != 1 {
		t.Fatalf("hits = %+v, %v", hits, err)
	}
	var text strings.Builder
	for _, f := range hits[0].Snippet {
		text.WriteString(f.Text)
	}
	if strings.Contains(text.String(), "（）") {
		t.Errorf("snippet = %q, shows an empty attribution （）", text.String())
	}
}

// A published item is not buried under submissions: ranks from the two
// indexes are made comparable before they are merged.
func TestSearchInterleavesItemsAndSubmissions(t *testing.T) {
	ctx := context.Background()
	a := searchTestArchive(t)
	var subs []*Submission
	for i := range 60 {
		subs = append(subs, &Submission{Title: fmt.Sprintf("党委工作%d", i), Text: fmt.Sprintf("第%d篇：党委会议研究党委班子建设，党委书记带头。", i)})
	}
	if err := a.AddSubmissions(ctx, subs); err != nil {
		t.Fatal(err)
	}
	hits, err := a.Search(ctx, "党委", 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 10 {
		t.Fatalf("hits = %d, want 10", len(hits))
	}
	if hits[0].Kind != HitItem {
		t.Errorf("first hit is a %s, want the item that best matches 党委: %v", hits[0].Kind, searchTestShow(hits[0]))
	}
	for i := 1; i < len(hits); i++ {
		if hits[i].Rank < hits[i-1].Rank {
			t.Errorf("hits not in rank order at %d: %v < %v", i, hits[i].Rank, hits[i-1].Rank)
		}
	}
}
