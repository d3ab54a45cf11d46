package app

import (
	"os"
	"os/exec"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/bulletindesk/bulletindesk/editor"
)

// Opening the window must not drop this process's SQLite locks on the
// archive: closing any descriptor of the file drops them, and the next other
// program to close the archive (the command line, a backup tool) then
// deleted the write-ahead log under the window, so what was typed after it
// was lost. The read-only check once opened and closed the file to find out.
func TestAnotherProgramClosingTheArchiveLosesNoTyping(t *testing.T) {
	py := "/usr/bin/python3"
	if _, err := os.Stat(py); err != nil {
		t.Skip("no Debian python3 to stand in for another program")
	}
	u, ar := newDeskTestUI(t)
	addTestSubmissions(t, ar, &editor.Submission{Title: "来稿", Text: "正文。"})
	u.subs.reload()
	u.subs.selectSubmission(allSubmissions(t, ar)[0].ID)

	other := exec.Command(py, "-c", `import sqlite3, sys
c = sqlite3.connect(sys.argv[1]); c.execute("SELECT count(*) FROM units").fetchall(); c.close()`, ar.Path())
	if out, err := other.CombinedOutput(); err != nil {
		t.Fatalf("the other program: %v\n%s", err, out)
	}
	d := u.subs.detail
	u.win.Canvas().Focus(d.title)
	test.Type(d.title, "新")
	u.win.Canvas().Unfocus()

	read := exec.Command(py, "-c", `import sqlite3, sys
print(sqlite3.connect(sys.argv[1]).execute("SELECT title FROM submissions").fetchone()[0])`, ar.Path())
	out, err := read.CombinedOutput()
	if err != nil {
		t.Fatalf("read the archive: %v\n%s", err, out)
	}
	if got := strings.TrimSpace(string(out)); !strings.HasPrefix(got, "新") {
		t.Errorf("another program reads the title %q: the window's save went into a deleted log", got)
	}
}
