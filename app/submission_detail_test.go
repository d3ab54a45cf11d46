package app

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

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
	d.text.MoveToEnd()
	u.subs.selectSubmission(subs[1].ID)
	if at := d.text.CursorOffset(); at != 0 {
		t.Errorf("body of the next submission opens with the caret at %d, want its start", at)
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

// TestDetailShowsNearDuplicate: the same article with a heading more was
// not flagged; the detail names the match and how similar it is.
func TestDetailShowsNearDuplicate(t *testing.T) {
	u, ar := newDeskTestUI(t)
	body := "今年以来，临江区坚持把抓党建促乡村振兴作为重要任务，选派驻村第一书记42名，整合涉农资金1.2亿元，建成村级党群服务中心36个。" +
		"区委组织部牵头建立“周调度、月通报”机制，推动各镇街落实责任，村级集体经济收入全部超过10万元，其中超过50万元的村有12个。" +
		"下一步，临江区将继续深化“组织联建、产业联育、人才联引”，推动强村富民，为全面推进乡村振兴提供坚强组织保证。"
	addTestSubmissions(t, ar,
		&editor.Submission{Title: "临江区推进村级组织建设", Text: body, Received: today(), Kind: "信息", Status: editor.SubmissionPending},
		&editor.Submission{Title: "临江区推进村级组织建设（修改稿）", Text: "一、强化组织保障\n" + body, Received: today(), Kind: "信息", Status: editor.SubmissionPending})
	subs := allSubmissions(t, ar)
	u.subs.selectSubmission(subs[1].ID)
	d := u.subs.detail
	if !rendersText(d.dupBox, "相似") || !rendersText(d.dupBox, "临江区推进村级组织建设") {
		t.Fatalf("the detail of the revised copy names no near duplicate")
	}
	var see *widget.Button
	for _, o := range test.LaidOutObjects(d.dupBox) { // the button that opens the match
		if b, ok := o.(*widget.Button); ok && b.Text == "查看这篇" {
			see = b
		}
	}
	if see == nil {
		t.Fatal("no button to open the match")
	}
	test.Tap(see)
	if u.subs.selected != subs[0].ID {
		t.Errorf("查看这篇 shows submission %d, want the match %d", u.subs.selected, subs[0].ID)
	}
}

// TestReceivedDateInChinese (review F34): the detail shows 收稿日期 as the
// list does, 2026年12月1日, not 2026-12-01; a date typed in either form is
// saved, and one that cannot be read is refused without changing the day.
func TestReceivedDateInChinese(t *testing.T) {
	u, ar := newDeskTestUI(t)
	day := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	addTestSubmissions(t, ar, &editor.Submission{Title: "甲县推进村级组织建设", Text: "甲县推进。", Received: day, Kind: "信息", Status: editor.SubmissionPending})
	d := u.subs.detail
	u.subs.selectSubmission(allSubmissions(t, ar)[0].ID)
	if got := d.received.Text; got != "2026年12月1日" {
		t.Errorf("收稿日期 shows %q, want 2026年12月1日", got)
	}
	for _, c := range []struct{ typed, want string }{
		{"2026年11月20日", "2026-11-20"},
		{"2026-11-21", "2026-11-21"},
		{"2026年2月30日", "2026-11-21"},
	} {
		d.received.SetText(c.typed)
		d.flush()
		if got := allSubmissions(t, ar)[0].Received.Format(editor.DateLayout); got != c.want {
			t.Errorf("typed %q: saved %s, want %s", c.typed, got, c.want)
		}
	}
}
