package app

import (
	"bytes"
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/editor"
)

// 导出文本, 导出 Word and 导出 Excel each have a registered writer and
// produce their kind of file under a name that says which issue it is.
func TestComposeExportFormats(t *testing.T) {
	u, ar := newComposeTestUI(t)
	is := bIssueWithItems(t, ar, "丙区建立人才驿站。")
	for _, f := range []string{"txt", "docx", "xlsx"} {
		t.Run(f, func(t *testing.T) {
			name, write, err := issueExport(u, is.ID, f)
			if err != nil || write == nil {
				t.Fatalf("no %s export: %v", f, err)
			}
			var buf bytes.Buffer
			if err := write(&buf); err != nil {
				t.Fatal(err)
			}
			if want := "第" + strconv.Itoa(is.Number) + "期." + f; !strings.HasSuffix(name, want) {
				t.Errorf("file name %q, want …%s", name, want)
			}
			zip := strings.HasPrefix(buf.String(), "PK")
			if f != "txt" && !zip {
				t.Errorf("%s export is not a zip package (%d bytes)", f, buf.Len())
			}
			if f == "txt" && !strings.Contains(buf.String(), "丙区建立人才驿站。") {
				t.Errorf("text export lacks the item:\n%s", buf.String())
			}
		})
	}
}

// A whole item pasted from Word into an empty item's lead fills lead, body
// (paragraphs kept) and attribution; CRLF from a Windows clipboard becomes LF.
func TestComposePasteWholeItem(t *testing.T) {
	u, ar := newComposeTestUI(t)
	ctx := context.Background()
	bSeed(t, ar) // 潜山市委组织部
	s := composeOf(t, u)
	is := bIssueWithItems(t, ar)
	u.openIssue(is.ID)
	bTap(t, u, lang.L("写一条"))
	ie := bNewEditor(t, s)
	clip := u.app.Clipboard()
	clip.SetContent("潜山市建立村级议事清单。全市186个村明确议事范围。\r\n今年以来办结群众事项900余件。（潜山市委组织部）\r\n")
	ie.lead.TypedShortcut(&fyne.ShortcutPaste{Clipboard: clip})
	got, err := ar.Issue(ctx, is.ID)
	if err != nil {
		t.Fatal(err)
	}
	it := got.Sections[0].Items[0]
	want := editor.Item{Lead: "潜山市建立村级议事清单。", Body: "全市186个村明确议事范围。\n今年以来办结群众事项900余件。", Attribution: "潜山市委组织部"}
	if it.Lead != want.Lead || it.Body != want.Body || it.Attribution != want.Attribution {
		t.Errorf("pasted item saved as lead %q body %q attribution %q, want %q %q %q",
			it.Lead, it.Body, it.Attribution, want.Lead, want.Body, want.Attribution)
	}
	if len(it.UnitIDs) != 1 {
		t.Errorf("pasted item credits %v, want the unit its attribution names", it.UnitIDs)
	}
}

// 来稿's 采用到当前期 puts the submission into a chosen section of the issue
// open in 组版.
func TestComposeAdoptToCurrentIssue(t *testing.T) {
	u, ar := newComposeTestUI(t)
	ctx := context.Background()
	_, sub := bSeed(t, ar)
	is := bIssueWithItems(t, ar)
	u.openIssue(is.ID)
	u.showKey(keySubmissions)
	u.adoptToCurrentIssue(sub.ID)
	bTap(t, u, lang.L("确定采用"))
	bTap(t, u, lang.L("去组版"))
	if u.currentKey() != keyCompose {
		t.Errorf("去组版 left the window on %s", u.currentKey())
	}
	got, err := ar.Issue(ctx, is.ID)
	if err != nil {
		t.Fatal(err)
	}
	if n := composeItemCount(&got); n != 1 || got.Sections[0].Items[0].Submissions[0] != sub.ID {
		t.Fatalf("issue has %d items after 采用到当前期, want the adopted submission", n)
	}
	if s, _ := ar.Submission(ctx, sub.ID); s.Status != editor.SubmissionAdopted {
		t.Errorf("submission status %q, want adopted", s.Status)
	}
}

// 印数 and the 报/送/发 lines are saved as typed; a cleared line goes.
func TestComposeDistributionAndCopies(t *testing.T) {
	u, ar := newComposeTestUI(t)
	ctx := context.Background()
	s := composeOf(t, u)
	is := bIssueWithItems(t, ar)
	if len(is.Distribution) == 0 {
		t.Skip("the bulletin has no default distribution lines")
	}
	u.openIssue(is.ID)
	s.header.copies.SetText("")
	test.Type(s.header.copies, "300")
	s.header.distTexts[0].SetText("")
	got, err := ar.Issue(ctx, is.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.CopyCount != 300 {
		t.Errorf("印数 %d, want 300", got.CopyCount)
	}
	if len(got.Distribution) != len(is.Distribution)-1 {
		t.Errorf("distribution %v after clearing the first line of %v", got.Distribution, is.Distribution)
	}
}

// A clashing number keeps only itself out of the archive: the 报/送/发 line
// typed while the message shows is saved, and survives opening another issue.
func TestComposeDuplicateNumberSavesTheRest(t *testing.T) {
	u, ar := newComposeTestUI(t)
	ctx := context.Background()
	s := composeOf(t, u)
	first := bIssueWithItems(t, ar)
	second, err := ar.NewIssue(ctx, first.BulletinID, first.Date)
	if err != nil {
		t.Fatal(err)
	}
	if len(second.Distribution) == 0 {
		t.Skip("the bulletin has no default distribution lines")
	}
	u.openIssue(second.ID)
	s.header.number.SetText("")
	test.Type(s.header.number, strconv.Itoa(first.Number))
	test.Type(s.header.distTexts[0], "市纪委")
	if !s.header.msg.Visible() {
		t.Errorf("the clash is no longer explained after typing elsewhere")
	}
	u.openIssue(first.ID)
	got, err := ar.Issue(ctx, second.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Number != second.Number {
		t.Errorf("duplicate number saved: %d", got.Number)
	}
	if len(got.Distribution) == 0 || !strings.Contains(got.Distribution[0].Text, "市纪委") {
		t.Errorf("distribution %v: the line typed while the number clashed was not saved", got.Distribution)
	}
}

// A 批示 saved without the leader is explained, and the form comes back
// with the text typed, so a long instruction need not be typed again.
func TestComposeIncompleteInstructionKeepsText(t *testing.T) {
	u, ar := newComposeTestUI(t)
	ctx := context.Background()
	is := bIssueWithItems(t, ar, "青山县推行干部实绩档案。")
	u.openIssue(is.ID)
	bTap(t, u, lang.L("上级采用/批示"))
	bTap(t, u, lang.L("记录批示"))
	var entries []*widget.Entry
	bWalk(u.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) bool {
		if e, ok := o.(*widget.Entry); ok {
			entries = append(entries, e)
		}
		return false
	})
	if len(entries) < 3 {
		t.Fatalf("instruction form has %d entries, want leader, date and text", len(entries))
	}
	const text = "此做法很好，请组织部总结推广。"
	test.Type(entries[2], text)
	bTap(t, u, lang.L("保存"))
	if ins, _ := ar.Instructions(ctx, 0, is.Sections[0].Items[0].ID); len(ins) != 0 {
		t.Fatalf("an instruction without its leader was saved: %+v", ins)
	}
	kept := false
	for _, o := range u.win.Canvas().Overlays().List() {
		bWalk(o, func(o fyne.CanvasObject) bool {
			if e, ok := o.(*widget.Entry); ok && e.Text == text {
				kept = true
			}
			return kept
		})
	}
	if !kept {
		t.Errorf("the typed 批示 is gone after the incomplete save")
	}
}

// Another issue opened while the cursor is in an item (新建一期: a button
// click on the desktop leaves the cursor where it was) takes the cursor out
// of that item: keys typed next do not go, unseen, into the other issue.
func TestComposeOpeningAnotherIssueLeavesTheItem(t *testing.T) {
	u, ar := newComposeTestUI(t)
	ctx := context.Background()
	s := composeOf(t, u)
	first := bIssueWithItems(t, ar, "甲县开展党员积分管理。")
	second, err := ar.NewIssue(ctx, first.BulletinID, first.Date)
	if err != nil {
		t.Fatal(err)
	}
	u.openIssue(first.ID)
	u.win.Canvas().Focus(s.editors[first.Sections[0].Items[0].ID].lead)
	s.open(second.ID)
	if f := u.win.Canvas().Focused(); f != nil {
		f.TypedRune('错')
	}
	got, err := ar.Issue(ctx, first.ID)
	if err != nil {
		t.Fatal(err)
	}
	if lead := got.Sections[0].Items[0].Lead; lead != "甲县开展党员积分管理。" {
		t.Errorf("keys typed after opening issue %d went into issue %d: %q", second.ID, first.ID, lead)
	}
}

// When a save fails because the item was deleted elsewhere, the page is read
// again: an edit still waiting in another item is written before that read,
// so the page shows it and later typing does not write over it.
func TestComposeRefreshAfterFailedSaveKeepsPendingEdit(t *testing.T) {
	u, ar := newComposeTestUI(t)
	ctx := context.Background()
	s := composeOf(t, u)
	is := bIssueWithItems(t, ar, "甲县开展党员积分管理。", "乙县推行干部夜学。")
	u.openIssue(is.ID)
	a, b := is.Sections[0].Items[0].ID, is.Sections[0].Items[1].ID
	// saves wait for the pause in typing, as in the app, on a clock that
	// stands still (not syncWork = false: the page's relayout would then run
	// on a goroutine of its own, as fyne.Do runs at once under the test driver)
	u.clock = &fakeClock{now: time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)}
	defer u.jobs.flushAll()
	test.Type(s.editors[b].body, "新增一句。")
	if _, err := ar.DeleteItem(ctx, a); err != nil { // elsewhere: the command line, another window
		t.Fatal(err)
	}
	s.editors[a].save.poke()
	s.editors[a].save.flush()
	u.clock = nil
	if ie := s.editors[b]; ie == nil || !strings.Contains(ie.body.Text(), "新增一句。") {
		t.Errorf("the page lost the edit waiting in the other item")
	}
	got, _ := ar.Issue(ctx, is.ID)
	if len(got.Sections[0].Items) != 1 || !strings.Contains(got.Sections[0].Items[0].Body, "新增一句。") {
		t.Errorf("archive: %+v", got.Sections[0].Items)
	}
}

// Ctrl+Shift+N, Enter makes today's issue: the cursor is in the dialog's
// date and Enter there presses 创建. Enter in a section's name renames it.
func TestEnterConfirmsTheNewIssueAndSectionDialogs(t *testing.T) {
	u, _ := newComposeTestUI(t)
	s := composeOf(t, u)
	u.callHook(keyCompose, u.onNewIssue)
	f, ok := u.win.Canvas().Focused().(*widget.Entry)
	if !ok {
		t.Fatalf("the 新建一期 dialog leaves the cursor in %T, want its date", u.win.Canvas().Focused())
	}
	f.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if s.issue == nil {
		t.Fatal("Enter in the 新建一期 dialog created no issue")
	}
	sec := s.issue.Sections[0]
	s.renameSection(sec.ID, sec.Name)
	e, ok := u.win.Canvas().Focused().(*widget.Entry)
	if !ok {
		t.Fatalf("the rename dialog leaves the cursor in %T", u.win.Canvas().Focused())
	}
	e.SetText("本市动态")
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if got := s.issue.Sections[0].Name; got != "本市动态" {
		t.Errorf("after Enter the section is named %q, want 本市动态", got)
	}
}

// Tab in an item's body goes on to 署名 instead of typing a tab into the
// bulletin (the desktop driver asks the focused field whether it takes Tab);
// so does Tab in a submission's text.
func TestTabLeavesTheMultiLineFields(t *testing.T) {
	u, ar, _, ie := bWrittenItem(t)
	bSeed(t, ar)
	u.showKey(keySubmissions)
	u.subs.reload()
	u.subs.selectSubmission(allSubmissions(t, ar)[0].ID)
	for name, f := range map[string]fyne.Tabbable{"item body": ie.body, "submission text": u.subs.detail.text} {
		if f.AcceptsTab() {
			t.Errorf("Tab in the %s types a tab character instead of moving to the next field", name)
		}
	}
}

// 签发 is confirmed with Enter in its date and cancelled with Escape.
func TestConfirmationKeys(t *testing.T) {
	u, ar := newComposeTestUI(t)
	s := composeOf(t, u)
	u.showKey(keyCompose)
	bTap(t, u, lang.L("新建一期"))
	bTap(t, u, lang.L("创建"))
	for _, act := range []editor.IssueAction{editor.ActionSend, editor.ActionReview} {
		if err := ar.StepIssue(context.Background(), s.issue.ID, act, "", editor.Date{}); err != nil {
			t.Fatal(err)
		}
	}
	s.refresh()
	key := func(name fyne.KeyName) {
		t.Helper()
		f := u.win.Canvas().Focused()
		if f == nil {
			t.Fatalf("%s reaches nothing while the 签发 dialog is shown", name)
		}
		f.TypedKey(&fyne.KeyEvent{Name: name})
	}
	bTap(t, u, lang.L("签发"))
	key(fyne.KeyEscape)
	if is, _ := ar.Issue(context.Background(), s.issue.ID); is.Status != editor.IssueReviewed {
		t.Fatalf("Escape signed the issue")
	}
	if u.win.Canvas().Overlays().Top() != nil {
		t.Fatal("Escape left the 签发 dialog open")
	}
	bTap(t, u, lang.L("签发"))
	key(fyne.KeyReturn)
	if is, _ := ar.Issue(context.Background(), s.issue.ID); is.Status != editor.IssueSigned {
		t.Errorf("Enter in the 签发 dialog left the issue %q", is.Status)
	}
}
