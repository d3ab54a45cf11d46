package docx

import (
	"bytes"
	"context"
	"os/exec"
	"regexp"
	"strings"
	"testing"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export/intake"
	"github.com/bulletindesk/bulletindesk/export/internal/exporttest"
)

// docxRenderSetup skips render tests where LibreOffice is missing or in -short mode.
func docxRenderSetup(t *testing.T) string {
	t.Helper()
	return exporttest.NeedsLibreOffice(t, intake.FindSoffice)
}

// LibreOffice opens the document (no repair, no error) and its own text
// export of it holds the characters of the issue's text export.
func TestWriteIssueDocxLibreOfficeText(t *testing.T) {
	soffice := docxRenderSetup(t)
	is, p := exporttest.DocxTestIssue(), editor.DefaultPreferences()
	var want bytes.Buffer
	if err := intake.WriteIssue(&want, is, p); err != nil {
		t.Fatal(err)
	}
	txt, err := intake.OfficeConvert(context.Background(), soffice, ".docx", docxWriteTestIssue(t, is, p), "txt:Text (encoded):UTF8", ".txt")
	if err != nil {
		t.Fatal(err)
	}
	got := strings.TrimPrefix(string(txt), "\uFEFF")
	if docxNonSpace(got) != docxNonSpace(want.String()) {
		t.Errorf("LibreOffice's text of the .docx differs from the text export\n got: %s\nwant: %s", got, want.String())
	}
}

// docxPageNumberLine matches the footers' "— 3 —" in extracted PDF text.
var docxPageNumberLine = regexp.MustCompile(`(?m)^\s*—\s*\d+\s*—\s*$`)

// Every character reaches the printed page: LibreOffice once dropped a
// full stop that ended a justified full line (hanging punctuation off),
// which only the PDF shows.
func TestWriteIssueDocxPDFKeepsEveryCharacter(t *testing.T) {
	soffice := docxRenderSetup(t)
	pdftotext, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Skip("pdftotext is not installed: apt-get install poppler-utils")
	}
	is, p := exporttest.DocxTestIssue(), editor.DefaultPreferences()
	var want bytes.Buffer
	if err := intake.WriteIssue(&want, is, p); err != nil {
		t.Fatal(err)
	}
	pdf, err := intake.OfficeConvert(context.Background(), soffice, ".docx", docxWriteTestIssue(t, is, p), "pdf:writer_pdf_Export", ".pdf")
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(pdftotext, "-", "-")
	cmd.Stdin = bytes.NewReader(pdf)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	pages := strings.Split(strings.TrimRight(string(out), "\f"), "\f")
	got := docxPageNumberLine.ReplaceAllString(string(out), "")
	if docxNonSpace(got) != docxNonSpace(want.String()) {
		t.Errorf("the PDF's text differs from the text export\n got: %s\nwant: %s", docxNonSpace(got), docxNonSpace(want.String()))
	}
	if last := pages[len(pages)-1]; !strings.Contains(docxNonSpace(last), "共印60份") {
		t.Errorf("the last of %d pages does not end with the footer block: %q", len(pages), last)
	}
}
