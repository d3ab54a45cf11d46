package app

import (
	"context"
	"errors"
	"fmt"
	"log"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"

	"github.com/bulletindesk/bulletindesk/editor"
)

// keepBackups is how many daily backups of the local archive are kept.
const keepBackups = 10

// autoBackupDelay is how long after the start the daily backup begins:
// copying ten years (218 MB) takes about a second of CPU, which at the
// first start of the day competed with drawing the window on a two-core
// computer and doubled the start's CPU. Closed before, the app makes it at
// the next start.
const autoBackupDelay = 20 * time.Second

// startAutoBackup makes today's backup of the local archive (backups/
// beside it, the last keepBackups kept) off the UI goroutine, once a day:
// the first start of each day, autoBackupDelay after it. A failure is
// shown, as nobody would notice missing backups otherwise.
func (u *ui) startAutoBackup() {
	if u.ar.Engine() != "sqlite" {
		return // the office archive is backed up on its server
	}
	if u.readOnly {
		log.Printf("no automatic backup: the archive is read-only, so nothing changes")
		return
	}
	work := func() {
		made, err := u.ar.AutoBackup(u.ctx(), keepBackups, editor.Today())
		if errors.Is(err, context.Canceled) {
			return // the window closed first: the next start makes it
		}
		if err != nil {
			log.Printf("automatic backup: %v", err)
			fyne.Do(func() { dialog.ShowError(errors.New(backupProblem(err)), u.win) })
			return
		}
		if made != "" {
			log.Printf("backed up the archive to %s", made)
		}
	}
	if u.syncWork {
		work()
	} else {
		u.now().AfterFunc(autoBackupDelay, work)
	}
}

// backupProblem says in the editor's words that today's backup failed,
// that the archive itself is fine, and why.
func backupProblem(err error) string {
	why := userMessage(err)
	switch {
	case errors.Is(err, editor.ErrDiskFull):
		why = lang.L("磁盘已满。")
	case editor.Denied(err):
		why = lang.L("档案旁的 backups 文件夹不允许写入。")
	}
	return lang.L("今天的自动备份没有完成；档案本身完好，照常可用。") + "\n" + why
}

// onBackup is 文件 ▸ 立即备份: today's backup now, replacing one made
// earlier today, and where it is.
func (u *ui) onBackup() {
	if u.ar.Engine() != "sqlite" {
		dialog.ShowInformation(lang.L("备份"), lang.L("办公室档案由服务器备份（pg_dump），请联系管理员。"), u.win)
		return
	}
	dest := editor.BackupPath(u.ar.Path(), editor.Today())
	u.run(lang.L("备份"), func(ctx context.Context, _ func(int, int)) error {
		return u.ar.Backup(ctx, dest)
	}, func() {
		dialog.ShowInformation(lang.L("备份"), fmt.Sprintf(lang.L("档案已备份到：\n%s"), dest), u.win)
	})
}

// onRestore is 文件 ▸ 从备份恢复……: choose a backup, this archive's own
// listed first (backup_list.go); once SQLite's integrity check passes and
// the editor confirms, the app closes the archive, puts the backup in its
// place (keeping the replaced one beside it) and starts again on it.
func (u *ui) onRestore() {
	if u.ar.Engine() != "sqlite" {
		dialog.ShowInformation(lang.L("从备份恢复"), lang.L("办公室档案由服务器备份（pg_dump），请联系管理员。"), u.win)
		return
	}
	own, others, err := editor.ArchiveBackups(u.ar.Path())
	if err != nil {
		u.showError(err)
		return
	}
	if len(own)+len(others) == 0 {
		u.chooseBackupFile()
		return
	}
	u.showBackupList(own, others)
}

// chooseBackupFile asks for any backup file, starting in backups/.
func (u *ui) chooseBackupFile() {
	req := fileRequest{Title: lang.L("从备份恢复"), Kind: lang.L("备份"), Exts: []string{".db"}, Dir: editor.BackupDir(u.ar.Path())}
	u.chooseFiles(req, func(paths []string) { u.confirmRestore(paths[0]) })
}

func (u *ui) confirmRestore(backup string) {
	if err := editor.CheckArchive(u.ctx(), backup); err != nil {
		u.showError(err)
		return
	}
	msg := otherArchiveWarning(backup, u.ar.Path()) +
		fmt.Sprintf(lang.L("用备份 %s 替换当前档案？\n当前档案会另存在它旁边。程序将重新启动。"), filepath.Base(backup))
	dialog.ShowConfirm(lang.L("从备份恢复"), msg, func(ok bool) {
		if !ok {
			return
		}
		target := u.ar.Path()
		restart := restartCommand(target, "")
		afterClose = func() {
			// after the window's archive is closed and its lock released
			if _, err := editor.RestoreArchive(context.Background(), backup, target, time.Now()); err != nil {
				log.Printf("restore %s: %v", backup, err)
			}
		}
		pendingRestart = restart
		u.quit()
	}, u.win)
}
