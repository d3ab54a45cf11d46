package docx

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export/issueprint"
)

// Page geometry of GB/T 9704-2012 in twips (1/1440 inch; 1 mm ≈ 56.69 twips):
// A4, margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm, which leaves
// the 156 × 225 mm type area that holds 22 lines of 28 characters of 3号 type.
const (
	docxPageW, docxPageH   = 11906, 16838
	docxMarginTop          = 2098
	docxMarginBottom       = 1984
	docxMarginLeft         = 1587
	docxMarginRight        = 1474
	docxFooterDistance     = 1304                                         // page number 7 mm below the type area
	docxTextWidth          = docxPageW - docxMarginLeft - docxMarginRight // 8845
	docxLinesPerPage       = 22
	docxCharsPerLine       = 28
	docxLinePitch          = (docxPageH - docxMarginTop - docxMarginBottom) / docxLinesPerPage // 579 = 28.95 pt
	docxBodyHalfPoints     = 32                                                                // 3号 = 16 pt
	docxDistribHalfPoints  = 28                                                                // 4号 = 14 pt
	docxPageNumHalfPoints  = 28                                                                // 4号 = 14 pt
	docxBodyCharTwips      = docxBodyHalfPoints * 10                                           // one character of body text
	docxDistribCharTwips   = docxDistribHalfPoints * 10
	docxMastheadMaxHalfPts = 120 // 60 pt
)

// docxCharSpacing narrows every character by 1/4 pt (in twips, w:spacing
// of the run properties) so that 28 characters of 16 pt fit the 156 mm line:
// 28 × 15.75 pt = 441 pt of 442.25 pt. Word's own way, a character grid
// (w:docGrid type="linesAndChars" with a negative charSpace), is drawn by
// LibreOffice with each character taking two grid cells (14 a line), so
// the grid here is one of lines only and the spacing does the rest.
const docxCharSpacing = -5

// docxLook is the issue's appearance from the preferences, with defaults
// filled in for empty settings.
type docxLook struct {
	body, title, heading, color string
	boldLead, boldTitle         bool
	footerOnLastPage            bool
}

func newDocxLook(p editor.Preferences) docxLook {
	def := editor.DefaultPreferences()
	l := docxLook{body: p.BodyFont, title: p.TitleFont, heading: p.HeadingFont, color: strings.ToUpper(strings.TrimPrefix(p.MastheadColor, "#")),
		boldLead: p.BoldLead, footerOnLastPage: p.FooterOnLastPage}
	if strings.TrimSpace(l.body) == "" {
		l.body = def.BodyFont
	}
	if strings.TrimSpace(l.title) == "" {
		l.title = def.TitleFont
	}
	if strings.TrimSpace(l.heading) == "" {
		l.heading = def.HeadingFont
	}
	if !issueprint.IsHexColor(l.color) {
		l.color = def.MastheadColor
	}
	// 小标宋 is a heavy face already; any other face (宋体) is set bold.
	l.boldTitle = !strings.Contains(l.title, "小标宋")
	return l
}

// WriteIssueDocx writes the issue as a Word document laid out for printing
// by the conventions of GB/T 9704-2012 (see the constants above): the red
// masthead, the sections and △ items, the 报/送/发 block between rules, and
// page numbers "— 1 —" on the outer side of each page.
func WriteIssueDocx(w io.Writer, is *editor.Issue, p editor.Preferences) error {
	is = issueprint.PrintedIssue(is)
	look := newDocxLook(p)
	parts := []struct{ name, body string }{
		{"[Content_Types].xml", docxContentTypes},
		{"_rels/.rels", docxPackageRels},
		{"docProps/core.xml", docxCoreProps(is)},
		{"docProps/app.xml", docxAppProps},
		{"word/_rels/document.xml.rels", docxDocumentRels},
		{"word/document.xml", docxDocumentXML(is, look)},
		{"word/styles.xml", docxStylesXML(look)},
		{"word/settings.xml", docxSettingsXML},
		{"word/fontTable.xml", docxFontTableXML(look)},
		{"word/footer1.xml", docxFooterXML("right")},
		{"word/footer2.xml", docxFooterXML("left")},
	}
	modified := issueprint.ModTime(is)
	zw := zip.NewWriter(w)
	for _, part := range parts {
		f, err := zw.CreateHeader(&zip.FileHeader{Name: part.name, Method: zip.Deflate, Modified: modified})
		if err != nil {
			return fmt.Errorf("write the Word document: %w", err)
		}
		if _, err := io.WriteString(f, part.body); err != nil {
			return fmt.Errorf("write the Word document: %w", err)
		}
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("write the Word document: %w", err)
	}
	return nil
}

// docxBody accumulates the paragraphs of word/document.xml.
type docxBody struct {
	b    bytes.Buffer
	look docxLook
}

// docxDocumentXML lays out the whole issue.
func docxDocumentXML(is *editor.Issue, look docxLook) string {
	d := &docxBody{look: look}
	d.b.WriteString(docxXMLHeader + `<w:document ` + docxNSDecl + `><w:body>`)
	d.marksAbove(is)
	d.masthead(is)
	d.signer(is)
	d.front(is)
	for _, sec := range is.Sections {
		d.section(sec)
	}
	d.distribution(is)
	d.b.WriteString(docxSectPr + `</w:body></w:document>`)
	return d.b.String()
}

// para writes one paragraph: its properties (inside w:pPr) and runs.
func (d *docxBody) para(pPr string, runs ...string) {
	d.b.WriteString(`<w:p>`)
	if pPr != "" {
		d.b.WriteString(`<w:pPr>` + pPr + `</w:pPr>`)
	}
	for _, r := range runs {
		d.b.WriteString(r)
	}
	d.b.WriteString(`</w:p>`)
}

// masthead: the bulletin's name large and red, 第N期（总第M期）, and the
// editing unit and date on one line above the red rule.
func (d *docxBody) masthead(is *editor.Issue) {
	if is.BulletinName != "" {
		size, spacing := docxMastheadSize(is.BulletinName) // font and colour come from the style
		rPr := fmt.Sprintf(`<w:spacing w:val="%d"/><w:sz w:val="%d"/><w:szCs w:val="%d"/>`, spacing, size, size)
		d.para(`<w:pStyle w:val="BulletinMasthead"/>`, docxRun(rPr, is.BulletinName))
	}
	if number := issueprint.IssueNumber(is); number != "" {
		d.para(`<w:pStyle w:val="BulletinIssueNumber"/>`, docxRun("", number))
	}
	unit := editor.EditingUnitLine(is)
	date := ""
	if !is.Date.IsZero() {
		date = issueprint.TextDate(is.Date)
	}
	// The rule is this paragraph's bottom border, so it is drawn even when
	// both unit and date are empty.
	runs := []string{docxRun("", unit)}
	if date != "" {
		runs = append(runs, `<w:r><w:tab/></w:r>`, docxRun("", date))
	}
	d.para(`<w:pStyle w:val="BulletinUnitDate"/><w:pBdr><w:bottom w:val="single" w:sz="18" w:space="6" w:color="`+d.look.color+`"/></w:pBdr>`, runs...)
}

// docxMastheadSize picks the masthead's size (half-points) and letter
// spacing (twips): 60 pt spaced out for a short name like 组工信息, smaller
// for a long one so it stays on one line.
func docxMastheadSize(name string) (size, spacing int) {
	n := utf8.RuneCountInString(name)
	if n <= 5 {
		return docxMastheadMaxHalfPts, 240
	}
	// 9/10 of the line width, in half-points per character.
	size = docxTextWidth * 9 / 10 / 10 / n
	return max(min(size, docxMastheadMaxHalfPts), 32), 0
}

// section writes the heading and the items of one 栏目.
func (d *docxBody) section(sec editor.Section) {
	if sec.Name != "" {
		d.para(`<w:pStyle w:val="BulletinSection"/>`, docxRun("", sec.Name))
	}
	for _, it := range sec.Items {
		d.item(it)
	}
}

// item writes △lead body（attribution） as the text format does: the lead
// opens the first paragraph, further body paragraphs follow, and the
// attribution closes the last one.
func (d *docxBody) item(it editor.Item) {
	d.note(it.EditorNote)
	paras := strings.Split(it.Body, "\n")
	last := len(paras) - 1
	for last > 0 && strings.TrimSpace(paras[last]) == "" {
		last-- // an empty trailing paragraph would leave the attribution alone on a line
	}
	for i := 0; i <= last; i++ {
		var runs []string
		if i == 0 {
			runs = append(runs, docxRun(docxIf(d.look.boldLead, `<w:b/><w:bCs/>`), "△"+it.Lead))
		}
		runs = append(runs, docxRun("", paras[i]))
		if i == last && it.Attribution != "" {
			runs = append(runs, docxRun("", "（"+it.Attribution+"）"))
		}
		if i > 0 && strings.TrimSpace(paras[i]) == "" {
			continue
		}
		d.para(`<w:pStyle w:val="BulletinBody"/>`, runs...)
	}
}

// docxRun is one run of text with run properties (inside w:rPr).
func docxRun(rPr, text string) string {
	if text == "" {
		return ""
	}
	var b strings.Builder
	b.WriteString(`<w:r>`)
	if rPr != "" {
		b.WriteString(`<w:rPr>` + rPr + `</w:rPr>`)
	}
	b.WriteString(`<w:t xml:space="preserve">` + docxEscape(text) + `</w:t></w:r>`)
	return b.String()
}

// docxFonts names a font for every script, the East Asian one first of all:
// Word and WPS pick Chinese glyphs' font from w:eastAsia.
func docxFonts(name string) string {
	n := docxEscape(name)
	return `<w:rFonts w:ascii="` + n + `" w:eastAsia="` + n + `" w:hAnsi="` + n + `" w:cs="` + n + `" w:hint="eastAsia"/>`
}

func docxIf(cond bool, s string) string {
	if cond {
		return s
	}
	return ""
}
