package app

import (
	"context"
	"sort"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/editor"
)

// liveTestOtherDesktop opens the window's archive a second time, as another
// desktop (or the command line) would, and the changes the window's own
// Watch hears from it.
func liveTestOtherDesktop(t *testing.T, u *ui) (*editor.Archive, <-chan editor.Change) {
	t.Helper()
	other, err := editor.Open(context.Background(), u.ar.Path())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { other.Close() })
	ctx, cancel := context.WithCancel(context.Background())
	ch := make(chan editor.Change, 100)
	done := make(chan struct{})
	go func() { defer close(done); u.ar.Watch(ctx, func(c editor.Change) { ch <- c }) }()
	t.Cleanup(func() { cancel(); <-done })
	return other, ch
}

// liveTestDeliver hands the window the next change it hears, as fyne.Do
// does in the app; it fails when none comes in 30 s (the path is broken).
func liveTestDeliver(t *testing.T, u *ui, ch <-chan editor.Change, kind string) {
	t.Helper()
	deadline := time.After(30 * time.Second)
	for {
		select {
		case c := <-ch:
			u.live().onChange(c)
			if c.Kind == kind {
				return
			}
		case <-deadline:
			t.Fatalf("no %s change reached the window", kind)
		}
	}
}

// liveTestMarkUntilHeard has the other desktop say it types in item id
// until the window hears of it: Watch hears only what commits after it
// began, and it begins on its own goroutine.
func liveTestMarkUntilHeard(t *testing.T, u *ui, other *editor.Archive, ch <-chan editor.Change, id, issueID int64) {
	t.Helper()
	for i := 0; i < 30; i++ {
		if err := other.MarkEditing(context.Background(), "item", id, issueID); err != nil {
			t.Fatal(err)
		}
		select {
		case c := <-ch:
			u.live().onChange(c)
			return
		case <-time.After(time.Second):
		}
	}
	t.Fatal("the window never heard the other desktop")
}

// A save on another desktop appears in the 组版 screen showing that issue,
// without a restart; an item the other editor is typing in says who.
func TestAnotherDesktopsChangesAppearLive(t *testing.T) {
	ctx := context.Background()
	u, ar := newComposeTestUI(t)
	s := composeOf(t, u)
	is := bIssueWithItems(t, ar, "甲县开展党员积分管理。", "乙县推行干部夜学。")
	u.openIssue(is.ID)
	other, changes := liveTestOtherDesktop(t, u)
	theirs := is.Sections[0].Items[1]
	liveTestMarkUntilHeard(t, u, other, changes, theirs.ID, is.ID)
	label := u.live().label(theirs.ID)
	if want := other.UserName() + "正在编辑"; !label.Visible() || label.Text != want {
		t.Errorf("the item the other desktop types in shows %q (visible %v), want %q", label.Text, label.Visible(), want)
	}
	if mine := u.live().label(is.Sections[0].Items[0].ID); mine.Visible() {
		t.Errorf("an item nobody types in shows %q", mine.Text)
	}

	theirs.Body = "另一台电脑上改写的正文。"
	if err := other.UpdateItem(ctx, &theirs); err != nil {
		t.Fatal(err)
	}
	liveTestDeliver(t, u, changes, "item")
	ie := s.editors[theirs.ID]
	if ie == nil || ie.body.Text() != "另一台电脑上改写的正文。" {
		got := ""
		if ie != nil {
			got = ie.body.Text()
		}
		t.Errorf("组版 shows the body %q, want the other desktop's", got)
	}
	if err := other.StopEditing(ctx); err != nil {
		t.Fatal(err)
	}
	liveTestDeliver(t, u, changes, "presence")
	if label := u.live().label(theirs.ID); label.Visible() {
		t.Errorf("after the other editor stopped, the item still shows %q", label.Text)
	}
}

// Typing in an item tells the other desktops; loading one does not.
func TestTypingMarksTheItemForOthers(t *testing.T) {
	ctx := context.Background()
	u, ar := newComposeTestUI(t)
	s := composeOf(t, u)
	is := bIssueWithItems(t, ar, "甲县开展党员积分管理。")
	u.openIssue(is.ID)
	other, _ := liveTestOtherDesktop(t, u)
	if who, _ := other.EditingIn(ctx, is.ID); len(who) != 0 {
		t.Fatalf("opening the issue marked %+v as typing", who)
	}
	ie := s.editors[is.Sections[0].Items[0].ID]
	ie.focusBody()
	test.Type(ie.body, "新写的一句。")
	who, err := other.EditingIn(ctx, is.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(who) != 1 || who[0].RowID != ie.item.ID || who[0].Author != u.ar.UserName() {
		t.Errorf("the other desktop sees %+v, want %s typing in item %d", who, u.ar.UserName(), ie.item.ID)
	}
}

// 历史 compares the text an adopted item began with and what was typed
// since (additions marked), and 恢复较早的版本 brings the first back, on
// screen and in the archive.
func TestItemHistoryComparesAndRestores(t *testing.T) {
	ctx := context.Background()
	u, ar := newComposeTestUI(t)
	s := composeOf(t, u)
	_, sub := bSeed(t, ar)
	is := bIssueWithItems(t, ar)
	it, err := ar.AdoptSubmission(ctx, sub.ID, is.Sections[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	original := it.Body
	u.openIssue(is.ID)
	ie := s.editors[it.ID]
	ie.focusBody()
	test.Type(ie.body, "补记一句。")
	test.Tap(liveTestButtonIn(t, u, lang.L("历史"), ie))
	diff := liveTestDiff(t, u)
	if !strings.Contains(diff, "{+补记一句。+}") {
		t.Errorf("the comparison reads %q, want the typed sentence marked as added", diff)
	}
	bTap(t, u, lang.L("恢复较早的版本"))
	stored, _ := ar.Item(ctx, it.ID)
	if stored.Body != original {
		t.Errorf("the archive holds %q after 恢复, want %q", stored.Body, original)
	}
	if got := s.editors[it.ID].body.Text(); got != original {
		t.Errorf("组版 shows %q after 恢复, want %q", got, original)
	}
	if revs, _ := ar.Revisions(ctx, "item", it.ID); len(revs) != 3 {
		t.Errorf("%d revisions after a restore, want 3 (the first, the typing, the restore)", len(revs))
	}
}

// liveTestButtonIn is the button labelled text in the first item's
// credits row: there is one 历史 per item and one for the header.
func liveTestButtonIn(t *testing.T, u *ui, text string, ie *itemEditor) *widget.Button {
	t.Helper()
	var found *widget.Button
	bWalk(u.win.Canvas().Content(), func(o fyne.CanvasObject) bool {
		c, ok := o.(*fyne.Container)
		if !ok || !containsObject(c, ie.unitsBtn) {
			return false
		}
		for _, x := range c.Objects {
			if b, ok := x.(*widget.Button); ok && b.Text == text {
				found = b
			}
		}
		return found != nil
	})
	if found == nil {
		t.Fatalf("no %q button beside the item's 计分单位", text)
	}
	return found
}

func containsObject(c *fyne.Container, o fyne.CanvasObject) bool {
	for _, x := range c.Objects {
		if x == o {
			return true
		}
	}
	return false
}

// liveTestDiff reads the comparison in the open 历史 window as text with
// {+added+} and [-deleted-].
func liveTestDiff(t *testing.T, u *ui) string {
	t.Helper()
	top := u.win.Canvas().Overlays().Top()
	var out string
	bWalk(top, func(o fyne.CanvasObject) bool {
		rt, ok := o.(*widget.RichText)
		if !ok || len(rt.Segments) < 2 {
			return false
		}
		var b strings.Builder
		for _, seg := range rt.Segments {
			ts := seg.(*widget.TextSegment)
			switch {
			case ts.Style.TextStyle.Bold && ts.Style.ColorName != "":
				b.WriteString("{+" + ts.Text + "+}")
			case ts.Style.TextStyle.Italic && ts.Style.ColorName != "":
				b.WriteString("[-" + ts.Text + "-]")
			default:
				b.WriteString(ts.Text)
			}
		}
		if s := b.String(); !strings.HasPrefix(s, lang.L("比较两个版本：")) {
			out = s
			return true
		}
		return false
	})
	if out == "" {
		t.Fatal("no comparison on screen")
	}
	return out
}

// A submission's 历史 shows what was typed into its text since it arrived,
// and 恢复较早的版本 brings the text it arrived with back.
func TestSubmissionHistoryRestores(t *testing.T) {
	ctx := context.Background()
	u, ar := newDeskTestUI(t)
	sub := &editor.Submission{Title: "青山县推行茶园联建", Text: "该县建成8个联合党委。", Received: bDate(2026, 11, 20)}
	addTestSubmissions(t, ar, sub)
	u.subs.reload()
	u.subs.selectSubmission(sub.ID)
	d := u.subs.detail
	u.win.Canvas().Focus(d.text)
	test.Type(d.text, "另补一句。")
	d.flush()
	bTap(t, u, lang.L("历史"))
	if diff := liveTestDiff(t, u); !strings.Contains(diff, "{+另补一句。+}") {
		t.Errorf("the comparison reads %q, want the typed sentence marked as added", diff)
	}
	bTap(t, u, lang.L("恢复较早的版本"))
	stored, err := ar.Submission(ctx, sub.ID)
	if err != nil {
		t.Fatal(err)
	}
	if stored.Text != "该县建成8个联合党委。" {
		t.Errorf("the archive holds %q after 恢复, want the text it arrived with", stored.Text)
	}
	if got := d.text.Text(); got != stored.Text {
		t.Errorf("the detail shows %q after 恢复, want %q", got, stored.Text)
	}
}

// A 管理员 changing someone's roles on another desktop (a change of kind
// "roles") reaches the window without a restart: 组版 shows the steps the
// new roles allow, and 计分办法, greyed with who may change it for a
// non-管理员, becomes editable. (On a file the one user holds every role,
// so reading the roles again gives them all.)
func TestRoleChangesFollowLive(t *testing.T) {
	u, ar := newComposeTestUI(t)
	noRole := editor.User{Login: "liwei", Me: true}
	is := bIssueWithItems(t, ar, "甲县推行党员积分制。")
	u.me = noRole
	u.openIssue(is.ID)
	if got := workflowButtonsShown(u); len(got) != 0 {
		t.Fatalf("without a role 组版 shows %v", got)
	}
	u.live().onChange(editor.Change{Kind: "roles", Author: "wangjun"})
	if got := strings.Join(workflowButtonsShown(u), " "); got != "送审" {
		t.Errorf("after the roles changed 组版 shows %q, want 送审", got)
	}

	u.me = noRole
	s := statsOf(t, u)
	u.showKey(keyStats)
	bTap(t, u, lang.L("计分办法"))
	r := s.rules
	greyed := func() []string {
		var out []string
		for name, d := range map[string]fyne.Disableable{"短条得分": r.fields["short"], "平分": r.split, "新版本": r.versionBts[0],
			"县区每月任务": r.quotaFields[editor.Quota{Group: "县区", Period: editor.PeriodMonth}]} {
			if d.Disabled() {
				out = append(out, name)
			}
		}
		sort.Strings(out)
		return out
	}
	if got := greyed(); len(got) != 4 {
		t.Errorf("for a non-管理员 greyed %v, want all four", got)
	}
	if !r.role.Visible() || !strings.Contains(r.role.Text, lang.L("只有管理员")) || !strings.Contains(r.role.Text, editor.OSUser()) {
		t.Errorf("for a non-管理员 计分办法 says %q (visible %v), want who may change it", r.role.Text, r.role.Visible())
	}
	u.live().onChange(editor.Change{Kind: "roles", Author: "wangjun"})
	if got := greyed(); len(got) != 0 || r.role.Visible() {
		t.Errorf("once 管理员, greyed %v and the note shown %v; want the form editable", got, r.role.Visible())
	}
}

// Someone typing in the issue header on another desktop shows on the
// header (not on an item), and typing in the header here tells the others.
func TestHeaderShowsWhoIsEditingIt(t *testing.T) {
	ctx := context.Background()
	u, ar := newComposeTestUI(t)
	s := composeOf(t, u)
	is := bIssueWithItems(t, ar, "甲县开展党员积分管理。")
	u.openIssue(is.ID)
	other, changes := liveTestOtherDesktop(t, u)
	for heard := false; !heard; { // Watch hears only what commits after it began
		if err := other.MarkEditing(ctx, "issue", is.ID, is.ID); err != nil {
			t.Fatal(err)
		}
		select {
		case c := <-changes:
			u.live().onChange(c)
			heard = true
		case <-time.After(time.Second):
		}
	}
	header := u.live().headerLabel()
	if want := other.UserName() + "正在编辑本期的期号、日期或报送范围"; !header.Visible() || header.Text != want {
		t.Errorf("the header shows %q (visible %v), want %q", header.Text, header.Visible(), want)
	}
	if item := u.live().label(is.Sections[0].Items[0].ID); item.Visible() {
		t.Errorf("the item shows %q while the other desktop types in the header", item.Text)
	}
	another := bIssueWithItems(t, ar, "乙县推行干部夜学。")
	u.openIssue(another.ID)
	if h := u.live().headerLabel(); h.Visible() {
		t.Errorf("another issue's header shows %q", h.Text)
	}
	u.openIssue(is.ID)
	u.live().showPresence()
	if err := other.StopEditing(ctx); err != nil {
		t.Fatal(err)
	}
	liveTestDeliver(t, u, changes, "presence")
	if header.Visible() {
		t.Errorf("after the other editor stopped, the header still shows %q", header.Text)
	}

	u.win.Canvas().Focus(s.header.copies)
	test.Type(s.header.copies, "0")
	who, err := other.EditingIn(ctx, is.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(who) != 1 || who[0].Kind != "issue" || who[0].RowID != is.ID || who[0].Author != u.ar.UserName() {
		t.Errorf("the other desktop sees %+v, want %s typing in the header of issue %d", who, u.ar.UserName(), is.ID)
	}
}
