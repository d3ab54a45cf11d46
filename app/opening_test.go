package app

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/editor"
)

// olderIndexArchive is an archive of n submissions whose search index an
// older version left (other tokens, migration 14 not run), as the
// editor's and the command line's upgrade tests make one.
func olderIndexArchive(t *testing.T, n int) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "old.db")
	ar, err := editor.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	var subs []*editor.Submission
	for i := range n {
		subs = append(subs, &editor.Submission{Title: fmt.Sprintf("稿%02d", i), Text: []string{"党建引领。", "人才驿站。"}[i%2]})
	}
	addTestSubmissions(t, ar, subs...)
	ar.Close()
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, stmt := range []string{`UPDATE settings SET value = 'old' WHERE key = 'search_tokens'`, `DELETE FROM migrations WHERE version = 14`} {
		if _, err := db.Exec(stmt); err != nil {
			t.Fatal(stmt, err)
		}
	}
	return path
}

// shownTexts are the texts of the labels in o and its progress bars' values.
func shownTexts(o fyne.CanvasObject) (texts []string, bars []float64) {
	for _, obj := range test.LaidOutObjects(o) {
		switch w := obj.(type) {
		case *widget.Label:
			texts = append(texts, w.Text)
		case *widget.ProgressBar:
			bars = append(bars, w.Value)
		}
	}
	return texts, bars
}

// The window is there before the archive is open. An archive an older
// version left has its search index rebuilt on opening: the window then
// shows a dialog counting the records up to every one (here 30 submissions),
// and once done the archive's own screens, with the index rebuilt; an
// up-to-date archive opens without that dialog.
func TestWindowShowsTheRebuildWhileOpening(t *testing.T) {
	for _, c := range []struct {
		name      string
		rebuilt   bool
		wantCount string
	}{
		{"older archive", true, "已完成 30 / 30"},
		{"up to date", false, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := olderIndexArchive(t, 30)
			if !c.rebuilt { // opened once, so up to date
				ar, err := editor.Open(context.Background(), path)
				if err != nil {
					t.Fatal(err)
				}
				ar.Close()
			}
			a := test.NewTempApp(t)
			setupLanguage("zh")
			w := test.NewWindow(nil)
			t.Cleanup(w.Close)
			w.Resize(fyne.NewSize(1280, 800))
			o := newOpening(w, path)
			if texts, _ := shownTexts(w.Content()); len(texts) != 1 || !strings.HasPrefix(texts[0], "正在打开档案：") {
				t.Errorf("before the archive opens the window shows %q, want 正在打开档案：…", texts)
			}
			var atEnd []string
			var barAtEnd []float64
			open := func(ctx context.Context, path string, progress func(int, int)) (*editor.Archive, error) {
				return editor.OpenProgress(ctx, path, func(done, total int) {
					progress(done, total)
					if done == total && w.Canvas().Overlays().Top() != nil {
						atEnd, barAtEnd = shownTexts(w.Canvas().Overlays().Top())
					}
				})
			}
			var u *ui
			o.start(open, func(ar *editor.Archive, err error) {
				if err != nil {
					t.Errorf("open: %v", err)
					return
				}
				u = newUI(a, ar, w)
			})
			<-o.done
			if o.ar != nil {
				t.Cleanup(func() { o.ar.Close() })
			}
			shown := strings.Join(atEnd, "|")
			if c.rebuilt && (!strings.Contains(shown, "重建检索索引、压缩正文") || !strings.Contains(shown, c.wantCount) || len(barAtEnd) != 1 || barAtEnd[0] != 1) {
				t.Errorf("at the rebuild's end the dialog showed %q and bars %v, want the reason, %s and a full bar", atEnd, barAtEnd, c.wantCount)
			}
			if !c.rebuilt && atEnd != nil {
				t.Errorf("an up-to-date archive showed %q while opening", atEnd)
			}
			if top := w.Canvas().Overlays().Top(); top != nil {
				texts, _ := shownTexts(top)
				t.Errorf("a dialog stays over the opened archive: %q", texts)
			}
			if u == nil || w.Content() == nil || u.entries[u.current].key != keySubmissions {
				t.Fatalf("the window does not show the archive's screens")
			}
			if r, err := o.ar.SearchPage(context.Background(), "人才驿站", 5); err != nil || r.Submissions != 15 {
				t.Errorf("人才驿站 counts %d (%v) after opening, want 15", r.Submissions, err)
			}
		})
	}
}

// Closing the window during the rebuild stops it: nothing is opened, and
// the next start rebuilds the index from the beginning and finds the texts.
func TestClosingDuringTheRebuild(t *testing.T) {
	path := olderIndexArchive(t, 30)
	test.NewTempApp(t)
	setupLanguage("zh")
	w := test.NewWindow(nil)
	t.Cleanup(w.Close)
	o := newOpening(w, path)
	open := func(ctx context.Context, path string, progress func(int, int)) (*editor.Archive, error) {
		return editor.OpenProgress(ctx, path, func(done, total int) {
			progress(done, total)
			if done == 1 {
				o.cancel() // what closing the window does
			}
		})
	}
	called := false
	o.start(open, func(*editor.Archive, error) { called = true })
	<-o.done
	if o.ar != nil {
		o.ar.Close()
		t.Fatalf("the archive opened although the window was closed during the rebuild")
	}
	if called || !errors.Is(o.err, context.Canceled) {
		t.Errorf("after closing: screens built %v, error %v; want none and context.Canceled", called, o.err)
	}
	rebuilt := false
	ar, err := editor.OpenProgress(context.Background(), path, func(done, total int) { rebuilt = rebuilt || done == total })
	if err != nil {
		t.Fatal(err)
	}
	defer ar.Close()
	if r, err := ar.SearchPage(context.Background(), "人才驿站", 5); !rebuilt || err != nil || r.Submissions != 15 {
		t.Errorf("next start: rebuilt %v, 人才驿站 counts %d (%v); want rebuilt and 15", rebuilt, r.Submissions, err)
	}
}
