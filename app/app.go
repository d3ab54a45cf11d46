// Package app is the Fyne desktop interface of Bulletin Desk: the shell
// (window, navigation, menu) and one file per screen. Screens call editor and
// export functions; they hold no SQL and no file-format code.
package app

import (
	"context"
	"errors"
	"fmt"
	"log"
	"sync/atomic"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/editor"
)

// screen is what every screen file provides (see the brief's contract).
type screen interface {
	view() fyne.CanvasObject
	reload()
}

// focusedOnShow is a screen whose one field takes the cursor when it is
// shown (检索: Ctrl+4 and typing found nothing, the keys went nowhere).
type focusedOnShow interface {
	firstFocus() fyne.Focusable
}

// navEntry is one place in the left navigation.
type navEntry struct {
	key   string // stable name, remembered as the last screen
	title string // translated
	icon  fyne.Resource
	s     screen
	obj   fyne.CanvasObject // s.view(), built once
	shown *fyne.Container   // obj in the content stack, hidden while another screen shows
	dirty bool              // data changed while the screen was hidden
}

// Navigation keys. B's screens use keyCompose, keyIssues, keyStats.
const (
	keySubmissions = "submissions"
	keyCompose     = "compose"
	keyIssues      = "issues"
	keySearch      = "search"
	keyStats       = "stats"
	keyUnits       = "units"
	keySettings    = "settings"
	keyUsers       = "users"
)

// ui is the running application: window, archive and the screens.
//
// Hooks the 组版 screen sets when it is built; each may stay nil, and the
// shell then disables or skips the matching action:
//
//	u.showIssue           func(id int64)    show that issue (u.openIssue switches screen first)
//	u.onNewIssue          func()            文件 → 新建一期 (Ctrl+Shift+N)
//	u.onExport            func()            文件 → 导出本期 (Ctrl+E)
//	u.onMoveUp/onMoveDown func()            编辑 → 条目上移/下移 (Alt+Up/Down)
//	u.adoptToCurrentIssue func(subID int64) 来稿 → 采用到当前期
//
// 组版 calls u.rememberIssue(id) when the issue it shows changes, so the app
// reopens on it; u.lastIssue() returns it.
type ui struct {
	app   fyne.App
	win   fyne.Window
	ar    *editor.Archive
	prefs editor.Preferences
	lang  string // "zh" or "en", decided once at start

	draftStoreFields // saves the archive did not take, kept on this computer (drafts.go)

	base   context.Context
	cancel context.CancelFunc

	entries []*navEntry
	current int
	nav     *widget.List
	content *fyne.Container

	subs     *submissionsScreen
	units    *unitsScreen
	settings *settingsScreen
	search   *searchScreen

	showIssue           func(id int64)
	onNewIssue          func()
	onExport            func()
	onMoveUp            func()
	onMoveDown          func()
	adoptToCurrentIssue func(subID int64)
	findInIssue         func(replace bool)              // 组版's 查找 (Ctrl+F) and 替换 (Ctrl+H)
	showItemHit         func(itemID int64, text string) // 组版 shows a 检索 hit in the open issue

	// syncWork runs u.run work and debounced saves at once on the calling
	// goroutine; tests set it so they can assert without waiting.
	syncWork bool
	jobs     jobGroup
	clock    clock // nil: the real one

	conflicts   map[string]*openConflict // records whose conflict dialog is open (conflict.go)
	readOnly    bool                     // the archive may not be written: fields disabled, a banner says why
	status      *widget.Label            // the calm line under the screens (showWaiting)
	me          editor.User              // who this user is and their roles (users.go)
	meLabel     *widget.Label            // the user under the navigation
	meRoleText  *widget.Label            // and their roles
	writes      writeQueue               // autosaves' writes, off the UI goroutine
	asyncWrites bool                     // false in the package's tests: writes run inline
	liveState   *live                    // the other desktops' changes and typing (live.go)
}

// startSync makes new windows do their work synchronously from the first
// moment; the package's tests set it, so no page loads in the background
// while the window is being built.
var startSync bool

// Run builds the main window for the archive, shows it and runs the app.
func Run(a fyne.App, ar *editor.Archive) {
	end := showMain(a, ar)
	a.Run()
	end()
}

// showMain shows the main window on ar; end is what to do once the loop
// has ended. The office archive's password window calls it from inside the
// loop, once connected.
func showMain(a fyne.App, ar *editor.Archive) (end func()) { return showMainIn(a, ar, nil) }

// showMainIn is showMain in window w (nil: a new one), which RunArchive
// showed while the archive opened.
func showMainIn(a fyne.App, ar *editor.Archive, w fyne.Window) (end func()) {
	useSteadyCaret(a)
	u := newUI(a, ar, w)
	u.win.Resize(fyne.NewSize(1280, 800))
	u.win.CenterOnScreen()
	u.win.SetMaster()
	u.win.SetCloseIntercept(func() { u.quit() })
	u.win.Show()
	u.restoreLastPlace()
	u.offerExampleIfEmpty()
	u.startAutoBackup()
	u.startLive()
	running.Store(u)
	stop := quitOnSignal(u)
	return func() {
		stop()
		// the loop has ended, so nothing else touches the widgets: whatever a
		// quit that did not come through u.quit left waiting is written now
		u.jobs.flushAll()
		u.waitWrites()
		running.Store(nil)
		u.cancel()
	}
}

// running is the window Run shows, for SaveNow.
var running atomic.Pointer[ui]

// SaveNow writes every edit still waiting, at once, on the calling
// goroutine. main calls it when the display goes away: Xlib then ends the
// process from inside the event loop, so the loop is not running and
// nothing else touches the widgets.
func SaveNow() {
	if u := running.Load(); u != nil {
		u.jobs.flushAll()
		u.waitWrites()
	}
}

// newUI decides language and theme, then builds the window's content. Tests
// pass their own window; Run passes nil and gets a new one.
func newUI(a fyne.App, ar *editor.Archive, w fyne.Window) *ui {
	u := &ui{app: a, ar: ar, syncWork: startSync, asyncWrites: !startSync}
	keepFilesUntilWritten()
	u.base, u.cancel = context.WithCancel(context.Background())
	p, err := ar.Preferences(u.base)
	if err != nil {
		log.Printf("read the preferences: %v", err)
		p = editor.DefaultPreferences()
	}
	u.prefs = p
	adoptArchiveLook(a, ar, p)
	language, look := personalLook(a)
	u.lang = setupLanguage(language)
	u.loadMe()
	// the archive knows a read-only file or folder it opened read-only
	u.readOnly = ar.ReadOnly() || ar.Engine() == "sqlite" && archiveIsReadOnly(ar.Path())
	readOnlyFields = u.readOnly
	checkFonts()
	a.Settings().SetTheme(newDeskTheme(look))
	if w == nil {
		w = a.NewWindow(lang.L("简报编辑台"))
	}
	u.win = w
	u.buildScreens()
	u.win.SetContent(fitToWindow(u.layout()))
	u.win.SetMainMenu(u.mainMenu())
	u.win.SetOnDropped(func(_ fyne.Position, uris []fyne.URI) { u.onDropped(uris) })
	// the screen restoreLastPlace reopens on is the first built and shown:
	// building 来稿 first cost the start its ten-year list for nothing.
	// Showing it is not yet where the editor left off: keep what
	// restoreLastPlace reads (forgetScreen cleared it)
	last := a.Preferences().String(prefLastScreen)
	u.showScreen(u.indexOf(u.reopenKey()))
	if last != "" {
		a.Preferences().SetString(prefLastScreen, last)
	}
	return u
}

// buildScreens makes the screens in navigation order.
func (u *ui) buildScreens() {
	u.subs = newSubmissionsScreen(u)
	u.search = newSearchScreen(u)
	u.units = newUnitsScreen(u)
	u.settings = newSettingsScreen(u)
	u.entries = []*navEntry{
		{key: keySubmissions, title: lang.L("来稿"), icon: theme.MailComposeIcon(), s: u.subs},
		{key: keyCompose, title: lang.L("组版"), icon: theme.DocumentCreateIcon(), s: newComposeScreen(u)},
		{key: keyIssues, title: lang.L("档案"), icon: theme.FolderIcon(), s: newIssuesScreen(u)},
		{key: keySearch, title: lang.L("检索"), icon: theme.SearchIcon(), s: u.search},
		{key: keyStats, title: lang.L("统计"), icon: theme.GridIcon(), s: newStatsScreen(u)},
		{key: keyUnits, title: lang.X("nav|单位", "单位"), icon: theme.AccountIcon(), s: u.units},
		{key: keySettings, title: lang.L("设置"), icon: theme.SettingsIcon(), s: u.settings},
		{key: keyUsers, title: lang.L("用户"), icon: theme.AccountIcon(), s: newUsersScreen(u)},
	}
}

// layout is the navigation on the left and the current screen on the right.
func (u *ui) layout() fyne.CanvasObject {
	u.nav = widget.NewList(
		func() int { return len(u.entries) },
		func() fyne.CanvasObject {
			return container.NewHBox(widget.NewIcon(theme.HomeIcon()), widget.NewLabel("组版组版"))
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			row := o.(*fyne.Container)
			row.Objects[0].(*widget.Icon).SetResource(u.entries[id].icon)
			row.Objects[1].(*widget.Label).SetText(u.entries[id].title)
		})
	u.nav.OnSelected = func(id widget.ListItemID) {
		if id != u.current || u.entries[id].shown == nil { // showScreen selects its row itself
			u.showScreen(id)
		}
	}
	u.content = container.NewStack()
	split := container.NewHSplit(container.NewBorder(nil, u.meIndicator(), nil, nil, u.nav), u.content)
	split.Offset = 0.1
	u.status = widget.NewLabel("")
	u.status.Hide()
	var top fyne.CanvasObject
	if u.readOnly {
		top = readOnlyBanner()
	}
	return container.NewBorder(top, u.status, nil, nil, split)
}

// showScreen puts the i-th navigation entry into the content area.
func (u *ui) showScreen(i int) {
	if i < 0 || i >= len(u.entries) {
		return
	}
	// take the keyboard out of the screen being left: its field saves now
	// (FocusLost), and keys typed next cannot go on into a hidden field
	u.win.Canvas().Unfocus()
	u.jobs.flushAll() // a picker's or a list's change waits on no field
	u.forgetScreen()
	e := u.entries[i]
	if e.obj == nil {
		e.obj = e.s.view()
		e.s.reload()
		e.dirty = false
	} else if e.dirty {
		e.s.reload()
		e.dirty = false
	}
	u.putOnShow(i)
	if f, ok := e.s.(focusedOnShow); ok {
		u.win.Canvas().Focus(f.firstFocus())
	}
	if u.nav != nil {
		u.nav.Select(i) // no loop: List does not fire OnSelected for the selected row
	}
	u.rememberScreen(e.key)
}

// putOnShow shows the i-th screen, built, and hides the one shown. Every
// screen once built stays in the content stack, hidden: a hidden container
// keeps its widgets' renderers and the textures of their text. Swapping the
// screen in and refreshing the stack refreshed every widget of the screen,
// each label shaping its text again, and gave back every texture of it to be
// drawn anew: a switch to 档案 cost 0.25–0.5 s of CPU in the real window.
func (u *ui) putOnShow(i int) {
	for j, e := range u.entries {
		if j != i && e.shown != nil && e.shown.Visible() {
			e.shown.Hide() // asks the window to paint again
		}
	}
	e := u.entries[i]
	u.current = i
	if e.shown == nil {
		e.shown = container.NewStack(e.obj)
		u.content.Add(e.shown) // laid out to the content's size
		u.toFront(e.shown)
		canvas.Refresh(e.shown)
		return
	}
	e.shown.Show() // the Hide above has the window paint it, at its size
	u.toFront(e.shown)
}

// toFront puts the shown screen first in the content stack. Focusing a
// field (检索's query on show) has Fyne walk the window's objects in
// order until it meets the field, making a renderer for every widget on
// the way: behind 组版 and 档案, hidden, that walk took 115–634 ms.
// The screens lie on one another, all but one hidden, so their order is
// not seen.
func (u *ui) toFront(shown fyne.CanvasObject) {
	objs := u.content.Objects
	for k, o := range objs {
		if o == shown {
			copy(objs[1:k+1], objs[:k])
			objs[0] = shown
			return
		}
	}
}

// indexOf is the navigation index of the screen with that key, 0 (来稿)
// when there is none.
func (u *ui) indexOf(key string) int {
	for i, e := range u.entries {
		if e.key == key {
			return i
		}
	}
	return 0
}

// showKey shows the screen with that key; false when there is none (yet).
func (u *ui) showKey(key string) bool {
	for i, e := range u.entries {
		if e.key == key {
			if u.current != i || e.shown == nil {
				u.showScreen(i)
			}
			return true
		}
	}
	return false
}

// currentKey is the key of the screen shown.
func (u *ui) currentKey() string {
	if u.current < len(u.entries) {
		return u.entries[u.current].key
	}
	return ""
}

// ctx is the context for archive calls; it ends when the app quits.
func (u *ui) ctx() context.Context { return u.base }

// showError tells the user what went wrong, in their language.
func (u *ui) showError(err error) {
	if err == nil || errors.Is(err, context.Canceled) {
		return
	}
	log.Printf("error: %v", err)
	msg := userMessage(err)
	if errors.Is(err, editor.ErrLocked) {
		msg += "\n" + lang.L("档案文件：") + u.ar.Path()
	}
	dialog.ShowError(errors.New(msg), u.win)
}

// openIssue switches to 组版 showing that issue.
func (u *ui) openIssue(id int64) {
	u.rememberIssue(id)
	if !u.showKey(keyCompose) || u.showIssue == nil {
		return
	}
	u.showIssue(id)
}

// openSubmission switches to 来稿 with that submission selected.
func (u *ui) openSubmission(id int64) {
	u.showKey(keySubmissions)
	u.subs.selectSubmission(id)
}

// onIssuesChanged tells the screens that issues changed: the one shown
// reloads now, the others when next shown.
func (u *ui) onIssuesChanged() { u.markDirty() }

// onSubmissionsChanged tells the screens that submissions changed.
func (u *ui) onSubmissionsChanged() { u.markDirty() }

// markOthersDirty: the current screen saved something itself (units,
// a submission's fields); the other screens reload when next shown.
func (u *ui) markOthersDirty() {
	for i, e := range u.entries {
		if i != u.current && e.obj != nil {
			e.dirty = true
		}
	}
}

func (u *ui) markDirty() {
	for i, e := range u.entries {
		if e.obj == nil {
			continue
		}
		if i == u.current {
			e.s.reload()
			continue
		}
		e.dirty = true
	}
}

// confirm asks before an action; its button says what it does (签发, 删除),
// never a bare yes/no, and danger colours it red for what cannot be undone.
//
// Escape cancels; Enter confirms unless the action is dangerous (Fyne's
// dialog takes no keys, and nothing in it has the cursor).
func (u *ui) confirm(title, message, action string, danger bool, ok func()) {
	var restore func()
	d := dialog.NewConfirm(title, message, func(yes bool) {
		restore() // first: ok may ask again
		if yes {
			ok()
		}
	}, u.win)
	d.SetConfirmText(action)
	d.SetDismissText(lang.L("取消"))
	if danger {
		d.SetConfirmImportance(widget.DangerImportance)
	}
	d.Show()
	restore = u.confirmKeys(d, !danger)
}

// confirmKeys lets Escape cancel the confirmation shown and, with enter,
// Enter confirm it; the keys reach the window because nothing in the dialog
// has the cursor. Call restore first in the dialog's callback.
func (u *ui) confirmKeys(d *dialog.ConfirmDialog, enter bool) (restore func()) {
	c := u.win.Canvas()
	before := c.OnTypedKey()
	c.SetOnTypedKey(func(ev *fyne.KeyEvent) {
		switch ev.Name {
		case fyne.KeyReturn, fyne.KeyEnter:
			if enter {
				d.Confirm()
			}
		case fyne.KeyEscape:
			d.Hide()
		}
	})
	return func() { c.SetOnTypedKey(before) }
}

// showForm shows a form dialog in which Enter, typed in any of its one-line
// entries, presses the confirm button, as in any desktop dialog (Fyne's form
// dialog leaves Enter unused), with the cursor in focus when it is not nil.
func (u *ui) showForm(d *dialog.FormDialog, items []*widget.FormItem, focus fyne.Focusable) {
	for _, it := range items {
		if e, ok := it.Widget.(*widget.Entry); ok && !e.MultiLine {
			e.OnSubmitted = func(string) { d.Submit() }
		}
	}
	d.Show()
	if focus != nil {
		u.win.Canvas().Focus(focus)
	}
}

// info shows a short message with an OK button.
func (u *ui) info(title, message string) {
	u.showClosable(dialog.NewInformation(title, message, u.win))
}

// quit closes the app; every edit is already in the archive.
func (u *ui) quit() {
	u.jobs.flushAll()
	u.waitWrites()
	u.cancel()
	u.app.Quit()
}

// RunFailed shows why the archive at path could not be opened, in a small
// window, and runs the app until the user closes it.
func RunFailed(a fyne.App, path string, err error) {
	language, look := personalLook(a)
	setupLanguage(language)
	a.Settings().SetTheme(newDeskTheme(look))
	w := a.NewWindow(lang.L("简报编辑台"))
	w.SetContent(failedView(path, err, a.Quit))
	w.Resize(fyne.NewSize(560, 260))
	w.CenterOnScreen()
	w.ShowAndRun()
}

// failedView is the message and 退出. The message scrolls inside a fixed
// room: a wrapping label asks for the height of its text wrapped at no
// width, one character a line, and the window grew to 1,236 px with 退出
// off an 800 px screen.
func failedView(path string, err error, quit func()) fyne.CanvasObject {
	text := fmt.Sprintf(lang.L("无法打开档案：%s\n\n%s"), path, userMessage(err))
	return container.NewBorder(nil, container.NewCenter(widget.NewButton(lang.L("退出"), quit)), nil, nil,
		messageBox(text, fyne.NewSize(520, 170)))
}

// messageBox is wrapped text in a scroller of the given size, for messages
// of any length in a window or dialog that must fit small screens.
func messageBox(text string, size fyne.Size) fyne.CanvasObject {
	msg := widget.NewLabel(text)
	msg.Wrapping = fyne.TextWrapWord
	scroll := container.NewVScroll(msg)
	scroll.SetMinSize(size)
	return scroll
}

// fillBulletinSelect offers 全部刊物 and each bulletin in sel, keeping the
// choice, and hides sel when there is only one bulletin. Option i > 0 is
// bulletin i-1 of the list returned; false when the archive could not say.
func (u *ui) fillBulletinSelect(sel *widget.Select, changed func()) ([]editor.Bulletin, bool) {
	bs, err := u.ar.Bulletins(u.ctx())
	if err != nil {
		return nil, false
	}
	opts := []string{lang.L("全部刊物")}
	for _, b := range bs {
		opts = append(opts, b.Name)
	}
	i := max(sel.SelectedIndex(), 0)
	sel.OnChanged, sel.Options = nil, opts
	sel.SetSelectedIndex(min(i, len(opts)-1))
	sel.OnChanged = func(string) { changed() }
	sel.Hidden = len(bs) < 2
	sel.Refresh()
	return bs, true
}
