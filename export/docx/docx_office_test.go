package docx

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export/intake"
	"github.com/bulletindesk/bulletindesk/export/internal/exporttest"
)

// Without LibreOffice a .doc gets an error that says what to install.
func TestReadOfficeDocNeedsLibreOffice(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	doc := append(append([]byte{}, intake.OLEMagic...), make([]byte, 504)...)
	for _, name := range []string{"来稿.doc", "来稿.wps", "来稿.docx"} {
		_, err := intake.ReadSubmission(name, bytes.NewReader(doc))
		if !errors.Is(err, intake.ErrNeedLibreOffice) {
			t.Errorf("%s: error %v, want ErrNeedLibreOffice", name, err)
		}
		if err != nil && !strings.Contains(err.Error(), "apt-get install libreoffice-writer") {
			t.Errorf("%s: %q does not say what to install", name, err)
		}
	}
}

// A Word 97 .doc (made here by LibreOffice from the issue's .docx) reads
// back with its title and every item, through LibreOffice.
func TestReadOfficeDocThroughLibreOffice(t *testing.T) {
	soffice := docxRenderSetup(t)
	is := exporttest.DocxTestIssue()
	doc, err := intake.OfficeConvert(context.Background(), soffice, ".docx",
		docxWriteTestIssue(t, is, editor.DefaultPreferences()), "doc:MS Word 97", ".doc")
	if err != nil {
		t.Fatal(err)
	}
	sub, err := intake.ReadSubmission("临江组工信息.doc", bytes.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	if sub.Title != "组工信息" || sub.Source != "临江组工信息.doc" {
		t.Errorf("title %q source %q, want 组工信息 and the file name", sub.Title, sub.Source)
	}
	for _, sec := range is.Sections {
		for _, it := range sec.Items {
			if !strings.Contains(sub.Text, "△"+it.Lead) {
				t.Errorf("item %q missing from %q", it.Lead, sub.Text)
			}
		}
	}
}
