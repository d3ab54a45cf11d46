package export

import (
	"bytes"
	"errors"
	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export/intake"
	"github.com/bulletindesk/bulletindesk/export/internal/exporttest"
	"os"
	"path/filepath"
	"testing"
)

// Files that are something else say what they are (review R13): an RTF
// named .doc goes to LibreOffice as RTF, an .xlsx named .docx is named a
// workbook, a PDF given as a 来稿 is named a PDF as import-issue names it.
func TestSubmissionFilesSayWhatTheyAre(t *testing.T) {
	rtf := []byte(`{\rtf1\ansi\ansicpg936\deff0{\fonttbl{\f0\fnil SimSun;}}\f0 \'c1\'f8\'b0\'b6\'cf\'d8\par}`)
	for _, name := range []string{"来稿.doc", "来稿.rtf", "来稿.wps"} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), name)
			if err := os.WriteFile(path, rtf, 0o644); err != nil {
				t.Fatal(err)
			}
			f := intake.SubmissionFile{Name: path}
			job := intake.ReadOrQueue(&f)
			if f.Err != nil || job == nil || job.Ext != ".rtf" {
				t.Errorf("an RTF %s: err %v, job %+v; want it converted by LibreOffice as .rtf", name, f.Err, job)
			}
		})
	}
	if _, err := intake.DecodeText(bytes.NewReader(rtf)); !errors.Is(err, intake.ErrRTF) {
		t.Errorf("an RTF named .txt: err %v, want %v", err, intake.ErrRTF)
	}
	xlsx := exporttest.DocxTestPackage(t, map[string]string{"xl/workbook.xml": `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>`})
	if _, err := intake.ReadDocx("来稿.docx", bytes.NewReader(xlsx)); !errors.Is(err, intake.ErrDocxWorkbook) {
		t.Errorf("an .xlsx named .docx: err %v, want %v", err, intake.ErrDocxWorkbook)
	}
	if _, err := intake.ReadSubmission("来稿.pdf", bytes.NewReader([]byte("%PDF-1.7\n"))); !errors.Is(err, intake.ErrPDF) {
		t.Errorf("a PDF: err %v, want %v", err, intake.ErrPDF)
	}
}

// Every writer is listed under its name (each package's tests call its
// writer directly: the registry imports them, so they cannot reach it).
func TestIssueFormatsRegistered(t *testing.T) {
	for _, name := range []string{"txt", "docx", "pdf", "pdf-copies", "html", "xlsx"} {
		if fn, ok := IssueFormat(name); !ok || fn == nil {
			t.Errorf("IssueFormat(%q) is not registered", name)
		}
	}
}

func TestWriteIssueRegisteredAsTxt(t *testing.T) {
	fn, ok := IssueFormat("txt")
	if !ok {
		t.Fatal(`IssueFormat("txt") not registered`)
	}
	var a, b bytes.Buffer
	p := editor.DefaultPreferences()
	if err := fn(&a, exporttest.TextTestIssue(), p); err != nil {
		t.Fatal(err)
	}
	if err := intake.WriteIssue(&b, exporttest.TextTestIssue(), p); err != nil {
		t.Fatal(err)
	}
	if a.String() != b.String() {
		t.Error("the registered txt writer is not WriteIssue")
	}
}
