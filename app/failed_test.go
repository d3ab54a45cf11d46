package app

import (
	"errors"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// The "cannot open archive" window fits a 1024×700 screen with 退出 on it,
// however long the path and the reason; it used to ask for 1,236 px.
func TestCannotOpenWindowFitsSmallScreens(t *testing.T) {
	test.NewTempApp(t)
	setupLanguage("zh")
	cases := []struct {
		name string
		path string
		err  error
	}{
		{"second window", "/home/编辑/.config/bulletindesk/archive.db", ErrWindowOpen},
		{"long reason", "/media/共享/" + strings.Repeat("文件夹/", 30) + "archive.db", errors.New(strings.Repeat("磁盘 I/O 错误，", 80))},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			// a window opened before its size is known lays its content
			// out at the narrowest width it allows, then takes the height
			// that asks for: the real window did exactly that
			v := failedView(c.path, c.err, func() {})
			v.Resize(fyne.NewSize(v.MinSize().Width, 100))
			test.NewWindow(v).Close()
			if got := v.MinSize(); got.Height > 700 || got.Width > 1024 {
				t.Errorf("the window needs %v, more than a 1024×700 screen", got)
			}
		})
	}
}
