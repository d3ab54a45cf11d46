package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
)

// menuLetters are the menus' access letters, in menu order: 文件(F),
// 编辑(E), 视图(V), 帮助(H), as Chinese desktop programs show them.
var menuLetters = []fyne.KeyName{fyne.KeyF, fyne.KeyE, fyne.KeyV, fyne.KeyH}

// menuTitle is a menu's title with its access letter in the Chinese
// window, 文件(F); English titles stay as they are.
func (u *ui) menuTitle(title string, n int) string {
	if u.lang == "en" || n >= len(menuLetters) {
		return title
	}
	return title + "(" + string(menuLetters[n]) + ")"
}

// keyboardMenu is 帮助 ▸ 键盘打开菜单: Alt+F, Alt+E, Alt+V, Alt+H open
// their menu. Fyne 2.7's menus have no access keys (fyne-io/fyne#5809) and
// no call that opens one menu; the shortcuts live here because the window
// asks the main menu, submenus included, before the field with the cursor,
// so they work while typing too.
func (u *ui) keyboardMenu(titles []string) *fyne.MenuItem {
	var items []*fyne.MenuItem
	for i, t := range titles {
		it := fyne.NewMenuItem(t, func() { u.openMenu(i) })
		it.Shortcut = deskShortcut(menuLetters[i], fyne.KeyModifierAlt)
		items = append(items, it)
	}
	sub := fyne.NewMenuItem(lang.L("键盘打开菜单"), nil)
	sub.ChildMenu = fyne.NewMenu("", items...)
	return sub
}

// openMenu opens the n-th menu of the menu bar: the desktop driver's
// canvas opens the first when Alt is pressed alone (ToggleMenu, a method
// Fyne exports on its canvas but not in fyne.Canvas), and → moves along the
// bar from there. Elsewhere (the test driver) it does nothing.
func (u *ui) openMenu(n int) {
	c := u.win.Canvas()
	bar, ok := c.(interface {
		ToggleMenu()
		DismissMenu() bool
	})
	if !ok {
		return
	}
	bar.DismissMenu() // a menu already open would be closed by the toggle
	bar.ToggleMenu()
	for range n {
		if f := c.Focused(); f != nil {
			f.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
		}
	}
}

// dialogOpen says a dialog (or another pop-up) is open over the window.
func (u *ui) dialogOpen() bool {
	return u.win != nil && u.win.Canvas().Overlays().Top() != nil
}

// guardMenu makes every item of m do nothing while a dialog is open. The
// window gives the main menu every shortcut first, so Ctrl+1…7 switched
// screens and Ctrl+E exported behind an open dialog, which stayed over
// the wrong screen; a dialog is modal, its keys are its own.
func (u *ui) guardMenu(m *fyne.MainMenu) *fyne.MainMenu {
	var guard func(items []*fyne.MenuItem)
	guard = func(items []*fyne.MenuItem) {
		for _, it := range items {
			if act := it.Action; act != nil {
				it.Action = func() {
					if !u.dialogOpen() {
						act()
					}
				}
			}
			if it.ChildMenu != nil {
				guard(it.ChildMenu.Items)
			}
		}
	}
	for _, menu := range m.Items {
		guard(menu.Items)
	}
	return m
}
