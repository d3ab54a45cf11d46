package export

import (
	"encoding/xml"
	"errors"
	"io"
	"strings"
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
}

// docxSkipped are elements whose text is not the document's text: tracked
// deletions and moves away, field instructions, the fallback copy of
// alternate content, and the old formatting kept by tracked changes.
var docxSkipped = map[string]bool{
	"del": true, "moveFrom": true, "delText": true, "instrText": true,
	"delInstrText": true, "pPrChange": true, "rPrChange": true,
	"sectPrChange": true, "tblPrChange": true, "trPrChange": true, "tcPrChange": true,
	"commentRangeStart": true, "footnoteReference": true, "endnoteReference": true,
}

// docxWalker collects paragraphs while walking document.xml. Paragraphs
// nest (a text box inside a paragraph holds its own paragraphs), hence the stack.
type docxWalker struct {
	d       *xml.Decoder
	stack   []*docxParaBuilder
	out     []docxPara
	pPrOpen int // depth of the open w:pPr, 0 when none
	depth   int
}

type docxParaBuilder struct {
	text strings.Builder
	p    docxPara
}

// docxParagraphs reads the paragraphs of a main document part in order.
func docxParagraphs(r io.Reader) ([]docxPara, error) {
	w := &docxWalker{d: xml.NewDecoder(r)}
	if err := w.root(); err != nil {
		return nil, err
	}
	for {
		tok, err := w.d.Token()
		if err == io.EOF {
			return w.out, nil
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
		if se.Name.Local != "document" || !docxIsWordNS(se.Name.Space) {
			return ErrDocxNotWordML
		}
		w.depth = 1
		return nil
	}
}

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
	if docxSkipped[se.Name.Local] {
		return w.d.Skip()
	}
	if se.Name.Local == "t" {
		return w.text()
	}
	w.depth++
	switch se.Name.Local {
	case "p":
		w.stack = append(w.stack, &docxParaBuilder{})
	case "pPr":
		if w.pPrOpen == 0 {
			w.pPrOpen = w.depth
		}
	default:
		w.runContent(se)
	}
	return nil
}

// alternateContent reads the first mc:Choice and skips the others and the
// mc:Fallback, which repeat the same text box text for older readers.
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
			if t.Name.Space != docxNSMC || t.Name.Local != "Choice" || taken {
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
		}
		return // w:tab in w:pPr is a tab stop, not a character
	}
	switch se.Name.Local {
	case "tab", "ptab":
		top.text.WriteByte(' ')
	case "br", "cr":
		top.text.WriteByte('\n')
	case "noBreakHyphen":
		top.text.WriteByte('-')
	}
}

func (w *docxWalker) end(ee xml.EndElement) {
	if w.pPrOpen == w.depth {
		w.pPrOpen = 0
	}
	w.depth--
	if docxIsWordNS(ee.Name.Space) && ee.Name.Local == "p" && len(w.stack) > 0 {
		b := w.stack[len(w.stack)-1]
		w.stack = w.stack[:len(w.stack)-1]
		w.flush(b)
	}
}

// flush splits a paragraph at its line breaks (people end lines with
// Shift+Enter as often as with Enter) and keeps the non-empty lines.
func (w *docxWalker) flush(b *docxParaBuilder) {
	for _, line := range strings.Split(b.text.String(), "\n") {
		if line = strings.TrimSpace(line); line != "" {
			p := b.p
			p.text = line
			w.out = append(w.out, p)
		}
	}
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
			if top != nil {
				top.text.Write(t)
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
