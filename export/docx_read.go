package export

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"path"
	"path/filepath"
	"strings"

	"github.com/bulletindesk/bulletindesk/editor"
)

// Limits on what a submission file may cost to read. Submissions are a few
// pages of text with perhaps some photos; anything past these is hostile or
// not a submission, and reading it would hold the whole batch's memory.
const (
	MaxDocxFileSize = 64 << 20 // bytes of the .docx/.doc/.wps file itself
	MaxDocxXMLSize  = 50 << 20 // uncompressed bytes of one XML part
)

// Errors of the Word readers; each names the problem, callers add the file name.
var (
	ErrDocxTooLarge   = &docxWrappedError{"the file is too large for a submission (more than 64 MB)", ErrTooLarge}
	ErrDocxNotZip     = errors.New("not a Word .docx file (it is not a zip archive; it may be damaged or only partly downloaded)")
	ErrDocxOLE        = errors.New("this is an old Word 97-2003 file or a password-protected document, not a .docx")
	ErrDocxNoDocument = errors.New("not a Word document: the archive has no word/document.xml")
	ErrDocxNotWordML  = errors.New("not a Word document: its main part is not WordprocessingML")
	ErrDocxBomb       = errors.New("the document's text is implausibly large (more than 50 MB uncompressed)")
	ErrDocxCorrupt    = errors.New("the Word document is damaged")
	ErrDocxNoText     = &docxWrappedError{"the Word document contains no text", ErrEmpty}
)

// docxWrappedError is an error of its own that also matches the text
// reader's error of the same kind (errors.Is(err, ErrEmpty)), so callers
// branch once for every format.
type docxWrappedError struct {
	msg  string
	kind error
}

func (e *docxWrappedError) Error() string { return e.msg }
func (e *docxWrappedError) Unwrap() error { return e.kind }

// Magic numbers that tell a file's real kind whatever its extension says:
// WPS and mail clients often save .docx content under .doc or .wps and back.
var (
	docxZipMagic = []byte("PK\x03\x04")
	docxOLEMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
)

// ReadDocx reads a Word .docx submission: the title, the text of every
// paragraph (tables and text boxes included, tracked deletions and comments
// left out), the source file's base name and the word count. A file that is
// really an old .doc (OLE) is converted through LibreOffice when possible.
func ReadDocx(name string, r io.Reader) (*editor.Submission, error) {
	data, err := readDocxInput(r)
	if err != nil {
		return nil, err
	}
	if bytes.HasPrefix(data, docxOLEMagic) {
		return readViaOffice(name, data)
	}
	return submissionFromDocx(name, data)
}

// readDocxInput reads at most MaxDocxFileSize bytes and says so when there is more.
func readDocxInput(r io.Reader) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxDocxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("read the file: %w", err)
	}
	if len(data) > MaxDocxFileSize {
		return nil, ErrDocxTooLarge
	}
	if len(data) == 0 {
		return nil, ErrEmpty // an interrupted download or save: say so, not "not a zip"
	}
	return data, nil
}

// submissionFromDocx turns the bytes of a .docx into a submission.
func submissionFromDocx(name string, data []byte) (*editor.Submission, error) {
	doc, err := parseDocx(data)
	if err != nil {
		return nil, err
	}
	title, paras := docxPickTitle(doc.paras, doc.styles)
	lines := make([]textLine, len(paras))
	for i, p := range paras {
		lines[i] = textLine{text: p}
	}
	lines, contact := textSplitContact(lines)
	sub := &editor.Submission{Title: title, Contact: contact, Source: filepath.Base(name)}
	paras = paras[:len(lines)]
	sub.Text = strings.Join(paras, "\n")
	if sub.Title == "" && sub.Text == "" {
		return nil, ErrDocxNoText
	}
	// 字数 counted as for a text submission: title and text.
	sub.Words = editor.CountWords(sub.Title) + editor.CountWords(sub.Text)
	return sub, nil
}

// docxDocument is what the reader keeps of a .docx: its paragraphs with the
// little formatting the title needs, and the paragraph style names.
type docxDocument struct {
	paras  []docxPara
	styles map[string]string // styleId → name, lower case
}

// parseDocx opens the zip, finds the main document part and reads it.
func parseDocx(data []byte) (*docxDocument, error) {
	if !bytes.HasPrefix(data, docxZipMagic) {
		if bytes.HasPrefix(data, docxOLEMagic) {
			return nil, ErrDocxOLE
		}
		return nil, ErrDocxNotZip
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrDocxNotZip, err)
	}
	files := make(map[string]*zip.File, len(zr.File))
	for _, f := range zr.File {
		files[strings.TrimPrefix(f.Name, "/")] = f
	}
	mainPart := docxMainPart(files)
	f, ok := files[mainPart]
	if !ok {
		return nil, ErrDocxNoDocument
	}
	paras, err := docxReadPart(f, docxParagraphs)
	if err != nil {
		return nil, err
	}
	doc := &docxDocument{paras: paras}
	if sf, ok := files[path.Join(path.Dir(mainPart), "styles.xml")]; ok {
		// Styles only help find the title; a damaged styles part costs nothing else.
		doc.styles, _ = docxReadPart(sf, docxStyleNames)
	}
	return doc, nil
}

// docxMainPart finds the main document through the package relationships,
// as Word does, falling back to the usual name.
func docxMainPart(files map[string]*zip.File) string {
	const fallback = "word/document.xml"
	rels, ok := files["_rels/.rels"]
	if !ok {
		return fallback
	}
	target, err := docxReadPart(rels, docxOfficeDocumentTarget)
	if err != nil || target == "" {
		return fallback
	}
	target = strings.TrimPrefix(path.Clean("/"+target), "/")
	if _, ok := files[target]; !ok {
		return fallback
	}
	return target
}

// docxReadPart opens one part and hands a size-limited reader to parse.
// The declared size is checked first and the reading is limited as well,
// because a hostile zip can declare a small size and inflate to gigabytes.
func docxReadPart[T any](f *zip.File, parse func(io.Reader) (T, error)) (T, error) {
	var zero T
	if f.UncompressedSize64 > MaxDocxXMLSize {
		return zero, ErrDocxBomb
	}
	rc, err := f.Open()
	if err != nil {
		return zero, fmt.Errorf("%w: %s: %v", ErrDocxCorrupt, f.Name, err)
	}
	defer rc.Close()
	lr := &docxLimitedReader{r: rc, left: MaxDocxXMLSize + 1}
	v, err := parse(lr)
	if lr.exceeded {
		return zero, ErrDocxBomb
	}
	if err != nil {
		if errors.Is(err, ErrDocxNotWordML) {
			return zero, err
		}
		return zero, fmt.Errorf("%w: %s: %v", ErrDocxCorrupt, f.Name, err)
	}
	return v, nil
}

// docxLimitedReader is io.LimitReader that remembers passing the limit (it
// is given one byte more than allowed), so the error can say "too large"
// rather than "malformed XML".
type docxLimitedReader struct {
	r        io.Reader
	left     int64
	exceeded bool
}

func (l *docxLimitedReader) Read(p []byte) (int, error) {
	if l.left <= 0 {
		l.exceeded = true
		return 0, ErrDocxBomb
	}
	if int64(len(p)) > l.left {
		p = p[:l.left]
	}
	n, err := l.r.Read(p)
	l.left -= int64(n)
	return n, err
}
