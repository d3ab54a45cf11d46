package app

import (
	"fmt"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/editor"
)

// showBackupList offers the backups in backups/, this archive's own first
// and newest first, then those of the other archives kept in the same
// folder, marked as such (review F35: a file chooser listed them all by
// name, so g.db's restore offered r.db's backup as readily as its own).
// 其他文件…… opens the file chooser for a backup kept elsewhere.
func (u *ui) showBackupList(own, others []string) {
	paths := map[string]string{}
	var labels []string
	for _, p := range own {
		labels = append(labels, filepath.Base(p))
		paths[labels[len(labels)-1]] = p
	}
	for _, p := range others {
		labels = append(labels, filepath.Base(p)+lang.L("（其他档案的备份）"))
		paths[labels[len(labels)-1]] = p
	}
	choice := widget.NewRadioGroup(labels, nil)
	choice.SetSelected(labels[0])
	var d *dialog.CustomDialog
	other := widget.NewButton(lang.L("其他文件……"), func() {
		d.Hide()
		u.chooseBackupFile()
	})
	restore := widget.NewButton(lang.L("恢复"), func() {
		if p, ok := paths[choice.Selected]; ok {
			d.Hide()
			u.confirmRestore(p)
		}
	})
	restore.Importance = widget.HighImportance
	cancel := widget.NewButton(lang.L("取消"), func() { d.Hide() })
	head := widget.NewLabel(fmt.Sprintf(lang.L("%s 的备份（最新的在前）："), filepath.Base(u.ar.Path())))
	list := container.NewVScroll(choice)
	list.SetMinSize(fyne.NewSize(420, 260))
	d = dialog.NewCustomWithoutButtons(lang.L("从备份恢复"),
		container.NewBorder(head, nil, nil, nil, list), u.win)
	d.SetButtons([]fyne.CanvasObject{cancel, other, restore})
	d.Show()
}

// otherArchiveWarning is the warning before restoring a backup whose name
// says it is another archive's, "" for this archive's own.
func otherArchiveWarning(backup, archive string) string {
	if editor.IsBackupOf(backup, archive) {
		return ""
	}
	owner := editor.BackupOwner(backup)
	if owner == "archive" { // named the old way, before backups carried their archive's name
		return fmt.Sprintf(lang.L("注意：%s 是旧式命名的备份，可能是同一文件夹里另一份档案的，不一定是 %s 的。"),
			filepath.Base(backup), filepath.Base(archive)) + "\n\n"
	}
	return fmt.Sprintf(lang.L("注意：%s 是另一份档案 %s 的备份，不是 %s 的；恢复后当前档案的内容会换成那份档案的。"),
		filepath.Base(backup), owner+".db", filepath.Base(archive)) + "\n\n"
}
