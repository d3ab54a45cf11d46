package editor

import (
	"context"
	"testing"
)

// A bulletin's 版头/版记 defaults reach a new issue; the issue's own marks,
// 编者按 and an item's 编者按 are kept as saved, and duplicating keeps them.
func TestIssueMarksRoundTrip(t *testing.T) {
	ctx := context.Background()
	a := archiveTestOpen(t)
	b, err := a.Bulletin(ctx, issuesTestFirstBulletin(t, a))
	if err != nil {
		t.Fatal(err)
	}
	b.Marks = IssueMarks{Classification: "秘密", SecrecyTerm: "1年", Internal: true, Signer: "王明",
		Contents: true, NumberCopies: true, Printer: "中共江州市委组织部办公室"}
	if err := a.SaveBulletin(ctx, &b); err != nil {
		t.Fatal(err)
	}
	if got, _ := a.Bulletin(ctx, b.ID); got.Marks != b.Marks {
		t.Fatalf("bulletin marks = %+v, want %+v", got.Marks, b.Marks)
	}
	is, err := a.NewIssue(ctx, b.ID, archiveTestDay(t, "2022-06-15"))
	if err != nil {
		t.Fatal(err)
	}
	if is.Marks != b.Marks {
		t.Errorf("new issue marks = %+v, want the bulletin's %+v", is.Marks, b.Marks)
	}
	is.Marks.CopyNumber = "000012"
	is.Marks.PrintedDate = archiveTestDay(t, "2022-06-16")
	is.Marks.Signer = ""
	is.EditorNote = "本期刊发两篇经验。"
	if err := a.UpdateIssueHeader(ctx, &is); err != nil {
		t.Fatal(err)
	}
	it := Item{Lead: "某县推进工作。", Body: "正文。", EditorNote: "此文值得一读。"}
	if err := a.AddItem(ctx, is.Sections[0].ID, &it); err != nil {
		t.Fatal(err)
	}
	got, err := a.Issue(ctx, is.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Marks != is.Marks || got.EditorNote != is.EditorNote {
		t.Errorf("issue marks = %+v %q, want %+v %q", got.Marks, got.EditorNote, is.Marks, is.EditorNote)
	}
	if n := got.Sections[0].Items[0].EditorNote; n != it.EditorNote {
		t.Errorf("item note = %q, want %q", n, it.EditorNote)
	}
	it.EditorNote = ""
	if err := a.UpdateItem(ctx, &it); err != nil {
		t.Fatal(err)
	}
	dup, err := a.DuplicateIssue(ctx, is.ID)
	if err != nil {
		t.Fatal(err)
	}
	if dup.Marks.Classification != "秘密" || dup.EditorNote != is.EditorNote || dup.Sections[0].Items[0].EditorNote != "" {
		t.Errorf("duplicate = %+v %q, item note %q; want the marks, the issue note and the cleared item note",
			dup.Marks, dup.EditorNote, dup.Sections[0].Items[0].EditorNote)
	}
}
