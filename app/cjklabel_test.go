package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
)

// The conflict dialog's note wrapped 「（可以修改」/「、合并）。」 with Fyne's
// word wrapping (review F9); cjkLabel's rows follow the Chinese rules at
// every width, keep every character and never ask for the window's width.
func TestCJKLabelWrapsByChineseRules(t *testing.T) {
	test.NewTempApp(t)
	text := "在您编辑的同时，另一个窗口或程序保存了这里的内容。您的修改没有覆盖它，也没有丢失。左边是对方保存的，右边是您的（可以修改、合并）。覆盖率达96.5%。"
	for w := float32(120); w <= 700; w += 9 {
		l := newCJKLabel(text)
		win := test.NewWindow(container.NewVBox(l))
		win.Resize(fyne.NewSize(w, 400))
		rows := strings.Split(l.label.Text, "\n")
		if got := strings.Join(rows, ""); got != text {
			t.Fatalf("at %v px the rows hold %q, want %q", w, got, text)
		}
		for i, r := range rows {
			if i > 0 && strings.ContainsAny(string([]rune(r)[:1]), "，、。）%") {
				t.Errorf("at %v px row %d starts with a closing mark: %q", w, i, r)
			}
			if strings.HasSuffix(r, "96.") || strings.HasSuffix(r, "96") {
				t.Errorf("at %v px row %d cuts 96.5%%: %q", w, i, r)
			}
		}
		if min := l.MinSize().Width; min > 120 {
			t.Errorf("the label asks for %v px, which a long note would push the window to", min)
		}
		win.Close()
	}
}
