package editor

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
)

// conflictCase saves text into the copy of a row that window a read at the
// start (it reads nothing again) and reads the stored text back.
type conflictCase struct {
	name string
	save func(a *Archive, text string) error
	read func(a *Archive) string
}

// Two windows on one archive: both read a row, the second window saves,
// then the first one saves what it had. Before, the first save silently
// wiped the second's text; now it is refused, the stored text stays, and the
// refused text is handed back and kept as an unsaved draft.
func TestTwoWritersNeverSilentlyOverwrite(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "a.db")
	one, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer one.Close()
	two, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer two.Close()
	two.user = "wangke" // another person: the refused save is told who saved (review G14)
	bs, _ := one.Bulletins(ctx)
	is, err := one.NewIssue(ctx, bs[0].ID, archiveTestDay(t, "2022-06-15"))
	if err != nil {
		t.Fatal(err)
	}
	it := Item{Lead: "原稿标题句。", Body: "原稿正文。"}
	if err := one.AddItem(ctx, is.Sections[0].ID, &it); err != nil {
		t.Fatal(err)
	}
	subs := []*Submission{{Title: "原来稿", Text: "原来稿正文。"}}
	if err := one.AddSubmissions(ctx, subs); err != nil {
		t.Fatal(err)
	}

	var tests []conflictCase
	readItem := func(a *Archive) Item { got, _ := a.Issue(ctx, is.ID); return got.Sections[0].Items[0] }
	mineItem, theirsItem := readItem(one), readItem(two)
	tests = append(tests, conflictCase{"item", func(a *Archive, text string) error {
		c := &mineItem
		if a == two {
			c = &theirsItem
		}
		c.Body = text
		return a.UpdateItem(ctx, c)
	}, func(a *Archive) string { return readItem(a).Body }})
	mineSub, _ := one.Submission(ctx, subs[0].ID)
	theirsSub, _ := two.Submission(ctx, subs[0].ID)
	tests = append(tests, conflictCase{"submission", func(a *Archive, text string) error {
		c := &mineSub
		if a == two {
			c = &theirsSub
		}
		c.Text = text
		return a.UpdateSubmission(ctx, c)
	}, func(a *Archive) string { s, _ := a.Submission(ctx, subs[0].ID); return s.Text }})
	mineIs, _ := one.Issue(ctx, is.ID)
	theirsIs, _ := two.Issue(ctx, is.ID)
	tests = append(tests, conflictCase{"issue header", func(a *Archive, text string) error {
		c := &mineIs
		if a == two {
			c = &theirsIs
		}
		c.Distribution = []DistributionLine{{Label: "发", Text: text}}
		return a.UpdateIssueHeader(ctx, c)
	}, func(a *Archive) string { got, _ := a.Issue(ctx, is.ID); return got.Distribution[0].Text }})

	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := tt.save(two, "第二个窗口保存的文字。"); err != nil {
				t.Fatalf("second window's save: %v", err)
			}
			err := tt.save(one, "第一个窗口没来得及保存的文字。")
			var c *ConflictError
			if !errors.Is(err, ErrConflict) || !errors.As(err, &c) {
				t.Fatalf("first window's stale save: err = %v, want a *ConflictError", err)
			}
			if got := tt.read(one); got != "第二个窗口保存的文字。" {
				t.Errorf("stored after the refused save = %q, want the second window's text kept", got)
			}
			if c.StoredVersion != c.ReadVersion+1 || c.Stored == nil || c.Mine == nil || c.StoredAt.IsZero() {
				t.Errorf("conflict = %+v, want both texts, the versions and when the stored one was saved", c)
			}
			if c.StoredBy != "wangke" {
				t.Errorf("conflict names %q as who saved, want wangke", c.StoredBy)
			}
			drafts, err := two.UnsavedDrafts(ctx)
			if err != nil {
				t.Fatal(err)
			}
			last := drafts[len(drafts)-1]
			if last.ID != c.DraftID || !strings.Contains(last.Content, "第一个窗口没来得及保存的文字。") {
				t.Errorf("unsaved drafts end with %+v, want draft %d holding the refused text", last, c.DraftID)
			}
			if err := tt.save(two, "第二个窗口接着改。"); err != nil {
				t.Errorf("the up-to-date window's next save: %v", err)
			}
		})
	}
	if err := one.DiscardDraft(ctx, 1); err != nil {
		t.Errorf("discard a draft: %v", err)
	}
}
