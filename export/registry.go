package export

import (
	"io"
	"sort"
	"strings"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export/docx"
	"github.com/bulletindesk/bulletindesk/export/intake"
	"github.com/bulletindesk/bulletindesk/export/pdf"
	"github.com/bulletindesk/bulletindesk/export/web"
	"github.com/bulletindesk/bulletindesk/export/workbook"
)

// IssueWriterFunc writes an issue in one format (txt, docx, xlsx).
type IssueWriterFunc func(w io.Writer, is *editor.Issue, p editor.Preferences) error

// issueFormats are the issue writers by name: plain data, read only, so
// no lock and no order of init() functions to think about. The 来稿 readers
// by extension are intake's (intake/submission_formats.go).
var (
	issueFormats = map[string]IssueWriterFunc{
		"txt":        intake.WriteIssue,
		"docx":       docx.WriteIssueDocx,
		"pdf":        pdf.WriteIssuePDF,
		"pdf-copies": pdf.WriteIssuePDFCopies,
		"html":       web.WriteIssueHTML,
		"xlsx":       workbook.WriteIssueWorkbook,
	}
)

// IssueFormat returns the writer for a format name (any case).
func IssueFormat(name string) (IssueWriterFunc, bool) {
	fn, ok := issueFormats[strings.ToLower(name)]
	return fn, ok
}

// IssueFormats lists the issue format names, sorted.
func IssueFormats() []string {
	return sortedKeys(issueFormats)
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
