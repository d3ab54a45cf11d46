package app

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"github.com/bulletindesk/bulletindesk/editor"
)

// A submission of 200,000 字 (the most the archive takes) opens in 来稿
// whole, and typing at its end (Ctrl+End) saves the whole text with the
// edit in place. With Fyne's Entry the whole text in one field froze the
// screen for over a minute (seen under Xvfb), and it was shown a page of
// 3,000 字 at a time.
func TestLongSubmissionOpensWhole(t *testing.T) {
	u, ar := newDeskTestUI(t)
	var b strings.Builder
	for i, n := 0, 0; n < 200000-420; i++ {
		p := fmt.Sprintf("第%d段：%s。\n\n", i+1, strings.Repeat("推进村级议事规范化建设", 36))
		b.WriteString(p)
		n += utf8.RuneCountInString(p)
	}
	long := b.String()
	addTestSubmissions(t, ar, &editor.Submission{Title: "长稿", Text: long})
	u.subs.reload()
	u.subs.selectSubmission(allSubmissions(t, ar)[0].ID)
	d := u.subs.detail
	if got := d.text.Text(); got != long {
		t.Fatalf("the text field holds %d runes, want the %d of the text", utf8.RuneCountInString(got), utf8.RuneCountInString(long))
	}
	test.Tap(d.text)
	d.text.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyEnd, Modifier: fyne.KeyModifierShortcutDefault})
	test.Type(d.text, "【补】")
	u.jobs.flushAll()
	if got, want := allSubmissions(t, ar)[0].Text, long+"【补】"; got != want {
		t.Errorf("after typing at the end the archive holds %d runes (edit at %d), want the text ending in 【补】",
			utf8.RuneCountInString(got), strings.Index(got, "【补】"))
	}
}

// An item of 150,000 字 opens in 组版 whole in its body, with the preview
// cut, and typing at its end (Ctrl+End) saves the whole body with the edit
// in place. With Fyne's Entry opening the issue did not finish in five
// minutes, and the body was shown a page at a time.
func TestLongItemOpensWhole(t *testing.T) {
	u, ar := newComposeTestUI(t)
	ctx := context.Background()
	s := composeOf(t, u)
	is := bIssueWithItems(t, ar, "甲县开展党员积分管理。")
	var b strings.Builder
	for i, n := 0, 0; n < 150000; i++ {
		p := fmt.Sprintf("第%d段：%s。\n", i+1, strings.Repeat("推进村级议事规范化建设", 30))
		b.WriteString(p)
		n += utf8.RuneCountInString(p)
	}
	long := b.String()
	it := is.Sections[0].Items[0]
	it.Body = long
	if err := ar.UpdateItem(ctx, &it); err != nil {
		t.Fatal(err)
	}
	u.openIssue(is.ID)
	ie := s.editors[it.ID]
	if got := ie.body.Text(); got != long {
		t.Fatalf("the body field holds %d runes, want the %d of the body", utf8.RuneCountInString(got), utf8.RuneCountInString(long))
	}
	if n := utf8.RuneCountInString(s.preview.text); n > previewRunes+100 {
		t.Errorf("the preview holds %d runes", n)
	}
	test.Tap(ie.body)
	ie.body.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyEnd, Modifier: fyne.KeyModifierShortcutDefault})
	test.Type(ie.body, "【补】")
	s.flush()
	got, _ := ar.Issue(ctx, is.ID)
	if want := long + "【补】"; got.Sections[0].Items[0].Body != want {
		t.Errorf("after typing at the end the body has %d runes, want %d ending in 【补】",
			utf8.RuneCountInString(got.Sections[0].Items[0].Body), utf8.RuneCountInString(want))
	}
}
