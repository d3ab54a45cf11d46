package app

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/editor"
)

// A read-only archive opens for reading: a banner says so and what to do,
// and the typing fields are disabled, so nothing can be typed that would
// then be lost. (Root, who runs the tests, can write any file, so the check
// is stood in for.)
func TestReadOnlyArchiveOpensForReading(t *testing.T) {
	was := archiveIsReadOnly
	archiveIsReadOnly = func(string) bool { return true }
	t.Cleanup(func() { archiveIsReadOnly, readOnlyFields = was, false })
	u, ar := newDeskTestUI(t)
	addTestSubmissions(t, ar, &editor.Submission{Title: "来稿", Text: "正文。"})
	u.subs.reload()
	u.subs.selectSubmission(allSubmissions(t, ar)[0].ID)
	banner := false
	bWalk(u.win.Canvas().Content(), func(o fyne.CanvasObject) bool {
		if l, ok := o.(*widget.Label); ok && strings.Contains(l.Text, "只读") {
			banner = true
		}
		return banner
	})
	if !banner {
		t.Errorf("no banner says the archive is read-only")
	}
	d := u.subs.detail
	for name, e := range map[string]fyne.Disableable{"标题": d.title, "正文": d.text, "联系人": d.contact} {
		if !e.Disabled() {
			t.Errorf("the %s field takes typing on a read-only archive", name)
		}
	}
	if !u.units.name.Disabled() {
		t.Errorf("the unit's name field takes typing on a read-only archive")
	}
}

// Failures of the archive are told in the editor's words, saying what was
// kept and what to do; never the driver's English.
func TestArchiveFailuresSayWhatToDo(t *testing.T) {
	setupLanguage("zh")
	cases := []struct {
		err  error
		want []string
	}{
		{fmt.Errorf("/x/archive.db: %w (attempt to write a readonly database (8))", editor.ErrReadOnly), []string{"只读", "复制"}},
		{fmt.Errorf("/x/archive.db: %w (database or disk is full (13))", editor.ErrDiskFull), []string{"磁盘已满", "以前保存的内容都完好", "腾出空间"}},
		{ErrWindowOpen, []string{"另一个简报编辑台窗口"}},
	}
	for _, c := range cases {
		t.Run(c.err.Error(), func(t *testing.T) {
			got := userMessage(c.err)
			for _, w := range c.want {
				if !strings.Contains(got, w) {
					t.Errorf("message %q does not say %q", got, w)
				}
			}
			if strings.Contains(got, "database") || strings.Contains(got, "attempt") {
				t.Errorf("message %q shows the technical error", got)
			}
		})
	}
}
