package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// showSaved says where an export was written (before, nothing showed that
// it had been), with 打开所在文件夹 where this desktop can show a folder.
// Enter and Escape close it.
func (u *ui) showSaved(path string) {
	msg := widget.NewLabel(lang.L("已保存到：") + "\n" + path)
	msg.Wrapping = fyne.TextWrapWord // a long path wraps; the window keeps its width
	var d *dialog.CustomDialog
	ok := widget.NewButton(lang.L("知道了"), func() { d.Hide() })
	ok.Importance = widget.HighImportance
	buttons := container.NewHBox(ok)
	if showInFolder != nil {
		buttons.Objects = append([]fyne.CanvasObject{widget.NewButton(lang.L("打开所在文件夹"), func() {
			d.Hide()
			if err := showInFolder(path); err != nil {
				u.showError(err)
			}
		})}, buttons.Objects...)
	}
	d = dialog.NewCustomWithoutButtons(lang.L("已导出"), container.NewVBox(msg, container.NewCenter(buttons)), u.win)
	d.Resize(fyne.NewSize(560, 0))
	u.showClosable(d)
}
