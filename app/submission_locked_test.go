package app

import (
	"context"
	"strings"
	"testing"

	"github.com/bulletindesk/bulletindesk/editor"
)

// TestStatusOfASignedIssuesSubmissionIsGreyed (review G25): the 来稿 a
// signed issue adopted offers no other status, and says why, until the
// issue is reopened; before, 状态 ▸ 待处理 only warned about 采用率.
func TestStatusOfASignedIssuesSubmissionIsGreyed(t *testing.T) {
	ctx := context.Background()
	u, ar := newDeskTestUI(t)
	addTestSubmissions(t, ar, &editor.Submission{Title: "甲县推行村干部坐班制", Text: "甲县推行村干部坐班制。",
		Received: today(), Kind: "信息", Status: editor.SubmissionPending})
	sub := allSubmissions(t, ar)[0]
	day := editor.Today()
	is := &editor.Issue{BulletinName: "干部工作简报", Year: day.Year(), Number: 3, TotalNumber: 3, Date: day,
		Sections: []editor.Section{{Name: "工作动态"}}}
	if err := ar.ImportIssue(ctx, is); err != nil {
		t.Fatal(err)
	}
	if _, err := ar.AdoptSubmission(ctx, sub.ID, is.Sections[0].ID); err != nil {
		t.Fatal(err)
	}
	d := u.subs.detail
	look := func(when string, greyed bool, says string) {
		t.Helper()
		d.load(sub.ID)
		if got := d.status.Disabled(); got != greyed {
			t.Errorf("%s: status picker greyed = %v, want %v", when, got, greyed)
		}
		if got := d.statusLock.Visible() && strings.Contains(d.statusLock.Text, says); got != (says != "") {
			t.Errorf("%s: the note under 状态 = %q (shown %v), want %q", when, d.statusLock.Text, d.statusLock.Visible(), says)
		}
	}
	look("adopted in a draft", false, "")
	for _, act := range []editor.IssueAction{editor.ActionSend, editor.ActionReview, editor.ActionSign} {
		if err := ar.StepIssue(ctx, is.ID, act, "", editor.Date{}); err != nil {
			t.Fatal(err)
		}
	}
	look("adopted in a signed issue", true, "一期已签发，状态已锁定")
	if err := ar.StepIssue(ctx, is.ID, editor.ActionReopen, "补充", editor.Date{}); err != nil {
		t.Fatal(err)
	}
	look("the issue reopened", false, "")
}
