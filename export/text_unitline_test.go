package export

import (
	"bytes"
	"strings"
	"testing"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export/docx"
	"github.com/bulletindesk/bulletindesk/export/intake"
	"github.com/bulletindesk/bulletindesk/export/internal/exporttest"
	"github.com/bulletindesk/bulletindesk/export/web"
)

// A masthead that names the editing unit without 编 (a unit alone on its
// line, or a unit and the date) is kept as the source wrote it: the text,
// Word, HTML and PDF exports print that line with no 编 added, and the
// text export reads back the same. A masthead with 编 prints 编 as before.
func TestUnitLineWithout编PrintsAsWritten(t *testing.T) {
	const item = "\n市内信息\n△南坪县开展党员轮训。全县分五批完成轮训。（南坪县委组织部）\n"
	for _, tc := range []struct{ name, top, want string }{
		{"unit alone", "南坪组工\n中共南坪市委组织部\n第4期（总第52期）\n2024年5月7日", "中共南坪市委组织部"},
		{"office and date", "南坪组工\n第4期\n南坪市委办公室　　2024年3月1日", "南坪市委办公室"},
		{"with 编", "南坪组工\n第4期（总第52期）\n中共南坪市委组织部编　　2024年5月7日", "中共南坪市委组织部编"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			is, err := intake.ReadIssue(strings.NewReader(tc.top + item))
			if err != nil {
				t.Fatal(err)
			}
			if got := editor.EditingUnitLine(is); got != tc.want {
				t.Fatalf("prints %q, want %q (unit %q, kept %q)", got, tc.want, is.EditingUnit, is.Marks.UnitLine)
			}
			var txt bytes.Buffer
			if err := intake.WriteIssue(&txt, is, editor.DefaultPreferences()); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(txt.String(), "\n"+tc.want+" ") || strings.Contains(tc.want, "编") != strings.Contains(txt.String(), tc.want[:len(tc.want)-len("编")]+"编") {
				t.Errorf("text export:\n%s\nwant the unit line %q", txt.String(), tc.want)
			}
			back, err := intake.ReadIssue(bytes.NewReader(txt.Bytes()))
			if err != nil || editor.EditingUnitLine(back) != tc.want {
				t.Errorf("read back prints %q (%v), want %q", editor.EditingUnitLine(back), err, tc.want)
			}
			var html bytes.Buffer
			if err := web.WriteIssueHTML(&html, is, editor.DefaultPreferences()); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(html.String(), tc.want+"<") {
				t.Errorf("HTML has no %q closing an element", tc.want)
			}
			var word bytes.Buffer
			if err := docx.WriteIssueDocx(&word, is, editor.DefaultPreferences()); err != nil {
				t.Fatal(err)
			}
			if doc := string(exporttest.DocxParts(t, word.Bytes())["word/document.xml"]); !strings.Contains(doc, ">"+tc.want+"</w:t>") {
				t.Errorf("Word document has no run %q", tc.want)
			}
			pdf := exporttest.PdfTool(t, "pdftotext", "-layout", pdfTestWrite(t, is), "-")
			if line := pdfUnitLine(pdf, is.EditingUnit); !strings.HasPrefix(line, tc.want) || strings.HasPrefix(line, tc.want+"编") {
				t.Errorf("PDF line %q, want it to start %q", line, tc.want)
			}
		})
	}
}

// pdfUnitLine is the first line of pdftotext's output that starts with unit.
func pdfUnitLine(text, unit string) string {
	for _, l := range strings.Split(text, "\n") {
		if l = strings.TrimSpace(l); strings.HasPrefix(l, unit) {
			return l
		}
	}
	return ""
}
