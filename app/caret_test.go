package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// The desktop app runs with Fyne's animations off, so the text cursor in
// a 组版 body does not blink: every blink's fade repainted the whole window
// (13–22% of a core with the cursor in a long body, scripts/compose-speed.sh).
func TestSteadyCaretTurnsAnimationsOff(t *testing.T) {
	a := test.NewTempApp(t)
	if !a.Settings().ShowAnimations() {
		t.Fatal("the test app has animations off already; the test would prove nothing")
	}
	useSteadyCaret(a)
	t.Cleanup(func() { fyne.SetCurrentApp(a) })
	cur := fyne.CurrentApp()
	if got := cur.Settings().ShowAnimations(); caretWrapSafe && got {
		t.Errorf("ShowAnimations() = %v after useSteadyCaret, want false", got)
	}
	if cur.Driver() != a.Driver() || cur.Preferences() != a.Preferences() {
		t.Error("the wrapped app does not hand everything else to the app")
	}
	useSteadyCaret(cur) // twice: no wrapper around the wrapper
	if _, double := fyne.CurrentApp().(steadyCaretApp).App.(steadyCaretApp); double {
		t.Error("useSteadyCaret wrapped its own wrapper")
	}
}
