package intake

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export/docx"
	"github.com/bulletindesk/bulletindesk/export/internal/exporttest"
)

const docxTestStyles = `<?xml version="1.0"?><w:styles ` + exporttest.DocxTestNS + `>` +
	`<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="Title"/></w:style>` +
	`<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/></w:style>` +
	`<w:style w:type="paragraph" w:styleId="a"><w:name w:val="Normal"/></w:style></w:styles>`

func TestReadDocxTextAndTitle(t *testing.T) {
	tests := []struct {
		name, body      string
		wantTitle       string
		wantText        string
		wantContact     string
		withStylesTable bool
	}{
		{
			name:      "title style found through styles.xml",
			body:      `<w:p><w:pPr><w:pStyle w:val="a3"/></w:pPr><w:r><w:t>望江县推行“田间党课”，农技送到地头。</w:t></w:r></w:p>` + exporttest.DocxP("望江县组织农技党员下田授课。"),
			wantTitle: "望江县推行“田间党课”，农技送到地头。", wantText: "望江县组织农技党员下田授课。",
			withStylesTable: true,
		},
		{
			name:      "heading 1 after the unit's name",
			body:      exporttest.DocxP("中共宿松县委组织部") + `<w:p><w:pPr><w:pStyle w:val="1"/></w:pPr><w:r><w:t>宿松县建立“红色代办”服务队</w:t></w:r></w:p>` + exporttest.DocxP("宿松县在全县推开代办服务。"),
			wantTitle: "宿松县建立“红色代办”服务队", wantText: "中共宿松县委组织部\n宿松县在全县推开代办服务。",
			withStylesTable: true,
		},
		{
			name:      "short centred paragraph",
			body:      exporttest.DocxP("信息") + `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>潜山市：“积分超市”激活乡村治理。</w:t></w:r></w:p>` + exporttest.DocxP("潜山市在全市推广积分制。"),
			wantTitle: "潜山市：“积分超市”激活乡村治理。", wantText: "信息\n潜山市在全市推广积分制。",
		},
		{
			name:      "first short unpunctuated paragraph",
			body:      exporttest.DocxP("岳西县选派科技特派员驻村帮扶") + exporttest.DocxP("今年以来，岳西县选派一百名科技特派员。"),
			wantTitle: "岳西县选派科技特派员驻村帮扶", wantText: "今年以来，岳西县选派一百名科技特派员。",
		},
		{
			name:      "a short first sentence is the title",
			body:      exporttest.DocxP("今年以来，桐城市深化“六尺巷”调解法。") + exporttest.DocxP("全市调解纠纷一千二百件。"),
			wantTitle: "今年以来，桐城市深化“六尺巷”调解法。", wantText: "全市调解纠纷一千二百件。",
		},
		{
			// issue 8: the first sentence stayed out of the text (36 字 where the .txt gave 52)
			name: "else the first sentence of a long paragraph, kept in the text as for text files",
			body: exporttest.DocxP("今年以来，桐城市深化“六尺巷”调解工作法，在全市推广“群众说事、干部办事”的做法。全市调解纠纷一千二百件。") +
				exporttest.DocxP("联系人：李华") + exporttest.DocxP("电话：0556-5550123"),
			wantTitle: "今年以来，桐城市深化“六尺巷”调解工作法，在全市推广“群众说事、干部办事”的做法。",
			wantText:  "今年以来，桐城市深化“六尺巷”调解工作法，在全市推广“群众说事、干部办事”的做法。全市调解纠纷一千二百件。", wantContact: "联系人：李华；电话：0556-5550123",
		},
		{
			name:      "a date is not a title",
			body:      exporttest.DocxP("2022年6月15日") + exporttest.DocxP("大观区开展社区党员积分评议，全区评出星级党员二百名。"),
			wantTitle: "大观区开展社区党员积分评议，全区评出星级党员二百名。", wantText: "2022年6月15日\n大观区开展社区党员积分评议，全区评出星级党员二百名。",
		},
		{
			name: "a table one row a line, its cells in order", // they came one cell a line (review A17)
			body: exporttest.DocxP("今年以来，迎江区推动两新组织党建。") + `<w:tbl><w:tr><w:tc>` + exporttest.DocxP("指标") + `</w:tc><w:tc>` + exporttest.DocxP("数量") + `</w:tc></w:tr>` +
				`<w:tr><w:tc>` + exporttest.DocxP("新建党组织") + `</w:tc><w:tc>` + exporttest.DocxP("12个") + `</w:tc></w:tr></w:tbl>` + exporttest.DocxP("下一步将继续推进。"),
			wantTitle: "今年以来，迎江区推动两新组织党建。", wantText: "指标　数量\n新建党组织　12个\n下一步将继续推进。",
		},
		{
			name: "text box read once, not again from its fallback",
			body: `<w:p><w:r><w:t>今年以来，宜秀区开展“书记项目”。</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>` +
				exporttest.DocxP("文本框：共立项37个。") + `</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>` +
				exporttest.DocxP("文本框：共立项37个。") + `</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`,
			wantTitle: "文本框：共立项37个。", wantText: "今年以来，宜秀区开展“书记项目”。",
		},
		{
			name: "tracked deletions dropped, insertions kept",
			body: exporttest.DocxP("怀宁县建好服务驿站") + `<w:p><w:r><w:t>怀宁县建成</w:t></w:r><w:del w:id="1" w:author="a"><w:r><w:delText>十</w:delText></w:r></w:del>` +
				`<w:ins w:id="2" w:author="a"><w:r><w:t>十二</w:t></w:r></w:ins><w:r><w:t>个党群服务驿站。</w:t></w:r></w:p>`,
			wantTitle: "怀宁县建好服务驿站", wantText: "怀宁县建成十二个党群服务驿站。",
		},
		{
			name: "tab, line break, indent spaces and field codes",
			body: exporttest.DocxP("今年以来，太湖县推行组织员制度。") + `<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr><w:r><w:t>　　联系人：王明</w:t><w:tab/><w:t>电话：5551234</w:t><w:br/><w:t>　　太湖县委组织部，2022年。</w:t></w:r></w:p>` +
				`<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> REF _Ref3 \h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>第3页。</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`,
			wantTitle: "今年以来，太湖县推行组织员制度。", wantText: "联系人：王明　电话：5551234\n太湖县委组织部，2022年。\n第3页。", /* a tab between Chinese is 　 (review R6) */
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			parts := map[string]string{"word/document.xml": exporttest.DocxTestDocument(tt.body)}
			if tt.withStylesTable {
				parts["word/styles.xml"] = docxTestStyles
			}
			sub, err := ReadDocx("/来稿/六月/sample.docx", bytes.NewReader(exporttest.DocxTestPackage(t, parts)))
			if err != nil {
				t.Fatal(err)
			}
			if sub.Title != tt.wantTitle {
				t.Errorf("title = %q, want %q", sub.Title, tt.wantTitle)
			}
			if sub.Contact != tt.wantContact {
				t.Errorf("contact = %q, want %q", sub.Contact, tt.wantContact)
			}
			if sub.Text != tt.wantText {
				t.Errorf("text = %q, want %q", sub.Text, tt.wantText)
			}
		})
	}
}

func TestReadDocxSubmissionFields(t *testing.T) {
	data := exporttest.DocxTestBody(t, exporttest.DocxP("枞阳县开展“党建+电商”培训")+exporttest.DocxP("枞阳县培训电商带头人300名。"))
	sub, err := ReadSubmission("D:/来稿/枞阳县 信息.DOCX", bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	want := editor.Submission{Title: "枞阳县开展“党建+电商”培训", Text: "枞阳县培训电商带头人300名。",
		Source: "枞阳县 信息.DOCX", Words: editor.CountWords("枞阳县培训电商带头人300名。")}
	if sub.Title != want.Title || sub.Text != want.Text || sub.Source != want.Source || sub.Words != want.Words {
		t.Errorf("got %+v\nwant %+v", *sub, want)
	}
	if sub.UnitID != 0 {
		t.Errorf("UnitID = %d, want 0 (the archive recognises the unit)", sub.UnitID)
	}
}

// A .doc or .wps that is really a .docx (WPS and mail clients do this) is
// read without LibreOffice.
func TestReadOfficeDocThatIsDocx(t *testing.T) {
	data := exporttest.DocxTestBody(t, exporttest.DocxP("今年以来，大观区推行网格党建。"))
	for _, name := range []string{"稿件.doc", "稿件.wps"} {
		sub, err := ReadSubmission(name, bytes.NewReader(data))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !strings.Contains(sub.Title, "网格党建") {
			t.Errorf("%s: title = %q", name, sub.Title)
		}
	}
}

// BenchmarkReadDocx reads the issue's own .docx as a submission.
func BenchmarkReadDocx(b *testing.B) {
	var buf bytes.Buffer
	if err := docx.WriteIssueDocx(&buf, exporttest.DocxTestIssue(), editor.DefaultPreferences()); err != nil {
		b.Fatal(err)
	}
	data := buf.Bytes()
	for b.Loop() {
		if _, err := ReadDocx("issue.docx", bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}

// Elements nested without end are refused before they cost stack or memory.
func TestReadDocxDeepNesting(t *testing.T) {
	deep := strings.Repeat(`<mc:AlternateContent><mc:Choice>`, 5000) + exporttest.DocxP("深") + strings.Repeat(`</mc:Choice></mc:AlternateContent>`, 5000)
	_, err := ReadDocx("deep.docx", bytes.NewReader(exporttest.DocxTestBody(t, `<w:p><w:r>`+deep+`</w:r></w:p>`)))
	if !errors.Is(err, ErrDocxCorrupt) {
		t.Fatalf("error = %v, want ErrDocxCorrupt", err)
	}
}
