package app

import (
	"context"
	"path/filepath"
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
