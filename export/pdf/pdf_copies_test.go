package pdf

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export/internal/exporttest"
)

// With 逐份编号 the print PDF holds 印数 copies, numbered from the 份号.
func TestPDFNumberedCopies(t *testing.T) {
	is := exporttest.TextTestIssue()
	pdfTestWrite(t, is) // skips without poppler or fonts
	is.CopyCount = 3
	is.Marks.NumberCopies, is.Marks.CopyNumber = true, "000041"
	var buf bytes.Buffer
	if err := WriteIssuePDFCopies(&buf, is, editor.DefaultPreferences()); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "copies.pdf")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	d, _, err := LayoutIssue(is, editor.DefaultPreferences())
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`Pages:\s+(\d+)`).FindStringSubmatch(exporttest.PdfTool(t, "pdfinfo", path))
	if n, _ := strconv.Atoi(m[1]); n != 3*len(d.Pages) {
		t.Errorf("%d pages, want 3 copies of %d", n, len(d.Pages))
	}
	text := exporttest.PdfTool(t, "pdftotext", path, "-")
	i41, i42, i43 := strings.Index(text, "000041"), strings.Index(text, "000042"), strings.Index(text, "000043")
	if i41 < 0 || i42 < i41 || i43 < i42 || strings.Contains(text, "000044") {
		t.Errorf("copy numbers not 000041–000043 in order: %d %d %d", i41, i42, i43)
	}
	is.Marks.NumberCopies = false
	if err := WriteIssuePDFCopies(&buf, is, editor.DefaultPreferences()); !errors.Is(err, ErrNoNumberedCopies) {
		t.Errorf("without 逐份编号: %v, want ErrNoNumberedCopies", err)
	}
}
