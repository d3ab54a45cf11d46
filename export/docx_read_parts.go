package export

import (
	"encoding/xml"
	"io"
	"strconv"
	"strings"
)

// Parts of WordprocessingML whose text the plain walk misses: fields whose
// only text is their instruction (a WPS pinyin guide is EQ \o\ad(…)),
// w:sym characters, footnotes and endnotes, the markup-compatibility
// namespaces a choice may require, and numbering given by a style.

// docxField is the complex field being read, from its fldChar begin to end.
type docxField struct {
	depth     int
	instr     strings.Builder
	separated bool // its result has begun: the result's text is the field's
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
		}
	case "end":
		if f.depth == 1 && !f.separated && top != nil {
			top.text.WriteString(docxFieldText(f.instr.String()))
		}
		f.depth = max(0, f.depth-1)
	}
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
