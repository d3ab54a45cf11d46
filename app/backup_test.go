package app

import (
	"context"
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/editor"
)

// TestStartAutoBackup: opening the window makes today's backup of the
// local archive beside it, and a second start the same day adds none.
func TestStartAutoBackup(t *testing.T) {
	u, ar := newDeskTestUI(t)
	u.startAutoBackup()
	u.startAutoBackup()
	got, _, err := editor.ArchiveBackups(ar.Path())
	if err != nil {
		t.Fatal(err)
	}
	want := "archive-" + editor.Today().Format(editor.DateLayout) + ".db"
	if len(got) != 1 || filepath.Base(got[0]) != want {
		t.Fatalf("backups = %v, want one %s", got, want)
	}
	if err := editor.CheckArchive(context.Background(), got[0]); err != nil {
		t.Errorf("the backup fails its check: %v", err)
	}
}

// A read-only archive (a write-protected stick, a read-only share) gets no
// automatic backup and no error: nothing changes in it, and the backups
// folder beside it cannot be made. Before, each start showed 「自动备份:
// back up to …: read-only file system」.
func TestNoAutoBackupOfReadOnlyArchive(t *testing.T) {
	was := archiveIsReadOnly
	archiveIsReadOnly = func(string) bool { return true }
	t.Cleanup(func() { archiveIsReadOnly, readOnlyFields = was, false })
	u, ar := newDeskTestUI(t)
	u.startAutoBackup()
	if got, _, _ := editor.ArchiveBackups(ar.Path()); len(got) > 0 {
		t.Errorf("backups of a read-only archive: %v", got)
	}
	if top := u.win.Canvas().Overlays().Top(); top != nil {
		t.Errorf("a dialog shows after start")
	}
}

// A failed backup says, in the editor's words, that the archive is fine
// and why the backup is missing.
func TestBackupProblem(t *testing.T) {
	setupLanguage("zh")
	cases := []struct {
		name string
		err  error
		want string
	}{
		{"read-only", &fs.PathError{Op: "mkdir", Path: "backups", Err: syscall.EROFS}, "backups 文件夹不允许写入"},
		{"permission", &fs.PathError{Op: "mkdir", Path: "backups", Err: fs.ErrPermission}, "backups 文件夹不允许写入"},
		{"disk full", fmt.Errorf("back up: %w", editor.ErrDiskFull), "磁盘已满"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := backupProblem(c.err)
			if !strings.Contains(got, "档案本身完好") || !strings.Contains(got, c.want) {
				t.Errorf("backupProblem = %q, want the archive said intact and %q", got, c.want)
			}
		})
	}
}

// TestRestoreListsOwnBackupsFirst (review F35): with r.db's backup beside
// this archive's in backups/, 从备份恢复 offers this archive's first and
// marks r.db's; choosing r.db's warns before anything is replaced.
func TestRestoreListsOwnBackupsFirst(t *testing.T) {
	ctx := context.Background()
	u, ar := newDeskTestUI(t)
	if err := ar.Backup(ctx, editor.BackupPath(ar.Path(), editor.Today())); err != nil {
		t.Fatal(err)
	}
	r, err := editor.Open(ctx, filepath.Join(filepath.Dir(ar.Path()), "r.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	theirs := editor.BackupPath(r.Path(), editor.Today().AddDate(0, 0, 1))
	if err := r.Backup(ctx, theirs); err != nil {
		t.Fatal(err)
	}
	u.onRestore()
	var radio *widget.RadioGroup
	bWalk(u.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) bool {
		radio, _ = o.(*widget.RadioGroup)
		return radio != nil
	})
	if radio == nil {
		t.Fatal("从备份恢复 shows no list of backups")
	}
	day := editor.Today().Format(editor.DateLayout)
	want := []string{"archive-" + day + ".db", filepath.Base(theirs) + "（其他档案的备份）"}
	if strings.Join(radio.Options, "|") != strings.Join(want, "|") || radio.Selected != want[0] {
		t.Errorf("backups offered = %q (selected %q), want %q, the first selected", radio.Options, radio.Selected, want)
	}
	u.win.Canvas().Overlays().Top().Hide()
	u.confirmRestore(theirs)
	if got := overlayTexts(u); !strings.Contains(got, "另一份档案 r.db 的备份") {
		t.Errorf("restoring r.db's backup asks %q, want a warning naming r.db", got)
	}
}

// overlayTexts is the text of the labels in the top dialog.
func overlayTexts(u *ui) string {
	var b strings.Builder
	bWalk(u.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) bool {
		switch w := o.(type) {
		case *widget.Label:
			b.WriteString(w.Text)
		case *widget.RichText:
			b.WriteString(w.String())
		case *canvas.Text:
			b.WriteString(w.Text)
		}
		return false
	})
	return b.String()
}
