package textarea

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
)

// tapMenu taps the item labelled text of the pop-up menu over w.
func tapMenu(t *testing.T, w fyne.Window, text string) {
	t.Helper()
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatalf("no menu open to tap %q in", text)
	}
	var hit fyne.Tappable
	var walk func(o fyne.CanvasObject, in fyne.Tappable)
	walk = func(o fyne.CanvasObject, in fyne.Tappable) {
		if tp, ok := o.(fyne.Tappable); ok {
			in = tp
		}
		if tx, ok := o.(*canvas.Text); ok && tx.Text == text {
			hit = in
		}
		var kids []fyne.CanvasObject
		switch v := o.(type) {
		case *fyne.Container:
			kids = v.Objects
		case fyne.Widget:
			kids = test.WidgetRenderer(v).Objects()
		}
		for _, k := range kids {
			walk(k, in)
		}
	}
	walk(top, nil)
	if hit == nil {
		t.Fatalf("the menu has no item %q", text)
	}
	test.Tap(hit)
}

func TestRightClickMenu(t *testing.T) {
	a, w := newArea(t, "甲乙丙", 400)
	cb := fyne.CurrentApp().Clipboard()
	test.TapSecondaryAt(a, at(a, 0, 1))
	tapMenu(t, w, "全选")
	test.TapSecondaryAt(a, at(a, 0, 1))
	tapMenu(t, w, "剪切")
	if a.Text() != "" || cb.Content() != "甲乙丙" {
		t.Fatalf("全选 then 剪切: text %q, clipboard %q", a.Text(), cb.Content())
	}
	cb.SetContent("丁戊")
	test.TapSecondaryAt(a, fyne.NewPos(10, 10))
	tapMenu(t, w, "粘贴")
	if a.Text() != "丁戊" {
		t.Errorf("粘贴: text %q, want 丁戊", a.Text())
	}
	a.Disable()
	cb.SetContent("")
	test.TapSecondaryAt(a, at(a, 0, 0))
	tapMenu(t, w, "复制") // nothing selected in a read-only field: the whole text
	if cb.Content() != "丁戊" {
		t.Errorf("复制 on a read-only field copied %q", cb.Content())
	}
}
