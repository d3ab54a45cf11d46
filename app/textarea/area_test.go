package textarea

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
)

// newArea is an area with text in a window w wide, with the keyboard.
func newArea(t *testing.T, text string, w float32) (*Area, fyne.Window) {
	t.Helper()
	test.NewTempApp(t)
	a := New()
	a.SetText(text)
	win := test.NewWindow(a)
	t.Cleanup(win.Close)
	win.Resize(fyne.NewSize(w, 600))
	win.Canvas().Focus(a)
	return a, win
}

func press(a *Area, keys ...fyne.KeyName) {
	for _, k := range keys {
		a.TypedKey(&fyne.KeyEvent{Name: k})
	}
}

func shiftPress(a *Area, keys ...fyne.KeyName) {
	a.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	press(a, keys...)
	a.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
}

func ctrl(k fyne.KeyName) *desktop.CustomShortcut {
	return &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault}
}

func TestTypingAndErasing(t *testing.T) {
	tests := []struct {
		name string
		text string
		do   func(a *Area)
		want string
	}{
		{"typing goes in at the caret", "县里。", func(a *Area) { test.Type(a, "临江区以组织") }, "临江区以组织县里。"},
		{"Enter starts a paragraph", "甲乙", func(a *Area) { press(a, fyne.KeyRight); press(a, fyne.KeyReturn); test.Type(a, "丙") }, "甲\n丙乙"},
		{"Backspace joins paragraphs", "甲\n乙", func(a *Area) { press(a, fyne.KeyDown, fyne.KeyHome, fyne.KeyBackspace) }, "甲乙"},
		{"Backspace erases before the caret", "甲乙丙", func(a *Area) { press(a, fyne.KeyRight, fyne.KeyRight, fyne.KeyBackspace) }, "甲丙"},
		{"Delete erases after the caret", "甲乙丙", func(a *Area) { press(a, fyne.KeyRight, fyne.KeyDelete) }, "甲丙"},
		{"Delete at a paragraph's end joins the next", "甲\n乙", func(a *Area) { press(a, fyne.KeyEnd, fyne.KeyDelete) }, "甲乙"},
		{"typing replaces the selection", "甲乙丙", func(a *Area) { shiftPress(a, fyne.KeyRight, fyne.KeyRight); test.Type(a, "丁") }, "丁丙"},
		{"Backspace erases the selection across paragraphs", "甲乙\n丙丁", func(a *Area) {
			press(a, fyne.KeyRight)
			shiftPress(a, fyne.KeyDown)
			press(a, fyne.KeyBackspace)
		}, "甲丁"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, _ := newArea(t, tt.text, 400)
			changed := ""
			a.OnChanged = func(s string) { changed = s }
			tt.do(a)
			if got := a.Text(); got != tt.want {
				t.Errorf("text %q, want %q", got, tt.want)
			}
			if changed != tt.want {
				t.Errorf("OnChanged last saw %q, want %q", changed, tt.want)
			}
		})
	}
}

func TestSelectingByKeys(t *testing.T) {
	tests := []struct {
		name string
		do   func(a *Area)
		want string
	}{
		{"Shift+Right", func(a *Area) { press(a, fyne.KeyRight); shiftPress(a, fyne.KeyRight, fyne.KeyRight) }, "乙丙"},
		{"Shift+End", func(a *Area) { press(a, fyne.KeyRight); shiftPress(a, fyne.KeyEnd) }, "乙丙丁"},
		{"Shift+Home", func(a *Area) { press(a, fyne.KeyEnd, fyne.KeyLeft); shiftPress(a, fyne.KeyHome) }, "甲乙丙"},
		{"Shift+Down", func(a *Area) { press(a, fyne.KeyRight); shiftPress(a, fyne.KeyDown) }, "乙丙丁\n戊"},
		{"Ctrl+Shift+End", func(a *Area) {
			press(a, fyne.KeyRight)
			a.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyEnd, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift})
		}, "乙丙丁\n戊己"},
		{"Ctrl+A", func(a *Area) { a.TypedShortcut(&fyne.ShortcutSelectAll{}) }, "甲乙丙丁\n戊己"},
		{"an arrow ends the selection", func(a *Area) { shiftPress(a, fyne.KeyRight); press(a, fyne.KeyRight) }, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, _ := newArea(t, "甲乙丙丁\n戊己", 400)
			tt.do(a)
			if got := a.SelectedText(); got != tt.want {
				t.Errorf("selected %q, want %q", got, tt.want)
			}
		})
	}
}

// TestMovingByKeys types a mark where each key put the caret.
func TestMovingByKeys(t *testing.T) {
	long := strings.Repeat("组织工作", 30) // several rows at 300 px
	tests := []struct {
		name string
		text string
		keys []fyne.KeyName
		want string
	}{
		{"End keeps to the paragraph's row", "甲乙\n丙丁", []fyne.KeyName{fyne.KeyEnd}, "甲乙|\n丙丁"},
		{"Down goes to the next paragraph", "甲乙\n丙丁", []fyne.KeyName{fyne.KeyRight, fyne.KeyDown}, "甲乙\n丙|丁"},
		{"Up from the first row goes to the start", "甲乙\n丙丁", []fyne.KeyName{fyne.KeyRight, fyne.KeyUp}, "|甲乙\n丙丁"},
		{"Down from the last row goes to the end", "甲乙\n丙丁", []fyne.KeyName{fyne.KeyDown, fyne.KeyDown}, "甲乙\n丙丁|"},
		{"Left from a paragraph's start goes to the one before", "甲乙\n丙丁", []fyne.KeyName{fyne.KeyDown, fyne.KeyHome, fyne.KeyLeft}, "甲乙|\n丙丁"},
		{"PgDn goes a page down", long + "\n末", []fyne.KeyName{fyne.KeyPageDown, fyne.KeyPageDown, fyne.KeyPageDown}, long + "\n末|"},
		{"PgUp goes a page up", "首\n" + long, []fyne.KeyName{fyne.KeyPageDown, fyne.KeyPageDown, fyne.KeyPageUp, fyne.KeyPageUp, fyne.KeyPageUp}, "|首\n" + long},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, _ := newArea(t, tt.text, 300)
			press(a, tt.keys...)
			test.Type(a, "|")
			if got := a.Text(); got != tt.want {
				t.Errorf("text %q, want %q", got, tt.want)
			}
		})
	}
}

func TestCtrlHomeEnd(t *testing.T) {
	a, _ := newArea(t, strings.Repeat("组织工作", 30)+"\n中\n尾", 300)
	press(a, fyne.KeyDown, fyne.KeyRight)
	a.TypedShortcut(ctrl(fyne.KeyEnd))
	test.Type(a, "z")
	a.TypedShortcut(ctrl(fyne.KeyHome))
	test.Type(a, "y")
	if got := a.Text(); !strings.HasPrefix(got, "y组织") || !strings.HasSuffix(got, "尾z") {
		t.Errorf("text %q, want y at the start and z at the end", got)
	}
}

// TestUpDownKeepColumn: Up and Down keep to the column they started from,
// across a shorter row between.
func TestUpDownKeepColumn(t *testing.T) {
	a, _ := newArea(t, "甲乙丙丁\n戊\n己庚辛壬", 400)
	press(a, fyne.KeyRight, fyne.KeyRight, fyne.KeyRight, fyne.KeyDown, fyne.KeyDown)
	test.Type(a, "|")
	if got, want := a.Text(), "甲乙丙丁\n戊\n己庚辛|壬"; got != want {
		t.Errorf("text %q, want %q", got, want)
	}
}

func TestClipboard(t *testing.T) {
	a, _ := newArea(t, "甲乙丙丁", 400)
	cb := fyne.CurrentApp().Clipboard()
	press(a, fyne.KeyRight)
	shiftPress(a, fyne.KeyRight, fyne.KeyRight)
	a.TypedShortcut(&fyne.ShortcutCopy{Clipboard: cb})
	if got := cb.Content(); got != "乙丙" {
		t.Fatalf("copied %q, want 乙丙", got)
	}
	a.TypedShortcut(&fyne.ShortcutCut{Clipboard: cb})
	if got := a.Text(); got != "甲丁" {
		t.Errorf("after cut the text is %q, want 甲丁", got)
	}
	cb.SetContent("一\r\n二")
	a.TypedShortcut(&fyne.ShortcutPaste{Clipboard: cb})
	if got, want := a.Text(), "甲一\n二丁"; got != want {
		t.Errorf("after paste the text is %q, want %q (Windows line ends as paragraphs)", got, want)
	}
}

func TestUndoRedo(t *testing.T) {
	a, _ := newArea(t, "甲", 400)
	press(a, fyne.KeyEnd)
	test.Type(a, "乙丙")
	press(a, fyne.KeyReturn)
	test.Type(a, "丁")
	a.TypedShortcut(&fyne.ShortcutUndo{})
	if got := a.Text(); got != "甲乙丙\n" {
		t.Errorf("one undo: %q, want the typed run 丁 gone", got)
	}
	a.TypedShortcut(&fyne.ShortcutUndo{})
	a.TypedShortcut(&fyne.ShortcutUndo{})
	if got := a.Text(); got != "甲" {
		t.Errorf("three undos: %q, want 甲", got)
	}
	a.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift})
	a.TypedShortcut(&fyne.ShortcutRedo{})
	if got := a.Text(); got != "甲乙丙\n" {
		t.Errorf("two redos: %q, want 甲乙丙 and the new paragraph", got)
	}
	// Backspaces, then a Delete: two steps, as in Word (review F11)
	b, _ := newArea(t, "甲乙丙丁戊", 400)
	press(b, fyne.KeyRight, fyne.KeyRight, fyne.KeyRight, fyne.KeyBackspace, fyne.KeyBackspace, fyne.KeyDelete)
	b.TypedShortcut(&fyne.ShortcutUndo{})
	if got := b.Text(); got != "甲丁戊" {
		t.Errorf("one undo after two Backspaces and a Delete: %q, want only the Delete taken back (甲丁戊)", got)
	}
	b.TypedShortcut(&fyne.ShortcutUndo{})
	if got := b.Text(); got != "甲乙丙丁戊" {
		t.Errorf("two undos: %q, want 甲乙丙丁戊", got)
	}
}

// TestOwnerSeesShortcutsFirst: 组版's history takes Ctrl+Z after an item
// was deleted; the field's own undo must not run then.
func TestOwnerSeesShortcutsFirst(t *testing.T) {
	a, _ := newArea(t, "甲", 400)
	test.Type(a, "乙")
	took := 0
	a.OnShortcut = func(sc fyne.Shortcut) bool { took++; return true }
	a.TypedShortcut(&fyne.ShortcutUndo{})
	if took != 1 || a.Text() != "乙甲" {
		t.Errorf("owner took %d, text %q; want 1 and the typing kept", took, a.Text())
	}
}

func TestReadOnly(t *testing.T) {
	a, w := newArea(t, "甲乙丙", 400)
	cb := fyne.CurrentApp().Clipboard()
	a.Disable()
	w.Canvas().Focus(a) // a click gives a selectable field the keyboard
	test.Type(a, "丁")
	press(a, fyne.KeyBackspace, fyne.KeyDelete, fyne.KeyReturn)
	a.TypedShortcut(&fyne.ShortcutPaste{Clipboard: cb})
	if got := a.Text(); got != "甲乙丙" {
		t.Errorf("a read-only field changed to %q", got)
	}
	a.KeyDown(&fyne.KeyEvent{Name: desktop.KeyControlLeft})
	a.KeyDown(&fyne.KeyEvent{Name: fyne.KeyA}) // the window passes it no Ctrl+A
	a.KeyUp(&fyne.KeyEvent{Name: desktop.KeyControlLeft})
	a.TypedShortcut(&fyne.ShortcutCopy{Clipboard: cb})
	if got := cb.Content(); got != "甲乙丙" {
		t.Errorf("Ctrl+A, Ctrl+C in a read-only field copied %q", got)
	}
}

// at is the point in the middle of rune c of row n.
func at(a *Area, n, c int) fyne.Position {
	rw := a.rowAt(n)
	x0, y0 := a.inset()
	x := a.xIn(rw, rw.from+c) + runeWidth(a.face(), a.paras[rw.p].text[rw.from+c])/4
	return fyne.NewPos(x0+x, y0+float32(n)*a.lineHeight()+a.lineHeight()/2)
}

func TestMouse(t *testing.T) {
	t.Run("a click puts the caret there", func(t *testing.T) {
		a, w := newArea(t, "甲乙丙\n丁戊己", 400)
		w.Canvas().Unfocus()
		a.MouseDown(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: at(a, 1, 1)}, Button: desktop.MouseButtonPrimary})
		a.MouseUp(&desktop.MouseEvent{})
		if w.Canvas().Focused() != a {
			t.Fatal("the click did not give the field the keyboard")
		}
		test.Type(a, "|")
		if got, want := a.Text(), "甲乙丙\n丁|戊己"; got != want {
			t.Errorf("text %q, want %q", got, want)
		}
	})
	t.Run("a tap puts the caret there", func(t *testing.T) {
		a, _ := newArea(t, "甲乙丙\n丁戊己", 400)
		test.TapAt(a, at(a, 0, 2))
		test.Type(a, "|")
		if got, want := a.Text(), "甲乙|丙\n丁戊己"; got != want {
			t.Errorf("text %q, want %q", got, want)
		}
	})
	t.Run("press and drag selects", func(t *testing.T) {
		a, _ := newArea(t, "甲乙丙\n丁戊己", 400)
		a.MouseDown(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: at(a, 0, 1)}, Button: desktop.MouseButtonPrimary})
		a.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: at(a, 1, 1)}})
		a.DragEnd()
		if got, want := a.SelectedText(), "乙丙\n丁"; got != want {
			t.Errorf("selected %q, want %q", got, want)
		}
	})
	t.Run("a double-click selects the run between marks", func(t *testing.T) {
		a, _ := newArea(t, "全县，推行议事2019年制度。好", 400)
		a.DoubleTapped(&fyne.PointEvent{Position: at(a, 0, 5)})
		if got, want := a.SelectedText(), "推行议事2019年制度"; got != want {
			t.Errorf("selected %q, want %q", got, want)
		}
		a.DoubleTapped(&fyne.PointEvent{Position: at(a, 0, 2)})
		if got := a.SelectedText(); got != "，" {
			t.Errorf("double-click on a mark selected %q, want the mark", got)
		}
	})
	t.Run("the pointer is a text cursor", func(t *testing.T) {
		a, _ := newArea(t, "甲", 400)
		if a.Cursor() != desktop.TextCursor {
			t.Error("not a text cursor")
		}
	})
}

// TestRowsFollowChineseRules: at any width no row starts with a closing
// mark and 96.5% and 2019 are never cut (2019|年 may break, as in the
// pages' layout).
func TestRowsFollowChineseRules(t *testing.T) {
	text := strings.Repeat("全县推行议事制度，覆盖率达96.5%。2019年以来办结“民生实事”。", 6)
	for w := float32(200); w <= 600; w += 7 {
		a, _ := newArea(t, "", w)
		a.SetText(text)
		test.Type(a, "新") // and after a keystroke re-wrapped the paragraph
		for n := 0; n < a.Rows(); n++ {
			rw := a.rowAt(n)
			s := string(a.paras[rw.p].text[rw.from:rw.to])
			if strings.ContainsAny(s[:len(string([]rune(s)[:1]))], "。，”%") {
				t.Errorf("at %v px row %d starts with a closing mark: %q", w, n, s)
			}
			if strings.HasSuffix(s, "96.") || strings.HasSuffix(s, "201") || strings.HasSuffix(s, "96.5") {
				t.Errorf("at %v px row %d cuts a number: %q", w, n, s)
			}
		}
	}
}

// TestKeystrokeRedrawsOnlyItsParagraph: typing in one paragraph leaves the
// rows of the others as they were drawn (same text objects, same text).
func TestKeystrokeRedrawsOnlyItsParagraph(t *testing.T) {
	a, _ := newArea(t, strings.Repeat("组织工作", 20)+"\n"+strings.Repeat("基层党建", 20), 300)
	r := test.WidgetRenderer(a).(*renderer)
	second := a.firstRow(1)
	kept := r.texts[second]
	text := kept.Text
	test.Type(a, "新")
	if r.texts[second] != kept || kept.Text != text {
		t.Errorf("the second paragraph's first row was redrawn: %q → %q", text, r.texts[second].Text)
	}
	if got := r.texts[0].Text; !strings.HasPrefix(got, "新组织") {
		t.Errorf("the first row shows %q, want the typed 新 at its start", got)
	}
}

// TestRowsOutOfSightHidden: only the rows Sight names are drawn.
func TestRowsOutOfSightHidden(t *testing.T) {
	a, _ := newArea(t, strings.Repeat("组织工作", 100), 300)
	line := a.lineHeight()
	a.Sight = func() (float32, float32, bool) { return 10 * line, 20 * line, true }
	a.Cull()
	r := test.WidgetRenderer(a).(*renderer)
	shown := 0
	for _, t := range r.texts {
		if t.Visible() {
			shown++
		}
	}
	if shown == 0 || shown > 12 {
		t.Errorf("%d rows of %d drawn, want about the 10 in sight", shown, len(r.texts))
	}
}

func TestCaretKeptInSight(t *testing.T) {
	a, _ := newArea(t, strings.Repeat("组织工作", 100), 300)
	var bottom float32
	a.OnCaret = func(_, b float32) { bottom = b }
	a.TypedShortcut(ctrl(fyne.KeyEnd))
	if want := float32(a.Rows()-1) * a.lineHeight(); bottom < want {
		t.Errorf("the caret's bottom reported at %v, want below %v (the last row)", bottom, want)
	}
}

func TestHeightFollowsRows(t *testing.T) {
	a, _ := newArea(t, "甲", 300)
	grew := 0
	a.OnGrow = func() { grew++ }
	h := a.MinSize().Height
	press(a, fyne.KeyEnd)
	for range 4 {
		press(a, fyne.KeyReturn)
	}
	if grew == 0 || a.MinSize().Height <= h {
		t.Errorf("four new paragraphs: grew %d times, height %v → %v", grew, h, a.MinSize().Height)
	}
}

func TestMinRows(t *testing.T) {
	a, _ := newArea(t, "甲", 300)
	three := a.MinSize().Height
	a.MinRows = 14
	if got := a.MinSize().Height; got < three*3 {
		t.Errorf("14 rows at least: %v px tall, 3 rows were %v", got, three)
	}
}

// TestControlCharactersDrawnAsMeasured: a row holding a tab (a table row
// pasted from WPS, a .txt 来稿) or another control character is drawn as
// the characters it was measured as, so each character shows once,
// nothing passes the field's edge and the caret stands where it edits.
// Fyne was given the raw tab: the row showed its text repeated and its end
// nowhere, and a key typed after 等功 went in where 便民 was drawn (review F7).
func TestControlCharactersDrawnAsMeasured(t *testing.T) {
	text := "东湖街道建成邻里中心6个，设置\t便民服务、文体活动等功能区，日均服务居民1,200人次。乡镇\t人数\x01合计"
	a, _ := newArea(t, text, 300)
	r := test.WidgetRenderer(a).(*renderer)
	f := a.face()
	for n := 0; n < a.Rows(); n++ {
		drawn := r.texts[n].Text
		if strings.ContainsFunc(drawn, func(c rune) bool { return c < 0x20 }) {
			t.Errorf("row %d is drawn with a control character: %q", n, drawn)
		}
		rw := a.rowAt(n)
		if got, want := len([]rune(drawn)), rw.to-rw.from; got != want {
			t.Errorf("row %d is drawn as %d characters (%q), it holds %d", n, got, drawn, want)
		}
		if w := fyne.MeasureText(drawn, f.size, f.style).Width; w > a.textWidth()+1 {
			t.Errorf("row %d (%q) is drawn %.0f px wide, the field's text is %.0f", n, drawn, w, a.textWidth())
		}
		for c := rw.from; c <= rw.to; c++ {
			prefix := string([]rune(drawn)[:c-rw.from])
			if got, want := a.xIn(rw, c), fyne.MeasureText(prefix, f.size, f.style).Width; got < want-1 || got > want+1 {
				t.Errorf("row %d: the caret before column %d is at %.1f px, the drawing has %q there (%.1f px)", n, c, got, prefix, want)
				break
			}
		}
	}
}
