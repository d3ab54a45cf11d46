package app

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/editor"
)

// issuesSelect selects the row of the issue with that id in the 档案 list.
func issuesSelect(t *testing.T, s *issuesScreen, id int64) {
	t.Helper()
	for i, r := range s.rows {
		if r.ID == id {
			s.list.Select(i)
			return
		}
	}
	t.Fatalf("issue %d not in the list (%d rows)", id, len(s.rows))
}

// 档案 lists the latest year first, switches years, duplicates an issue
// into 组版 and deletes drafts only.
func TestIssuesByYearDuplicateDelete(t *testing.T) {
	u, ar := newComposeTestUI(t)
	ctx := context.Background()
	old := bIssueWithItems(t, ar, "去年的一条信息。")
	bs, _ := ar.Bulletins(ctx)
	older, err := ar.NewIssue(ctx, bs[0].ID, bDate(2025, 3, 10))
	if err != nil {
		t.Fatal(err)
	}
	if err := ar.SetIssueStatus(ctx, older.ID, editor.IssueSigned); err != nil {
		t.Fatal(err)
	}
	s := issuesOf(t, u)
	u.showKey(keyIssues)
	if len(s.rows) != 1 || s.rows[0].ID != old.ID {
		t.Fatalf("latest year lists %+v, want only the 2026 issue", s.rows)
	}
	s.yearSel.SetSelected(lang.L("{{.Y}}年", map[string]any{"Y": 2025}))
	if len(s.rows) != 1 || s.rows[0].ID != older.ID {
		t.Fatalf("2025 lists %+v, want the 2025 issue", s.rows)
	}
	issuesSelect(t, s, older.ID)
	if !s.del.Disabled() {
		t.Error("删除草稿 enabled for a signed issue")
	}

	s.yearSel.SetSelected(lang.L("{{.Y}}年", map[string]any{"Y": 2026}))
	issuesSelect(t, s, old.ID)
	bTap(t, u, lang.L("复制为新一期"))
	c := composeOf(t, u)
	if u.currentKey() != keyCompose || c.issue == nil || c.issue.ID == old.ID {
		t.Fatalf("duplicate did not open a new issue in 组版 (screen %s)", u.currentKey())
	}
	if n := composeItemCount(c.issue); n != 1 {
		t.Errorf("duplicate has %d items, want 1", n)
	}

	u.showKey(keyIssues)
	issuesSelect(t, s, old.ID)
	bTap(t, u, lang.L("删除草稿"))
	bTap(t, u, lang.L("删除"))
	if _, err := ar.Issue(ctx, old.ID); err == nil {
		t.Error("draft still in the archive after 删除草稿")
	}
}

const issuesSampleText = `组工信息
第3期（总第120期）
中共江州市委组织部编            2025年3月10日

市内信息
△青山县推行村干部“坐班+走访”工作法。青山县要求村干部每周坐班三天、走访两天，今年以来收集群众意见400余条。（青山县委组织部）

报：市委组织部领导。
`

// Importing a text file stores the issue; a bad file is named in the error.
func TestIssuesImportText(t *testing.T) {
	_, ar := newComposeTestUI(t)
	ctx := context.Background()
	is, err := importIssueText(ctx, ar, "第3期.txt", strings.NewReader(issuesSampleText))
	if err != nil {
		t.Fatalf("import: %v", err)
	}
	got, err := ar.Issue(ctx, is.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Number != 3 || got.TotalNumber != 120 || composeItemCount(&got) != 1 {
		t.Errorf("imported 第%d期（总第%d期） with %d items, want 第3期（总第120期） with 1",
			got.Number, got.TotalNumber, composeItemCount(&got))
	}
	bad := []struct{ name, text string }{
		{"空文件.txt", ""},
		{"重复.txt", issuesSampleText},
		{"图片.txt", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"},
	}
	for _, b := range bad {
		t.Run(b.name, func(t *testing.T) {
			_, err := importIssueText(ctx, ar, b.name, strings.NewReader(b.text))
			if err == nil || !strings.Contains(err.Error(), b.name) {
				t.Errorf("error %v, want one naming %s", err, b.name)
			}
		})
	}
	if rows, _ := ar.Issues(ctx, editor.IssueFilter{}); len(rows) != 1 {
		t.Errorf("%d issues after the bad files, want only the good one", len(rows))
	}
}

// With a second bulletin (增刊) 档案 offers to list one bulletin's issues.
func TestIssuesBulletinFilter(t *testing.T) {
	u, ar := newComposeTestUI(t)
	ctx := context.Background()
	main := bIssueWithItems(t, ar)
	extra := editor.Bulletin{Name: "组工信息增刊", EditingUnit: "中共江州市委组织部", Sections: []string{"专题"}}
	if err := ar.SaveBulletin(ctx, &extra); err != nil {
		t.Fatal(err)
	}
	special, err := ar.NewIssue(ctx, extra.ID, main.Date)
	if err != nil {
		t.Fatal(err)
	}
	s := issuesOf(t, u)
	u.showKey(keyIssues)
	if s.bulSel.Hidden || len(s.rows) != 2 {
		t.Fatalf("bulletin choice hidden %v, %d rows; want it shown and both issues", s.bulSel.Hidden, len(s.rows))
	}
	s.bulSel.SetSelected("组工信息增刊")
	if len(s.rows) != 1 || s.rows[0].ID != special.ID {
		t.Errorf("增刊 lists %+v, want only its issue", s.rows)
	}
}

// 阅读 shows the issue exactly as the text export writes it.
func TestIssuesRead(t *testing.T) {
	u, ar := newComposeTestUI(t)
	ctx := context.Background()
	is := bIssueWithItems(t, ar, "丁县推行党员先锋岗。")
	s := issuesOf(t, u)
	u.showKey(keyIssues)
	issuesSelect(t, s, is.ID)
	bTap(t, u, lang.L("阅读"))
	prefs, _ := ar.Preferences(ctx)
	want, err := composeRender(&is, prefs)
	if err != nil {
		t.Fatal(err)
	}
	var found bool
	bWalk(u.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) bool {
		l, ok := o.(*cjkText) // wrapped by the Chinese rules; Source is the text as given
		found = ok && l.Source == want
		return found
	})
	if !found {
		t.Errorf("阅读 does not show the exported text:\n%s", want)
	}
}

// 阅读 a whole issue opens at once: the text is wrapped at the dialog's
// width, not first at the narrow width the dialog starts at (an issue of
// 6,000 字 froze the window for minutes). The test counts the lines the
// label was ever given, not the time it took: a timing threshold fails on a
// loaded machine (speed is measured in make bench).
func TestReadingALongIssueIsQuick(t *testing.T) {
	u, ar := newComposeTestUI(t)
	ctx := context.Background()
	is := bIssueWithItems(t, ar, "某县推行村级议事清单。")
	it := is.Sections[0].Items[0]
	it.Body = strings.Repeat("全县186个村逐项明确议事范围、程序和时限，今年以来累计办结群众关心的事项900余件。\n", 300)
	if err := ar.UpdateItem(ctx, &it); err != nil {
		t.Fatal(err)
	}
	s := issuesOf(t, u)
	u.showKey(keyIssues)
	issuesSelect(t, s, is.ID)
	bTap(t, u, lang.L("阅读"))
	top, ok := u.win.Canvas().Overlays().Top().(*widget.PopUp)
	if !ok {
		t.Fatal("阅读 showed no dialog")
	}
	var l *cjkText
	bWalk(top, func(o fyne.CanvasObject) bool {
		l, _ = o.(*cjkText)
		return l != nil
	})
	if l == nil {
		t.Fatal("阅读 shows no issue text")
	}
	lines := strings.Count(l.Text, "\n") + 1
	if lines < 300 || l.peakLines > lines+lines/10 {
		t.Errorf("阅读 shows %d lines but the label held %d at one time; want it wrapped once, at the dialog's width", lines, l.peakLines)
	}
}
