// Package export holds Bulletin Desk's outside formats, both ways: the
// bulletin text format (read from PDFs, e-mail and Notepad files, and
// written back), Word documents and Excel workbooks.
//
// Writers are encoders over io.Writer and readers take io.Reader, so callers
// decide where bytes go (a temp file renamed into place, a buffer in a test).
// The formats are listed by name in two maps (registry.go: issueFormats,
// submissionFormats), so the command line and the screens reach every
// format by name (IssueFormat, ReadSubmission) through one table. This package may
// import editor; it never imports Fyne.
package export
