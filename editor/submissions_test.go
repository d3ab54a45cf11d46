package editor

import (
	"context"
	"errors"
	"fmt"
	"testing"
)

func TestAddSubmissionsFillsIn(t *testing.T) {
	ctx := context.Background()
	a := archiveTestOpen(t)
	units := archiveTestUnits(t, a)
	subs := []*Submission{
		{Title: "党建信息", Text: "临江区开展“书记领航”行动。（临江区委组织部）", Source: "信息.docx"},
		{Title: "人才工作", Text: "引进高层次人才 120 名。", Source: "人社局-人才.txt", Kind: "简讯"},
		{Title: "重复稿", Text: "临江区开展“书记领航”行动。\n（临江区委组织部）"},
		{Title: "无单位", Text: "某地开展调研。", Received: archiveTestDay(t, "2024-03-01"), Status: SubmissionReserve},
	}
	if err := a.AddSubmissions(ctx, subs); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		unit        int64
		kind        string
		status      SubmissionStatus
		duplicateOf int64
		received    Date
	}{
		{units[1].ID, "信息", SubmissionPending, 0, Today()},
		{units[2].ID, "简讯", SubmissionPending, 0, Today()},
		{units[1].ID, "信息", SubmissionPending, subs[0].ID, Today()}, // same text but for spacing
		{0, "信息", SubmissionReserve, 0, archiveTestDay(t, "2024-03-01")},
	}
	for i, tt := range tests {
		t.Run(subs[i].Title, func(t *testing.T) {
			got, err := a.Submission(ctx, subs[i].ID)
			if err != nil {
				t.Fatal(err)
			}
			if got.UnitID != tt.unit || got.Kind != tt.kind || got.Status != tt.status || got.DuplicateOf != tt.duplicateOf ||
				!got.Received.Equal(tt.received) || got.Words != CountWords(subs[i].Text) {
				t.Errorf("got unit %d kind %s status %s dup %d received %s words %d; want %+v",
					got.UnitID, got.Kind, got.Status, got.DuplicateOf, got.Received, got.Words, tt)
			}
			if subs[i].DuplicateOf != tt.duplicateOf {
				t.Errorf("AddSubmissions set DuplicateOf %d, want %d", subs[i].DuplicateOf, tt.duplicateOf)
			}
		})
	}
	if got, _ := a.Submission(ctx, subs[0].ID); got.UnitName != "临江区委组织部" {
		t.Errorf("UnitName = %q", got.UnitName)
	}
	if err := a.AddSubmissions(ctx, []*Submission{{Text: "x", Status: "bogus"}}); err == nil {
		t.Error("unknown status accepted")
	}
}

func TestSubmissionsFilterSortAndPage(t *testing.T) {
	ctx := context.Background()
	a := archiveTestOpen(t)
	units := archiveTestUnits(t, a)
	var subs []*Submission
	for i := range 30 {
		subs = append(subs, &Submission{
			UnitID:   units[i%3].ID,
			Received: archiveTestDay(t, fmt.Sprintf("2024-04-%02d", i+1)),
			Title:    fmt.Sprintf("第%02d篇", i+1),
			Text:     fmt.Sprintf("第%d篇来稿，谈%s。", i+1, []string{"村级联合党委", "人才引进", "干部培训"}[i%3]),
			Kind:     []string{"信息", "调研"}[i%2],
		})
	}
	if err := a.AddSubmissions(ctx, subs); err != nil {
		t.Fatal(err)
	}
	a.SetSubmissionStatus(ctx, []int64{subs[0].ID, subs[1].ID}, SubmissionRejected)
	tests := []struct {
		name   string
		f      SubmissionFilter
		count  int
		titles string
	}{
		{"newest page", SubmissionFilter{Sort: SortReceived, Desc: true, Limit: 3}, 30, "[第30篇 第29篇 第28篇]"},
		{"second page", SubmissionFilter{Sort: SortReceived, Limit: 3, Offset: 3}, 30, "[第04篇 第05篇 第06篇]"},
		{"one unit", SubmissionFilter{UnitID: units[1].ID, Limit: 2}, 10, "[第02篇 第05篇]"},
		{"kind", SubmissionFilter{Kind: "调研", Limit: 1}, 15, "[第02篇]"},
		{"status", SubmissionFilter{Status: SubmissionRejected}, 2, "[第01篇 第02篇]"},
		{"dates", SubmissionFilter{From: archiveTestDay(t, "2024-04-10"), To: archiveTestDay(t, "2024-04-11")}, 2, "[第10篇 第11篇]"},
		{"text", SubmissionFilter{Text: "联合党委", Limit: 2}, 10, "[第01篇 第04篇]"},
		{"text one char", SubmissionFilter{Text: "才", To: archiveTestDay(t, "2024-04-06")}, 2, "[第02篇 第05篇]"},
		{"unknown unit", SubmissionFilter{UnitID: -1}, 0, "[]"},
		{"by title desc", SubmissionFilter{Sort: SortTitle, Desc: true, Limit: 1}, 30, "[第30篇]"},
		{"by status", SubmissionFilter{Sort: SortStatus, Desc: true, Limit: 1}, 30, "[第02篇]"},
		{"by unit", SubmissionFilter{Sort: SortUnit, Desc: true, Limit: 2}, 30, "[第30篇 第27篇]"},
		{"by words, no limit", SubmissionFilter{Sort: SortWords, Kind: "调研", To: archiveTestDay(t, "2024-04-06")}, 3, "[第02篇 第06篇 第04篇]"}, // 第6篇 has fewer characters than 第4篇
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			list, err := a.Submissions(ctx, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			var titles []string
			for _, s := range list {
				titles = append(titles, s.Title)
			}
			if got := fmt.Sprint(titles); got != tt.titles {
				t.Errorf("titles = %s, want %s", got, tt.titles)
			}
			if n, _ := a.CountSubmissions(ctx, tt.f); n != tt.count {
				t.Errorf("count = %d, want %d", n, tt.count)
			}
		})
	}
}

func TestUpdateAndDeleteSubmission(t *testing.T) {
	ctx := context.Background()
	a := archiveTestOpen(t)
	subs := []*Submission{{Title: "旧标题", Text: "旧的文字内容。"}, {Title: "另一篇", Text: "另一篇文字。"}}
	a.AddSubmissions(ctx, subs)
	s := *subs[0]
	s.Title, s.Text, s.Kind = "新标题", "新的文字内容，谈基层治理。", "调研"
	if err := a.UpdateSubmission(ctx, &s); err != nil {
		t.Fatal(err)
	}
	if hits, _ := a.Search(ctx, "旧的", 10); len(hits) != 0 {
		t.Errorf("old text still found: %+v", hits)
	}
	if hits, _ := a.Search(ctx, "基层治理", 10); len(hits) != 1 || hits[0].Title != "新标题" {
		t.Errorf("new text not found: %+v", hits)
	}
	if kinds, _ := a.Kinds(ctx); fmt.Sprint(kinds) != fmt.Sprint(DefaultKinds) {
		t.Errorf("Kinds = %v", kinds)
	}
	is, _ := a.NewIssue(ctx, issuesTestFirstBulletin(t, a), Date{})
	a.AdoptSubmission(ctx, subs[1].ID, is.Sections[0].ID)
	if err := a.DeleteSubmission(ctx, subs[1].ID); !errors.Is(err, ErrInUse) {
		t.Errorf("deleting an adopted submission: err = %v, want ErrInUse", err)
	}
	if err := a.DeleteSubmission(ctx, s.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := a.Submission(ctx, s.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("deleted submission: err = %v, want ErrNotFound", err)
	}
	if hits, _ := a.Search(ctx, "基层治理", 10); len(hits) != 0 {
		t.Errorf("deleted submission still found: %+v", hits)
	}
}

func TestUpstreamAndInstructions(t *testing.T) {
	ctx := context.Background()
	a := archiveTestOpen(t)
	subs := []*Submission{{Title: "来稿", Text: "文字。"}}
	a.AddSubmissions(ctx, subs)
	is := itemsTestIssue(t, a, "A")
	item := is.Sections[0].Items[0].ID
	ups := []UpstreamAdoption{
		{SubmissionID: subs[0].ID, Outlet: "省委组织部《组工信息》", Level: LevelProvincial, Date: archiveTestDay(t, "2024-05-01")},
		{ItemID: item, Outlet: "中组部《组工信息》", Level: LevelCentral, Date: archiveTestDay(t, "2024-05-02"), Note: "摘编"},
	}
	for i := range ups {
		if err := a.AddUpstreamAdoption(ctx, &ups[i]); err != nil {
			t.Fatal(err)
		}
	}
	bad := []UpstreamAdoption{
		{Outlet: "x", Level: LevelCity},
		{SubmissionID: subs[0].ID, ItemID: item, Outlet: "x", Level: LevelCity},
		{SubmissionID: subs[0].ID, Outlet: "x", Level: "galactic"},
		{SubmissionID: 999, Outlet: "x", Level: LevelCity},
	}
	for _, u := range bad {
		if err := a.AddUpstreamAdoption(ctx, &u); err == nil {
			t.Errorf("AddUpstreamAdoption(%+v) accepted", u)
		}
	}
	if got, _ := a.UpstreamAdoptions(ctx, 0, item); len(got) != 1 || got[0].Note != "摘编" || !got[0].Date.Equal(ups[1].Date) {
		t.Errorf("UpstreamAdoptions(item) = %+v", got)
	}
	if got, _ := a.UpstreamAdoptions(ctx, 0, 0); len(got) != 2 {
		t.Errorf("all upstream adoptions = %d, want 2", len(got))
	}
	in := Instruction{ItemID: item, Leader: "市委书记", Level: LevelCity, Text: "此做法很好，请总结推广。"}
	if err := a.AddInstruction(ctx, &in); err != nil {
		t.Fatal(err)
	}
	if got, _ := a.Instructions(ctx, 0, item); len(got) != 1 || got[0].Text != in.Text || !got[0].Date.Equal(Today()) {
		t.Errorf("Instructions = %+v", got)
	}
	if _, err := a.DeleteItem(ctx, item); !errors.Is(err, ErrInUse) {
		t.Errorf("deleting an item with upstream records: err = %v, want ErrInUse", err)
	}
	if err := a.DeleteInstruction(ctx, in.ID); err != nil {
		t.Fatal(err)
	}
	if err := a.DeleteUpstreamAdoption(ctx, ups[1].ID); err != nil {
		t.Fatal(err)
	}
	if err := a.DeleteUpstreamAdoption(ctx, ups[1].ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("deleting twice: err = %v, want ErrNotFound", err)
	}
	if _, err := a.DeleteItem(ctx, item); err != nil {
		t.Errorf("deleting the item once its records are gone: %v", err)
	}
}

func TestAddSubmissionsLearnsANewUnitFromItsAttribution(t *testing.T) {
	ctx := context.Background()
	a := archiveTestOpen(t)
	subs := []*Submission{
		{Title: "青山县开展“党建+网格”服务", Text: "青山县划分312个网格。\n累计解决问题1200余件。（青山县委组织部）"},
		{Title: "青山县又一篇", Text: "青山县党员志愿服务队入户走访。（青山县委组织部）"},
		{Title: "引用数据", Text: "全市共有网格2000个。（据市统计局数据）"},
	}
	if err := a.AddSubmissions(ctx, subs); err != nil {
		t.Fatal(err)
	}
	units, err := a.Units(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(units) != 1 || units[0].Name != "青山县委组织部" || units[0].ShortName != "青山县" || units[0].Group != "县区" {
		t.Fatalf("units = %+v, want one new 县区 unit 青山县委组织部 (青山县)", units)
	}
	for i, want := range []int64{units[0].ID, units[0].ID, 0} {
		if subs[i].UnitID != want {
			t.Errorf("submission %d unit = %d, want %d", i, subs[i].UnitID, want)
		}
	}
	if subs[0].UnitName != "青山县委组织部" {
		t.Errorf("unit name = %q, want 青山县委组织部", subs[0].UnitName)
	}
}

// TestSubmissionUnitAsRead: the unit a preview shows is the one saving
// gives — a known unit found in the text, a new one from the closing
// bracket (which saving then adds), or none.
func TestSubmissionUnitAsRead(t *testing.T) {
	ctx := context.Background()
	a := archiveTestOpen(t)
	known := archiveTestUnits(t, a)[0]
	tests := []struct {
		name, text, want string
		known            bool
	}{
		{"a known unit", "据" + known.Name + "消息，全县覆盖。", known.Name, true},
		{"a new unit from the bracket", "全县覆盖。（江州市白沙镇党委）", "江州市白沙镇党委", false},
		{"none", "全县覆盖。", "", false},
		// a Word file's notes after the piece, and a note mark after its bracket
		{"the bracket before the notes", "全县覆盖。[注1]\n（江州市南岗镇党委）[尾注1]\n注1：据统计公报。\n尾注1：有删节。", "江州市南岗镇党委", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			units, err := a.Units(ctx)
			if err != nil {
				t.Fatal(err)
			}
			s := &Submission{Title: "某地做法", Text: tt.text}
			name, isKnown := SubmissionUnitAsRead(NewUnitMatcher(units), s)
			if name != tt.want || isKnown != tt.known {
				t.Fatalf("preview %q known %v, want %q %v", name, isKnown, tt.want, tt.known)
			}
			if err := a.AddSubmissions(ctx, []*Submission{s}); err != nil {
				t.Fatal(err)
			}
			if s.UnitName != tt.want {
				t.Errorf("saved with %q, the preview said %q", s.UnitName, tt.want)
			}
		})
	}
}
