package intake

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"

	"github.com/bulletindesk/bulletindesk/editor"
)

// SubmissionReaderFunc reads one submission file; name is the file's name
// (for Source and for formats that need it), r its bytes.
type SubmissionReaderFunc func(name string, r io.Reader) (*editor.Submission, error)

// submissionFormats are the submission readers by file extension (lower
// case): plain data, read only.
var (
	submissionFormats = map[string]SubmissionReaderFunc{
		".txt":  readTextOrMail,
		".eml":  ReadEML, // Foxmail, Outlook, Thunderbird: 另存为 (submission_eml.go)
		".docx": ReadDocx,
		// macro-enabled documents and templates are WordprocessingML like
		// a .docx (the macros are not read, let alone run)
		".docm": ReadDocx,
		".dotx": ReadDocx,
		".dotm": ReadDocx,
		".doc":  ReadOfficeDoc,
		".wps":  ReadOfficeDoc,
		".rtf":  ReadOfficeDoc, // LibreOffice reads RTF as it reads .doc
	}
)

// SubmissionFormats lists the submission extensions, sorted (for file
// dialogs' filters).
func SubmissionFormats() []string {
	return submissionSortedKeys(submissionFormats)
}

// ReadSubmission reads a submission file with the reader listed for its
// extension (case-insensitive). An unknown extension is an error naming the
// file, and so is a text too long for any item (editor.ErrTooLong); a
// paragraph-long title is cut to a line (editor.FitSubmission).
func ReadSubmission(name string, r io.Reader) (*editor.Submission, error) {
	ext := strings.ToLower(filepath.Ext(name))
	fn, ok := submissionFormats[ext]
	if !ok && ext == ".pdf" { // named as import-issue names it, with what to do
		return nil, fmt.Errorf("%s: %w", filepath.Base(name), ErrPDF)
	}
	if !ok {
		return nil, fmt.Errorf("%s: %w %q (supported: %s)",
			filepath.Base(name), ErrUnsupportedType, ext, strings.Join(SubmissionFormats(), " "))
	}
	// kept for a second look at a text file's lines: its reader joins them
	// and drops △ (the readers still see every byte, limits included)
	data, err := io.ReadAll(io.LimitReader(r, MaxDocxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("%s: read: %w", filepath.Base(name), err)
	}
	sub, err := fn(name, bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	if err := editor.FitSubmission(sub); err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Base(name), err)
	}
	lines := sub.Title + "\n" + sub.Text
	if ext == ".txt" && !emlLooksLikeMIME(data) {
		lines, _ = DecodeText(bytes.NewReader(data))
	}
	submissionShapeChecks(sub, lines) // several pieces, or a whole issue? (submission_shape.go)
	return sub, nil
}

// readTextOrMail reads a .txt 来稿, or the e-mail it really is: a message
// saved and renamed .txt was stored as raw MIME.
func readTextOrMail(name string, r io.Reader) (*editor.Submission, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxDocxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("%s: read: %w", filepath.Base(name), err)
	}
	if emlLooksLikeMIME(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))) {
		return ReadEML(name, bytes.NewReader(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))))
	}
	return ReadTextSubmission(name, bytes.NewReader(data))
}

func submissionSortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
