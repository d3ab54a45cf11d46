package app

import (
	"context"
	"testing"

	"fyne.io/fyne/v2/test"
)

// The 版头/版记 marks and the 编者按 typed in 组版 are in the archive, and
// so is an item's 编者按; a 印发日期 that cannot be read is explained.
func TestComposeMarksSaved(t *testing.T) {
	u, ar := newComposeTestUI(t)
	ctx := context.Background()
	s := composeOf(t, u)
	is := bIssueWithItems(t, ar, "某县推进工作。")
	u.openIssue(is.ID)
	var ie *itemEditor
	for _, e := range s.editors {
		ie = e
	}
	if ie == nil {
		t.Fatalf("no item editors for %d sections", len(s.issue.Sections))
	}
	m := s.header.marks
	test.Type(m.classification, "秘密")
	test.Type(m.signer, "王明")
	test.Type(m.note, "本期刊发两篇经验。")
	test.Type(m.printed, "2022年6月16日")
	test.Tap(m.contents)
	test.Type(ie.note, "值得一读。")
	ie.save.flush()
	got, err := ar.Issue(ctx, is.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Marks.Classification != "秘密" || got.Marks.Signer != "王明" || !got.Marks.Contents ||
		got.EditorNote != "本期刊发两篇经验。" || got.Marks.PrintedDate != bDate(2022, 6, 16) {
		t.Errorf("saved marks %+v, note %q", got.Marks, got.EditorNote)
	}
	found := false
	for _, sec := range got.Sections {
		for _, it := range sec.Items {
			found = found || it.EditorNote == "值得一读。"
		}
	}
	if !found {
		t.Error("the item's 编者按 was not saved")
	}
	test.Type(m.printed, "x")
	if !s.header.msg.Visible() {
		t.Error("no message for an unreadable 印发日期")
	}
}
