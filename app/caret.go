package app

import "fyne.io/fyne/v2"

// steadyCaretApp is the app with Fyne's animations off, so the text cursor
// stands still instead of blinking. Each blink faded the cursor over about
// a tenth of a second, and every frame of the fade repainted the whole
// window: with the cursor in a long 组版 body that was 13–22% of a core
// while the editor only read (scripts/compose-speed.sh). Buttons and tabs
// then also change without their short animations, as with the desktop's
// "reduce motion" setting.
type steadyCaretApp struct{ fyne.App }

// Settings is the app's settings with ShowAnimations false.
func (a steadyCaretApp) Settings() fyne.Settings { return steadySettings{a.App.Settings()} }

type steadySettings struct{ fyne.Settings }

func (steadySettings) ShowAnimations() bool { return false }

// useSteadyCaret makes the widgets see a as the current app with its
// animations off; everything else goes to a unchanged.
func useSteadyCaret(a fyne.App) {
	if !caretWrapSafe {
		return
	}
	if _, done := fyne.CurrentApp().(steadyCaretApp); done {
		return
	}
	fyne.SetCurrentApp(steadyCaretApp{a})
}
