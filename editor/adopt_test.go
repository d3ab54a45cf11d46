package editor

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

func TestAdoptedLead(t *testing.T) {
	tests := []struct {
		name, title, text string
		from              LeadFrom
		lead, body        string
	}{
		{"the title becomes the lead, with 。", "青山县推行茶园联建", "该县建成8个联合党委。\n下一步继续推广。",
			LeadFromTitle, "青山县推行茶园联建。", "该县建成8个联合党委。\n下一步继续推广。"},
		{"a title ending a sentence keeps its mark", "临江区为何能留住人才？", "该区设立人才驿站。",
			LeadFromTitle, "临江区为何能留住人才？", "该区设立人才驿站。"},
		{"a comma at the end becomes 。", "△青山县：织密基层组织网，", "全县覆盖。",
			LeadFromTitle, "青山县：织密基层组织网。", "全县覆盖。"},
		{"a text opening with the title does not repeat it", "青山县推行茶园联建", "青山县推行茶园联建\n该县建成8个联合党委。",
			LeadFromTitle, "青山县推行茶园联建。", "该县建成8个联合党委。"},
		{"a first sentence that goes on from the title is the lead", "临江区推行“红色物业”",
			"临江区推行“红色物业”破解小区治理难题。该区成立物业党支部。",
			LeadFromTitle, "临江区推行“红色物业”破解小区治理难题。", "该区成立物业党支部。"},
		{"the editor chose the first sentence", "关于报送信息的函", "青山县开展冬训。共培训3000人次。",
			LeadFromText, "青山县开展冬训。", "共培训3000人次。"},
		{"no title: the first sentence", "", "青山县开展冬训。共培训3000人次。",
			LeadFromTitle, "青山县开展冬训。", "共培训3000人次。"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lead, body := AdoptedLead(tt.title, tt.text, tt.from)
			if lead != tt.lead || body != tt.body {
				t.Errorf("got lead %q body %q, want %q %q", lead, body, tt.lead, tt.body)
			}
		})
	}
}

// adoptTestSetup is one unit's one submission (with a title) and an issue.
func adoptTestSetup(t *testing.T) (*Archive, []Unit, Issue, *Submission) {
	t.Helper()
	a := archiveTestOpen(t)
	units := archiveTestUnits(t, a)
	is := itemsTestIssue(t, a)
	sub := &Submission{UnitID: units[0].ID, Title: "青山县推行茶园联建", Text: "该县建成8个联合党委。"}
	if err := a.AddSubmissions(context.Background(), []*Submission{sub}); err != nil {
		t.Fatal(err)
	}
	return a, units, is, sub
}

// One 来稿 cannot become two items; the statistics then count it once and
// 采用率 stays at 100% even with a 综合 item crediting the unit as well.
func TestAdoptTwiceRefusedAndCountedOnce(t *testing.T) {
	ctx := context.Background()
	a, units, is, sub := adoptTestSetup(t)
	it, err := a.AdoptSubmission(ctx, sub.ID, is.Sections[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if it.Lead != "青山县推行茶园联建。" || it.Body != "该县建成8个联合党委。" {
		t.Errorf("adopted item: lead %q body %q, want the title as lead and the text as body", it.Lead, it.Body)
	}
	if _, err := a.AdoptSubmission(ctx, sub.ID, is.Sections[1].ID); !errors.Is(err, ErrAlreadyAdopted) {
		t.Errorf("adopting again: err = %v, want ErrAlreadyAdopted", err)
	}
	both := Item{Lead: "两地联合培训党员。", Attribution: "青山县委组织部、临江区委组织部"}
	if err := a.AddItem(ctx, is.Sections[0].ID, &both); err != nil {
		t.Fatal(err)
	}
	day := Today()
	st, err := a.Statistics(ctx, StatsQuery{From: day.AddDate(0, 0, -40), To: day.AddDate(0, 0, 40)})
	if err != nil {
		t.Fatal(err)
	}
	for _, us := range st.Units() {
		if us.Unit.ID != units[0].ID {
			continue
		}
		got := fmt.Sprintf("报送%d 来稿采用%d 采用%d 综合%d 采用率%.2f", us.Submissions, us.SubmissionsAdopted, us.Adopted, us.Combined, us.AdoptionRate())
		if want := "报送1 来稿采用1 采用2 综合1 采用率1.00"; got != want {
			t.Errorf("青山县: %s, want %s", got, want)
		}
	}
	places, err := a.AdoptedBy(ctx, sub.ID)
	if err != nil || len(places) != 1 || places[0].ItemID != it.ID || places[0].Number != is.Number {
		t.Errorf("AdoptedBy = %+v, %v; want the one item in issue %d", places, err, is.Number)
	}
}

// An adopted 来稿's status follows its item: a plain status change is
// refused; releasing it keeps the item and takes the 来稿 out of it.
func TestAdoptedStatusFollowsItems(t *testing.T) {
	ctx := context.Background()
	a, _, is, sub := adoptTestSetup(t)
	it, err := a.AdoptSubmission(ctx, sub.ID, is.Sections[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if err := a.SetSubmissionStatus(ctx, []int64{sub.ID}, SubmissionPending); !errors.Is(err, ErrAdopted) {
		t.Errorf("marking an adopted 来稿 待处理: err = %v, want ErrAdopted", err)
	}
	if s, _ := a.Submission(ctx, sub.ID); s.Status != SubmissionAdopted {
		t.Errorf("status after the refused change = %s, want adopted", s.Status)
	}
	if err := a.ReleaseSubmissions(ctx, []int64{sub.ID}, SubmissionReserve); err != nil {
		t.Fatal(err)
	}
	s, _ := a.Submission(ctx, sub.ID)
	back, _ := a.Issue(ctx, is.ID)
	items := back.Sections[0].Items
	if s.Status != SubmissionReserve || len(s.ItemIDs) != 0 {
		t.Errorf("released 来稿: %s used by %v, want 备用 and no item", s.Status, s.ItemIDs)
	}
	if len(items) != 1 || items[0].ID != it.ID || len(items[0].Submissions) != 0 || items[0].Lead != it.Lead {
		t.Errorf("items after release = %+v, want the item kept without its source", items)
	}
	if _, err := a.AdoptSubmission(ctx, sub.ID, is.Sections[0].ID); err != nil {
		t.Errorf("adopting the released 来稿 again: %v", err)
	}
}

// Undo of a deletion does not give the 来稿 to a second item when it was
// adopted again in the meantime.
func TestRestoreItemLeavesAReadoptedSubmission(t *testing.T) {
	ctx := context.Background()
	a, _, is, sub := adoptTestSetup(t)
	it, _ := a.AdoptSubmission(ctx, sub.ID, is.Sections[0].ID)
	deleted, err := a.DeleteItem(ctx, it.ID)
	if err != nil {
		t.Fatal(err)
	}
	again, err := a.AdoptSubmission(ctx, sub.ID, is.Sections[1].ID)
	if err != nil {
		t.Fatal(err)
	}
	if err := a.RestoreItem(ctx, deleted); err != nil {
		t.Fatal(err)
	}
	places, _ := a.AdoptedBy(ctx, sub.ID)
	if len(places) != 1 || places[0].ItemID != again.ID {
		t.Errorf("after undo the 来稿 is used by %+v, want only item %d", places, again.ID)
	}
}

// Migration 004 repairs an archive where the old version let one 来稿 be
// adopted by two items: the first item keeps it, and it is counted once.
func TestMigrationKeepsOneItemPerSubmission(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	a, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	units := archiveTestUnits(t, a)
	is := itemsTestIssue(t, a, "甲。", "乙。")
	sub := &Submission{UnitID: units[0].ID, Title: "来稿", Text: "正文。"}
	a.AddSubmissions(ctx, []*Submission{sub})
	first, second := is.Sections[0].Items[0].ID, is.Sections[0].Items[1].ID
	for _, q := range []string{`DROP INDEX adoptions_one_item`, `DELETE FROM migrations WHERE version = 4`,
		fmt.Sprintf(`INSERT INTO adoptions(item_id, submission_id) VALUES (%d, %d), (%d, %d)`, second, sub.ID, first, sub.ID)} {
		if _, err := a.db.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	a.Close()
	if a, err = Open(ctx, path); err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	places, _ := a.AdoptedBy(ctx, sub.ID)
	if len(places) != 1 || places[0].ItemID != first {
		t.Errorf("after the migration the 来稿 is used by %+v, want only the first item %d", places, first)
	}
}

// A 来稿 whose body already ends in its unit's attribution bracket, above
// a line that is not one (a page number, a contact line), is adopted
// without a 署名 of its own: it printed （柳岸县委组织部供稿） and then
// 第2页（柳岸县委组织部）, the attribution twice (review R7).
func TestItemFromSubmissionCreditedInBody(t *testing.T) {
	units := []Unit{{ID: 1, Name: "柳岸县委组织部", Active: true}, {ID: 2, Name: "桃溪镇党委", Active: true}}
	m := NewUnitMatcher(units)
	cases := []struct {
		name, text, attr, body string
	}{
		{"bracket above a page line", "全县建立议事会。\n（柳岸县委组织部供稿）\n第2页", "", "（柳岸县委组织部供稿）\n第2页"},
		{"bracket above a contact line", "全县建立议事会。（柳岸县委组织部供稿）\n联系人：陈晓华", "", "联系人：陈晓华"},
		{"bracket at the end is taken out", "全县建立议事会。\n（柳岸县委组织部供稿）", "柳岸县委组织部供稿", ""},
		{"no bracket: the unit's name", "全县建立议事会。\n下一步推广。", "柳岸县委组织部", "下一步推广。"},
		{"another unit's bracket is not ours", "全县建立议事会。（桃溪镇党委供稿）\n联系人：陈晓华", "柳岸县委组织部", "联系人：陈晓华"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := Submission{ID: 7, UnitID: 1, UnitName: "柳岸县委组织部", Text: c.text}
			it := itemFromSubmission(s, m, LeadFromText)
			if it.Attribution != c.attr {
				t.Errorf("署名 %q, want %q", it.Attribution, c.attr)
			}
			if !strings.HasSuffix(it.Body, c.body) {
				t.Errorf("body %q, want it to end in %q", it.Body, c.body)
			}
			if len(it.UnitIDs) != 1 || it.UnitIDs[0] != 1 {
				t.Errorf("credited %v, want the submission's unit [1]", it.UnitIDs)
			}
		})
	}
}
