package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/bulletindesk/bulletindesk/editor"
)

// longBody is a submission body of many paragraphs, longer than the field.
func longBody(topic string) string {
	var b strings.Builder
	for i := 0; i < 30; i++ {
		b.WriteString("今年以来，" + topic + "坚持问题导向，聚焦基层党组织建设的薄弱环节，逐项整改落实。\n")
	}
	return b.String()
}

// TestBodyOpensAtItsStart: the body opened scrolled to the middle, where
// the cursor had been in the submission shown before.
func TestBodyOpensAtItsStart(t *testing.T) {
	u, ar := newDeskTestUI(t)
	addTestSubmissions(t, ar,
		&editor.Submission{Title: "甲县推进村级组织建设", Text: longBody("甲县"), Received: today(), Kind: "信息", Status: editor.SubmissionPending},
		&editor.Submission{Title: "乙县推进村级组织建设", Text: longBody("乙县"), Received: today(), Kind: "信息", Status: editor.SubmissionPending})
	subs := allSubmissions(t, ar)
	d := u.subs.detail
	u.subs.selectSubmission(subs[0].ID)
	u.win.Canvas().Focus(d.text)
	d.text.CursorRow = 25
	d.text.Refresh()
	u.subs.selectSubmission(subs[1].ID)
	if d.text.CursorRow != 0 || d.text.CursorColumn != 0 {
		t.Errorf("body of the next submission opens at row %d column %d, want its start", d.text.CursorRow, d.text.CursorColumn)
	}
	if d.scroll.Offset.Y != 0 {
		t.Errorf("detail pane opens scrolled %.0f px down, want the top", d.scroll.Offset.Y)
	}
}

// TestFilterClearsDetailOfUnlistedSubmission: after filtering, the detail
// kept showing a submission no longer listed and its buttons acted on it.
func TestFilterClearsDetailOfUnlistedSubmission(t *testing.T) {
	u, ar := newDeskTestUI(t)
	addTestSubmissions(t, ar,
		&editor.Submission{Title: "甲县推进村级组织建设", Text: "甲县推进村级组织建设。", Received: today(), Kind: "信息", Status: editor.SubmissionPending},
		&editor.Submission{Title: "乙县开展人才驿站试点", Text: "乙县开展人才驿站试点。", Received: today(), Kind: "信息", Status: editor.SubmissionPending})
	subs := allSubmissions(t, ar)
	u.subs.selectSubmission(subs[0].ID)
	test.Type(u.subs.fText, "人才驿站")
	u.subs.typed.flush()
	if u.subs.total != 1 {
		t.Fatalf("filter lists %d submissions, want 1", u.subs.total)
	}
	if u.subs.detail.body.Visible() || u.subs.selected != 0 {
		t.Errorf("detail still shows submission %d after it was filtered out", u.subs.selected)
	}
	u.subs.setStatus(u.subs.selected, editor.SubmissionRejected)
	if got := allSubmissions(t, ar)[0].Status; got != editor.SubmissionPending {
		t.Errorf("status buttons changed the hidden submission to %q", got)
	}
}
