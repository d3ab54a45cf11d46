package editor

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

// TestNearDuplicates: the same article with one heading or one character
// more was not flagged; only identical texts were.
func TestNearDuplicates(t *testing.T) {
	ctx := context.Background()
	a := archiveTestOpen(t)
	base := "今年以来，临江区坚持把抓党建促乡村振兴作为重要任务，选派驻村第一书记42名，整合涉农资金1.2亿元，建成村级党群服务中心36个。" +
		"区委组织部牵头建立“周调度、月通报”机制，推动各镇街落实责任，村级集体经济收入全部超过10万元，其中超过50万元的村有12个。" +
		"下一步，临江区将继续深化“组织联建、产业联育、人才联引”，推动强村富民，为全面推进乡村振兴提供坚强组织保证。"
	day := time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)
	sub := func(text string, received time.Time) *Submission {
		return &Submission{Title: "临江区抓党建促乡村振兴", Text: text, Received: received, Kind: "信息", Status: SubmissionPending}
	}
	orig := sub(base, day)
	heading := sub("一、强化组织保障\n"+base, day.AddDate(0, 0, 3))
	oneChar := sub(base+"。", day.AddDate(0, 0, 5))
	other := sub("白沙县实施村级后备力量储备工程，通过回引一批、培养一批、储备一批，为村级组织储备年轻力量，今年以来回引63人回村任职，培养对象全部建立成长档案，每季度开展一次集中培训，由村党组织书记一对一帮带。", day)
	lastYear := sub(base, day.AddDate(-1, 0, -10))
	if err := a.AddSubmissions(ctx, []*Submission{orig, heading, oneChar, other, lastYear}); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		s    *Submission
		want []int64
	}{
		{"one heading more", heading, []int64{orig.ID, oneChar.ID}}, // a tie: the earlier first
		{"one character more", oneChar, []int64{orig.ID, heading.ID}},
		{"the original", orig, []int64{oneChar.ID, heading.ID}},
		{"another article", other, nil},
		{"more than a year earlier", lastYear, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := a.NearDuplicates(ctx, tc.s.ID)
			if err != nil {
				t.Fatal(err)
			}
			var ids []int64
			for _, n := range got {
				ids = append(ids, n.Submission.ID)
				if n.Similarity < NearDuplicateMin || n.Similarity > 1 || n.Submission.Title == "" {
					t.Errorf("match %d has similarity %.2f, title %q", n.Submission.ID, n.Similarity, n.Submission.Title)
				}
				if n.Similarity >= 1 && n.Submission.Text != tc.s.Text { // shown as 相似（100%）, review F11
					t.Errorf("match %d differs from %q yet is 100%% similar", n.Submission.ID, tc.name)
				}
			}
			if len(ids) != len(tc.want) {
				t.Fatalf("near duplicates of %q = %v, want %v", tc.name, ids, tc.want)
			}
			for i := range ids {
				if ids[i] != tc.want[i] {
					t.Errorf("near duplicates of %q = %v, want %v (most similar first)", tc.name, ids, tc.want)
					break
				}
			}
		})
	}
}

// TestDeleteSubmissionsIsOneTransaction: a batch delete removes all or,
// when one of them is adopted, none.
func TestDeleteSubmissionsIsOneTransaction(t *testing.T) {
	ctx := context.Background()
	a := archiveTestOpen(t)
	var subs []*Submission
	for _, title := range []string{"甲县推进村级组织建设", "乙县开展人才驿站试点", "丙县建强网格党支部"} {
		subs = append(subs, &Submission{Title: title, Text: title + "。", Kind: "信息", Status: SubmissionPending})
	}
	if err := a.AddSubmissions(ctx, subs); err != nil {
		t.Fatal(err)
	}
	if err := a.DeleteSubmissions(ctx, []int64{subs[0].ID, subs[1].ID, 9999}); !errors.Is(err, ErrNotFound) {
		t.Fatalf("deleting with a missing id: %v, want ErrNotFound", err)
	}
	if n, _ := a.CountSubmissions(ctx, SubmissionFilter{}); n != 3 {
		t.Errorf("%d submissions left after a failed batch delete, want all 3", n)
	}
	if err := a.DeleteSubmissions(ctx, []int64{subs[0].ID, subs[1].ID}); err != nil {
		t.Fatal(err)
	}
	if n, _ := a.CountSubmissions(ctx, SubmissionFilter{}); n != 1 {
		t.Errorf("%d submissions left, want 1", n)
	}
}

// TestNearDuplicatesOfUnsaved: an import preview asks before saving; the
// 来稿 saving will mark 重复 (the same text but for its spacing) is 1, a
// near one below 1, an unrelated text nothing (review G15).
func TestNearDuplicatesOfUnsaved(t *testing.T) {
	ctx := context.Background()
	a := archiveTestOpen(t)
	text := "松岭镇党委在全镇14个村推行“院落议事会”，由村民推选议事代表，每月集中议事一次，今年以来累计化解邻里纠纷217件，办成民生实事63件，群众满意率达到98.6%。"
	day := time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)
	stored := &Submission{Title: "松岭镇推行院落议事会", Text: text, Received: day, Kind: "信息", Status: SubmissionPending}
	if err := a.AddSubmissions(ctx, []*Submission{stored}); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text string
		want       float64 // 0: none found; 0.95: near, below 1
	}{
		{"same but spacing", "　　" + text + "\n", 1},
		{"one figure changed", strings.Replace(text, "63件", "64件", 1), 0.95},
		{"another article", "东溪镇把全镇划分为46个网格，每个网格建立党支部，选派党员中心户联系群众，今年以来收集群众诉求1200余条。", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := Submission{Title: "新来稿", Text: tc.text, Received: day.AddDate(0, 0, 2)}
			s.Words = SubmissionWords(&s)
			got, err := a.NearDuplicatesOf(ctx, s)
			if err != nil {
				t.Fatal(err)
			}
			switch {
			case tc.want == 0 && len(got) != 0:
				t.Errorf("found %+v, want none", got)
			case tc.want != 0 && (len(got) != 1 || got[0].Submission.ID != stored.ID):
				t.Fatalf("found %+v, want 来稿#%d", got, stored.ID)
			case tc.want == 1 && got[0].Similarity != 1:
				t.Errorf("similarity %v, want 1 (saving marks it 重复)", got[0].Similarity)
			case tc.want != 0 && tc.want < 1 && (got[0].Similarity >= 1 || got[0].Similarity < NearDuplicateMin):
				t.Errorf("similarity %v, want in [0.9, 1)", got[0].Similarity)
			}
		})
	}
}
