package docx

import (
	"encoding/xml"
	"fmt"
	"strings"
	"time"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export/issueprint"
)

// The fixed parts of the .docx package. Element order inside w:pPr, w:rPr,
// w:sectPr and w:settings follows the schema: Word rejects a document with
// elements out of order ("unreadable content") where LibreOffice does not.

const docxXMLHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"

const docxNSDecl = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ` +
	`xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`

const docxContentTypes = docxXMLHeader + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
	`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
	`<Default Extension="xml" ContentType="application/xml"/>` +
	`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
	`<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
	`<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>` +
	`<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>` +
	`<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>` +
	`<Override PartName="/word/footer2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>` +
	`<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
	`<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>` +
	`</Types>`

const docxRelNS = `http://schemas.openxmlformats.org/officeDocument/2006/relationships/`

const docxPackageRels = docxXMLHeader + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rId1" Type="` + docxRelNS + `officeDocument" Target="word/document.xml"/>` +
	`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
	`<Relationship Id="rId3" Type="` + docxRelNS + `extended-properties" Target="docProps/app.xml"/>` +
	`</Relationships>`

const docxDocumentRels = docxXMLHeader + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rId1" Type="` + docxRelNS + `styles" Target="styles.xml"/>` +
	`<Relationship Id="rId2" Type="` + docxRelNS + `settings" Target="settings.xml"/>` +
	`<Relationship Id="rId3" Type="` + docxRelNS + `fontTable" Target="fontTable.xml"/>` +
	`<Relationship Id="rId4" Type="` + docxRelNS + `footer" Target="footer1.xml"/>` +
	`<Relationship Id="rId5" Type="` + docxRelNS + `footer" Target="footer2.xml"/>` +
	`</Relationships>`

// docxSectPr is the page: A4, the GB/T 9704 margins, odd pages' footer
// (rId4, number on the right) and even pages' (rId5, on the left), and the
// grid of 22 lines (28 characters a line come from docxCharSpacing).
var docxSectPr = fmt.Sprintf(`<w:sectPr><w:footerReference w:type="default" r:id="rId4"/><w:footerReference w:type="even" r:id="rId5"/>`+
	`<w:pgSz w:w="%d" w:h="%d"/><w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d" w:header="851" w:footer="%d" w:gutter="0"/>`+
	`<w:cols w:space="425"/><w:docGrid w:type="lines" w:linePitch="%d"/></w:sectPr>`,
	docxPageW, docxPageH, docxMarginTop, docxMarginRight, docxMarginBottom, docxMarginLeft, docxFooterDistance,
	docxLinePitch)

const docxSettingsXML = docxXMLHeader + `<w:settings ` + docxNSDecl + `>` +
	`<w:zoom w:percent="100"/><w:defaultTabStop w:val="420"/><w:evenAndOddHeaders/>` +
	`<w:drawingGridVerticalSpacing w:val="579"/><w:characterSpacingControl w:val="doNotCompress"/>` +
	`<w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/><w:ulTrailSpace/>` +
	`<w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/><w:useFELayout/>` +
	`<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>` +
	`<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/><w:decimalSymbol w:val="."/><w:listSeparator w:val=","/>` +
	`</w:settings>`

const docxAppProps = docxXMLHeader + `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">` +
	`<Application>Bulletin Desk</Application><DocSecurity>0</DocSecurity></Properties>`

// docxCoreProps: the title (组工信息 2022年第12期), the editing unit as
// author, and the issue's time as the document's.
func docxCoreProps(is *editor.Issue) string {
	title := is.BulletinName
	if is.Year > 0 && is.Number > 0 {
		title += fmt.Sprintf(" %d年第%d期", is.Year, is.Number)
	}
	stamp := issueprint.ModTime(is).Format(time.RFC3339)
	return docxXMLHeader + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
		`xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ` +
		`xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
		`<dc:title>` + docxEscape(strings.TrimSpace(title)) + `</dc:title><dc:creator>` + docxEscape(is.EditingUnit) + `</dc:creator>` +
		`<dc:language>zh-CN</dc:language>` +
		`<dcterms:created xsi:type="dcterms:W3CDTF">` + stamp + `</dcterms:created>` +
		`<dcterms:modified xsi:type="dcterms:W3CDTF">` + stamp + `</dcterms:modified></cp:coreProperties>`
}

// docxFooterXML is a footer with the page number "— 1 —" in 4号宋体 at the
// given side, one character in from the edge of the type area.
func docxFooterXML(side string) string {
	rPr := docxFonts("宋体") + fmt.Sprintf(`<w:sz w:val="%d"/><w:szCs w:val="%d"/>`, docxPageNumHalfPoints, docxPageNumHalfPoints)
	ind := fmt.Sprintf(`<w:ind w:%s="%d"/>`, side, docxDistribCharTwips)
	field := `<w:r><w:rPr>` + rPr + `</w:rPr><w:fldChar w:fldCharType="begin"/></w:r>` +
		`<w:r><w:rPr>` + rPr + `</w:rPr><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>` +
		`<w:r><w:rPr>` + rPr + `</w:rPr><w:fldChar w:fldCharType="separate"/></w:r>` +
		docxRun(rPr, "1") +
		`<w:r><w:rPr>` + rPr + `</w:rPr><w:fldChar w:fldCharType="end"/></w:r>`
	return docxXMLHeader + `<w:ftr ` + docxNSDecl + `><w:p><w:pPr><w:pStyle w:val="Footer"/>` + ind +
		`<w:jc w:val="` + side + `"/></w:pPr>` + docxRun(rPr, "— ") + field + docxRun(rPr, " —") + `</w:p></w:ftr>`
}

// docxEscape escapes text for XML content and attributes; characters XML
// cannot hold (control characters) become U+FFFD rather than break the file.
func docxEscape(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s)) // a strings.Builder never fails
	return b.String()
}
