package docx

import (
	"bytes"
	"strings"
	"testing"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export/intake"
	"github.com/bulletindesk/bulletindesk/export/internal/exporttest"
)

// With every 版头/版记 mark set, the Word document still holds exactly the
// characters of the text export in order: 份号, 密级, 内部资料, 签发人, 本期要目,
// the 编者按 of the issue and of an item, the 印发 line.
func TestWriteIssueDocxMarks(t *testing.T) {
	for _, p := range []editor.Preferences{editor.DefaultPreferences(), {FooterOnLastPage: false}} {
		is := exporttest.MarksTestIssue()
		var txt bytes.Buffer
		if err := intake.WriteIssue(&txt, is, p); err != nil {
			t.Fatal(err)
		}
		paras := exporttest.DocxParagraphTexts(t, docxWriteTestIssue(t, is, p))
		if got, want := docxNonSpace(strings.Join(paras, "")), docxNonSpace(txt.String()); got != want {
			t.Errorf("docx text differs from the text export\n got: %s\nwant: %s", got, want)
		}
		if paras[0] != "000012" || !strings.HasPrefix(paras[len(paras)-3], "中共江州市委组织部办公室") {
			t.Errorf("份号 not first or 印发 line not in the 版记: first %q, near the end %q", paras[0], paras[len(paras)-3:])
		}
	}
}
