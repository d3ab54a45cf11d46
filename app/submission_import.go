package app

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export/intake"
)

// today is the local calendar day, as the archive stores dates (UTC midnight).
func today() time.Time {
	y, m, d := time.Now().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// newPendingSubmission fills what every new submission starts with.
func newPendingSubmission(sub *editor.Submission) {
	if sub.Received.IsZero() {
		sub.Received = today()
	}
	if sub.Kind == "" {
		sub.Kind = editor.DefaultKinds[0]
	}
	if sub.Status == "" {
		sub.Status = editor.SubmissionPending
	}
}

// onNew adds an empty submission for typing in, and selects it.
func (s *submissionsScreen) onNew() {
	sub := &editor.Submission{Title: lang.L("新来稿")}
	s.addAndSelect([]*editor.Submission{sub})
	if s.detail.has {
		s.u.win.Canvas().Focus(s.detail.title)
	}
}

// onPaste reads the clipboard's text as a .txt file is read (paragraphs
// stay, styling is already gone) and shows it in the import preview that
// files get — the e-mail header, the cover letter set apart, the shape
// warnings, the title and unit as read — so that 导入 saves it in one
// transaction, or 取消 nothing.
func (s *submissionsScreen) onPaste() {
	text := s.u.app.Clipboard().Content()
	if strings.TrimSpace(text) == "" {
		s.u.info(lang.L("粘贴为新来稿"), lang.L("剪贴板里没有文字。请先在 Word 或 WPS 中复制来稿全文。"))
		return
	}
	sub, err := submissionFromText(text)
	if err != nil {
		s.u.showError(err)
		return
	}
	units, err := s.u.ar.Units(s.u.ctx())
	if err != nil {
		s.u.showError(err)
		return
	}
	s.preview = submissionImportPreviewNew(s, []*editor.Submission{sub}, nil, units)
	s.preview.show()
}

// submissionFromText reads pasted text the way a .txt file is read, with
// the checks a file gets (export.ReadSubmission: a whole issue pasted,
// several units' pieces in one).
func submissionFromText(text string) (*editor.Submission, error) {
	sub, err := intake.ReadSubmission(pastedSource, strings.NewReader(text))
	if err != nil {
		return nil, err
	}
	sub.Source = ""
	return sub, nil
}

// pastedSource is the name a paste is read under (a .txt, for its reader).
const pastedSource = "paste.txt"

// addAndSelect saves new submissions in one transaction and shows the first.
func (s *submissionsScreen) addAndSelect(subs []*editor.Submission) {
	for _, sub := range subs {
		newPendingSubmission(sub)
	}
	if err := s.u.ar.AddSubmissions(s.u.ctx(), subs); err != nil {
		s.u.showError(err)
		return
	}
	s.u.onSubmissionsChanged()
	if len(subs) > 0 && subs[0].ID != 0 {
		s.selectSubmission(subs[0].ID)
	}
}

// submissionExts are the file types a reader is registered for.
func submissionExts() []string { return intake.SubmissionFormats() }

// importURIs imports files and folders (dropped or chosen).
func (s *submissionsScreen) importURIs(uris []fyne.URI) {
	var paths []string
	for _, u := range uris {
		if u.Scheme() == "file" {
			paths = append(paths, u.Path())
		}
	}
	s.importPaths(paths)
}

// importFailure is one file that could not be read, and why.
type importFailure struct {
	name string
	err  error
}

// importPaths reads the files off the UI goroutine with a progress bar and
// shows what was read in the import preview (submission_import_preview.go):
// the readable files with their title, 字数 and date, the others with their
// problem; it saves the ones the editor keeps in one transaction.
// Cancelling the reading saves nothing.
func (s *submissionsScreen) importPaths(paths []string) {
	var good []*editor.Submission
	var bad []importFailure
	var units []editor.Unit
	var near map[*editor.Submission]string // submission_import_preview.go
	finished := false                      // false when cancelled or failed
	work := func(ctx context.Context, progress func(done, total int)) error {
		var err error
		if units, err = s.u.ar.Units(ctx); err != nil {
			return err
		}
		files, skipped := collectSubmissionFiles(paths)
		bad = skipped
		// one LibreOffice for all the .doc and .wps; cancelling stops it
		for _, f := range intake.ReadSubmissionFilesProgress(ctx, files, progress) {
			if f.Err == nil {
				good = append(good, withSource(f.Sub, f.Name))
			} else {
				bad = append(bad, importFailure{name: f.Name, err: f.Err})
			}
		}
		if err := ctx.Err(); err != nil {
			return err // cancelled: nothing is saved
		}
		near = s.nearNotesRead(ctx, good)
		finished = true
		return nil
	}
	s.u.run(lang.L("导入来稿"), work, func() {
		if !finished || len(good)+len(bad) == 0 {
			return
		}
		s.nearRead = near
		s.preview = submissionImportPreviewNew(s, good, bad, units)
		s.nearRead = nil
		s.preview.show()
	})
}

// collectSubmissionFiles expands folders into the files to read, as the
// command line's import does (export.SubmissionPaths).
func collectSubmissionFiles(paths []string) (files []string, bad []importFailure) {
	files, skipped := intake.SubmissionPaths(paths)
	for _, f := range skipped {
		bad = append(bad, importFailure{name: f.Name, err: f.Err})
	}
	return files, bad
}

// withSource names the file a submission came from when its reader did not.
func withSource(sub *editor.Submission, path string) *editor.Submission {
	if sub.Source == "" {
		sub.Source = filepath.Base(path)
	}
	return sub
}

// reportImport says how many came in and lists each failed file with its problem.
func (s *submissionsScreen) reportImport(good []*editor.Submission, bad []importFailure) {
	saved := len(good) > 0 && good[0].ID != 0
	if len(bad) == 0 {
		if saved {
			s.selectSubmission(good[0].ID)
			s.u.info(lang.L("导入来稿"), fmt.Sprintf(lang.L("已导入 %d 篇来稿。"), len(good)))
		}
		return
	}
	var lines []string
	for _, b := range bad {
		lines = append(lines, fmt.Sprintf("%s：%s", filepath.Base(b.name), importProblem(b.err)))
	}
	head := fmt.Sprintf(lang.L("以下 %d 个文件未能导入："), len(bad))
	if saved {
		head = fmt.Sprintf(lang.L("已导入 %d 篇来稿。"), len(good)) + "\n" + head
	}
	msg := widget.NewLabel(strings.Join(lines, "\n"))
	msg.Wrapping = fyne.TextWrapWord
	scroll := container.NewVScroll(msg)
	scroll.SetMinSize(fyne.NewSize(560, 240))
	s.u.showClosable(dialog.NewCustom(lang.L("导入来稿"), lang.L("知道了"), container.NewBorder(widget.NewLabel(head), nil, nil, nil, scroll), s.u.win))
}

// importProblem says in the editor's language what is wrong with a file;
// problems the readers do not name keep their own words.
func importProblem(err error) string {
	var enc *intake.EncodingError
	if errors.As(err, &enc) && enc.UTF8 {
		return lang.L("文件是 UTF-8 的，但第{{.Line}}行有不是 UTF-8 的字节（{{.Bytes}}）：请在记事本中改正这一处后再导入",
			map[string]any{"Line": enc.Line, "Bytes": enc.Hex()})
	}
	if errors.As(err, &enc) { // the line and bytes to look for, before the general "not a text file"
		return lang.L("第{{.Line}}行有不是 GBK 的字节（{{.Bytes}}）：请用记事本另存为 UTF-8 后再导入",
			map[string]any{"Line": enc.Line, "Bytes": enc.Hex()})
	}
	known := []struct {
		err error
		msg string
	}{
		{intake.ErrEmpty, lang.L("文件是空的")},
		{intake.ErrRTF, lang.L("这是 RTF 文件，不是纯文本：请把扩展名改为 .rtf 后导入，或在 Word、WPS 中另存为 .docx")},
		{intake.ErrDocxWorkbook, lang.L("这是 Excel 工作簿，不是 Word 文档（扩展名是 Word 的）：请把文字复制到 .docx 或 .txt 中再导入")},
		{intake.ErrDocxSlides, lang.L("这是 PowerPoint 演示文稿，不是 Word 文档（扩展名是 Word 的）：请把文字复制到 .docx 或 .txt 中再导入")},
		{intake.ErrPDF, lang.L("这是 PDF 文件：请先把它另存为文本（pdftotext -layout）或 Word，再导入")},
		{intake.ErrBinary, lang.L("不是文本文件（内容是二进制，或编码不是 UTF-8、GB18030/GBK、UTF-16）")},
		{intake.ErrDocxNotZip, lang.L("不是 Word .docx 文件（可能已损坏或没有下载完整）")},
		{intake.ErrDocxOLE, lang.L("这是 Word 97-2003 旧格式或有密码保护的文档，不是 .docx")},
		{intake.ErrDocxNoDocument, lang.L("不是 Word 文档")},
		{intake.ErrDocxNotWordML, lang.L("不是 Word 文档")},
		{intake.ErrDocxBomb, lang.L("文档文字大得不合常理（解压后超过 50 MB）")},
		{intake.ErrDocxCorrupt, lang.L("Word 文档已损坏")},
		{intake.ErrNeedLibreOffice, lang.L("读取 .doc 和 .wps 文件需要安装 LibreOffice；也可以在 WPS 或 Word 中另存为 .docx 后导入")},
		{intake.ErrOfficeConversion, lang.L("LibreOffice 无法转换这个文件")},
		{intake.ErrDocxEncrypted, lang.L("文档有密码保护：请在 Word 或 WPS 中用密码打开，另存为没有密码的 .docx 后再导入")},
		{intake.ErrNotOfficeDoc, lang.L("不是 Word 97-2003 或 WPS 文档（文件开头没有它们的标记），可能是改了扩展名的其他文件：请在 Word 或 WPS 中打开后另存为 .docx")},
	}
	for _, k := range known {
		if errors.Is(err, k.err) {
			return k.msg
		}
	}
	switch {
	case errors.Is(err, intake.ErrUnsupportedType):
		return fmt.Sprintf(lang.L("不支持的文件类型（可导入：%s）"), strings.Join(submissionExts(), " "))
	case errors.Is(err, intake.ErrNoSubmissionFiles):
		return fmt.Sprintf(lang.L("文件夹中没有可导入的文件（可导入：%s）"), strings.Join(submissionExts(), " "))
	}
	return userMessage(err)
}
