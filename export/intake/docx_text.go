package intake

import (
	"encoding/xml"
	"errors"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// XML namespaces the reader recognises: WordprocessingML (transitional and
// strict) and markup compatibility (mc:AlternateContent).
const (
	docxNSWord       = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	docxNSWordStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
	docxNSMC         = "http://schemas.openxmlformats.org/markup-compatibility/2006"
)

// docxPara is one paragraph of a document with what the title needs.
type docxPara struct {
	text     string
	styleID  string // w:pStyle
	centred  bool   // w:jc center
	outline0 bool   // w:outlineLvl 0: a top-level heading whatever its style
	numID    string // w:numPr/w:numId: the list it is numbered in ("0": none, "" as its style says)
	ilvl     int    // w:numPr/w:ilvl
	note     string // for a footnote's or endnote's first paragraph: its mark (注1：)
}

// docxSkipped are elements whose text is not the document's text: tracked
// deletions and moves away, field instructions, the fallback copy of
// alternate content, and the old formatting kept by tracked changes.
var docxSkipped = map[string]bool{
	"del": true, "moveFrom": true, "delText": true, "rt": true, // w:rt: a pinyin guide over its base text
	"delInstrText": true, "pPrChange": true, "rPrChange": true,
	"sectPrChange": true, "tblPrChange": true, "trPrChange": true, "tcPrChange": true,
	"commentRangeStart": true,
}

// docxWalker collects paragraphs while walking document.xml. Paragraphs
// nest (a text box inside a paragraph holds its own paragraphs), hence the stack.
type docxWalker struct {
	d        *xml.Decoder
	stack    []*docxParaBuilder
	out      []docxPara
	pPrOpen  int // depth of the open w:pPr, 0 when none
	depth    int
	num      *docxNumbering       // numbering.xml, nil when none
	styles   map[string]docxNumPr // styleId → the numbering its style gives
	field    docxField            // the complex field being read (fldChar … fldChar)
	refs     *docxNoteRefs        // the notes' numbers, shared by the parts of one document
	note     string               // footnote or endnote: the kind of note being read
	noteNum  int                  // and its number
	noteNew  bool                 // the next paragraph is a note's first
	rows     []*docxRow           // the table rows open (tables nest in cells)
	runFont  string               // the open run's symbol font (Wingdings, Symbol), "" for others
	hidden   bool                 // the open run is hidden text (w:vanish)
	vanished int                  // characters of hidden text left out, said in the checks
	toc      bool                 // a table of contents was left out (docx_read_parts.go)
}

type docxParaBuilder struct {
	text      strings.Builder
	p         docxPara
	pageField bool // a page number was left out of it
}

// docxReadParagraphs reads the paragraphs of a document, footnotes or
// endnotes part, numbering them as numbering.xml and the styles say, and
// the notes as refs (shared by the parts, the document read first) says.
func docxReadParagraphs(r io.Reader, num *docxNumbering, styles map[string]docxNumPr, refs *docxNoteRefs) ([]docxPara, error) {
	w, err := docxWalk(r, num, styles, refs)
	if err != nil {
		return nil, err
	}
	return w.out, nil
}

// docxWalk walks a part; the walker keeps what it saw on the way (a table
// of contents left out).
func docxWalk(r io.Reader, num *docxNumbering, styles map[string]docxNumPr, refs *docxNoteRefs) (*docxWalker, error) {
	if refs == nil {
		refs = newDocxNoteRefs()
	}
	w := &docxWalker{d: xml.NewDecoder(r), num: num, styles: styles, refs: refs}
	if err := w.root(); err != nil {
		return nil, err
	}
	for {
		tok, err := w.d.Token()
		if err == io.EOF {
			return w, nil
		}
		if err != nil {
			return nil, err
		}
		if err := w.token(tok); err != nil {
			return nil, err
		}
	}
}

// root checks that the part is a WordprocessingML document.
func (w *docxWalker) root() error {
	for {
		tok, err := w.d.Token()
		if err != nil {
			if err == io.EOF {
				return ErrDocxNotWordML
			}
			return err
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		if !docxRootNames[se.Name.Local] || !docxIsWordNS(se.Name.Space) {
			return ErrDocxNotWordML
		}
		w.depth = 1
		return nil
	}
}

// docxRootNames are the root elements of the parts read for text.
var docxRootNames = map[string]bool{"document": true, "footnotes": true, "endnotes": true}

func docxIsWordNS(ns string) bool { return ns == docxNSWord || ns == docxNSWordStrict }

// docxMaxDepth bounds element nesting: real documents nest a few dozen
// levels (a table in a text box in a table), and nested alternate content
// is walked recursively, so a hostile file must not nest without end.
const docxMaxDepth = 256

func (w *docxWalker) token(tok xml.Token) error {
	switch t := tok.(type) {
	case xml.StartElement:
		if w.depth >= docxMaxDepth {
			return errors.New("elements nested too deeply")
		}
		return w.start(t)
	case xml.EndElement:
		w.end(t)
	}
	return nil
}

func (w *docxWalker) start(se xml.StartElement) error {
	if se.Name.Space == docxNSMC {
		return w.alternateContent(se)
	}
	if !docxIsWordNS(se.Name.Space) {
		w.depth++ // DrawingML, VML, …: walk through them to text boxes inside
		return nil
	}
	switch se.Name.Local {
	case "instrText":
		return w.instrText()
	case "fldSimple":
		if drop := docxDroppedField(docxAttr(se, "instr")); drop != "" {
			w.field.drop = drop
			w.fieldDropped(w.top())
			w.field.drop = ""
			return w.d.Skip() // its result is a page number or a table of contents
		}
	case "footnote", "endnote":
		return w.noteStart(se)
	case "footnoteReference", "endnoteReference":
		return w.noteRef(se)
	}
	if docxSkipped[se.Name.Local] {
		return w.d.Skip()
	}
	if se.Name.Local == "t" {
		return w.text()
	}
	w.depth++
	switch se.Name.Local {
	case "p":
		b := &docxParaBuilder{}
		if w.noteNew { // the first paragraph of a note carries its mark
			b.p.note, w.noteNew = w.noteMark(), false
		}
		w.stack = append(w.stack, b)
	case "tr":
		w.rowStart()
	case "tc":
		w.cellStart()
	case "r":
		w.runFont, w.hidden = "", false
	case "pPr":
		if w.pPrOpen == 0 {
			w.pPrOpen = w.depth
		}
	default:
		w.runContent(se)
	}
	return nil
}

// alternateContent reads the first mc:Choice the reader understands and
// skips the others and the mc:Fallback, which repeat the same text for
// older readers; the fallback is read when no choice is understood.
func (w *docxWalker) alternateContent(se xml.StartElement) error {
	switch se.Name.Local {
	case "AlternateContent":
		w.depth++
		return w.alternateChildren()
	default:
		return w.d.Skip()
	}
}

func (w *docxWalker) alternateChildren() error {
	taken := false
	for {
		tok, err := w.d.Token()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			// The first choice whose required namespaces we know, else
			// the fallback (an emoji's w16se:symEx choice falls back to
			// the character itself).
			want := t.Name.Space == docxNSMC && (t.Name.Local == "Choice" && docxKnownRequires(docxAttr(t, "Requires")) ||
				t.Name.Local == "Fallback")
			if !want || taken {
				if err := w.d.Skip(); err != nil {
					return err
				}
				continue
			}
			taken = true
			if err := w.walkUntilEnd(); err != nil {
				return err
			}
		case xml.EndElement:
			w.depth--
			return nil
		}
	}
}

// walkUntilEnd walks the children of the element just opened, up to its end.
func (w *docxWalker) walkUntilEnd() error {
	base := w.depth
	w.depth++
	for w.depth > base {
		tok, err := w.d.Token()
		if err != nil {
			return err
		}
		if err := w.token(tok); err != nil {
			return err
		}
	}
	return nil
}

// runContent handles the empty elements that stand for characters, and the
// paragraph properties the title needs.
func (w *docxWalker) runContent(se xml.StartElement) {
	top := w.top()
	if top == nil {
		return
	}
	if w.pPrOpen > 0 {
		switch se.Name.Local {
		case "pStyle":
			top.p.styleID = docxAttr(se, "val")
		case "jc":
			top.p.centred = docxAttr(se, "val") == "center"
		case "outlineLvl":
			top.p.outline0 = docxAttr(se, "val") == "0"
		case "numId":
			top.p.numID = docxAttr(se, "val")
		case "ilvl":
			top.p.ilvl, _ = strconv.Atoi(docxAttr(se, "val"))
		}
		return // w:tab in w:pPr is a tab stop, not a character
	}
	if w.hidden && se.Name.Local != "fldChar" {
		return // a hidden run's tab or break is as hidden as its text
	}
	switch se.Name.Local {
	case "vanish":
		// Word and WPS neither show nor print hidden text (an editor's
		// note to self, a 隐藏批注): the 来稿 is what the page shows.
		w.hidden = docxAttr(se, "val") == "" || docxOn(docxAttr(se, "val"))
	case "rFonts":
		w.runFontStart(se)
	case "fldChar":
		w.fieldChar(top, docxAttr(se, "fldCharType"))
	case "sym":
		top.text.WriteString(docxSymbol(docxAttr(se, "font"), docxAttr(se, "char")))
	case "tab", "ptab":
		if w.field.drop == "" {
			top.text.WriteByte('\t') // a space or 　 at the end (docxTabText)
		}
	case "br", "cr":
		top.text.WriteByte(docxBreak(docxAttr(se, "type")))
	case "noBreakHyphen":
		top.text.WriteByte('-')
	}
}

func (w *docxWalker) end(ee xml.EndElement) {
	if w.pPrOpen == w.depth {
		w.pPrOpen = 0
	}
	w.depth--
	if docxIsWordNS(ee.Name.Space) && ee.Name.Local == "tr" {
		w.rowEnd()
	}
	if docxIsWordNS(ee.Name.Space) && ee.Name.Local == "p" && len(w.stack) > 0 {
		b := w.stack[len(w.stack)-1]
		w.stack = w.stack[:len(w.stack)-1]
		w.flush(b)
	}
}

// docxBreak is what a w:br of type t stands for: a page or column break
// ends the paragraph; a line break (Shift+Enter) is '\v', which
// docxSoftBreaks settles as the text readers settle U+000B.
func docxBreak(t string) byte {
	if t == "page" || t == "column" {
		return '\n'
	}
	return '\v'
}

// docxSoftBreaks settles the manual line breaks of a paragraph by the
// Chinese sentence rule (textSoftBreak): inside a sentence the sentence
// goes on (共86名⏎学员参加培训 is one sentence); after a sentence end, a
// short heading or at a line's start the paragraph ends. Word users put
// Shift+Enter inside sentences and at line ends alike; taking every one as
// a paragraph break cut sentences in two (review F39), which the .txt
// reader and paste did not.
func docxSoftBreaks(s string) string {
	if !strings.ContainsRune(s, '\v') {
		return s
	}
	var b strings.Builder
	var last rune
	line := 0
	for i, r := range s {
		if r == '\v' {
			next, _ := utf8.DecodeRuneInString(s[i+1:]) // RuneError at the paragraph's end: it ends there
			if r = textSoftBreak(last, next, line); r == 0 {
				continue
			}
		}
		b.WriteRune(r)
		last, line = r, line+1
		if r == '\n' {
			line = 0
		}
	}
	return b.String()
}

// flush splits a paragraph at its line breaks (a page break, or a
// Shift+Enter that ends a sentence or a heading: docxSoftBreaks) and
// keeps the non-empty lines.
func (w *docxWalker) flush(b *docxParaBuilder) {
	label := w.listLabel(b.p)
	first := true
	text := docxTabText(docxSoftBreaks(b.text.String()))
	if b.pageField && docxPageFurniture.MatchString(text) {
		return // 第2页 with its number left out
	}
	for _, line := range strings.Split(text, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			p := b.p
			p.text = line
			if first {
				p.text = strings.TrimSpace(docxTabText(label + line))
				first = false
			} else {
				p.note = ""
			}
			w.emit(p)
		}
	}
}

// listLabel is the generated number of paragraph p (一、 1.1 a)), from its
// own w:numPr or its style's; "" when it is not numbered.
func (w *docxWalker) listLabel(p docxPara) string {
	id, lvl := p.numID, p.ilvl
	if s, ok := w.styles[p.styleID]; ok && id == "" {
		id = s.numID
		if p.ilvl == 0 {
			lvl = s.ilvl
		}
	}
	if id == "" || id == "0" {
		return ""
	}
	return w.num.label(id, lvl)
}

// text reads one w:t element's characters into the open paragraph.
func (w *docxWalker) text() error {
	top := w.top()
	for {
		tok, err := w.d.Token()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.CharData:
			if w.hidden {
				w.vanished += utf8.RuneCount(t)
			} else if top != nil && w.field.drop == "" {
				top.text.WriteString(docxMapSymbols(w.runFont, t))
			}
		case xml.StartElement:
			return errors.New("unexpected element inside w:t")
		case xml.EndElement:
			return nil
		}
	}
}

func (w *docxWalker) top() *docxParaBuilder {
	if len(w.stack) == 0 {
		return nil
	}
	return w.stack[len(w.stack)-1]
}

// docxAttr returns the attribute with the local name, whatever its prefix.
func docxAttr(se xml.StartElement, local string) string {
	for _, a := range se.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}
