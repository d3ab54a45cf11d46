package editor

import (
	"context"
	"strings"
	"testing"
)

// A 来稿's cover letter set apart by the import is kept with it on either
// engine — through an edit of the 来稿 too — but 字数 counts the article
// alone and adopting it puts only the article in the item's body.
func TestSubmissionCoverKeptNotCountedNotAdopted(t *testing.T) {
	ctx := context.Background()
	a := archiveTestOpen(t)
	units := archiveTestUnits(t, a)
	is := itemsTestIssue(t, a)
	const cover = "关于报送党员志愿服务信息的函\n市委组织部：\n现将我县信息一篇报上，请审阅。"
	sub := &Submission{UnitID: units[0].ID, Title: "青山县推行茶园联建", Text: "该县建成8个联合党委。", Cover: cover}
	if err := a.AddSubmissions(ctx, []*Submission{sub}); err != nil {
		t.Fatal(err)
	}
	got, err := a.Submission(ctx, sub.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Cover != cover || got.Words != CountWords("该县建成8个联合党委。") {
		t.Errorf("stored cover %q, %d字; want the cover kept and 字数 of the article alone", got.Cover, got.Words)
	}
	got.Contact = "李明 0556-1234567"
	if err := a.UpdateSubmission(ctx, &got); err != nil {
		t.Fatal(err)
	}
	if again, _ := a.Submission(ctx, sub.ID); again.Cover != cover {
		t.Errorf("after an edit the cover is %q", again.Cover)
	}
	it, err := a.AdoptSubmission(ctx, sub.ID, is.Sections[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(it.Lead+it.Body, "请审阅") || it.Body != "该县建成8个联合党委。" {
		t.Errorf("adopted lead %q body %q, want the article alone", it.Lead, it.Body)
	}
}
