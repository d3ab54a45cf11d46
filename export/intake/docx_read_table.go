package intake

import (
	"encoding/xml"
	"fmt"
	"strconv"
	"strings"
)

// Three things of a .docx whose text the walk keeps but whose place it
// lost (review A17, A24): where a footnote is referred to, which cells
// make a table row, and what a symbol font's private-use characters show.

// docxNoteRefs numbers the footnotes and the endnotes as Word shows them:
// in the order the body refers to them. The body's reference leaves
// [注1] (or [尾注1]) where it stands, matching the 注1： before the note's
// text after the body; without it the reader could not tell which
// sentence 注1 belongs to.
type docxNoteRefs struct {
	next map[string]int // kind → the last number given
	byID map[string]int // kind + id → its number
}

func newDocxNoteRefs() *docxNoteRefs {
	return &docxNoteRefs{next: map[string]int{}, byID: map[string]int{}}
}

// number is the note's number: the one its first reference gave it, or
// the next one when nothing referred to it yet.
func (r *docxNoteRefs) number(kind, id string) int {
	key := kind + "\x00" + id
	if n, ok := r.byID[key]; ok && id != "" {
		return n
	}
	r.next[kind]++
	if id != "" {
		r.byID[key] = r.next[kind]
	}
	return r.next[kind]
}

// docxNoteLabel is how a note is named: 注1 for a footnote, 尾注1 for an endnote.
func docxNoteLabel(kind string, n int) string {
	if kind == "endnote" {
		return fmt.Sprintf("尾注%d", n)
	}
	return fmt.Sprintf("注%d", n)
}

// noteRef writes the mark of a footnote or endnote reference into the
// paragraph. A reference with a custom mark (w:customMarkFollows) is
// followed by that mark's own text, which is kept instead.
func (w *docxWalker) noteRef(se xml.StartElement) error {
	kind := strings.TrimSuffix(se.Name.Local, "Reference")
	n := w.refs.number(kind, docxAttr(se, "id"))
	if top := w.top(); top != nil && !docxOn(docxAttr(se, "customMarkFollows")) {
		top.text.WriteString("[" + docxNoteLabel(kind, n) + "]")
	}
	return w.d.Skip()
}

func docxOn(v string) bool { return v == "1" || v == "true" || v == "on" }

// docxRow collects the cells of a table row: each cell's paragraphs
// joined by a space, the cells by a full-width space, the row one line.
// A table came out one cell a line (乡镇⏎人数⏎城关镇⏎312), its rows lost.
type docxRow struct {
	cells []*strings.Builder // a builder each: a cell of many paragraphs grew quadratically as a string
	p     docxPara           // the first paragraph's properties, for the row
	any   bool
}

// docxCellSep stands between the cells of a row: a full-width space
// survives the reader's space cleaning, where a tab or a space between
// Chinese characters would not.
const docxCellSep = "　"

func (w *docxWalker) rowStart() { w.rows = append(w.rows, &docxRow{}) }

func (w *docxWalker) cellStart() {
	if n := len(w.rows); n > 0 {
		w.rows[n-1].cells = append(w.rows[n-1].cells, &strings.Builder{})
	}
}

// rowEnd emits the row as one paragraph, into the enclosing cell when the
// table is inside another.
func (w *docxWalker) rowEnd() {
	n := len(w.rows)
	if n == 0 {
		return
	}
	row := w.rows[n-1]
	w.rows = w.rows[:n-1]
	if !row.any {
		return
	}
	p := row.p
	cells := make([]string, len(row.cells))
	for i, c := range row.cells {
		cells[i] = c.String()
	}
	p.text = strings.Join(cells, docxCellSep)
	p.centred, p.outline0, p.styleID, p.note = false, false, "", ""
	w.emit(p)
}

// emit keeps a finished paragraph: in the open table cell, or in the text.
func (w *docxWalker) emit(p docxPara) {
	n := len(w.rows)
	if n == 0 || len(w.rows[n-1].cells) == 0 {
		w.out = append(w.out, p)
		return
	}
	row := w.rows[n-1]
	c := row.cells[len(row.cells)-1]
	if c.Len() > 0 {
		c.WriteByte(' ')
	}
	c.WriteString(p.text)
	if !row.any {
		row.p, row.any = p, true
	}
}

// runFontStart notes the symbol font a run is set in (w:rFonts), "" for
// any other font.
func (w *docxWalker) runFontStart(se xml.StartElement) {
	w.runFont = ""
	for _, a := range se.Attr {
		switch a.Name.Local {
		case "ascii", "hAnsi", "cs", "eastAsia":
			if f := strings.TrimSpace(a.Value); strings.EqualFold(f, "Symbol") || strings.HasPrefix(strings.ToLower(f), "wingdings") {
				w.runFont = f
			}
		}
	}
}

// docxMapSymbols turns the private-use characters (F000–F0FF) of a run set
// in Symbol or Wingdings into what they show, as a w:sym is: LibreOffice
// writes symbols so, and a .doc converted by it too (✓ came out U+F0FC).
func docxMapSymbols(font string, s []byte) string {
	if font == "" || !strings.ContainsFunc(string(s), docxIsSymbolPUA) {
		return string(s)
	}
	var b strings.Builder
	for _, r := range string(s) {
		if docxIsSymbolPUA(r) {
			b.WriteString(docxSymbol(font, strconv.FormatInt(int64(r), 16)))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func docxIsSymbolPUA(r rune) bool { return r >= 0xF000 && r <= 0xF0FF }
