package docx

import (
	"fmt"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export/issueprint"
)

// Rules of the 版记 by GB/T 9704: thick (0.35 mm) above and below the
// block, thin (0.25 mm) between its parts. Border sizes are in 1/8 pt.
const (
	docxRuleThick = `w:val="single" w:sz="8" w:space="0" w:color="auto"`
	docxRuleThin  = `w:val="single" w:sz="6" w:space="0" w:color="auto"`
)

// distribution writes the 报/送/发 lines and the copy count as a one-column
// table whose top and bottom borders are the rules: table borders are drawn
// the same by Word, WPS and LibreOffice, where paragraph borders inside a
// frame (w:framePr, tried first) are lost by LibreOffice. With
// FooterOnLastPage the table floats (w:tblpPr) at the bottom of the type
// area of the page where it falls, which is the last page because it ends
// the document; body text stays above it, and when the last page is too
// full Word moves the table, with its anchor paragraph, to a page of its
// own. LibreOffice before 7.6 keeps a floating table as wide as the type
// area in the text flow, so there the block follows the last item. Without
// the preference it follows the last item after a blank line everywhere.
func (d *docxBody) distribution(is *editor.Issue) {
	var lines []string
	for _, l := range is.Distribution {
		lines = append(lines, issueprint.FooterLineText(l))
	}
	copies := ""
	if is.CopyCount > 0 {
		copies = issueprint.IssueCopyLine(is)
	}
	printed := issueprint.PrintedLine(is.Marks)
	if len(lines) == 0 && copies == "" && printed == "" {
		return
	}
	if !d.look.footerOnLastPage {
		d.para(`<w:pStyle w:val="BulletinBody"/><w:keepNext/>`) // the blank line before the block
	}
	d.b.WriteString(`<w:tbl>` + d.distributionTablePr() +
		fmt.Sprintf(`<w:tblGrid><w:gridCol w:w="%d"/></w:tblGrid>`, docxTextWidth))
	for i, text := range lines {
		keep := i < len(lines)-1 || copies != "" || printed != ""
		d.distributionRow("BulletinDistribution", "", text, keep)
	}
	if printed != "" { // 印发机关 and 印发日期 (§7.4.3), a thin rule above
		top := docxIf(len(lines) > 0, `<w:tcBorders><w:top `+docxRuleThin+`/></w:tcBorders>`)
		d.distributionRow("BulletinCopyCount", top, printed, copies != "")
		lines = nil // the copy count follows without another rule
	}
	if copies != "" {
		top := "" // a thin rule between the lines and the copy count
		if len(lines) > 0 {
			top = `<w:tcBorders><w:top ` + docxRuleThin + `/></w:tcBorders>`
		}
		d.distributionRow("BulletinCopyCount", top, copies, false)
	}
	d.b.WriteString(`</w:tbl>`)
	// A table must be followed by a paragraph; this one is one point high so
	// that it never spills onto a page of its own.
	d.para(`<w:pStyle w:val="Normal"/><w:snapToGrid w:val="0"/><w:spacing w:line="20" w:lineRule="exact"/>` +
		`<w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr>`)
}

func (d *docxBody) distributionTablePr() string {
	float := ""
	if d.look.footerOnLastPage {
		float = `<w:tblpPr w:leftFromText="0" w:rightFromText="0" w:topFromText="0" w:bottomFromText="0" ` +
			`w:vertAnchor="margin" w:horzAnchor="margin" w:tblpXSpec="center" w:tblpYSpec="bottom"/><w:tblOverlap w:val="never"/>`
	}
	return `<w:tblPr>` + float + fmt.Sprintf(`<w:tblW w:w="%d" w:type="dxa"/>`, docxTextWidth) + `<w:jc w:val="center"/>` +
		`<w:tblBorders><w:top ` + docxRuleThick + `/><w:bottom ` + docxRuleThick + `/></w:tblBorders>` +
		`<w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="0" w:type="dxa"/>` +
		`<w:bottom w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar><w:tblLook w:val="0000"/></w:tblPr>`
}

// distributionRow is one line of the block in a row that never splits.
func (d *docxBody) distributionRow(style, borders, text string, keepNext bool) {
	d.b.WriteString(`<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr>` +
		fmt.Sprintf(`<w:tcW w:w="%d" w:type="dxa"/>`, docxTextWidth) + borders + `</w:tcPr>`)
	d.para(`<w:pStyle w:val="`+style+`"/>`+docxIf(keepNext, `<w:keepNext/>`), docxRun("", text))
	d.b.WriteString(`</w:tc></w:tr>`)
}
