package intake

import (
	"archive/zip"
	"encoding/xml"
	"io"
	"regexp"
	"strconv"
	"strings"

	"github.com/bulletindesk/bulletindesk/editor"
)

// Parts of WordprocessingML whose text the plain walk misses: fields whose
// only text is their instruction (a WPS pinyin guide is EQ \o\ad(…)),
// w:sym characters, footnotes and endnotes, the markup-compatibility
// namespaces a choice may require, and numbering given by a style.

// docxField is the complex field being read, from its fldChar begin to end.
type docxField struct {
	depth     int
	instr     strings.Builder
	separated bool   // its result has begun: the result's text is the field's
	drop      string // "TOC" or "PAGE" while a result not part of the text is read
}

func (w *docxWalker) fieldChar(top *docxParaBuilder, kind string) {
	f := &w.field
	switch kind {
	case "begin":
		f.depth++
		if f.depth == 1 {
			f.instr.Reset()
			f.separated = false
		}
	case "separate":
		if f.depth == 1 {
			f.separated = true
			f.drop = docxDroppedField(f.instr.String())
			w.fieldDropped(top)
		}
	case "end":
		if f.depth == 1 && !f.separated && top != nil {
			top.text.WriteString(docxFieldText(f.instr.String()))
		}
		if f.depth == 1 {
			f.drop = ""
		}
		f.depth = max(0, f.depth-1)
	}
}

// docxDroppedField says whether a field's result is left out of the text,
// and why: a table of contents is generated from the headings that follow
// in the body (its lines came in as 一、主要做法1 before the text), and a
// page number is page furniture (a 第2页 paragraph hid the attribution
// above it). "" for a field whose result is text (REF, a date, EQ).
func docxDroppedField(instr string) string {
	name := strings.ToUpper(strings.Fields(instr + " x")[0])
	switch name {
	case "TOC":
		return "TOC"
	case "PAGE", "NUMPAGES", "SECTIONPAGES":
		return "PAGE"
	}
	return ""
}

// fieldDropped notes a dropped result: the paragraph holding a page
// number may be nothing else (docxPageFurniture), and a table of
// contents is named in the import line once, its 目录 heading with it.
func (w *docxWalker) fieldDropped(top *docxParaBuilder) {
	switch w.field.drop {
	case "PAGE":
		if top != nil {
			top.pageField = true
		}
	case "TOC":
		if !w.toc {
			w.toc = true
			if n := len(w.out); n > 0 && docxTOCHeading.MatchString(w.out[n-1].text) {
				w.out = w.out[:n-1]
			}
		}
	}
}

// docxTOCHeading is the heading Word and WPS put over a table of contents.
var docxTOCHeading = regexp.MustCompile(`^[\s　]*目[\s　]*录[\s　]*$`)

// docxPageFurniture is what is left of a paragraph whose page numbers were
// left out when it was a page label (第页, 第页共页, - -): dropped whole.
var docxPageFurniture = regexp.MustCompile(`^[\s　第共页码/／\-—－–·.()（）]*$`)

// docxTabText is a tab (w:tab, w:ptab) in the text: a full-width space
// between Chinese characters, a space elsewhere. It was a space, which the
// space clean-up then removed between Chinese: 提议	商议 became 提议商议.
func docxTabText(s string) string {
	if !strings.ContainsRune(s, '\t') {
		return s
	}
	rs := []rune(s)
	var b strings.Builder
	for i, r := range rs {
		switch {
		case r != '\t':
			b.WriteRune(r)
		case i > 0 && i+1 < len(rs) && editor.IsEastAsianRune(rs[i-1]) && editor.IsEastAsianRune(rs[i+1]):
			b.WriteRune('　')
		default:
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// instrText keeps a field's instruction while it may be the only text.
func (w *docxWalker) instrText() error {
	if w.field.depth != 1 || w.field.separated {
		return w.d.Skip()
	}
	for {
		tok, err := w.d.Token()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.CharData:
			w.field.instr.Write(t)
		case xml.StartElement:
			if err := w.d.Skip(); err != nil {
				return err
			}
		case xml.EndElement:
			return nil
		}
	}
}

// docxFieldText is what a field without a result shows: for EQ \o (how
// Word and WPS make a pinyin guide or an overstrike) the base text, without
// the guide raised over it (\s\up); nothing for other fields.
func docxFieldText(instr string) string {
	instr = strings.TrimSpace(instr)
	if !strings.HasPrefix(strings.ToUpper(instr), "EQ") {
		return ""
	}
	i := strings.Index(instr, `\o`)
	if i < 0 {
		return ""
	}
	open := strings.IndexByte(instr[i:], '(')
	if open < 0 {
		return ""
	}
	var out strings.Builder
	for _, arg := range docxFieldArgs(instr[i+open+1:]) {
		if a := strings.TrimSpace(arg); a != "" && !strings.HasPrefix(a, `\s`) {
			out.WriteString(a)
		}
	}
	return out.String()
}

// docxFieldArgs splits the arguments of an EQ switch at top-level commas
// (or semicolons), up to its closing parenthesis.
func docxFieldArgs(s string) []string {
	var args []string
	depth, start := 0, 0
	for i, r := range s {
		switch {
		case r == '(':
			depth++
		case r == ')' && depth == 0:
			return append(args, s[start:i])
		case r == ')':
			depth--
		case (r == ',' || r == ';') && depth == 0:
			args = append(args, s[start:i])
			start = i + 1
		}
	}
	return append(args, s[start:])
}

// docxSymbol is the character a w:sym stands for. Symbol-font codes are
// given in the private-use range F000–F0FF; the common ones of Symbol and
// Wingdings become the Unicode characters they show, others stay as
// written, so nothing disappears.
func docxSymbol(font, char string) string {
	c, err := strconv.ParseUint(char, 16, 32)
	if err != nil || c == 0 {
		return ""
	}
	if c < 0xF000 || c > 0xF0FF {
		return string(rune(c))
	}
	code := byte(c - 0xF000)
	table := docxWingdings
	if strings.EqualFold(strings.TrimSpace(font), "Symbol") {
		table = docxSymbolFont
	}
	if r, ok := table[code]; ok {
		return string(r)
	}
	return string(rune(c))
}

var docxWingdings = map[byte]rune{
	0x4A: '☺', 0x4C: '☹', 0x6C: '●', 0x6E: '■', 0x6F: '□', 0x71: '❑', 0x75: '◆', 0x76: '❖',
	0x77: '⬥', 0x9F: '•', 0xA1: '○', 0xA7: '▪', 0xA8: '◻', 0xAB: '★', 0xD8: '➢', 0xE0: '→',
	0xE8: '➔', 0xF0: '⇨', 0xFB: '✗', 0xFC: '✓', 0xFD: '☒', 0xFE: '☑',
}

var docxSymbolFont = map[byte]rune{
	0x61: 'α', 0x62: 'β', 0x63: 'χ', 0x64: 'δ', 0x65: 'ε', 0x67: 'γ', 0x6C: 'λ', 0x6D: 'μ',
	0x70: 'π', 0x73: 'σ', 0x44: 'Δ', 0x57: 'Ω', 0xA5: '∞', 0xAC: '←', 0xAD: '↑', 0xAE: '→',
	0xAF: '↓', 0xB0: '°', 0xB1: '±', 0xB4: '×', 0xB7: '•', 0xB8: '÷', 0xB9: '≠', 0xA3: '≤',
	0xB3: '≥', 0xD6: '√', 0xE0: '◊', 0xD7: '·',
}

// docxKnownRequires reports whether every namespace prefix an mc:Choice
// requires is one whose content the reader walks: DrawingML shapes and
// text boxes, VML, Word 2010+ paragraph marks. Anything newer (w16se
// emoji, w16du …) is not, and its fallback is read instead.
func docxKnownRequires(req string) bool {
	for _, p := range strings.Fields(req) {
		if !docxKnownPrefixes[p] {
			return false
		}
	}
	return true
}

var docxKnownPrefixes = map[string]bool{
	"wps": true, "wpg": true, "wpc": true, "wpi": true, "wp14": true, "w14": true, "w15": true,
	"a14": true, "v": true, "o": true, "w10": true, "wne": true, "m": true, "mc": true,
}

// noteStart begins a footnote or endnote; the separators Word keeps among
// them are not notes.
func (w *docxWalker) noteStart(se xml.StartElement) error {
	switch docxAttr(se, "type") {
	case "separator", "continuationSeparator", "continuationNotice":
		return w.d.Skip()
	}
	w.note = se.Name.Local
	w.noteNum = w.refs.number(w.note, docxAttr(se, "id"))
	w.noteNew = true
	w.depth++
	return nil
}

// noteMark is how a note is marked after the body: 注1： for a footnote,
// 尾注1： for an endnote, numbered as the body's references number them.
func (w *docxWalker) noteMark() string { return docxNoteLabel(w.note, w.noteNum) + "：" }

// docxNumPr is the numbering a paragraph style gives its paragraphs.
type docxNumPr struct {
	numID string
	ilvl  int
}

// docxStyleNumbering reads styles.xml into styleId → numbering, for the
// styles that number (heading styles of outline-numbered documents),
// directly or through w:basedOn: a 标题 2 based on a numbered 标题 1 style
// numbers its paragraphs too (its own w:ilvl, if any, choosing the level),
// unless it says w:numId 0. Before, only a style's own w:numPr counted and
// the inherited numbers vanished.
func docxStyleNumbering(r io.Reader) (map[string]docxNumPr, error) {
	var doc struct {
		Styles []struct {
			ID      string      `xml:"styleId,attr"`
			BasedOn docxValAttr `xml:"basedOn"`
			PPr     struct {
				NumPr struct {
					Ilvl  docxValAttr `xml:"ilvl"`
					NumID docxValAttr `xml:"numId"`
				} `xml:"numPr"`
			} `xml:"pPr"`
		} `xml:"style"`
	}
	if err := xml.NewDecoder(r).Decode(&doc); err != nil {
		return nil, err
	}
	type own struct{ basedOn, numID, ilvl string }
	styles := map[string]own{}
	for _, s := range doc.Styles {
		styles[s.ID] = own{s.BasedOn.Val, s.PPr.NumPr.NumID.Val, s.PPr.NumPr.Ilvl.Val}
	}
	out := map[string]docxNumPr{}
	for id := range styles {
		numID, ilvl := "", ""
		// Walk up the chain (a bounded number of steps: a cycle ends it).
		for cur, k := id, 0; cur != "" && k < 16 && numID == ""; cur, k = styles[cur].basedOn, k+1 {
			st := styles[cur]
			if numID == "" {
				numID = st.numID
			}
			if ilvl == "" {
				ilvl = st.ilvl
			}
		}
		if numID != "" && numID != "0" {
			lvl, _ := strconv.Atoi(ilvl)
			out[id] = docxNumPr{numID: numID, ilvl: lvl}
		}
	}
	return out, nil
}

// docxChecks names what the body's walk left out that a user may want to
// know of: the table of contents, hidden text, and the comments (批注) in comments.xml
// — a reviewer's note on a 来稿 may matter, and it was dropped unsaid.
func docxChecks(body *docxWalker, comments *zip.File) []editor.ReadCheck {
	var out []editor.ReadCheck
	if body.toc {
		out = append(out, editor.ReadCheck{Text: "目录（自动生成）已略去"})
	}
	if body.vanished > 0 {
		out = append(out, editor.ReadCheck{Text: "隐藏文字{{.N}}字未导入（Word、WPS 不显示也不打印）", N: body.vanished})
	}
	if comments != nil {
		if n, err := docxReadPart(comments, docxCountComments); err == nil && n > 0 {
			out = append(out, editor.ReadCheck{Text: "含批注{{.N}}条，未导入（请在 Word 或 WPS 中查看）", N: n})
		}
	}
	return out
}

// docxCountComments counts the w:comment elements of comments.xml.
func docxCountComments(r io.Reader) (int, error) {
	d := xml.NewDecoder(r)
	n := 0
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return n, nil
		}
		if err != nil {
			return n, err
		}
		if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "comment" && docxIsWordNS(se.Name.Space) {
			n++
		}
	}
}
