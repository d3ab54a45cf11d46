package export

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export/docx"
	"github.com/bulletindesk/bulletindesk/export/pdf"
)

// The tests here compare the formats with each other; these are the docx
// and pdf packages' own test helpers, which a test of another package
// cannot reach.

// docxWriteTestIssue writes an issue with the given preferences.
func docxWriteTestIssue(t *testing.T, is *editor.Issue, p editor.Preferences) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := docx.WriteIssueDocx(&buf, is, p); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// pdfTestWrite writes is as a PDF into a temp folder; the test is skipped
// on a machine without poppler or a Chinese font.
func pdfTestWrite(t *testing.T, is *editor.Issue) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("poppler-utils not installed")
	}
	p := editor.DefaultPreferences()
	if _, err := pdf.PDFFonts(p); err != nil {
		t.Skipf("no Chinese font: %v", err)
	}
	var buf bytes.Buffer
	if err := pdf.WriteIssuePDF(&buf, is, p); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "issue.pdf")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}
