package app

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"

	"github.com/bulletindesk/bulletindesk/editor"
)

func TestSplitPagesKeepsEveryCharacter(t *testing.T) {
	para := strings.Repeat("推进村级议事规范化建设", 30) + "。" // 331 runes
	cases := []struct {
		name string
		text string
	}{
		{"short", "一段。"},
		{"paragraphs", strings.Repeat(para+"\n\n", 40)},
		{"one long paragraph", strings.Repeat(para, 40)},
		{"no sentence ends", strings.Repeat("字", 10001)},
		{"exactly a page", strings.Repeat("字", pageRunes)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			pages := splitPages(c.text, pageRunes)
			if got := strings.Join(pages, ""); got != c.text {
				t.Fatalf("joined pages differ from the text (%d runes, want %d)", utf8.RuneCountInString(got), utf8.RuneCountInString(c.text))
			}
			for i, p := range pages {
				if n := utf8.RuneCountInString(p); n > pageRunes || n == 0 {
					t.Errorf("page %d has %d runes", i+1, n)
				}
			}
		})
	}
}

// A submission of 200,000 字 (the most the archive takes) opens in 来稿
// a page at a time; typing on its second page saves the whole text with
// the edit in place. Before, the whole text went into one field and the
// screen froze for over a minute (seen under Xvfb).
func TestLongSubmissionOpensAPageAtATime(t *testing.T) {
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
	if n := utf8.RuneCountInString(d.text.Text); n > pageRunes {
		t.Fatalf("the text field holds %d runes, more than a page of %d", n, pageRunes)
	}
	if !d.pager.bar.Visible() || !strings.Contains(d.pager.label.Text, "/") {
		t.Fatalf("no page controls for a text of %d runes", utf8.RuneCountInString(long))
	}
	first := d.text.Text
	bTap(t, u, lang.L("下一页"))
	if d.text.Text == first {
		t.Fatalf("下一页 shows the same page")
	}
	test.Type(d.text, "【补】") // at the start of page two
	u.jobs.flushAll()
	got := allSubmissions(t, ar)[0].Text
	if want := first + "【补】" + long[len(first):]; got != want {
		t.Errorf("after typing on page two the archive holds %d runes (edit at %d), want the text with 【补】 at %d",
			utf8.RuneCountInString(got), strings.Index(got, "【补】"), len(first))
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
