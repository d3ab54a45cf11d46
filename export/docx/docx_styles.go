package docx

import (
	"fmt"
	"strings"
)

// docxFontInfo is what the font table says of a Chinese font, so that Word
// or WPS without it substitutes the right kind: w:altName names the font to
// use instead (仿宋_GB2312 → 仿宋 → FangSong), the panose and family its shape.
type docxFontInfo struct {
	alt, panose, family, pitch string
}

var docxKnownFonts = map[string]docxFontInfo{
	"仿宋_GB2312": {"仿宋", "02010609030101010101", "modern", "fixed"},
	"仿宋":        {"FangSong", "02010609060101010101", "modern", "fixed"},
	"方正仿宋_GBK":  {"仿宋", "02000000000000000000", "script", "variable"},
	"方正小标宋简体":   {"宋体", "02000000000000000000", "script", "variable"},
	"方正小标宋_GBK": {"宋体", "02000000000000000000", "script", "variable"},
	"宋体":        {"SimSun", "02010600030101010101", "auto", "variable"},
	"黑体":        {"SimHei", "02010609060101010101", "modern", "fixed"},
	"楷体_GB2312": {"楷体", "02010609030101010101", "modern", "fixed"},
	"楷体":        {"KaiTi", "02010609060101010101", "modern", "fixed"},
}

// docxFontTableXML lists the fonts the document uses and, after them, the
// fonts they fall back to, each with its substitution hints.
func docxFontTableXML(look docxLook) string {
	var names []string
	seen := map[string]bool{}
	add := func(n string) {
		for n != "" && !seen[n] {
			seen[n] = true
			names = append(names, n)
			n = docxKnownFonts[n].alt
			if strings.IndexFunc(n, func(r rune) bool { return r > 0x7f }) < 0 {
				break // the Latin name of a Windows font: already the last resort
			}
		}
	}
	for _, n := range []string{look.body, look.title, look.heading, "宋体", "黑体"} {
		add(n)
	}
	var b strings.Builder
	b.WriteString(docxXMLHeader + `<w:fonts ` + docxNSDecl + `>`)
	for _, n := range names {
		info, ok := docxKnownFonts[n]
		if !ok {
			info = docxFontInfo{family: "auto", pitch: "variable"}
		}
		b.WriteString(`<w:font w:name="` + docxEscape(n) + `">`)
		if info.alt != "" {
			b.WriteString(`<w:altName w:val="` + docxEscape(info.alt) + `"/>`)
		}
		if info.panose != "" {
			b.WriteString(`<w:panose1 w:val="` + info.panose + `"/>`)
		}
		// charset 86 (hex) is GB2312: the font must cover simplified Chinese.
		b.WriteString(`<w:charset w:val="86"/><w:family w:val="` + info.family + `"/><w:pitch w:val="` + info.pitch + `"/></w:font>`)
	}
	b.WriteString(`</w:fonts>`)
	return b.String()
}

// docxStylesXML defines the document's styles. Named styles (简报正文,
// 简报栏目, …) rather than direct formatting, so an editor who adjusts the
// document in Word changes one style, not every paragraph.
func docxStylesXML(look docxLook) string {
	body := docxFonts(look.body)
	size := func(hp int) string { return fmt.Sprintf(`<w:sz w:val="%d"/><w:szCs w:val="%d"/>`, hp, hp) }
	exact := fmt.Sprintf(`<w:spacing w:line="%d" w:lineRule="exact"/>`, docxLinePitch)
	free := `<w:snapToGrid w:val="0"/>` // masthead lines keep their own height, off the grid
	var b strings.Builder
	b.WriteString(docxXMLHeader + `<w:styles ` + docxNSDecl + `>`)
	b.WriteString(`<w:docDefaults><w:rPrDefault><w:rPr>` + body + size(docxBodyHalfPoints) +
		`<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
		`<w:pPrDefault><w:pPr><w:widowControl w:val="0"/></w:pPr></w:pPrDefault></w:docDefaults>`)
	style := func(id, name, basedOn, extra, pPr, rPr string) {
		b.WriteString(`<w:style w:type="paragraph"` + docxIf(id == "Normal", ` w:default="1"`) + ` w:styleId="` + id + `">` +
			`<w:name w:val="` + name + `"/>` + docxIf(basedOn != "", `<w:basedOn w:val="`+basedOn+`"/>`) + extra +
			`<w:qFormat/><w:pPr>` + pPr + `</w:pPr><w:rPr>` + rPr + `</w:rPr></w:style>`)
	}
	style("Normal", "Normal", "", "", `<w:overflowPunct w:val="1"/><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>`+exact+`<w:jc w:val="both"/>`,
		body+fmt.Sprintf(`<w:spacing w:val="%d"/>`, docxCharSpacing)+size(docxBodyHalfPoints))
	style("BulletinBody", "简报正文", "Normal", `<w:next w:val="BulletinBody"/>`,
		fmt.Sprintf(`<w:ind w:firstLineChars="200" w:firstLine="%d"/>`, 2*docxBodyCharTwips), "")
	style("BulletinSection", "简报栏目", "BulletinBody", `<w:next w:val="BulletinBody"/>`,
		`<w:keepNext/><w:keepLines/><w:outlineLvl w:val="0"/>`, docxFonts(look.heading))
	mastheadRPr := docxFonts(look.title) + docxIf(look.boldTitle, `<w:b/><w:bCs/>`) + `<w:color w:val="` + look.color + `"/>` + size(docxMastheadMaxHalfPts)
	style("BulletinMasthead", "简报刊头", "Normal", `<w:next w:val="BulletinIssueNumber"/>`,
		`<w:keepNext/>`+free+`<w:spacing w:before="0" w:after="240" w:line="240" w:lineRule="auto"/><w:jc w:val="center"/>`, mastheadRPr)
	style("BulletinIssueNumber", "简报期号", "Normal", `<w:next w:val="BulletinUnitDate"/>`,
		`<w:keepNext/>`+free+`<w:spacing w:before="0" w:after="160" w:line="240" w:lineRule="auto"/><w:jc w:val="center"/>`, "")
	style("BulletinUnitDate", "简报编印单位", "Normal", `<w:next w:val="BulletinBody"/>`,
		fmt.Sprintf(`<w:keepNext/><w:tabs><w:tab w:val="right" w:pos="%d"/></w:tabs>`, docxTextWidth)+free+
			`<w:spacing w:before="0" w:after="480" w:line="240" w:lineRule="auto"/><w:jc w:val="left"/>`, "")
	distInd := fmt.Sprintf(`<w:ind w:left="%d" w:right="%d" w:hanging="%d"/>`, 3*docxDistribCharTwips, docxDistribCharTwips, 2*docxDistribCharTwips)
	// The 版记 lines are a little tighter than the grid, so that the rules'
	// width does not make n lines need n+1 lines of the page.
	style("BulletinDistribution", "简报版记", "Normal", "", `<w:keepLines/>`+free+
		fmt.Sprintf(`<w:spacing w:line="%d" w:lineRule="exact"/>`, docxLinePitch-20)+distInd, size(docxDistribHalfPoints))
	style("BulletinCopyCount", "简报印数", "BulletinDistribution", "",
		fmt.Sprintf(`<w:ind w:left="%d" w:right="%d" w:hanging="0"/><w:jc w:val="right"/>`, docxDistribCharTwips, docxDistribCharTwips), "")
	style("Footer", "footer", "Normal", "", free+`<w:spacing w:line="240" w:lineRule="auto"/>`, "")
	b.WriteString(`</w:styles>`)
	return b.String()
}
