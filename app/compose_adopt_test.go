package app

import (
	"context"
	"fyne.io/fyne/v2/lang"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/editor"
)

// The adoption picker lists 待处理 or 备用 submissions and narrows them by
// the text typed into its filter.
func TestAdoptPickerFilters(t *testing.T) {
	u, ar := newComposeTestUI(t)
	ctx := context.Background()
	unit, _ := bSeed(t, ar)
	more := []*editor.Submission{
		{UnitID: unit.ID, Received: bDate(2026, 11, 21), Kind: "信息", Title: "潜山市开展年轻干部墩苗", Text: "潜山市选派年轻干部到村任职。"},
		{UnitID: unit.ID, Received: bDate(2026, 11, 22), Kind: "简讯", Title: "潜山市召开组织工作会议", Text: "会议部署下一阶段工作。", Status: editor.SubmissionReserve},
	}
	if err := ar.AddSubmissions(ctx, more); err != nil {
		t.Fatal(err)
	}
	if err := ar.SetSubmissionStatus(ctx, []int64{more[1].ID}, editor.SubmissionReserve); err != nil {
		t.Fatal(err)
	}
	s := composeOf(t, u)
	is := bIssueWithItems(t, ar)
	u.openIssue(is.ID)
	s.showAdoptPicker(is.Sections[0].ID)
	p := s.picker
	if len(p.rows) != 2 {
		t.Fatalf("待处理 lists %d, want 2", len(p.rows))
	}
	var radio *widget.RadioGroup
	var filter *widget.Entry
	bWalk(u.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) bool {
		switch w := o.(type) {
		case *widget.RadioGroup:
			if radio == nil {
				radio = w
			}
		case *widget.Entry:
			if filter == nil {
				filter = w
			}
		}
		return false
	})
	if radio == nil || filter == nil {
		t.Fatal("picker has no status choice or filter")
	}
	radio.SetSelected(submissionStatusLabel(editor.SubmissionReserve))
	if len(p.rows) != 1 || p.rows[0].ID != more[1].ID {
		t.Fatalf("备用 lists %+v, want the reserve submission", p.rows)
	}
	radio.SetSelected(submissionStatusLabel(editor.SubmissionPending))
	test.Type(filter, "墩苗")
	if len(p.rows) != 1 || p.rows[0].ID != more[0].ID {
		t.Errorf("filter 墩苗 lists %d rows, want the one submission about it", len(p.rows))
	}
}

// Adopting from the picker keeps the 来稿's title as the item's lead; the
// editor can choose the text's first sentence instead before adopting.
func TestAdoptPickerLeadFromTitleOrText(t *testing.T) {
	tests := []struct {
		name, choice, wantLead string
	}{
		{"title", "来稿标题", "潜山市开展年轻干部墩苗。"},
		{"first sentence", "正文第一句", "潜山市选派年轻干部到村任职。"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u, ar := newComposeTestUI(t)
			sub := &editor.Submission{Received: bDate(2026, 11, 21), Kind: "信息", Title: "潜山市开展年轻干部墩苗",
				Text: "潜山市选派年轻干部到村任职。已有120名干部到岗。"}
			if err := ar.AddSubmissions(context.Background(), []*editor.Submission{sub}); err != nil {
				t.Fatal(err)
			}
			s := composeOf(t, u)
			is := bIssueWithItems(t, ar)
			u.openIssue(is.ID)
			s.showAdoptPicker(is.Sections[0].ID)
			p := s.picker
			p.list.Select(0)
			p.leadFrom.SetSelected(tt.choice)
			if want := "标题句：" + tt.wantLead; p.lead.Text != want {
				t.Errorf("the dialog shows %q, want %q", p.lead.Text, want)
			}
			bTap(t, u, "采用到栏目")
			got, _ := ar.Issue(context.Background(), is.ID)
			items := got.Sections[0].Items
			if len(items) != 1 || items[0].Lead != tt.wantLead {
				t.Fatalf("items = %+v, want one with lead %q", items, tt.wantLead)
			}
			if ie := s.editors[items[0].ID]; ie == nil || ie.lead.Text != tt.wantLead {
				t.Errorf("组版 does not show the lead %q", tt.wantLead)
			}
		})
	}
}

// 采用到当前期 on a 来稿 an item already uses refuses with a clear warning
// and adds nothing.
func TestAdoptToCurrentIssueRefusesASecondAdoption(t *testing.T) {
	u, ar := newComposeTestUI(t)
	_, sub := bSeed(t, ar)
	s := composeOf(t, u)
	is := bIssueWithItems(t, ar)
	u.openIssue(is.ID)
	if _, err := ar.AdoptSubmission(context.Background(), sub.ID, is.Sections[0].ID); err != nil {
		t.Fatal(err)
	}
	s.adoptToCurrentIssue(sub.ID)
	if !bDialogSays(u, "不能再采用一次") {
		t.Errorf("no warning that the 来稿 is already adopted")
	}
	if places, _ := ar.AdoptedBy(context.Background(), sub.ID); len(places) != 1 {
		t.Errorf("the 来稿 is used by %d items, want 1", len(places))
	}
}

// 标记为 待处理 on an adopted 来稿 asks first and says what happens to the
// item; confirming keeps the item and makes the 来稿 待处理.
func TestMarkingAnAdoptedSubmissionAsksFirst(t *testing.T) {
	u, ar := newComposeTestUI(t)
	_, sub := bSeed(t, ar)
	is := bIssueWithItems(t, ar)
	it, err := ar.AdoptSubmission(context.Background(), sub.ID, is.Sections[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	u.subs.reload()
	u.subs.selectSubmission(sub.ID)
	u.subs.setStatus(sub.ID, editor.SubmissionPending)
	if got, _ := ar.Submission(context.Background(), sub.ID); got.Status != editor.SubmissionAdopted {
		t.Fatalf("status changed to %s without asking", got.Status)
	}
	if !bDialogSays(u, "条目仍留在那一期") {
		t.Fatalf("the question does not say what happens to the item")
	}
	bTap(t, u, "修改")
	got, _ := ar.Submission(context.Background(), sub.ID)
	back, _ := ar.Issue(context.Background(), is.ID)
	if got.Status != editor.SubmissionPending || len(back.Sections[0].Items) != 1 || back.Sections[0].Items[0].ID != it.ID {
		t.Errorf("after confirming: 来稿 %s, items %+v; want 待处理 and the item kept", got.Status, back.Sections[0].Items)
	}
}

// TestAdoptOffersTheUnnamedSectionByItsWords: a section without a name (an
// imported back issue's items before any heading) is offered as 组版 shows
// it, not as an empty row of the 栏目 list (review G9).
func TestAdoptOffersTheUnnamedSectionByItsWords(t *testing.T) {
	u, ar := newComposeTestUI(t)
	s := composeOf(t, u)
	is := bIssueWithItems(t, ar, "甲县建立周例会。")
	u.openIssue(is.ID)
	s.issue.Sections[0].Name = ""
	sel := s.sectionSelect(0)
	if got, want := sel.Options[0], lang.L("（无栏目名，印出时不加标题）"); got != want {
		t.Errorf("the 栏目 list offers %q, want %q", got, want)
	}
}
