package intake

import (
	"strings"
	"testing"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export/internal/exporttest"
)

// Fields and tabs as WPS and Word write them (review R6, R7, R14): a table
// of contents, page numbers, w:tab and w:ptab, and comments.

// docxFieldRun is a complex field: its instruction, then result as its text.
func docxFieldRun(instr, result string) string {
	return `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ` + instr + ` </w:instrText></w:r>` +
		`<w:r><w:fldChar w:fldCharType="separate"/></w:r>` + result + `<w:r><w:fldChar w:fldCharType="end"/></w:r>`
}

func docxFieldTestRun(text string) string {
	return `<w:r><w:t xml:space="preserve">` + text + `</w:t></w:r>`
}

// docxTOC is a table of contents as Word writes it: the field begins in
// its first line, each line a hyperlink with a PAGEREF field, and ends in
// the last line.
const docxTOC = `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>目　录</w:t></w:r></w:p>` +
	`<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \o "1-3" \h \z \u </w:instrText></w:r>` +
	`<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:hyperlink w:anchor="_Toc1"><w:r><w:t>一、主要做法</w:t></w:r><w:r><w:tab/></w:r>` +
	`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGEREF _Toc1 \h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>` +
	`<w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink></w:p>` +
	`<w:p><w:hyperlink w:anchor="_Toc2"><w:r><w:t>二、取得成效</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>2</w:t></w:r></w:hyperlink>` +
	`<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`

func TestDocxFieldsAndTabs(t *testing.T) {
	title := `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>柳岸县建立村级议事会制度</w:t></w:r></w:p>`
	cases := []struct {
		name, body string
		comments   string
		want       string // the submission's text
		checks     []string
	}{
		{"a table of contents is left out and named", title + docxTOC + exporttest.DocxP("一、主要做法") + exporttest.DocxP("建立议事会。") + exporttest.DocxP("二、取得成效") + exporttest.DocxP("群众满意。"),
			"", "一、主要做法\n建立议事会。\n二、取得成效\n群众满意。", []string{"目录（自动生成）已略去"}},
		{"a tab between Chinese is a full-width space", title + `<w:p>` + docxFieldTestRun("议事流程为：提议") + `<w:r><w:tab/></w:r>` + docxFieldTestRun("商议") +
			`<w:r><w:ptab w:relativeTo="margin" w:alignment="center" w:leader="none"/></w:r>` + docxFieldTestRun("决议。") + `</w:p>`,
			"", "议事流程为：提议　商议　决议。", nil},
		{"a tab between Latin words is a space", title + `<w:p>` + docxFieldTestRun("WPS") + `<w:r><w:tab/></w:r>` + docxFieldTestRun("Office") + docxFieldTestRun("版本。") + `</w:p>`,
			"", "WPS Office版本。", nil},
		{"a page-number paragraph is left out", title + exporttest.DocxP("群众满意。（柳岸县委组织部供稿）") + `<w:p>` + docxFieldTestRun("第") + docxFieldRun("PAGE", docxFieldTestRun("2")) + docxFieldTestRun("页") + `</w:p>`,
			"", "群众满意。（柳岸县委组织部供稿）", nil},
		{"page x of y as a simple field", title + exporttest.DocxP("群众满意。") + `<w:p>` + docxFieldTestRun("第") + `<w:fldSimple w:instr=" PAGE "><w:r><w:t>2</w:t></w:r></w:fldSimple>` +
			docxFieldTestRun("页 共") + docxFieldRun("NUMPAGES \\* MERGEFORMAT", docxFieldTestRun("3")) + docxFieldTestRun("页") + `</w:p>`,
			"", "群众满意。", nil},
		{"a page count inside a sentence stays", title + `<w:p>` + docxFieldTestRun("本材料共") + docxFieldRun("NUMPAGES", docxFieldTestRun("3")) + docxFieldTestRun("页，供参阅。") + `</w:p>`,
			"", "本材料共页，供参阅。", nil},
		{"a REF result is text", title + `<w:p>` + docxFieldTestRun("详见") + docxFieldRun("REF _Toc1 \\h", docxFieldTestRun("一、主要做法")) + docxFieldTestRun("。") + `</w:p>`,
			"", "详见一、主要做法。", nil},
		{"comments are named", title + exporttest.DocxP("累计议事2300余件。"),
			`<?xml version="1.0"?><w:comments ` + exporttest.DocxTestNS + `><w:comment w:id="1" w:author="王编辑"><w:p><w:r><w:t>请核实数字</w:t></w:r></w:p></w:comment>` +
				`<w:comment w:id="2"><w:p><w:r><w:t>删去？</w:t></w:r></w:p></w:comment></w:comments>`,
			"累计议事2300余件。", []string{"含批注2条，未导入（请在 Word 或 WPS 中查看）"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			parts := map[string]string{"word/document.xml": exporttest.DocxTestDocument(c.body)}
			if c.comments != "" {
				parts["word/comments.xml"] = c.comments
			}
			sub := docxIntakeRead(t, parts)
			if sub.Text != c.want {
				t.Errorf("text\n got %q\nwant %q", sub.Text, c.want)
			}
			if got := docxCheckTexts(sub.Checks); strings.Join(got, "|") != strings.Join(c.checks, "|") {
				t.Errorf("checks %q, want %q", got, c.checks)
			}
		})
	}
}

func docxCheckTexts(cs []editor.ReadCheck) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.String())
	}
	return out
}
