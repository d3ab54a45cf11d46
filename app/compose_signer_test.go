package app

import (
	"context"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"github.com/bulletindesk/bulletindesk/editor"
)

// TestSignDialogAsksForTheSigner (review G29): the 签发 dialog has a 签发人
// field, prefilled with the last signed issue's, and what is typed there
// is on the signed issue's masthead. Before, 签发 left 签发人 empty and the
// signed issue's field was locked.
func TestSignDialogAsksForTheSigner(t *testing.T) {
	ctx := context.Background()
	u, ar := newComposeTestUI(t)
	day := editor.Today()
	reviewed := func(number int) *editor.Issue {
		is := &editor.Issue{BulletinName: "组工信息", EditingUnit: "中共江州市委组织部", Year: day.Year(), Number: number,
			TotalNumber: number, Date: day, Sections: []editor.Section{{Name: "工作动态", Items: []editor.Item{{Lead: "甲镇开展党员冬训。"}}}}}
		if err := ar.ImportIssue(ctx, is); err != nil {
			t.Fatal(err)
		}
		for _, act := range []editor.IssueAction{editor.ActionSend, editor.ActionReview} {
			if err := ar.StepIssue(ctx, is.ID, act, "", editor.Date{}); err != nil {
				t.Fatal(err)
			}
		}
		return is
	}
	last, next := reviewed(1), reviewed(2)
	if err := ar.SignIssue(ctx, last.ID, "", editor.Date{}, "王军"); err != nil {
		t.Fatal(err)
	}
	u.openIssue(next.ID)
	bTap(t, u, lang.L("签发"))
	signer := signDialogSigner(u)
	if signer == nil || signer.Text != "王军" {
		t.Fatalf("the 签发人 field = %+v, want it prefilled with the last signed issue's 王军", signer)
	}
	signer.SetText("李明")
	bTap(t, u, lang.L("签发"))
	got, _ := ar.Issue(ctx, next.ID)
	if got.Status != editor.IssueSigned || got.Marks.Signer != "李明" {
		t.Errorf("after 签发: status %q, 签发人 %q; want signed by 李明", got.Status, got.Marks.Signer)
	}
}

// signDialogSigner is the 签发 dialog's 签发人 field.
func signDialogSigner(u *ui) *stepEntry {
	var signer *stepEntry
	bWalk(u.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) bool {
		if e, ok := o.(*stepEntry); ok && e.PlaceHolder == lang.L("如 王军") {
			signer = e
			return true
		}
		return false
	})
	return signer
}
