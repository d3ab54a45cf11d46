package export

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/bulletindesk/bulletindesk/editor"
)

// IssueWriterFunc writes an issue in one format (txt, docx, xlsx).
type IssueWriterFunc func(w io.Writer, is *editor.Issue, p editor.Preferences) error

// SubmissionReaderFunc reads one submission file; name is the file's name
// (for Source and for formats that need it), r its bytes.
type SubmissionReaderFunc func(name string, r io.Reader) (*editor.Submission, error)

// The registries are filled from init() functions and read afterwards; the
// lock keeps a late registration (tests) from racing a reader.
var (
	registryMu        sync.RWMutex
	issueFormats      = map[string]IssueWriterFunc{}
	submissionFormats = map[string]SubmissionReaderFunc{}
)

// RegisterIssueFormat makes an issue writer available under name ("txt").
// Registering a name twice is a programming error and panics.
func RegisterIssueFormat(name string, fn IssueWriterFunc) {
	registryMu.Lock()
	defer registryMu.Unlock()
	if _, dup := issueFormats[name]; dup {
		panic("export: issue format registered twice: " + name)
	}
	issueFormats[name] = fn
}

// IssueFormat returns the writer registered under name.
func IssueFormat(name string) (IssueWriterFunc, bool) {
	registryMu.RLock()
	defer registryMu.RUnlock()
	fn, ok := issueFormats[strings.ToLower(name)]
	return fn, ok
}

// IssueFormats lists the registered issue format names, sorted.
func IssueFormats() []string {
	registryMu.RLock()
	defer registryMu.RUnlock()
	return sortedKeys(issueFormats)
}

// RegisterSubmissionFormat makes a submission reader available for files
// ending in ext (".txt", lower case). A second registration panics.
func RegisterSubmissionFormat(ext string, fn SubmissionReaderFunc) {
	registryMu.Lock()
	defer registryMu.Unlock()
	ext = strings.ToLower(ext)
	if _, dup := submissionFormats[ext]; dup {
		panic("export: submission format registered twice: " + ext)
	}
	submissionFormats[ext] = fn
}

// SubmissionFormats lists the registered submission extensions, sorted
// (for file dialogs' filters).
func SubmissionFormats() []string {
	registryMu.RLock()
	defer registryMu.RUnlock()
	return sortedKeys(submissionFormats)
}

// ReadSubmission reads a submission file with the reader registered for its
// extension (case-insensitive). An unknown extension is an error naming the
// file, and so is a text too long for any item (editor.ErrTooLong); a
// paragraph-long title is cut to a line (editor.FitSubmission).
func ReadSubmission(name string, r io.Reader) (*editor.Submission, error) {
	ext := strings.ToLower(filepath.Ext(name))
	registryMu.RLock()
	fn, ok := submissionFormats[ext]
	registryMu.RUnlock()
	if !ok && ext == ".pdf" { // named as import-issue names it, with what to do
		return nil, fmt.Errorf("%s: %w", filepath.Base(name), ErrPDF)
	}
	if !ok {
		return nil, fmt.Errorf("%s: unsupported file type %q (supported: %s)",
			filepath.Base(name), ext, strings.Join(SubmissionFormats(), " "))
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
	if ext == ".txt" {
		lines, _ = DecodeText(bytes.NewReader(data))
	}
	submissionShapeChecks(sub, lines) // several pieces, or a whole issue? (submission_shape.go)
	return sub, nil
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
