package app

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export/pdf"
)

// The targets typed in 设置 reach 组版: the item over its target says so
// beside its 字数, the header says the issue is over; within them, nothing.
func TestComposeLengthTargets(t *testing.T) {
	u, ar := newComposeTestUI(t)
	s := composeOf(t, u)
	is := bIssueWithItems(t, ar, "甲县建立周例会。", "乙县推行积分制。")
	long := &is.Sections[0].Items[1]
	long.Body = strings.Repeat("全县推行议事制度，", 6)
	if err := ar.UpdateItem(context.Background(), long); err != nil {
		t.Fatal(err)
	}
	u.openIssue(is.ID)
	short, longEd := s.editors[is.Sections[0].Items[0].ID], s.editors[long.ID]
	if strings.Contains(longEd.words.Text, "超过") || s.targets.label.Text != "" {
		t.Fatalf("warnings with no targets set: %q, %q", longEd.words.Text, s.targets.label.Text)
	}
	u.showKey(keySettings)
	test.Type(u.settings.targets.itemWords, "40")
	test.Type(u.settings.targets.issueWords, "60")
	u.settings.savePrefsDb.flush()
	u.showKey(keyCompose)
	if got := longEd.words.Text; !strings.Contains(got, "超过每条40字的目标") || longEd.words.Importance != widget.WarningImportance {
		t.Errorf("the long item shows %q (importance %v), want the target passed", got, longEd.words.Importance)
	}
	if got := short.words.Text; strings.Contains(got, "超过") {
		t.Errorf("the short item shows %q", got)
	}
	if got := s.targets.label.Text; !strings.Contains(got, "超过60字的目标") || !strings.Contains(got, "1条超过") {
		t.Errorf("header line %q, want the issue's 字数 over 60 and one item over", got)
	}
	test.Type(longEd.body, "再补充一句。") // typing on keeps it current
	if got := longEd.words.Text; !strings.Contains(got, "超过") {
		t.Errorf("after typing the item shows %q", got)
	}
}

// A page target counts the pages as the PDF lays them out.
func TestComposePageTarget(t *testing.T) {
	if _, err := pdf.PDFFonts(editor.DefaultPreferences()); err != nil {
		t.Skipf("no Chinese font: %v", err)
	}
	u, ar := newComposeTestUI(t)
	s := composeOf(t, u)
	is := bIssueWithItems(t, ar, "甲县建立周例会。")
	it := &is.Sections[0].Items[0]
	it.Body = strings.Repeat("全县推行议事制度，", 200) // about three pages
	if err := ar.UpdateItem(context.Background(), it); err != nil {
		t.Fatal(err)
	}
	p := editor.DefaultPreferences()
	p.IssuePageTarget = 2
	if err := ar.SavePreferences(context.Background(), p); err != nil {
		t.Fatal(err)
	}
	u.openIssue(is.ID)
	s.reload()
	if got := s.targets.label.Text; !strings.Contains(got, "页，超过2页的目标") {
		t.Errorf("header line %q, want the pages over 2", got)
	}
}
