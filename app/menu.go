package app

import (
	"fmt"
	"log"
	"os"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
)

// Preference keys kept in Fyne's per-user preferences (not in the archive:
// they describe this computer's window, not the bulletin).
const (
	prefLastScreen = "lastScreen"
	prefLastFolder = "lastFolder"
)

// Keys of the archive's settings table the window uses.
const (
	settingLastIssue      = "ui.lastIssue"
	settingExampleOffered = "ui.exampleOffered"
)

func deskShortcut(k fyne.KeyName, m fyne.KeyModifier) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: k, Modifier: m}
}

// mainMenu is 文件/编辑/视图/帮助. Menu shortcuts fire even while an entry
// has focus (the desktop driver asks the main menu first), so no standard
// editing shortcut (Ctrl+C/V/X/Z) may appear here.
func (u *ui) mainMenu() *fyne.MainMenu {
	ctrl := fyne.KeyModifierShortcutDefault
	item := func(label string, sc fyne.Shortcut, action func()) *fyne.MenuItem {
		it := fyne.NewMenuItem(label, action)
		it.Shortcut = sc
		return it
	}
	quit := item(lang.L("退出"), deskShortcut(fyne.KeyQ, ctrl), u.quit)
	quit.IsQuit = true
	file := fyne.NewMenu(u.menuTitle(lang.L("文件"), 0),
		item(lang.L("新建来稿"), deskShortcut(fyne.KeyN, ctrl), u.onNewSubmission),
		item(lang.L("新建一期"), deskShortcut(fyne.KeyN, ctrl|fyne.KeyModifierShift), func() { u.callHook(keyCompose, u.onNewIssue) }),
		item(lang.L("打开文件……"), deskShortcut(fyne.KeyO, ctrl), func() { u.showKey(keySubmissions); u.subs.onOpenFile() }),
		fyne.NewMenuItem(lang.L("导入文件夹……"), func() { u.showKey(keySubmissions); u.subs.onOpenFolder() }),
		item(lang.L("导出本期……"), deskShortcut(fyne.KeyE, ctrl), func() { u.callHook(keyCompose, u.onExport) }),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem(lang.L("立即备份"), u.onBackup),
		fyne.NewMenuItem(lang.L("从备份恢复……"), u.onRestore),
		fyne.NewMenuItem(lang.L("连接办公室档案……"), u.onConnectOffice),
		fyne.NewMenuItemSeparator(),
		quit,
	)
	edit := fyne.NewMenu(u.menuTitle(lang.L("编辑"), 1),
		item(lang.L("粘贴为新来稿"), deskShortcut(fyne.KeyV, ctrl|fyne.KeyModifierShift), u.onPasteSubmission),
		fyne.NewMenuItemSeparator(),
		item(lang.L("条目上移"), deskShortcut(fyne.KeyUp, fyne.KeyModifierAlt), func() { u.callHook("", u.onMoveUp) }),
		item(lang.L("条目下移"), deskShortcut(fyne.KeyDown, fyne.KeyModifierAlt), func() { u.callHook("", u.onMoveDown) }),
		fyne.NewMenuItemSeparator(),
		item(lang.L("查找"), deskShortcut(fyne.KeyF, ctrl), u.onFind),
		item(lang.L("替换"), deskShortcut(fyne.KeyH, ctrl), u.onReplace),
		item(lang.L("检索档案"), deskShortcut(fyne.KeyF, ctrl|fyne.KeyModifierShift), u.onSearchArchive),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem(lang.L("操作记录……"), u.onShowAudit), // app/audit.go
	)
	view := u.viewMenu()
	help := u.helpMenu()
	help.Items = append(help.Items, u.keyboardMenu([]string{file.Label, edit.Label, view.Label, help.Label}))
	return u.guardMenu(fyne.NewMainMenu(file, edit, view, help)) // menu_keys.go
}

// viewMenu switches screens; Ctrl+1 … Ctrl+7 in navigation order.
func (u *ui) viewMenu() *fyne.Menu {
	keys := []fyne.KeyName{fyne.Key1, fyne.Key2, fyne.Key3, fyne.Key4, fyne.Key5, fyne.Key6, fyne.Key7, fyne.Key8, fyne.Key9}
	var items []*fyne.MenuItem
	for i, e := range u.entries {
		it := fyne.NewMenuItem(e.title, func() { u.showScreen(i) })
		if i < len(keys) {
			it.Shortcut = deskShortcut(keys[i], fyne.KeyModifierShortcutDefault)
		}
		it.Icon = e.icon
		items = append(items, it)
	}
	return fyne.NewMenu(u.menuTitle(lang.L("视图"), 2), items...)
}

func (u *ui) helpMenu() *fyne.Menu {
	return fyne.NewMenu(u.menuTitle(lang.L("帮助"), 3), fyne.NewMenuItem(lang.L("关于"), u.onAbout))
}

// callHook shows the screen the action belongs to (key "" keeps the
// current one) and runs the hook engineer B set; a missing hook does nothing.
func (u *ui) callHook(key string, hook func()) {
	if key != "" {
		u.showKey(key)
	}
	if hook != nil {
		hook()
	}
}

// onNewSubmission opens an empty submission in 来稿.
func (u *ui) onNewSubmission() {
	u.showKey(keySubmissions)
	u.subs.onNew()
}

// onPasteSubmission makes a submission from the clipboard text.
func (u *ui) onPasteSubmission() {
	u.showKey(keySubmissions)
	u.subs.onPaste()
}

// onFind finds in the open issue on 组版, and elsewhere goes to 检索 with
// the cursor in the query.
func (u *ui) onFind() {
	if u.currentKey() == keyCompose && u.findInIssue != nil {
		u.findInIssue(false)
		return
	}
	u.onSearchArchive()
}

// onReplace opens 替换 in the issue on 组版.
func (u *ui) onReplace() {
	u.callHook(keyCompose, func() {
		if u.findInIssue != nil {
			u.findInIssue(true)
		}
	})
}

// onSearchArchive goes to 检索 with the cursor in the query (Ctrl+Shift+F,
// from any screen).
func (u *ui) onSearchArchive() {
	u.showKey(keySearch)
	u.search.focus()
}

// onDropped imports dropped files and folders as submissions.
func (u *ui) onDropped(uris []fyne.URI) {
	u.showKey(keySubmissions)
	u.subs.importURIs(uris)
}

// onAbout shows the version from FyneApp.toml and the archive in use.
func (u *ui) onAbout() {
	md := u.app.Metadata()
	version := md.Version
	if version == "" {
		version = "dev"
	}
	name := md.Name
	if name == "" {
		name = lang.L("简报编辑台")
	}
	msg := fmt.Sprintf(lang.L("%s 版本 %s（%d）\n档案：%s"), name, version, md.Build, u.ar.Path())
	u.showClosable(dialog.NewInformation(lang.L("关于"), msg, u.win))
}

// rememberIssue records the issue shown in 组版, so the app reopens on it.
// It is kept in the archive: issue ids mean nothing in another archive.
func (u *ui) rememberIssue(id int64) {
	if id == u.lastIssue() {
		return
	}
	if err := u.ar.SetSetting(u.ctx(), settingLastIssue, strconv.FormatInt(id, 10)); err != nil {
		log.Printf("remember the last issue: %v", err)
	}
}

// lastIssue is the issue 组版 showed last, 0 when none.
func (u *ui) lastIssue() int64 {
	v, err := u.ar.Setting(u.ctx(), settingLastIssue)
	if err != nil {
		return 0
	}
	id, _ := strconv.ParseInt(v, 10, 64)
	return id
}

// restoreLastPlace shows the screen (and issue) the editor left off at.
// BULLETINDESK_SCREEN (submissions, compose, issues, search, stats, units,
// settings) overrides it, for screenshots and demonstrations, and
// BULLETINDESK_QUERY fills in the 检索 screen's query.
func (u *ui) restoreLastPlace() {
	key := u.reopenKey()
	defer u.startOpenSequence() // scripts/compose-speed.sh
	if key == keyCompose && u.lastIssue() != 0 {
		u.openIssue(u.lastIssue())
		return
	}
	if key != "" {
		u.showKey(key)
	}
	if q := os.Getenv("BULLETINDESK_QUERY"); q != "" && key == keySearch {
		u.search.query.SetText(q)
		u.search.query.OnSubmitted(q)
	}
}
