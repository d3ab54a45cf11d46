package workbook

import (
	"testing"

	"github.com/bulletindesk/bulletindesk/export/intake"
	"github.com/bulletindesk/bulletindesk/export/internal/exporttest"
)

// docxRenderSetup skips render tests where LibreOffice is missing or in
// -short mode.
func docxRenderSetup(t *testing.T) string {
	t.Helper()
	return exporttest.NeedsLibreOffice(t, intake.FindSoffice)
}
