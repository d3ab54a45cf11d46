package editor

import (
	"context"
	"errors"
	"fmt"
	"testing"
)

// issuesTestFirstBulletin is the id of the archive's default bulletin.
func issuesTestFirstBulletin(t *testing.T, a *Archive) int64 {
	t.Helper()
	bs, err := a.Bulletins(context.Background())
	if err != nil || len(bs) == 0 {
		t.Fatalf("bulletins: %v, %v", bs, err)
	}
	return bs[0].ID
}

func TestIssueNumbersAcrossYears(t *testing.T) {
	ctx := context.Background()
	a := archiveTestOpen(t)
	b := issuesTestFirstBulletin(t, a)
	tests := []struct {
		date          string
		number, total int
	}{
		{"2021-11-02", 1, 1},
		{"2021-12-20", 2, 2},
		{"2022-01-05", 1, 3}, // 第N期 starts again, 总第M期 does not
		{"2022-02-01", 2, 4},
		{"2021-12-28", 3, 5}, // a late issue of last year continues last year's numbers
	}
	for _, tt := range tests {
		t.Run(tt.date, func(t *testing.T) {
			n, m, err := a.NextNumbers(ctx, b, archiveTestDay(t, tt.date))
			if err != nil || n != tt.number || m != tt.total {
				t.Fatalf("NextNumbers = %d, %d, %v; want %d, %d", n, m, err, tt.number, tt.total)
			}
			is, err := a.NewIssue(ctx, b, archiveTestDay(t, tt.date))
			if err != nil {
				t.Fatal(err)
			}
			got := fmt.Sprintf("%d 第%d期 总第%d期", is.Year, is.Number, is.TotalNumber)
			want := fmt.Sprintf("%s 第%d期 总第%d期", tt.date[:4], tt.number, tt.total)
			if got != want {
				t.Errorf("new issue = %s, want %s", got, want)
			}
			if len(is.Sections) != 2 || is.Sections[0].Name != "市内信息" || len(is.Distribution) != 3 || is.Status != IssueDraft {
				t.Errorf("new issue = %+v, want a draft with the default sections and distribution", is)
			}
		})
	}
	list, err := a.Issues(ctx, IssueFilter{Year: 2022})
	if err != nil || len(list) != 2 || list[0].Number != 2 {
		t.Errorf("Issues(2022) = %+v, %v; want 第2期 then 第1期", list, err)
	}
	if years, _ := a.Years(ctx, b); fmt.Sprint(years) != "[2022 2021]" {
		t.Errorf("Years = %v, want [2022 2021]", years)
	}
}

func TestIssueNumbersCanBeSetButNotTwice(t *testing.T) {
	ctx := context.Background()
	a := archiveTestOpen(t)
	b := issuesTestFirstBulletin(t, a)
	first, _ := a.NewIssue(ctx, b, archiveTestDay(t, "2022-06-15"))
	second, _ := a.NewIssue(ctx, b, archiveTestDay(t, "2022-06-22"))
	second.Number, second.TotalNumber = 12, 345
	second.Distribution = []DistributionLine{{Label: "报", Text: "省委组织部。"}}
	if err := a.UpdateIssueHeader(ctx, &second); err != nil {
		t.Fatal(err)
	}
	if n, m, _ := a.NextNumbers(ctx, b, archiveTestDay(t, "2022-07-01")); n != 13 || m != 346 {
		t.Errorf("after setting 第12期（总第345期）: NextNumbers = %d, %d; want 13, 346", n, m)
	}
	got, _ := a.Issue(ctx, second.ID)
	if got.Number != 12 || got.TotalNumber != 345 || len(got.Distribution) != 1 {
		t.Errorf("issue = 第%d期（总第%d期） %v, want the numbers and distribution set", got.Number, got.TotalNumber, got.Distribution)
	}
	moved := first
	moved.Date = archiveTestDay(t, "2023-01-04")
	if err := a.UpdateIssueHeader(ctx, &moved); err != nil {
		t.Fatal(err)
	}
	if got, _ := a.Issue(ctx, first.ID); got.Year != 2023 {
		t.Errorf("after moving the date to 2023 the issue is numbered in %d, want 2023", got.Year)
	}
	first.Version = moved.Version // saved since: say which version we now build on
	first.Number = 12
	if err := a.UpdateIssueHeader(ctx, &first); !errors.Is(err, ErrDuplicateNumber) {
		t.Errorf("setting a number already used: err = %v, want ErrDuplicateNumber", err)
	}
	first.Number, first.TotalNumber = 1, 345
	if err := a.UpdateIssueHeader(ctx, &first); !errors.Is(err, ErrDuplicateNumber) {
		t.Errorf("setting a total number already used: err = %v, want ErrDuplicateNumber", err)
	}
}

func TestSignedIssueRefusesEdits(t *testing.T) {
	ctx := context.Background()
	a := archiveTestOpen(t)
	is, _ := a.NewIssue(ctx, issuesTestFirstBulletin(t, a), archiveTestDay(t, "2023-03-01"))
	sec := is.Sections[0].ID
	it := Item{Lead: "某县推行党建引领网格治理。", Body: "正文。"}
	if err := a.AddItem(ctx, sec, &it); err != nil {
		t.Fatal(err)
	}
	if err := a.SetIssueStatus(ctx, is.ID, IssueSigned); err != nil {
		t.Fatal(err)
	}
	edits := map[string]func() error{
		"add item":     func() error { return a.AddItem(ctx, sec, &Item{Lead: "新条目。"}) },
		"update item":  func() error { return a.UpdateItem(ctx, &Item{ID: it.ID, Lead: "改了。"}) },
		"move item":    func() error { return a.MoveItem(ctx, it.ID, 1) },
		"move to":      func() error { return a.MoveItemToSection(ctx, it.ID, is.Sections[1].ID) },
		"delete item":  func() error { _, err := a.DeleteItem(ctx, it.ID); return err },
		"add section":  func() error { _, err := a.AddSection(ctx, is.ID, "工作动态"); return err },
		"rename":       func() error { return a.RenameSection(ctx, sec, "要闻") },
		"move section": func() error { return a.MoveSection(ctx, sec, 1) },
		"header":       func() error { is.Number = 9; return a.UpdateIssueHeader(ctx, &is) },
		"adopt": func() error {
			subs := []*Submission{{Title: "来稿", Text: "正文。"}}
			if err := a.AddSubmissions(ctx, subs); err != nil {
				return err
			}
			_, err := a.AdoptSubmission(ctx, subs[0].ID, sec)
			return err
		},
		"delete issue": func() error { return a.DeleteIssue(ctx, is.ID) },
	}
	for name, edit := range edits {
		t.Run(name, func(t *testing.T) {
			if err := edit(); !errors.Is(err, ErrIssueSigned) {
				t.Errorf("err = %v, want ErrIssueSigned", err)
			}
		})
	}
	if err := a.SetIssueStatus(ctx, is.ID, IssueDraft); err != nil {
		t.Fatal(err)
	}
	if err := a.UpdateItem(ctx, &Item{ID: it.ID, Lead: "改了。", Version: it.Version}); err != nil {
		t.Errorf("after reopening: UpdateItem: %v", err)
	}
}

func TestDuplicateIssueAndLatest(t *testing.T) {
	ctx := context.Background()
	a := archiveTestOpen(t)
	units := archiveTestUnits(t, a)
	is, _ := a.NewIssue(ctx, issuesTestFirstBulletin(t, a), archiveTestDay(t, "2020-05-06"))
	subs := []*Submission{{UnitID: units[0].ID, Title: "青山县开展党员冬训", Text: "青山县开展党员冬训。内容丰富。"}}
	if err := a.AddSubmissions(ctx, subs); err != nil {
		t.Fatal(err)
	}
	if _, err := a.AdoptSubmission(ctx, subs[0].ID, is.Sections[0].ID); err != nil {
		t.Fatal(err)
	}
	dup, err := a.DuplicateIssue(ctx, is.ID)
	if err != nil {
		t.Fatal(err)
	}
	if dup.ID == is.ID || dup.Status != IssueDraft || !dup.Date.Equal(Today()) || dup.TotalNumber != is.TotalNumber+1 {
		t.Errorf("duplicate = #%d %v 总第%d期 %s, want a new draft dated today with the next number", dup.ID, dup.Status, dup.TotalNumber, dup.Date)
	}
	got := dup.Sections[0].Items
	if len(got) != 1 || got[0].Lead != "青山县开展党员冬训。" || len(got[0].UnitIDs) != 1 || len(got[0].Submissions) != 0 {
		t.Errorf("duplicate's items = %+v, want the item with its credit and no adoption", got)
	}
	latest, err := a.LatestIssue(ctx)
	if err != nil || latest.ID != dup.ID {
		t.Errorf("LatestIssue = %d, %v; want the duplicate %d", latest.ID, err, dup.ID)
	}
	if err := a.RenameSection(ctx, is.Sections[1].ID, "外地经验"); err != nil {
		t.Fatal(err)
	}
	if latest, _ := a.LatestIssue(ctx); latest.ID != is.ID {
		t.Errorf("after editing the first issue, LatestIssue = %d, want %d", latest.ID, is.ID)
	}
}

func TestDeleteIssueReleasesSubmissions(t *testing.T) {
	ctx := context.Background()
	a := archiveTestOpen(t)
	is, _ := a.NewIssue(ctx, issuesTestFirstBulletin(t, a), Date{})
	subs := []*Submission{{Title: "来稿", Text: "一段来稿文字。"}}
	a.AddSubmissions(ctx, subs)
	if _, err := a.AdoptSubmission(ctx, subs[0].ID, is.Sections[0].ID); err != nil {
		t.Fatal(err)
	}
	if err := a.DeleteIssue(ctx, is.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := a.Issue(ctx, is.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("deleted issue: err = %v, want ErrNotFound", err)
	}
	s, _ := a.Submission(ctx, subs[0].ID)
	if s.Status != SubmissionPending || len(s.ItemIDs) != 0 {
		t.Errorf("submission after its issue was deleted: %v %v, want pending and unused", s.Status, s.ItemIDs)
	}
	if hits, _ := a.Search(ctx, "来稿文字", 10); len(hits) != 1 || hits[0].Kind != HitSubmission {
		t.Errorf("search after delete = %+v, want only the submission", hits)
	}
}
