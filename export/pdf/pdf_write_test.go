package pdf

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export/intake"
	"github.com/bulletindesk/bulletindesk/export/internal/exporttest"
)

// pdfTestWrite writes is as a PDF into a temp folder; the test is skipped
// on a machine without poppler or a Chinese font.
func pdfTestWrite(t *testing.T, is *editor.Issue) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("poppler-utils not installed")
	}
	p := editor.DefaultPreferences()
	if _, err := PDFFonts(p); err != nil {
		t.Skipf("no Chinese font: %v", err)
	}
	var buf bytes.Buffer
	if err := WriteIssuePDF(&buf, is, p); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "issue.pdf")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// Every character of the text export is in the PDF's text, in order, read
// back by poppler; nothing else is checked by this test.
func TestPDFHasTheTextExportInOrder(t *testing.T) {
	is := exporttest.MarksTestIssue()
	path := pdfTestWrite(t, is)
	var txt bytes.Buffer
	if err := intake.WriteIssue(&txt, is, editor.DefaultPreferences()); err != nil {
		t.Fatal(err)
	}
	got := exporttest.DropSpace(exporttest.PdfTool(t, "pdftotext", "-layout", path, "-"))
	want := []rune(exporttest.DropSpace(txt.String()))
	i := 0
	for _, r := range got {
		if i < len(want) && r == want[i] {
			i++
		}
	}
	if i < len(want) {
		t.Errorf("the PDF text lacks the text export from %q on (%d of %d characters found in order)",
			string(want[i:min(i+30, len(want))]), i, len(want))
	}
}

// The PDF is A4, titled, with every font embedded, and has as many pages
// as the layout.
func TestPDFInfoAndFonts(t *testing.T) {
	is := exporttest.MarksTestIssue()
	path := pdfTestWrite(t, is)
	info := exporttest.PdfTool(t, "pdfinfo", path)
	if !strings.Contains(info, "595.28 x 841.89 pts (A4)") {
		t.Errorf("page size not A4:\n%s", info)
	}
	if !strings.Contains(info, "Title:           组工信息 第9期（总第412期）") {
		t.Errorf("no title in the metadata:\n%s", info)
	}
	d, _, err := LayoutIssue(is, editor.DefaultPreferences())
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`Pages:\s+(\d+)`).FindStringSubmatch(info)
	if n, _ := strconv.Atoi(m[1]); n != len(d.Pages) {
		t.Errorf("PDF has %d pages, the layout %d", n, len(d.Pages))
	}
	fonts := exporttest.PdfTool(t, "pdffonts", path)
	lines := strings.Split(strings.TrimSpace(fonts), "\n")[2:]
	if len(lines) == 0 {
		t.Fatalf("no fonts:\n%s", fonts)
	}
	for _, l := range lines {
		if f := strings.Fields(l); len(f) < 7 || f[len(f)-5] != "yes" {
			t.Errorf("font not embedded: %s", l)
		}
	}
}
