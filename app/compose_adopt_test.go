package app

import (
	"context"
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
			radio = w
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
