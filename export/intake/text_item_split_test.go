package intake

import (
	"strings"
	"testing"

	"github.com/bulletindesk/bulletindesk/editor"
)

// Splitting an item at a paragraph gives two items cut as the reader cuts
// them: the new one's lead is that paragraph's first sentence and it keeps
// the attribution that closed the joined text; the one before takes a
// closing unit bracket as its own; no character is lost or added.
func TestSplitItem(t *testing.T) {
	const joined = "1.青阳县开办村干部夜校。夜校每周两次。（青阳县委组织部）\n" +
		"2.北岭区推行“四议两公开”。全区覆盖。\n今年以来议事230件。"
	for _, tc := range []struct {
		name      string
		text      string
		attr      string
		k         int
		want      []editor.Item // Lead, Body, Attribution
		unchanged bool
	}{
		{name: "after a unit bracket", text: joined, attr: "北岭区委组织部", k: 1, want: []editor.Item{
			{Lead: "1.青阳县开办村干部夜校。", Body: "夜校每周两次。", Attribution: "青阳县委组织部"},
			{Lead: "2.北岭区推行“四议两公开”。", Body: "全区覆盖。\n今年以来议事230件。", Attribution: "北岭区委组织部"},
		}},
		{name: "the last paragraph", text: joined, attr: "北岭区委组织部", k: 2, want: []editor.Item{
			{Lead: "1.青阳县开办村干部夜校。", Body: "夜校每周两次。（青阳县委组织部）\n2.北岭区推行“四议两公开”。全区覆盖。"},
			{Lead: "今年以来议事230件。", Attribution: "北岭区委组织部"},
		}},
		{name: "a bracket that names no unit stays text", text: "甲镇建网格。（通讯员 李明）\n乙镇办夜校。开课两次", k: 1, want: []editor.Item{
			{Lead: "甲镇建网格。", Body: "（通讯员 李明）"},
			{Lead: "乙镇办夜校。", Body: "开课两次"},
		}},
		{name: "a lead of its own", text: "丙县召开会议\n会议强调做好工作。\n丁县举办培训。为期三天。", k: 2, want: []editor.Item{
			{Lead: "丙县召开会议", Body: "\n会议强调做好工作。"},
			{Lead: "丁县举办培训。", Body: "为期三天。"},
		}},
		{name: "the first paragraph", text: joined, k: 0, unchanged: true},
		{name: "past the end", text: joined, k: 3, unchanged: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lead, body := textSplitLead(tc.text)
			it := editor.Item{Lead: lead, Body: body, Attribution: tc.attr, EditorNote: "按语"}
			is := &editor.Issue{Sections: []editor.Section{{Name: "市内信息", Items: []editor.Item{{Lead: "前一条。"}, it}}}}
			ok := SplitItem(is, 0, 1, tc.k)
			if ok == tc.unchanged {
				t.Fatalf("SplitItem = %v", ok)
			}
			items := is.Sections[0].Items
			if tc.unchanged {
				if len(items) != 2 || items[1].Lead+items[1].Body != tc.text {
					t.Errorf("changed: %+v", items)
				}
				return
			}
			if len(items) != 3 {
				t.Fatalf("%d items, want 3", len(items))
			}
			var all strings.Builder
			for n, w := range tc.want {
				got := items[n+1]
				if got.Lead != w.Lead || got.Body != w.Body || got.Attribution != w.Attribution || got.Position != n+1 {
					t.Errorf("item %d = %q | %q | %q at %d, want %q | %q | %q", n+1, got.Lead, got.Body, got.Attribution, got.Position, w.Lead, w.Body, w.Attribution)
				}
				if want := editor.CountWords(w.Lead + w.Body + w.Attribution); got.Words != want {
					t.Errorf("item %d 字数 %d, want %d", n+1, got.Words, want)
				}
				all.WriteString(got.Lead + got.Body + got.Attribution)
			}
			if items[1].EditorNote != "按语" || items[2].EditorNote != "" {
				t.Errorf("编者按 %q, %q: want it on the first part only", items[1].EditorNote, items[2].EditorNote)
			}
			if compact := func(s string) string { return strings.NewReplacer("\n", "", "（", "", "）", "").Replace(s) }; compact(all.String()) != compact(tc.text+tc.attr) {
				t.Errorf("characters changed: %q from %q", all.String(), tc.text+tc.attr)
			}
		})
	}
}
