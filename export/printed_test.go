package export

import (
	"bytes"
	"strings"
	"testing"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export/intake"
	"github.com/bulletindesk/bulletindesk/export/internal/exporttest"
	"github.com/bulletindesk/bulletindesk/export/issueprint"
	"github.com/bulletindesk/bulletindesk/export/web"
)

// TestEmptySectionNotPrinted (found-s13d item 4): a 栏目 with no item —
// the proposed 市外参考 left empty — is not printed as a heading with
// nothing under it, in any export; the sections around it still are.
func TestEmptySectionNotPrinted(t *testing.T) {
	is := exporttest.TextTestIssue()
	is.Sections = append(is.Sections[:1], editor.Section{Name: "他山之石"}, is.Sections[1])
	p := editor.DefaultPreferences()
	text := func(write func(*bytes.Buffer) error) func(t *testing.T) string {
		return func(t *testing.T) string {
			var buf bytes.Buffer
			if err := write(&buf); err != nil {
				t.Fatal(err)
			}
			return buf.String()
		}
	}
	formats := []struct {
		name string
		text func(t *testing.T) string
	}{
		{"txt", text(func(b *bytes.Buffer) error { return intake.WriteIssue(b, is, p) })},
		{"html", text(func(b *bytes.Buffer) error { return web.WriteIssueHTML(b, is, p) })},
		{"docx", func(t *testing.T) string {
			return strings.Join(exporttest.DocxParagraphTexts(t, docxWriteTestIssue(t, is, p)), "\n")
		}},
		{"pdf", func(t *testing.T) string { return exporttest.PdfTool(t, "pdftotext", pdfTestWrite(t, is), "-") }},
	}
	for _, f := range formats {
		t.Run(f.name, func(t *testing.T) {
			got := exporttest.DropSpace(f.text(t))
			if strings.Contains(got, "他山之石") {
				t.Errorf("the empty 栏目 他山之石 is printed:\n%s", got)
			}
			if !strings.Contains(got, "市内信息") || !strings.Contains(got, "市外参考") {
				t.Errorf("a 栏目 with items is missing:\n%s", got)
			}
		})
	}
	if len(is.Sections) != 3 {
		t.Errorf("the export changed the issue: %d sections left", len(is.Sections))
	}
	if got := issueprint.EmptySections(is); len(got) != 1 || got[0] != "他山之石" {
		t.Errorf("EmptySections = %q, want [他山之石]", got)
	}
}
