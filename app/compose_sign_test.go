package app

import (
	"context"
	"testing"

	"fyne.io/fyne/v2/lang"

	"github.com/bulletindesk/bulletindesk/editor"
)

// TestSignDialogForABackIssue (review B9, found-s13d item 4): signing a
// back issue of last year proposes its own date, not today's, and the
// dialog names the empty 栏目 left out of the print and the missing
// editing unit before the issue is locked.
func TestSignDialogForABackIssue(t *testing.T) {
	ctx := context.Background()
	u, ar := newComposeTestUI(t)
	day := editor.Today().AddDate(-1, 0, 0)
	is := &editor.Issue{BulletinName: "干部工作简报", Year: day.Year(), Number: 7, TotalNumber: 7, Date: day,
		Sections: []editor.Section{{Name: "工作动态", Items: []editor.Item{{Lead: "乙县开展党员冬训。"}}}, {Name: "他山之石"}}}
	if err := ar.ImportIssue(ctx, is); err != nil {
		t.Fatal(err)
	}
	for _, act := range []editor.IssueAction{editor.ActionSend, editor.ActionReview} {
		if err := ar.StepIssue(ctx, is.ID, act, "", editor.Date{}); err != nil {
			t.Fatal(err)
		}
	}
	u.openIssue(is.ID)
	bTap(t, u, lang.L("签发"))
	date := signDialogDate(u)
	if date == nil || date.Text != u.dateLabel(day) {
		t.Fatalf("the 签发 date field = %+v, want the issue's own %v", date, day)
	}
	for _, want := range []string{"本期是从文件导入的，签发日期保留原文的日期", "栏目“他山之石”没有条目", "本刊还没有编辑单位"} {
		if !bDialogSays(u, want) {
			t.Errorf("the 签发 dialog does not say %q", want)
		}
	}
	bTap(t, u, lang.L("签发"))
	if got, _ := ar.Issue(ctx, is.ID); got.Status != editor.IssueSigned || !got.Date.Equal(day) {
		t.Errorf("after 签发: status %q, date %v; want signed on its own date %v", got.Status, got.Date, day)
	}
}
