package app

import (
	"context"
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/bulletindesk/bulletindesk/editor"
)

// TestStartAutoBackup: opening the window makes today's backup of the
// local archive beside it, and a second start the same day adds none.
func TestStartAutoBackup(t *testing.T) {
	u, ar := newDeskTestUI(t)
	u.startAutoBackup()
	u.startAutoBackup()
	got, err := editor.Backups(editor.BackupDir(ar.Path()))
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
	if got, _ := editor.Backups(editor.BackupDir(ar.Path())); len(got) > 0 {
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
