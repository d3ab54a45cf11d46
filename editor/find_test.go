package editor

import (
	"context"
	"errors"
	"fmt"
	"testing"
)

// findTestIssue is an issue of two sections with items as the text
// export prints them (a 编者按 on the second).
func findTestIssue() *Issue {
	return &Issue{Sections: []Section{
		{Name: "市内信息", Items: []Item{
			{ID: 1, Lead: "青山县推行“党建+网格”。", Body: "全县建立网格312个，党建网格员全覆盖。\n今年党建网格化解纠纷96件。", Attribution: "青山县委组织部"},
			{ID: 2, Lead: "河西区开展“双报到”。", Body: "２０１９年起，机关党员到社区报到。2019年以来累计服务。", Attribution: "河西区委组织部", EditorNote: "党建引领基层治理，值得借鉴。"},
		}},
		{Name: "工作动态", Items: []Item{
			{ID: 3, Lead: "市委组织部召开会议。", Body: "会议部署党建工作。", Attribution: "市委组织部"},
		}},
	}}
}

func TestFindInIssue(t *testing.T) {
	tests := []struct {
		query string
		want  []Match
	}{
		{"", nil},
		{"没有的词", nil},
		{"党建", []Match{
			{1, FieldLead, 6, 8}, {1, FieldBody, 11, 13}, {1, FieldBody, 23, 25},
			{2, FieldNote, 0, 2}, {3, FieldBody, 4, 6}}},
		{"2019", []Match{{2, FieldBody, 17, 21}}}, // the full-width ２０１９ is another text
		{"组织部", []Match{{1, FieldAttribution, 4, 7}, {2, FieldAttribution, 4, 7}, {3, FieldLead, 2, 5}, {3, FieldAttribution, 2, 5}}},
		{"。\n今年", []Match{{1, FieldBody, 19, 23}}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			got := FindInIssue(findTestIssue(), tt.query)
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("FindInIssue(%q) = %v, want %v", tt.query, got, tt.want)
			}
		})
	}
}

func TestReplaceMatchAndAll(t *testing.T) {
	is := findTestIssue()
	t.Run("one", func(t *testing.T) {
		m := FindInIssue(is, "党建")[1] // the body's first
		it, ok := ReplaceMatch(is, m, "党建", "组织")
		if want := "全县建立网格312个，组织网格员全覆盖。\n今年党建网格化解纠纷96件。"; !ok || it.Body != want {
			t.Errorf("ReplaceMatch body = %q, %v; want %q", it.Body, ok, want)
		}
		if is.Sections[0].Items[0].Body == it.Body {
			t.Error("ReplaceMatch changed the issue it was given")
		}
	})
	t.Run("stale match", func(t *testing.T) {
		if _, ok := ReplaceMatch(is, Match{ItemID: 1, Field: FieldBody, Start: 0, End: 2}, "党建", "组织"); ok {
			t.Error("ReplaceMatch replaced text that is not the query")
		}
		if _, ok := ReplaceMatch(is, Match{ItemID: 9, Field: FieldBody, Start: 0, End: 2}, "党建", "组织"); ok {
			t.Error("ReplaceMatch replaced in an item not in the issue")
		}
	})
	t.Run("all", func(t *testing.T) {
		items, n := ReplaceAll(is, "党建", "组织建设")
		if n != 5 || len(items) != 3 {
			t.Fatalf("ReplaceAll: %d occurrences in %d items, want 5 in 3", n, len(items))
		}
		if got, want := items[1].EditorNote, "组织建设引领基层治理，值得借鉴。"; got != want {
			t.Errorf("the 编者按 became %q, want %q", got, want)
		}
		if left := FindInIssue(&Issue{Sections: []Section{{Items: items}}}, "党建"); len(left) != 0 {
			t.Errorf("left after ReplaceAll: %v", left)
		}
	})
}

// 全部替换 is one transaction: every item or none.
func TestUpdateItemsAllOrNone(t *testing.T) {
	ctx := context.Background()
	a := archiveTestOpen(t)
	is := itemsTestIssue(t, a, "甲县党建。", "乙县党建。")
	items, n := ReplaceAll(&is, "党建", "组织")
	if n != 2 {
		t.Fatalf("%d replaced, want 2", n)
	}
	stale := items[1]
	if err := a.UpdateItems(ctx, []*Item{&items[0], &items[1]}); err != nil {
		t.Fatal(err)
	}
	if got := itemsTestLeads(t, a, is.ID); got != "甲县组织。 乙县组织。 | " {
		t.Errorf("after UpdateItems: %q", got)
	}
	back := []Item{items[0], stale} // the second was read before the update
	back[0].Lead, back[1].Lead = "甲县党建。", "乙县党建。"
	err := a.UpdateItems(ctx, []*Item{&back[0], &back[1]})
	if !errors.Is(err, ErrConflict) {
		t.Fatalf("UpdateItems with a stale item: %v, want ErrConflict", err)
	}
	if got := itemsTestLeads(t, a, is.ID); got != "甲县组织。 乙县组织。 | " {
		t.Errorf("a refused UpdateItems still wrote: %q", got)
	}
}
