package app

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/editor"
)

// RunArchive shows the window at once and opens the archive at path
// behind it, then runs the app. An archive made by an older version has
// its search index rebuilt when opened — a minute or more for ten years on
// a slow computer — and the window shows that rebuild's progress instead
// of nothing at all. release (the window lock) is called once the archive
// is closed, or as soon as it failed to open: the message shown then does
// not hold the archive. The error is the archive's, nil once it opened.
func RunArchive(a fyne.App, path string, release func()) error {
	language, look := personalLook(a) // the person's, known before any archive is open
	setupLanguage(language)
	a.Settings().SetTheme(newDeskTheme(look))
	w := a.NewWindow(lang.L("简报编辑台"))
	w.Resize(fyne.NewSize(1280, 800))
	w.CenterOnScreen()
	w.SetMaster()
	var end func()
	o := newOpening(w, path)
	w.SetCloseIntercept(func() { o.cancel(); a.Quit() }) // showMainIn sets its own
	inline := o.startWaiting(editor.OpenProgress, quickOpen, func(ar *editor.Archive, err error) {
		if err != nil {
			release()
			release = func() {}
			w.SetContent(failedView(path, err, a.Quit))
			w.Resize(fyne.NewSize(560, 260))
			w.CenterOnScreen()
			w.Show()
			return
		}
		end = showMainIn(a, ar, w)
	})
	if !inline {
		w.Show() // 正在打开档案, and the upgrade's progress
	}
	a.Run()
	o.cancel()
	<-o.done // a rebuild cut short is rolled back: the archive stays as it was
	if end != nil {
		end()
	}
	if o.ar != nil {
		o.ar.Close()
	}
	release()
	if errors.Is(o.err, context.Canceled) {
		return nil // closed while it opened
	}
	return o.err
}

// quickOpen is how long the start waits for the archive before it shows
// 正在打开档案: an archive that needs no upgrade opens in a few
// milliseconds, and its screens are then built before the window first
// shows. Painting 正在打开档案 first, then the screens with their lists
// still empty, then filled, cost the start three pictures for one (software
// OpenGL paints a whole 1280×800 window each time).
const quickOpen = 300 * time.Millisecond

// opening is the window while the archive opens: a line saying so, and,
// when an upgrade starts (the search index rebuilt, the texts packed; each
// counts its records from 0), a dialog with its progress.
type opening struct {
	w      fyne.Window
	path   string
	ctx    context.Context
	cancel context.CancelFunc
	done   chan struct{} // closed once the archive is open or failed to open
	ar     *editor.Archive
	err    error

	rebuild  *dialog.CustomDialog // nil until the rebuild's first word
	bar      *widget.ProgressBar
	count    *widget.Label
	progress func(done, total int) // the bar and count, throttled (progress.go)

	handover  atomic.Int32 // startWaiting: waiting, given up waiting, or answered to the waiter
	upgrading atomic.Bool  // the open said it upgrades: the window shows that
	delivered bool         // opened has run (UI goroutine): no rebuild dialog after it
}

// The states of opening.handover.
const (
	openWaited   = iota // the start still waits for the archive
	openGaveUp          // it showed the window instead: fyne.Do delivers
	openAnswered        // the archive came while it waited: delivered inline
)

// openFunc is editor.OpenProgress; tests pass their own.
type openFunc func(ctx context.Context, path string, progress func(done, total int)) (*editor.Archive, error)

func newOpening(w fyne.Window, path string) *opening {
	o := &opening{w: w, path: path, done: make(chan struct{})}
	o.ctx, o.cancel = context.WithCancel(context.Background())
	o.bar, o.count = widget.NewProgressBar(), widget.NewLabel(lang.L("请稍候……"))
	o.progress = throttledProgress(o.bar, o.count)
	w.SetContent(container.NewCenter(widget.NewLabel(fmt.Sprintf(lang.L("正在打开档案：%s"), path))))
	return o
}

// start opens the archive off the UI goroutine; opened runs on the UI
// goroutine with the archive or the error, after the dialog is gone.
func (o *opening) start(open openFunc, opened func(*editor.Archive, error)) {
	o.handover.Store(openGaveUp)
	o.startWaiting(open, 0, opened)
}

// startWaiting is start, but waits up to wait for the archive on the
// calling (UI) goroutine: true when it came in time, with no upgrade, and
// opened has run already, before the window was shown; false when opened
// runs later through fyne.Do, and the window should show now.
func (o *opening) startWaiting(open openFunc, wait time.Duration, opened func(*editor.Archive, error)) bool {
	came := make(chan struct{})
	go func() {
		defer close(o.done)
		ar, err := open(o.ctx, o.path, o.onProgress)
		o.ar, o.err = ar, err
		if o.handover.CompareAndSwap(openWaited, openAnswered) {
			close(came)
			return
		}
		fyne.Do(func() { o.deliver(opened) })
	}()
	if o.handover.Load() == openGaveUp {
		return false
	}
	timer := time.NewTimer(wait)
	defer timer.Stop()
	select {
	case <-came:
	case <-timer.C:
		if o.handover.CompareAndSwap(openWaited, openGaveUp) {
			return false
		}
		<-came // it answered just as the wait ended
	}
	if o.upgrading.Load() {
		o.handover.Store(openGaveUp) // a quick upgrade: say it was done, as always
		fyne.Do(func() { o.deliver(opened) })
		return false
	}
	o.deliver(opened)
	return true
}

// deliver runs opened on the UI goroutine, the rebuild's dialog gone.
func (o *opening) deliver(opened func(*editor.Archive, error)) {
	if o.ctx.Err() != nil {
		return // the window was closed while the archive opened
	}
	o.delivered = true
	if o.rebuild != nil {
		o.rebuild.Hide()
	}
	opened(o.ar, o.err)
}

// onProgress hears the upgrade: the dialog comes up at its first word
// (nothing is said when there is nothing to upgrade, the usual case).
func (o *opening) onProgress(done, total int) {
	if done == 0 {
		o.upgrading.Store(true)
		fyne.Do(o.showRebuild)
	}
	o.progress(done, total)
}

func (o *opening) showRebuild() {
	if o.rebuild != nil || o.ctx.Err() != nil || o.delivered {
		return
	}
	why := widget.NewLabel(lang.L("这个档案由旧版本建立，要升级一次：重建检索索引、压缩正文（十年的档案约需一两分钟），完成后自动打开。升级期间请勿关闭窗口；若关闭，下次打开时重新升级，档案内容不受影响。"))
	why.Wrapping = fyne.TextWrapWord
	o.rebuild = dialog.NewCustomWithoutButtons(lang.L("正在升级档案"), container.NewVBox(why, o.bar, o.count), o.w)
	o.rebuild.Resize(fyne.NewSize(480, 220))
	o.rebuild.Show()
}
