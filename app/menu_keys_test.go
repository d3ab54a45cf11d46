package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
)

// Alt+letter opened no menu: Fyne's menus have no access keys. The titles
// now show the letter, 文件(F), and Alt+F/E/V/H are shortcuts of the main
// menu (the window asks it first, even while a field has the cursor).
func TestMenusHaveAccessLetters(t *testing.T) {
	u, _ := newDeskTestUI(t)
	m := u.mainMenu()
	var titles []string
	for _, menu := range m.Items {
		titles = append(titles, menu.Label)
	}
	want := []string{"文件(F)", "编辑(E)", "视图(V)", "帮助(H)"}
	for i := range want {
		if i >= len(titles) || titles[i] != want[i] {
			t.Fatalf("menu titles %q, want %q", titles, want)
		}
	}
	found := map[string]*fyne.MenuItem{}
	var walk func(items []*fyne.MenuItem)
	walk = func(items []*fyne.MenuItem) {
		for _, it := range items {
			if sc, ok := it.Shortcut.(*desktop.CustomShortcut); ok && sc.Modifier == fyne.KeyModifierAlt {
				found[string(sc.KeyName)] = it
			}
			if it.ChildMenu != nil {
				walk(it.ChildMenu.Items)
			}
		}
	}
	for _, menu := range m.Items {
		walk(menu.Items)
	}
	for i, k := range []string{"F", "E", "V", "H"} {
		it := found[k]
		if it == nil || it.Label != want[i] {
			t.Errorf("Alt+%s: %v, want the item opening %s", k, it, want[i])
			continue
		}
		it.Action() // the test window has no menu bar: nothing happens, nothing breaks
	}
}

// bMenuItem is the main menu's item with shortcut key+modifier.
func bMenuItem(t *testing.T, u *ui, key fyne.KeyName, mod fyne.KeyModifier) *fyne.MenuItem {
	t.Helper()
	var found *fyne.MenuItem
	var walk func(items []*fyne.MenuItem)
	walk = func(items []*fyne.MenuItem) {
		for _, it := range items {
			if sc, ok := it.Shortcut.(*desktop.CustomShortcut); ok && sc.KeyName == key && sc.Modifier == mod {
				found = it
			}
			if it.ChildMenu != nil {
				walk(it.ChildMenu.Items)
			}
		}
	}
	for _, m := range u.win.MainMenu().Items {
		walk(m.Items)
	}
	if found == nil {
		t.Fatalf("no menu item for %v+%s", mod, key)
	}
	return found
}

// Ctrl+1…7 switched screens behind an open dialog (the window asks the
// main menu first); while a dialog is open the menu's shortcuts do
// nothing, and once it is closed they work again.
func TestMenuShortcutsWaitForTheDialog(t *testing.T) {
	u, _ := newDeskTestUI(t)
	ctrl := fyne.KeyModifierShortcutDefault
	u.showScreen(0)
	start := u.currentKey()
	d := dialog.NewInformation("提示", "已导出。", u.win)
	u.showClosable(d)
	bMenuItem(t, u, fyne.Key2, ctrl).Action() // what the window does for Ctrl+2
	if got := u.currentKey(); got != start {
		t.Fatalf("Ctrl+2 behind the dialog switched to %q", got)
	}
	d.Hide()
	bMenuItem(t, u, fyne.Key2, ctrl).Action()
	if got := u.currentKey(); got == start {
		t.Fatalf("Ctrl+2 after the dialog closed stayed on %q", got)
	}
}
