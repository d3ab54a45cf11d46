package app

import (
	"net/url"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// onOpenFile asks for the files to import: paths typed or pasted (one a
// line, from a file manager's "copy path" too), and files added one by one
// through 浏览…… . Fyne's own open dialog takes no typed path and one file
// only, so it is the browse button here rather than the whole dialog.
func (s *submissionsScreen) onOpenFile() {
	paths := widget.NewMultiLineEntry()
	paths.SetPlaceHolder(lang.L("每行一个文件或文件夹的路径，如 /home/编辑/来稿/临江区.docx"))
	paths.SetMinRowsVisible(5)
	browse := widget.NewButtonWithIcon(lang.L("浏览……"), theme.FolderOpenIcon(), func() {
		s.onBrowseFile(func(p string) { paths.SetText(appendLine(paths.Text, p)) })
	})
	body := container.NewBorder(widget.NewLabel(lang.L("要导入的文件（可以输入路径，也可以浏览添加多个）：")),
		container.NewHBox(browse), nil, nil, paths)
	d := dialog.NewCustomConfirm(lang.L("打开文件"), lang.L("导入"), lang.L("取消"), body, func(ok bool) {
		if ok {
			s.importPaths(splitPaths(paths.Text))
		}
	}, s.u.win)
	d.Resize(fyne.NewSize(640, 320))
	d.Show()
	s.u.win.Canvas().Focus(paths)
}

// appendLine adds a line to text.
func appendLine(text, line string) string {
	text = strings.TrimRight(text, "\n")
	if text == "" {
		return line
	}
	return text + "\n" + line
}

// splitPaths is the non-empty lines of text, without quotes a file manager
// or a shell may have put around them, and file:// taken off.
func splitPaths(text string) []string {
	var out []string
	for _, l := range strings.Split(text, "\n") {
		l = strings.Trim(strings.TrimSpace(l), `"'`)
		if rest, ok := strings.CutPrefix(l, "file://"); ok {
			if p, err := url.PathUnescape(rest); err == nil {
				l = p
			}
		}
		if l != "" {
			out = append(out, l)
		}
	}
	return out
}
