package editor

import (
	"context"
	"errors"
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
