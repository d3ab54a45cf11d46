package editor

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
)

// importTestIssue is an issue as a bulletin-text reader would return it.
func importTestIssue() *Issue {
	return &Issue{
		BulletinName: "组工信息",
		EditingUnit:  "中共江州市委组织部",
		Number:       12,
		TotalNumber:  345,
		Date:         parseDateText("2022-06-15"),
		Sections: []Section{
			{Name: "市内信息", Items: []Item{
				{Lead: "青山县推行“党建+网格”治理。", Body: "全县划分网格 820 个。", Attribution: "青山县委组织部"},
				{Lead: "北湖县探索人才驿站建设。", Body: "已建成驿站 6 个。", Attribution: "北湖县委组织部"},
				{Lead: "两地联合培训村干部。", Body: "共培训 300 人次。", Attribution: "青山县委组织部、临江区委组织部"},
				{Lead: "市档案馆做好档案数字化。", Body: "完成扫描 10 万页。", Attribution: "市档案馆"},
			}},
			{Name: "市外参考", Items: []Item{
				{Lead: "外地某区：以组织振兴引领乡村振兴。", Body: "该区……"},
			}},
		},
		Distribution: []DistributionLine{{Label: "报", Text: "省委组织部。"}},
	}
}

func TestImportIssue(t *testing.T) {
	ctx := context.Background()
	a := archiveTestOpen(t)
	units := archiveTestUnits(t, a)
	is := importTestIssue()
	if err := a.ImportIssue(ctx, is); err != nil {
		t.Fatal(err)
	}
	got, err := a.Issue(ctx, is.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.BulletinName != "组工信息" || got.EditingUnit != "中共江州市委组织部" || got.Number != 12 || got.TotalNumber != 345 ||
		got.Year != 2022 || len(got.Distribution) != 1 {
		t.Errorf("issue header = %+v", got)
	}
	all, _ := a.Units(ctx)
	byName := map[string]Unit{}
	for _, u := range all {
		byName[u.Name] = u
	}
	beihu := byName["北湖县委组织部"]
	if beihu.ID == 0 || beihu.Group != "县区" || beihu.ShortName != "北湖县" {
		t.Errorf("new unit from an attribution = %+v, want 北湖县委组织部 (北湖县, 县区)", beihu)
	}
	if archive := byName["市档案馆"]; archive.ID != 0 {
		t.Errorf("市档案馆 does not end like a unit name but became one: %+v", archive)
	}
	wantCredits := []string{
		fmt.Sprint([]int64{units[0].ID}), fmt.Sprint([]int64{beihu.ID}),
		fmt.Sprint([]int64{units[0].ID, units[1].ID}), "[]",
	}
	for i, it := range got.Sections[0].Items {
		if g := fmt.Sprint(it.UnitIDs); g != wantCredits[i] && !(g == "[]" && wantCredits[i] == "[]") {
			t.Errorf("item %d %q credits %s, want %s", i, it.Attribution, g, wantCredits[i])
		}
		if it.Words == 0 {
			t.Errorf("item %d has no 字数", i)
		}
	}
	if len(got.Sections[1].Items) != 1 || len(got.Sections[1].Items[0].UnitIDs) != 0 {
		t.Errorf("市外参考 = %+v", got.Sections[1])
	}
	b, _ := a.BulletinByName(ctx, "组工信息")
	if b.EditingUnit != "中共江州市委组织部" {
		t.Errorf("the bulletin's empty editing unit was not taken from the import: %q", b.EditingUnit)
	}
}

// TestImportIssueInventsNothing (issue 10, class 7): a source without a
// date or a footer is stored without them — not with today's date and the
// bulletin's 报/送/发, which would then read as the source's — and the
// issue cannot be signed off until it has a date.
func TestImportIssueInventsNothing(t *testing.T) {
	ctx := context.Background()
	a := archiveTestOpen(t)
	is := &Issue{Sections: []Section{{Name: "市内信息", Items: []Item{{Lead: "一条。"}}}}}
	if err := a.ImportIssue(ctx, is); err != nil {
		t.Fatal(err)
	}
	got, _ := a.Issue(ctx, is.ID)
	if got.BulletinName != "组工信息" || got.Number != 1 || got.TotalNumber != 0 || got.Year != Today().Year() {
		t.Errorf("numbers and bulletin = %+v, want 组工信息 第1期 of this year, 总第 empty", got)
	}
	if !got.Date.IsZero() || len(got.Distribution) != 0 || got.CopyCount != 0 {
		t.Errorf("invented: date %v, distribution %v, copies %d; want none", got.Date, got.Distribution, got.CopyCount)
	}
	if err := a.SetIssueStatus(ctx, is.ID, IssueSigned); !errors.Is(err, ErrNoDate) {
		t.Fatalf("signing an issue without a date: err = %v, want ErrNoDate", err)
	}
	got.Number = 2 // editing the header keeps "no date" rather than filling today in
	if err := a.UpdateIssueHeader(ctx, &got); err != nil {
		t.Fatal(err)
	}
	if again, _ := a.Issue(ctx, is.ID); !again.Date.IsZero() || again.Number != 2 || again.Year != Today().Year() {
		t.Errorf("after a header edit: date %v number %d year %d", again.Date, again.Number, again.Year)
	}
	got.Date = parseDateText("2022-06-15")
	if err := a.UpdateIssueHeader(ctx, &got); err != nil {
		t.Fatal(err)
	}
	if err := a.SetIssueStatus(ctx, is.ID, IssueSigned); !errors.Is(err, ErrNoTotalNumber) {
		t.Fatalf("signing once dated, without 总第: %v, want ErrNoTotalNumber", err)
	}
	got.TotalNumber = 7
	if err := a.UpdateIssueHeader(ctx, &got); err != nil {
		t.Fatal(err)
	}
	if err := a.SetIssueStatus(ctx, is.ID, IssueSigned); err != nil {
		t.Fatalf("signing once dated and numbered: %v", err)
	}
}

func TestFailedImportLeavesNothing(t *testing.T) {
	ctx := context.Background()
	a := archiveTestOpen(t)
	archiveTestUnits(t, a)
	if err := a.ImportIssue(ctx, importTestIssue()); err != nil {
		t.Fatal(err)
	}
	before := importTestSnapshot(t, a)
	again := importTestIssue() // same numbers: refused
	again.EditingUnit = "别的单位"
	again.Sections[0].Items[1].Attribution = "南岭县委组织部"
	if err := a.ImportIssue(ctx, again); !errors.Is(err, ErrDuplicateNumber) {
		t.Fatalf("importing the same numbers again: err = %v, want ErrDuplicateNumber", err)
	}
	if after := importTestSnapshot(t, a); after != before {
		t.Errorf("a failed import changed the archive:\nbefore %s\nafter  %s", before, after)
	}
}

// importTestSnapshot counts what an import could add.
func importTestSnapshot(t *testing.T, a *Archive) string {
	t.Helper()
	ctx := context.Background()
	units, _ := a.Units(ctx)
	issues, _ := a.Issues(ctx, IssueFilter{})
	bs, _ := a.Bulletins(ctx)
	hits, _ := a.Search(ctx, "驿站", 10)
	return fmt.Sprintf("units %d issues %d bulletins %+v hits %d", len(units), len(issues), bs, len(hits))
}

// The example bulletin arrives whole or not at all: a submission that
// cannot be stored takes the issue back out with it.
func TestImportIssueWithSubmissions(t *testing.T) {
	ctx := context.Background()
	a := archiveTestOpen(t)
	archiveTestUnits(t, a)
	before := importTestSnapshot(t, a)
	bad := []*Submission{{Title: "好的", Text: "一篇好的来稿。"}, {UnitID: 9999, Title: "坏的", Text: "单位不存在。"}}
	if err := a.ImportIssueWithSubmissions(ctx, importTestIssue(), bad); err == nil {
		t.Fatal("a submission of a unit that does not exist was accepted")
	}
	if after := importTestSnapshot(t, a); after != before {
		t.Errorf("a failed import changed the archive:\nbefore %s\nafter  %s", before, after)
	}
	good := []*Submission{{Title: "好的", Text: "一篇好的来稿。"}}
	if err := a.ImportIssueWithSubmissions(ctx, importTestIssue(), good); err != nil {
		t.Fatal(err)
	}
	issues, _ := a.Issues(ctx, IssueFilter{})
	n, _ := a.CountSubmissions(ctx, SubmissionFilter{})
	if len(issues) != 1 || n != 1 || good[0].ID == 0 {
		t.Errorf("after import: %d issues, %d submissions (id %d); want 1 and 1", len(issues), n, good[0].ID)
	}
}

// Items before any heading (an 编者按, a text without headings) stay in a
// section without a name, printed without a heading: a back issue must not
// gain a 栏目 heading its source never had (review A23). An empty unnamed
// section is dropped.
func TestImportNamesUnnamedSections(t *testing.T) {
	item := func(lead string) Item { return Item{Lead: lead} }
	tests := []struct {
		name     string
		sections []Section
		want     string
	}{
		{"only unnamed", []Section{{Items: []Item{item("甲。")}}}, "[甲。]"},
		{"unnamed then the first section", []Section{{Items: []Item{item("甲。")}}, {Name: "市内信息", Items: []Item{item("乙。")}}},
			"[甲。] 市内信息[乙。]"},
		{"unnamed then another section", []Section{{Items: []Item{item("甲。")}}, {Name: "市外参考", Items: []Item{item("乙。")}}},
			"[甲。] 市外参考[乙。]"},
		{"empty unnamed dropped", []Section{{}, {Name: "市外参考", Items: []Item{item("乙。")}}},
			"市外参考[乙。]"},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := archiveTestOpen(t)
			is := &Issue{Number: i + 1, TotalNumber: i + 1, Date: time.Date(2025, 5, 20, 0, 0, 0, 0, time.UTC), Sections: tt.sections}
			if err := a.ImportIssue(context.Background(), is); err != nil {
				t.Fatal(err)
			}
			back, _ := a.Issue(context.Background(), is.ID)
			var parts []string
			for _, s := range back.Sections {
				var leads []string
				for _, it := range s.Items {
					leads = append(leads, it.Lead)
				}
				parts = append(parts, s.Name+"["+strings.Join(leads, " ")+"]")
			}
			if got := strings.Join(parts, " "); got != tt.want {
				t.Errorf("sections = %s, want %s", got, tt.want)
			}
		})
	}
}

// The import preview's "no item starts here": the item becomes a paragraph
// of the one before, nothing lost, the attributions where they stood.
func TestMergeItemIntoPrevious(t *testing.T) {
	is := &Issue{Sections: []Section{
		{Name: "市内信息", Items: []Item{{Lead: "甲县推行积分制。", Body: "全县覆盖。", Attribution: "甲县委组织部"}}},
		{Name: "一、工作动态", Items: []Item{{Lead: "乙段落。", Body: "续写。", Attribution: "乙县委组织部"}, {Lead: "丙。"}}},
	}}
	MergeItemIntoPrevious(is, 1, 0)
	got := is.Sections[0].Items[0]
	if got.Body != "全县覆盖。（甲县委组织部）\n乙段落。续写。" || got.Attribution != "乙县委组织部" || len(is.Sections[1].Items) != 1 {
		t.Errorf("merged = %+v, section 2 = %+v", got, is.Sections[1].Items)
	}
	if want := CountWords(got.Lead) + CountWords(got.Body) + CountWords(got.Attribution); got.Words != want {
		t.Errorf("words %d, want %d", got.Words, want)
	}
	MergeItemIntoPrevious(is, 0, 0) // the first item: nothing before it
	if len(is.Sections[0].Items) != 1 {
		t.Error("the first item was merged into nothing")
	}
}

// TestImportIssueCorrectingUnit: the editing unit corrected in the import
// preview becomes the bulletin's, in the same transaction, and what the
// issue reads back with; an empty correction leaves the bulletin's.
func TestImportIssueCorrectingUnit(t *testing.T) {
	ctx := context.Background()
	a := archiveTestOpen(t)
	is := importTestIssue()
	if err := a.ImportIssue(ctx, is); err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, unit, want string }{
		{"corrected", "中共江州市委组织部办公室", "中共江州市委组织部办公室"},
		{"left as it is", "", "中共江州市委组织部办公室"},
	}
	for k, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			next := importTestIssue()
			next.BulletinID, next.EditingUnit, next.Number, next.TotalNumber = is.BulletinID, "", 13+k, 346+k
			if err := a.ImportIssueCorrectingUnit(ctx, next, tt.unit); err != nil {
				t.Fatal(err)
			}
			b, err := a.Bulletin(ctx, is.BulletinID)
			if err != nil {
				t.Fatal(err)
			}
			got, err := a.Issue(ctx, next.ID)
			if err != nil {
				t.Fatal(err)
			}
			if b.EditingUnit != tt.want || got.EditingUnit != tt.want {
				t.Errorf("bulletin's unit %q, issue's %q, want %q", b.EditingUnit, got.EditingUnit, tt.want)
			}
		})
	}
}
