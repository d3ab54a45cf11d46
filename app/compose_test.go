package app

import (
	"bytes"
	"context"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export/intake"
)

// The editor's day in 组版: a submission adopted into a new issue, an item
// written directly, the order changed, the issue signed and exported.
func TestComposeWorkflow(t *testing.T) {
	u, ar := newComposeTestUI(t)
	ctx := context.Background()
	unit, sub := bSeed(t, ar)
	s := composeOf(t, u)
	u.showKey(keyCompose)

	bTap(t, u, lang.L("新建一期"))
	bTap(t, u, lang.L("创建"))
	if s.issue == nil || len(s.issue.Sections) == 0 {
		t.Fatalf("新建一期 made no issue with sections: %+v", s.issue)
	}
	issueID := s.issue.ID
	first := s.issue.Sections[0].ID

	s.showAdoptPicker(first)
	if len(s.picker.rows) != 1 {
		t.Fatalf("picker lists %d submissions, want the one pending", len(s.picker.rows))
	}
	s.picker.list.Select(0)
	bTap(t, u, lang.L("采用到栏目"))
	bTap(t, u, lang.L("关闭"))

	bTap(t, u, lang.L("写一条"))
	written := bNewEditor(t, s)
	test.Type(written.lead, "外地经验：某市建立年轻干部成长档案。")
	test.Type(written.body, "档案记录培养、使用和考核情况，每半年更新一次。")
	written.lead.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyUp, Modifier: fyne.KeyModifierAlt})

	is, err := ar.Issue(ctx, issueID)
	if err != nil {
		t.Fatal(err)
	}
	items := is.Sections[0].Items
	if len(items) != 2 {
		t.Fatalf("section has %d items, want 2", len(items))
	}
	if got, want := items[0].Lead, "外地经验：某市建立年轻干部成长档案。"; got != want {
		t.Errorf("first item after Alt+Up: lead %q, want %q", got, want)
	}
	if got, want := items[0].Body, "档案记录培养、使用和考核情况，每半年更新一次。"; got != want {
		t.Errorf("typed body saved as %q, want %q", got, want)
	}
	if len(items[1].Submissions) != 1 || items[1].Submissions[0] != sub.ID {
		t.Errorf("second item's sources = %v, want [%d]", items[1].Submissions, sub.ID)
	}
	if len(items[1].UnitIDs) != 1 || items[1].UnitIDs[0] != unit.ID {
		t.Errorf("adopted item credits %v, want [%d]", items[1].UnitIDs, unit.ID)
	}
	if got, _ := ar.Submission(ctx, sub.ID); got.Status != editor.SubmissionAdopted {
		t.Errorf("submission status %q after adoption, want adopted", got.Status)
	}

	for _, step := range []string{"送审", "审核通过", "签发"} { // one user holds every role on a file
		bTap(t, u, lang.L(step))
		bTap(t, u, lang.L(step)) // the dialog's button
	}
	if is, _ = ar.Issue(ctx, issueID); is.Status != editor.IssueSigned {
		t.Fatalf("status %q after 签发, want signed", is.Status)
	}
	widgets := s.widgets
	for _, ie := range s.editors {
		s.showSlot(ie) // an item's widgets are disabled as it comes into sight
		widgets = append(widgets, ie.widgets...)
	}
	for _, w := range widgets {
		if !w.Disabled() {
			t.Errorf("editing widget %T still enabled on a signed issue", w)
		}
	}

	name, write, err := issueExport(u, issueID, "txt")
	if err != nil || write == nil {
		t.Fatalf("export: %v", err)
	}
	var got, want bytes.Buffer
	if err := write(&got); err != nil {
		t.Fatal(err)
	}
	prefs, _ := ar.Preferences(ctx)
	if err := intake.WriteIssue(&want, &is, prefs); err != nil {
		t.Fatal(err)
	}
	if got.String() != want.String() {
		t.Errorf("exported text differs from export.WriteIssue:\n got %q\nwant %q", got.String(), want.String())
	}
	if !strings.HasSuffix(name, ".txt") || !strings.Contains(got.String(), "外地经验：某市建立年轻干部成长档案。") {
		t.Errorf("export %s lacks the written item:\n%s", name, got.String())
	}
	if s.preview.text != want.String() {
		t.Errorf("preview differs from the export:\n got %q\nwant %q", s.preview.text, want.String())
	}
}

// bNewEditor is the editor of the item with an empty lead (just written).
func bNewEditor(t *testing.T, s *composeScreen) *itemEditor {
	t.Helper()
	for _, ie := range s.editors {
		if ie.item.Lead == "" && ie.item.Body == "" {
			return ie
		}
	}
	t.Fatal("写一条 added no empty item")
	return nil
}

// A deleted item comes back with 撤销, where it was.
func TestComposeDeleteUndo(t *testing.T) {
	u, ar := newComposeTestUI(t)
	s := composeOf(t, u)
	is := bIssueWithItems(t, ar, "甲县开展党员积分管理。", "乙县推行干部夜学。", "丙区建立人才驿站。")
	u.openIssue(is.ID)
	mid := is.Sections[0].Items[1].ID
	s.deleteItem(mid)
	if got := bLeads(t, ar, is.ID); strings.Join(got, "|") != "甲县开展党员积分管理。|丙区建立人才驿站。" {
		t.Fatalf("after delete: %v", got)
	}
	bTap(t, u, lang.L("撤销"))
	if got := bLeads(t, ar, is.ID); strings.Join(got, "|") != "甲县开展党员积分管理。|乙县推行干部夜学。|丙区建立人才驿站。" {
		t.Errorf("after 撤销: %v", got)
	}
}

// Giving an issue the number of another explains it and saves nothing.
func TestComposeDuplicateNumber(t *testing.T) {
	u, ar := newComposeTestUI(t)
	ctx := context.Background()
	s := composeOf(t, u)
	first := bIssueWithItems(t, ar)
	second, err := ar.NewIssue(ctx, first.BulletinID, first.Date)
	if err != nil {
		t.Fatal(err)
	}
	u.openIssue(second.ID)
	s.header.number.SetText("")
	test.Type(s.header.number, strconv.Itoa(first.Number))
	if !s.header.msg.Visible() || !strings.Contains(s.header.msg.Text, strconv.Itoa(first.Number)) {
		t.Errorf("no clear message for a duplicate number; label %q visible %v", s.header.msg.Text, s.header.msg.Visible())
	}
	if got, _ := ar.Issue(ctx, second.ID); got.Number != second.Number {
		t.Errorf("duplicate number saved: %d", got.Number)
	}
}

// bIssueWithItems makes a draft issue whose first section holds leads.
func bIssueWithItems(t *testing.T, ar *editor.Archive, leads ...string) editor.Issue {
	t.Helper()
	ctx := context.Background()
	bs, err := ar.Bulletins(ctx)
	if err != nil || len(bs) == 0 {
		t.Fatalf("bulletins: %v %v", bs, err)
	}
	is, err := ar.NewIssue(ctx, bs[0].ID, bDate(2026, 11, 25))
	if err != nil {
		t.Fatal(err)
	}
	if len(is.Sections) == 0 {
		if _, err := ar.AddSection(ctx, is.ID, "市内信息"); err != nil {
			t.Fatal(err)
		}
	}
	is, _ = ar.Issue(ctx, is.ID)
	for _, l := range leads {
		if err := ar.AddItem(ctx, is.Sections[0].ID, &editor.Item{Lead: l, Body: "具体做法是抓好落实。"}); err != nil {
			t.Fatal(err)
		}
	}
	is, err = ar.Issue(ctx, is.ID)
	if err != nil {
		t.Fatal(err)
	}
	return is
}

func bLeads(t *testing.T, ar *editor.Archive, id int64) []string {
	t.Helper()
	is, err := ar.Issue(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, it := range is.Sections[0].Items {
		out = append(out, it.Lead)
	}
	return out
}

// Typing an attribution that names two units credits both (综合), until
// the editor picks units by hand.
func TestComposeAttributionCreditsUnits(t *testing.T) {
	u, ar := newComposeTestUI(t)
	ctx := context.Background()
	a, _ := bSeed(t, ar)
	b := editor.Unit{Name: "岳西县委组织部", ShortName: "岳西县", Group: "县区", Active: true}
	if err := ar.SaveUnit(ctx, &b); err != nil {
		t.Fatal(err)
	}
	s := composeOf(t, u)
	is := bIssueWithItems(t, ar, "两县联合开展年轻干部跟班学习。")
	u.openIssue(is.ID)
	ie := s.editors[is.Sections[0].Items[0].ID]
	test.Type(ie.attr, "潜山市委组织部、岳西县委组织部")
	got, err := ar.Issue(ctx, is.ID)
	if err != nil {
		t.Fatal(err)
	}
	ids := got.Sections[0].Items[0].UnitIDs
	if len(ids) != 2 || ids[0] != a.ID || ids[1] != b.ID {
		t.Errorf("credited units %v, want [%d %d]", ids, a.ID, b.ID)
	}
	if want := lang.L("综合：{{.Names}}", map[string]any{"Names": a.Name + "、" + b.Name}); ie.unitsLbl.Text != want {
		t.Errorf("units label %q, want %q", ie.unitsLbl.Text, want)
	}
}

// A leader's 批示 on an item can be recorded after sign-off.
func TestComposeRecordInstructionOnSignedIssue(t *testing.T) {
	u, ar := newComposeTestUI(t)
	ctx := context.Background()
	is := bIssueWithItems(t, ar, "青山县推行干部实绩档案。")
	if err := ar.SetIssueStatus(ctx, is.ID, editor.IssueSigned); err != nil {
		t.Fatal(err)
	}
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
	test.Type(entries[0], "市委主要负责同志")
	test.Type(entries[2], "此做法很好，请组织部总结推广。")
	bTap(t, u, lang.L("保存"))
	ins, err := ar.Instructions(ctx, 0, is.Sections[0].Items[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(ins) != 1 || ins[0].Leader != "市委主要负责同志" || ins[0].Level != editor.LevelCity {
		t.Errorf("instructions %+v, want one from 市委主要负责同志 at city level", ins)
	}
}

// Reopening a signed issue makes its fields editable again, and the first
// item still cannot move up.
func TestComposeReopenEnables(t *testing.T) {
	u, ar := newComposeTestUI(t)
	ctx := context.Background()
	s := composeOf(t, u)
	is := bIssueWithItems(t, ar, "甲县推行党员积分制。", "乙县开展干部夜学。")
	if err := ar.SetIssueStatus(ctx, is.ID, editor.IssueSigned); err != nil {
		t.Fatal(err)
	}
	u.openIssue(is.ID)
	bTap(t, u, lang.L("重新打开"))
	bTap(t, u, lang.L("重新打开"))
	if got, _ := ar.Issue(ctx, is.ID); got.Status != editor.IssueDraft {
		t.Fatalf("status %q after 重新打开", got.Status)
	}
	first := s.editors[is.Sections[0].Items[0].ID]
	if first.lead.Disabled() || first.body.Disabled() {
		t.Error("fields still disabled after 重新打开")
	}
	if up := bButton(t, u, lang.L("上移")); !up.Disabled() {
		t.Error("the first item's 上移 is enabled")
	}
}
