package app

import (
	"testing"

	"fyne.io/fyne/v2"
)

// TestInformationClosesWithKeys: information dialogs took neither Enter
// nor Escape, so a keyboard user could not get past them.
func TestInformationClosesWithKeys(t *testing.T) {
	for _, key := range []fyne.KeyName{fyne.KeyReturn, fyne.KeyEscape} {
		t.Run(string(key), func(t *testing.T) {
			u, _ := newDeskTestUI(t)
			before := u.win.Canvas().OnTypedKey()
			u.info("导入来稿", "已导入 3 篇来稿。")
			c := u.win.Canvas()
			if c.Overlays().Top() == nil {
				t.Fatal("no dialog shown")
			}
			c.OnTypedKey()(&fyne.KeyEvent{Name: key})
			if c.Overlays().Top() != nil {
				t.Errorf("the dialog is still open after %s", key)
			}
			if (c.OnTypedKey() == nil) != (before == nil) {
				t.Errorf("the window's own key handler was not given back")
			}
		})
	}
}
