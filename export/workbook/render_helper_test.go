package workbook

import (
	"testing"

	"github.com/bulletindesk/bulletindesk/export/intake"
)

// docxRenderSetup skips render tests where LibreOffice is missing or in
// -short mode (the docx package's helper, which this package's tests
// cannot reach).
func docxRenderSetup(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("starts LibreOffice; skipped in -short mode")
	}
	soffice := intake.FindSoffice()
	if soffice == "" {
		t.Skip("LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui")
	}
	return soffice
}
