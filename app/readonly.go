package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// archiveIsReadOnly says whether this user may not write the archive file
// (its permissions, a read-only disk or share). Such an archive was opened
// like any other: the editor typed, every pause showed an English
// technical error, and closing lost the text. A package variable so tests
// can stand in for a file root can always write.
//
// It asks the system (access(2); the read-only attribute on Windows) and
// never opens the file: closing any descriptor of the archive drops this
// process's SQLite locks on it, and the next program to close the archive
// then deletes the write-ahead log under the running window.
var archiveIsReadOnly = fileIsReadOnly

// readOnlyFields is set while the window shows a read-only archive: the
// typing fields are made disabled as they are built (one window per
// process, see LockArchive, so one flag serves).
var readOnlyFields bool

// readOnlyBanner says the archive is read-only and what to do about it.
func readOnlyBanner() fyne.CanvasObject {
	msg := wrapLabel(lang.L("这份档案是只读的（文件不允许写入），现以只读方式打开：可以查看、检索、导出，不能修改。要编辑，请把档案复制到可以写入的文件夹后用 --db 打开，或请管理员开放写入权限。"))
	msg.Importance = widget.WarningImportance
	return container.NewBorder(nil, widget.NewSeparator(), widget.NewIcon(theme.WarningIcon()), nil, msg)
}

// disableWhenReadOnly disables a typing field built for a read-only archive.
func disableWhenReadOnly(w fyne.Disableable) {
	if readOnlyFields {
		w.Disable()
	}
}
