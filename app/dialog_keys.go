package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
)

// showClosable shows a dialog that only informs (one button: 确定, 关闭,
// 知道了) and lets Enter and Escape close it, as every desktop dialog does;
// Fyne's took neither, and the keyboard user had to reach for the mouse.
// The keys reach the window's handler because nothing in the dialog has
// the cursor; the handler that was there comes back when it closes.
func (u *ui) showClosable(d dialog.Dialog) { u.showClosableEnter(d, d.Hide) }

// showClosableEnter is showClosable where Enter does the dialog's own
// action (从来稿采用: adopt what is ticked) instead of closing it.
func (u *ui) showClosableEnter(d dialog.Dialog, enter func()) {
	c := u.win.Canvas()
	before := c.OnTypedKey()
	c.SetOnTypedKey(func(ev *fyne.KeyEvent) {
		switch ev.Name {
		case fyne.KeyReturn, fyne.KeyEnter:
			enter()
		case fyne.KeyEscape:
			d.Hide()
		}
	})
	d.SetOnClosed(func() { c.SetOnTypedKey(before) })
	d.Show()
}
