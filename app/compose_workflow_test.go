package app

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/editor"
)

// workflowButtonsShown are the labels of the review buttons 组版 shows.
func workflowButtonsShown(u *ui) []string {
	var out []string
	for _, name := range []string{"送审", "审核通过", "退回", "签发", "重新打开"} {
		found := false
		bWalk(u.win.Canvas().Content(), func(o fyne.CanvasObject) bool {
			b, ok := o.(*widget.Button)
			found = found || ok && b.Text == lang.L(name)
			return found
		})
		if found {
			out = append(out, name)
		}
	}
	return out
}

// workflowHeaderText is every label's text in 组版's header, joined.
func workflowHeaderText(u *ui) string {
	var b strings.Builder
	bWalk(u.win.Canvas().Content(), func(o fyne.CanvasObject) bool {
		switch l := o.(type) {
		case *widget.Label:
			b.WriteString(l.Text + "\n")
		case *recordLabel: // the review's record (compose_workflow.go)
			b.WriteString(l.Text + "\n")
		}
		return false
	})
	return b.String()
}

// TestComposeReviewButtonsByRole: each stage shows the steps the user's
// role allows, and an editor's fields lock while the issue is under review.
func TestComposeReviewButtonsByRole(t *testing.T) {
	ctx := context.Background()
	editorOnly := editor.User{Login: "liwei", Roles: []editor.Role{editor.RoleEditor}}
	reviewer := editor.User{Login: "zhang", Roles: []editor.Role{editor.RoleReviewer}}
	signer := editor.User{Login: "wang", Roles: []editor.Role{editor.RoleSigner}}
	tests := []struct {
		name   string
		steps  []editor.IssueAction
		me     editor.User
		want   string
		locked bool
	}{
		{"draft, editor", nil, editorOnly, "送审", false},
		{"draft, reviewer", nil, reviewer, "", false},
		{"sent, editor", []editor.IssueAction{editor.ActionSend}, editorOnly, "", true},
		{"sent, reviewer", []editor.IssueAction{editor.ActionSend}, reviewer, "审核通过 退回", false},
		{"reviewed, signer", []editor.IssueAction{editor.ActionSend, editor.ActionReview}, signer, "退回 签发", false},
		{"reviewed, editor", []editor.IssueAction{editor.ActionSend, editor.ActionReview}, editorOnly, "", true},
		{"signed, signer", []editor.IssueAction{editor.ActionSend, editor.ActionReview, editor.ActionSign}, signer, "重新打开", true},
		{"signed, reviewer", []editor.IssueAction{editor.ActionSend, editor.ActionReview, editor.ActionSign}, reviewer, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u, ar := newComposeTestUI(t)
			s := composeOf(t, u)
			is := bIssueWithItems(t, ar, "甲县推行党员积分制。")
			for _, act := range tt.steps {
				if err := ar.StepIssue(ctx, is.ID, act, "", editor.Date{}); err != nil {
					t.Fatal(err)
				}
			}
			u.me = tt.me
			u.openIssue(is.ID)
			if got := strings.Join(workflowButtonsShown(u), " "); got != tt.want {
				t.Errorf("buttons %q, want %q", got, tt.want)
			}
			lead := s.editors[is.Sections[0].Items[0].ID].lead
			if lead.Disabled() != tt.locked {
				t.Errorf("lead disabled = %v, want %v", lead.Disabled(), tt.locked)
			}
		})
	}
}

// TestComposeReviewOnRecord: the steps taken through the buttons show in
// the header with who and the opinion, and 签发's date becomes the issue's.
func TestComposeReviewOnRecord(t *testing.T) {
	ctx := context.Background()
	u, ar := newComposeTestUI(t)
	is := bIssueWithItems(t, ar, "甲县推行党员积分制。")
	u.openIssue(is.ID)
	bTap(t, u, lang.L("送审"))
	bTap(t, u, lang.L("送审"))
	bTap(t, u, lang.L("审核通过"))
	test.Type(u.win.Canvas().Focused().(*stepEntry), "同意，请签发。")
	bTap(t, u, lang.L("审核通过"))
	bTap(t, u, lang.L("签发"))
	date := signDialogDate(u)
	if date == nil || date.Text != u.dateLabel(editor.Today()) {
		t.Fatalf("the 签发 date field = %+v, want today", date)
	}
	date.SetText("2026年11月28日")
	bTap(t, u, lang.L("签发"))
	got, _ := ar.Issue(ctx, is.ID)
	if got.Status != editor.IssueSigned || got.Date != bDate(2026, 11, 28) {
		t.Fatalf("after 签发: status %q, date %v; want signed on 2026-11-28", got.Status, got.Date)
	}
	header := workflowHeaderText(u)
	me := editor.OSUser()
	for _, want := range []string{lang.L("送审") + lang.L("：") + me, lang.L("审核") + lang.L("：") + me,
		lang.L("。意见：") + "同意，请签发。", lang.L("签发") + lang.L("：") + me} {
		if !strings.Contains(header, want) {
			t.Errorf("header lacks %q:\n%s", want, header)
		}
	}
	bTap(t, u, lang.L("重新打开"))
	test.Type(u.win.Canvas().Focused().(*stepEntry), "补一条市外参考")
	bTap(t, u, lang.L("重新打开"))
	if header = workflowHeaderText(u); !strings.Contains(header, "补一条市外参考") || strings.Contains(header, "同意，请签发。") {
		t.Errorf("after 重新打开 the header shows:\n%s\nwant the reason, not the old round", header)
	}
}

// TestUsersScreenOnAFile: a file's one user, every role, nothing to change.
func TestUsersScreenOnAFile(t *testing.T) {
	u, _ := newComposeTestUI(t)
	u.showKey(keyUsers)
	text := workflowHeaderText(u)
	if !strings.Contains(text, lang.L("我是：")+editor.OSUser()) || !strings.Contains(text, lang.L("（我）")) {
		t.Errorf("用户 shows:\n%s\nwant who I am", text)
	}
	var checks []*widget.Check
	bWalk(u.win.Canvas().Content(), func(o fyne.CanvasObject) bool {
		if c, ok := o.(*widget.Check); ok {
			checks = append(checks, c)
		}
		return false
	})
	if len(checks) != 4 {
		t.Fatalf("%d role boxes, want the four of the one user", len(checks))
	}
	for _, c := range checks {
		if !c.Checked || !c.Disabled() {
			t.Errorf("role box checked %v disabled %v, want every role held and none to change", c.Checked, c.Disabled())
		}
	}
}

// TestUnitsAreTheAdministrators: a login without 管理员 sees the units but
// cannot change them (the server would refuse).
func TestUnitsAreTheAdministrators(t *testing.T) {
	for _, tt := range []struct {
		me       editor.User
		disabled bool
	}{
		{editor.User{Login: "liwei", Roles: []editor.Role{editor.RoleEditor}}, true},
		{editor.User{Login: "admin", Roles: []editor.Role{editor.RoleAdmin}}, false},
	} {
		t.Run(tt.me.Login, func(t *testing.T) {
			u, _ := newComposeTestUI(t)
			u.me = tt.me
			u.showKey(keyUnits)
			if got := bButton(t, u, lang.L("新增单位")).Disabled(); got != tt.disabled {
				t.Errorf("新增单位 disabled = %v, want %v", got, tt.disabled)
			}
		})
	}
}

// signDialogDate is the 签发 dialog's date field (its one-line stepEntry).
func signDialogDate(u *ui) *stepEntry {
	var date *stepEntry
	bWalk(u.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) bool {
		if e, ok := o.(*stepEntry); ok && !e.MultiLine {
			date = e
			return true
		}
		return false
	})
	return date
}

// TestComposeReviewStepsKeepThePageInPlace: the editing column starts at
// the same height at every stage of the review, also with a long opinion;
// each step used to add a header line (and 签发 a banner), moving the page
// 40, 80, 160 px down under the pointer (review F26). The record is one
// row, cut with …, and holds every step.
func TestComposeReviewStepsKeepThePageInPlace(t *testing.T) {
	ctx := context.Background()
	u, ar := newComposeTestUI(t)
	s := composeOf(t, u)
	is := bIssueWithItems(t, ar, "甲县推行党员积分制。")
	u.openIssue(is.ID)
	top := func() float32 {
		u.onIssuesChanged() // another desktop's step: the page is built again
		return fyne.CurrentApp().Driver().AbsolutePositionForObject(s.scroll).Y
	}
	want := top()
	opinion := strings.Repeat("同意，请按意见修改第二条的数字后签发。", 6)
	steps := []struct {
		act  editor.IssueAction
		note string
	}{
		{editor.ActionSend, "请审核"}, {editor.ActionReview, opinion}, {editor.ActionSign, ""},
		{editor.ActionReopen, "补一条市外参考"},
	}
	for _, st := range steps {
		if err := ar.StepIssue(ctx, is.ID, st.act, st.note, editor.Date{}); err != nil {
			t.Fatal(err)
		}
		if got := top(); got != want {
			t.Errorf("after %s the editing column starts at y=%v, want %v as on the draft", st.act, got, want)
		}
	}
	if err := ar.StepIssue(ctx, is.ID, editor.ActionSend, "", editor.Date{}); err != nil {
		t.Fatal(err)
	}
	if err := ar.StepIssue(ctx, is.ID, editor.ActionReview, opinion, editor.Date{}); err != nil {
		t.Fatal(err)
	}
	top()
	if header := workflowHeaderText(u); !strings.Contains(header, opinion) {
		t.Errorf("the record lacks the opinion:\n%s", header)
	}
}
