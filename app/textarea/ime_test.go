package textarea

import (
	"testing"

	"fyne.io/fyne/v2"
)

// key is a key as the window passes it on, followed by its character when
// the key makes one and no input method took it.
func key(a *Area, k fyne.KeyName, char rune) {
	a.TypedKey(&fyne.KeyEvent{Name: k})
	if char != 0 {
		a.TypedRune(char)
	}
}

// pinyin is letter keys an input method took into its composition: the
// window passes the keys on (GLFW 3.3) but no character comes.
func pinyin(a *Area, letters string) {
	for _, l := range letters {
		a.TypedKey(&fyne.KeyEvent{Name: fyne.KeyName(string(l - 'a' + 'A'))})
	}
}

func commit(a *Area, text string) {
	for _, r := range text {
		a.TypedRune(r)
	}
}

// The keys an input method uses while composing change nothing in the
// field; what it commits goes in at the caret (review F31: correcting the
// pinyin with Backspace deleted the text before the caret).
func TestInputMethodKeysStayTheInputMethods(t *testing.T) {
	tests := []struct {
		name string
		do   func(a *Area)
		want string
	}{
		{"Backspace corrects the pinyin, not the text", func(a *Area) {
			pinyin(a, "zhongguo")
			press(a, fyne.KeyBackspace, fyne.KeyBackspace, fyne.KeyBackspace)
			key(a, fyne.KeyEscape, 0)
			pinyin(a, "a")
			commit(a, "啊")
		}, "第二段：戊无庚辛。啊"},
		{"Enter commits the letters without a paragraph", func(a *Area) {
			pinyin(a, "abc")
			press(a, fyne.KeyReturn)
			commit(a, "abc")
		}, "第二段：戊无庚辛。abc"},
		{"an arrow moves within the pinyin, not the caret", func(a *Area) {
			pinyin(a, "shi")
			press(a, fyne.KeyLeft)
			key(a, fyne.Key2, 0)
			commit(a, "时")
		}, "第二段：戊无庚辛。时"},
		{"emptied pinyin: the next Backspace erases text", func(a *Area) {
			pinyin(a, "ab")
			press(a, fyne.KeyBackspace, fyne.KeyBackspace, fyne.KeyBackspace)
		}, "第二段：戊无庚辛"},
		{"without an input method every key acts", func(a *Area) {
			key(a, fyne.KeyA, 'a')
			key(a, fyne.KeyB, 'b')
			press(a, fyne.KeyBackspace, fyne.KeyLeft)
			key(a, fyne.KeyReturn, 0)
		}, "第二段：戊无庚辛。\na"},
		{"Escape ends the composition", func(a *Area) {
			pinyin(a, "zh")
			key(a, fyne.KeyEscape, 0)
			press(a, fyne.KeyBackspace)
		}, "第二段：戊无庚辛"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, _ := newArea(t, "第二段：戊无庚辛。", 400)
			a.TypedShortcut(ctrl(fyne.KeyEnd))
			press(a, fyne.KeyEnd)
			tt.do(a)
			if got := a.Text(); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// Leaving the field ends a composition: the next Backspace there erases.
func TestInputMethodGuardEndsWithTheFocus(t *testing.T) {
	a, _ := newArea(t, "甲乙", 400)
	press(a, fyne.KeyEnd)
	pinyin(a, "ni")
	a.FocusLost()
	a.FocusGained()
	press(a, fyne.KeyBackspace)
	if got := a.Text(); got != "甲" {
		t.Errorf("got %q, want 甲", got)
	}
}
