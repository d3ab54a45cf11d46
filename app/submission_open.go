package app

import (
	"fyne.io/fyne/v2/lang"
)

// onOpenFile asks for the files to import, several at once, in the
// platform's file dialog (filedialog.go) or the app's own.
func (s *submissionsScreen) onOpenFile() {
	req := fileRequest{Title: lang.L("打开来稿文件"), Kind: lang.L("来稿"), Exts: submissionExts(), Multiple: true}
	s.u.chooseFiles(req, s.importPaths)
}

// onOpenFolder imports every submission file in a folder and its subfolders.
func (s *submissionsScreen) onOpenFolder() {
	s.u.chooseFiles(fileRequest{Title: lang.L("导入文件夹"), Folder: true}, s.importPaths)
}
