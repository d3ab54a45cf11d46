package editor

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
)

// itemsTestIssue is a new draft whose first section holds items with the given leads.
func itemsTestIssue(t *testing.T, a *Archive, leads ...string) Issue {
	t.Helper()
	ctx := context.Background()
	is, err := a.NewIssue(ctx, issuesTestFirstBulletin(t, a), Date{})
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range leads {
		if err := a.AddItem(ctx, is.Sections[0].ID, &Item{Lead: l}); err != nil {
			t.Fatal(err)
		}
	}
	is, _ = a.Issue(ctx, is.ID)
	return is
}

// itemsTestLeads shows an issue's sections as "A B | C".
func itemsTestLeads(t *testing.T, a *Archive, issueID int64) string {
	t.Helper()
	is, err := a.Issue(context.Background(), issueID)
	if err != nil {
		t.Fatal(err)
	}
	var secs []string
	for _, s := range is.Sections {
		var leads []string
		for i, it := range s.Items {
			if it.Position != i {
				t.Errorf("item %q at position %d, listed %d", it.Lead, it.Position, i)
			}
			leads = append(leads, it.Lead)
		}
		secs = append(secs, strings.Join(leads, " "))
	}
	return strings.Join(secs, " | ")
}

func TestMoveItems(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name  string
		move  func(a *Archive, is Issue) error
		after string
	}{
		{"down one", func(a *Archive, is Issue) error { return a.MoveItem(ctx, is.Sections[0].Items[0].ID, 1) }, "B A C | "},
		{"up one", func(a *Archive, is Issue) error { return a.MoveItem(ctx, is.Sections[0].Items[2].ID, -1) }, "A C B | "},
		{"up at the top stays", func(a *Archive, is Issue) error { return a.MoveItem(ctx, is.Sections[0].Items[0].ID, -1) }, "A B C | "},
		{"far down clamps", func(a *Archive, is Issue) error { return a.MoveItem(ctx, is.Sections[0].Items[0].ID, 9) }, "B C A | "},
		{"to the other section", func(a *Archive, is Issue) error {
			return a.MoveItemToSection(ctx, is.Sections[0].Items[1].ID, is.Sections[1].ID)
		}, "A C | B"},
		{"section down", func(a *Archive, is Issue) error { return a.MoveSection(ctx, is.Sections[0].ID, 1) }, " | A B C"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := archiveTestOpen(t)
			is := itemsTestIssue(t, a, "A", "B", "C")
			if err := tt.move(a, is); err != nil {
				t.Fatal(err)
			}
			if got := itemsTestLeads(t, a, is.ID); got != tt.after {
				t.Errorf("after: %q, want %q", got, tt.after)
			}
		})
	}
}

func TestDeleteItemAndUndo(t *testing.T) {
	ctx := context.Background()
	a := archiveTestOpen(t)
	units := archiveTestUnits(t, a)
	is := itemsTestIssue(t, a, "A", "B", "C")
	subs := []*Submission{{UnitID: units[0].ID, Title: "来稿", Text: "青山县推进党员积分管理。具体做法。"}}
	a.AddSubmissions(ctx, subs)
	b := is.Sections[0].Items[1]
	b.Attribution, b.UnitIDs, b.Submissions = "青山县委组织部、临江区委组织部", []int64{units[0].ID, units[1].ID}, []int64{subs[0].ID}
	if err := a.UpdateItem(ctx, &b); err != nil {
		t.Fatal(err)
	}
	deleted, err := a.DeleteItem(ctx, b.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got := itemsTestLeads(t, a, is.ID); got != "A C | " {
		t.Errorf("after delete: %q, want %q", got, "A C | ")
	}
	if s, _ := a.Submission(ctx, subs[0].ID); s.Status != SubmissionPending {
		t.Errorf("submission of the deleted item: %s, want pending", s.Status)
	}
	if err := a.RestoreItem(ctx, deleted); err != nil {
		t.Fatal(err)
	}
	if got := itemsTestLeads(t, a, is.ID); got != "A B C | " {
		t.Errorf("after undo: %q, want %q", got, "A B C | ")
	}
	back, _ := a.Issue(ctx, is.ID)
	got := back.Sections[0].Items[1]
	if got.ID != b.ID || fmt.Sprint(got.UnitIDs) != fmt.Sprint(b.UnitIDs) || fmt.Sprint(got.Submissions) != fmt.Sprint(b.Submissions) {
		t.Errorf("restored item = %+v, want %+v", got, b)
	}
	if s, _ := a.Submission(ctx, subs[0].ID); s.Status != SubmissionAdopted || fmt.Sprint(s.ItemIDs) != fmt.Sprint([]int64{b.ID}) {
		t.Errorf("submission after undo: %s %v, want adopted by %d", s.Status, s.ItemIDs, b.ID)
	}
}

func TestAdoptSubmission(t *testing.T) {
	ctx := context.Background()
	a := archiveTestOpen(t)
	units := archiveTestUnits(t, a)
	is := itemsTestIssue(t, a, "A")
	subs := []*Submission{{UnitID: units[1].ID, Title: "临江区推行“红色物业”",
		Text: "临江区推行“红色物业”破解小区治理难题！该区在32个小区成立物业党支部。\n下一步将继续推广。"}}
	if err := a.AddSubmissions(ctx, subs); err != nil {
		t.Fatal(err)
	}
	it, err := a.AdoptSubmission(ctx, subs[0].ID, is.Sections[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	want := Item{ID: it.ID, SectionID: is.Sections[0].ID, Position: 1,
		Lead: "临江区推行“红色物业”破解小区治理难题！", Body: "该区在32个小区成立物业党支部。\n下一步将继续推广。",
		Attribution: "临江区委组织部", UnitIDs: []int64{units[1].ID}, Submissions: []int64{subs[0].ID}}
	want.Words = CountWords(want.Lead + want.Body + want.Attribution)
	back, _ := a.Issue(ctx, is.ID)
	want.Version, want.UpdatedAt = 1, back.Sections[0].Items[1].UpdatedAt
	if got := back.Sections[0].Items[1]; fmt.Sprintf("%+v", got) != fmt.Sprintf("%+v", want) {
		t.Errorf("adopted item =\n%+v\nwant\n%+v", got, want)
	}
	s, _ := a.Submission(ctx, subs[0].ID)
	if s.Status != SubmissionAdopted || fmt.Sprint(s.ItemIDs) != fmt.Sprint([]int64{it.ID}) {
		t.Errorf("submission = %s %v, want adopted by item %d", s.Status, s.ItemIDs, it.ID)
	}
}

func TestItemWordsAndCreditsFromAttribution(t *testing.T) {
	ctx := context.Background()
	a := archiveTestOpen(t)
	units := archiveTestUnits(t, a)
	is := itemsTestIssue(t, a)
	it := Item{Lead: "两地联合开展党员教育。", Body: "共培训2000人次。", Attribution: "青山县委组织部、临江区委组织部"}
	if err := a.AddItem(ctx, is.Sections[0].ID, &it); err != nil {
		t.Fatal(err)
	}
	if want := CountWords(it.Lead + it.Body + it.Attribution); it.Words != want || want == 0 {
		t.Errorf("words = %d, want %d", it.Words, want)
	}
	if fmt.Sprint(it.UnitIDs) != fmt.Sprint([]int64{units[0].ID, units[1].ID}) {
		t.Errorf("credits = %v, want both units", it.UnitIDs)
	}
	it.Body += "覆盖全部村（社区）。"
	if err := a.UpdateItem(ctx, &it); err != nil {
		t.Fatal(err)
	}
	list, _ := a.Issues(ctx, IssueFilter{})
	if list[0].Items != 1 || list[0].Words != CountWords(it.Lead+it.Body+it.Attribution) {
		t.Errorf("issue summary = %+v, want 1 item and the new 字数", list[0])
	}
}

func TestDeleteSection(t *testing.T) {
	ctx := context.Background()
	a := archiveTestOpen(t)
	is := itemsTestIssue(t, a, "A")
	subs := []*Submission{{Title: "来稿", Text: "来稿正文。"}}
	a.AddSubmissions(ctx, subs)
	it, _ := a.AdoptSubmission(ctx, subs[0].ID, is.Sections[0].ID)
	a.AddInstruction(ctx, &Instruction{ItemID: it.ID, Leader: "市长", Level: LevelCity, Text: "好。"})
	if err := a.DeleteSection(ctx, is.Sections[0].ID); !errors.Is(err, ErrInUse) {
		t.Errorf("deleting a section whose item has a 批示: err = %v, want ErrInUse", err)
	}
	a.MoveItemToSection(ctx, it.ID, is.Sections[1].ID)
	s, err := a.AddSection(ctx, is.ID, "工作动态")
	if err != nil || s.Position != 2 {
		t.Fatalf("AddSection = %+v, %v", s, err)
	}
	if err := a.DeleteSection(ctx, is.Sections[0].ID); err != nil {
		t.Fatal(err)
	}
	back, _ := a.Issue(ctx, is.ID)
	if len(back.Sections) != 2 || back.Sections[0].Name != "市外参考" || back.Sections[1].Name != "工作动态" || back.Sections[1].Position != 1 {
		t.Errorf("sections = %+v, want 市外参考, 工作动态", back.Sections)
	}
	if hits, _ := a.Search(ctx, "A", 10); len(hits) != 0 {
		t.Errorf("the deleted section's item is still found: %+v", hits)
	}
}

func TestAdoptSubmissionKeepsItsAttribution(t *testing.T) {
	ctx := context.Background()
	a := archiveTestOpen(t)
	units := archiveTestUnits(t, a)
	is := itemsTestIssue(t, a, "A")
	tests := []struct {
		name      string
		text      string
		wantBody  string
		wantAttr  string
		wantUnits []int64
	}{
		{"own unit at the end", "青山县推行茶园联建。共建8个联合党委。（青山县委组织部）",
			"共建8个联合党委。", "青山县委组织部", []int64{units[0].ID}},
		{"综合 attribution", "两地联合培训党员。共培训2000人次。（青山县委组织部、临江区委组织部）",
			"共培训2000人次。", "青山县委组织部、临江区委组织部", []int64{units[0].ID, units[1].ID}},
		{"a parenthesis that names no unit stays", "全县覆盖。覆盖全部村（社区）",
			"覆盖全部村（社区）", "青山县委组织部", []int64{units[0].ID}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			subs := []*Submission{{UnitID: units[0].ID, Title: "标题", Text: tt.text}}
			if err := a.AddSubmissions(ctx, subs); err != nil {
				t.Fatal(err)
			}
			it, err := a.AdoptSubmissionAs(ctx, subs[0].ID, is.Sections[0].ID, LeadFromText)
			if err != nil {
				t.Fatal(err)
			}
			if it.Body != tt.wantBody || it.Attribution != tt.wantAttr || fmt.Sprint(it.UnitIDs) != fmt.Sprint(tt.wantUnits) {
				t.Errorf("item body %q attribution %q units %v; want %q %q %v",
					it.Body, it.Attribution, it.UnitIDs, tt.wantBody, tt.wantAttr, tt.wantUnits)
			}
		})
	}
}

// Undo still brings the item back when its submission and a credited unit
// were deleted after the item was (they were free to go by then).
func TestRestoreItemAfterItsSubmissionWentAway(t *testing.T) {
	ctx := context.Background()
	a := archiveTestOpen(t)
	units := archiveTestUnits(t, a)
	is := itemsTestIssue(t, a, "A", "B")
	spare := Unit{Name: "临时工作组", Active: true}
	if err := a.SaveUnit(ctx, &spare); err != nil {
		t.Fatal(err)
	}
	subs := []*Submission{{UnitID: units[0].ID, Title: "来稿", Text: "青山县推进党员积分管理。具体做法。"}}
	if err := a.AddSubmissions(ctx, subs); err != nil {
		t.Fatal(err)
	}
	b := is.Sections[0].Items[1]
	b.UnitIDs, b.Submissions = []int64{units[0].ID, spare.ID}, []int64{subs[0].ID}
	if err := a.UpdateItem(ctx, &b); err != nil {
		t.Fatal(err)
	}
	deleted, err := a.DeleteItem(ctx, b.ID)
	if err != nil {
		t.Fatal(err)
	}
	if err := a.DeleteSubmission(ctx, subs[0].ID); err != nil {
		t.Fatal(err)
	}
	if err := a.DeleteUnit(ctx, spare.ID); err != nil {
		t.Fatal(err)
	}
	if err := a.RestoreItem(ctx, deleted); err != nil {
		t.Fatalf("undo refused: %v", err)
	}
	back, _ := a.Issue(ctx, is.ID)
	if got := itemsTestLeads(t, a, is.ID); got != "A B | " {
		t.Errorf("after undo: %q", got)
	}
	if got := back.Sections[0].Items[1]; fmt.Sprint(got.UnitIDs) != fmt.Sprint([]int64{units[0].ID}) || len(got.Submissions) != 0 {
		t.Errorf("restored item credits %v, adopts %v", got.UnitIDs, got.Submissions)
	}
}
