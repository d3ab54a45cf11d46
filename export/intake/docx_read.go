package intake

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"path"
	"path/filepath"
	"strings"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/richardlehane/mscfb"
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
	// ErrDocxWorkbook and ErrDocxSlides: another Office file under a Word
	// name, said as what it is (it was "its main part is not WordprocessingML")
	ErrDocxWorkbook  = errors.New("an Excel workbook, not a Word document (its name says Word): copy its text into a .docx or .txt to import it")
	ErrDocxSlides    = errors.New("a PowerPoint presentation, not a Word document (its name says Word): copy its text into a .docx or .txt to import it")
	ErrDocxBomb      = errors.New("the document's text is implausibly large (more than 50 MB uncompressed)")
	ErrDocxCorrupt   = errors.New("the Word document is damaged")
	ErrDocxNoText    = &docxWrappedError{"the Word document contains no text", ErrEmpty}
	ErrDocxEncrypted = errors.New("the document is password-protected: open it in Word or WPS with its password, " +
		"remove the password (Word: 文件 → 信息 → 保护文档 → 用密码进行加密; WPS: 文件 → 文档加密) and save it again")
)

// docxEncrypted reports whether an OLE file is an encrypted Office
// document: Word and WPS save a password-protected .docx as an OLE
// container holding the streams EncryptionInfo and EncryptedPackage, and
// a password-protected Word 97-2003 .doc (RC4 or XOR) with the fEncrypted
// flag set in its WordDocument stream (docEncrypted).
func docxEncrypted(data []byte) bool {
	if !bytes.HasPrefix(data, OLEMagic) {
		return false
	}
	return bytes.Contains(data, docxUTF16("EncryptionInfo")) && bytes.Contains(data, docxUTF16("EncryptedPackage")) ||
		docEncrypted(data)
}

// docEncrypted reads the FIB at the start of a .doc's WordDocument stream
// ([MS-DOC] 2.5.2: wIdent 0xA5EC, then fEncrypted, bit 8 of the flags at
// byte 10). The OLE container is read with mscfb (already a dependency,
// through excelize) rather than by hand; a damaged container is not
// called encrypted (LibreOffice then says what it can).
func docEncrypted(data []byte) (encrypted bool) {
	// The container is outside input: should the parser ever panic on a
	// damaged one, the file is not called encrypted and the batch goes on
	// (FuzzDocEncrypted looks for such inputs in docFIBEncrypted).
	defer func() {
		if recover() != nil {
			encrypted = false
		}
	}()
	return docFIBEncrypted(data)
}

// docFIBEncrypted is docEncrypted without the guard.
func docFIBEncrypted(data []byte) bool {
	doc, err := mscfb.New(bytes.NewReader(data))
	if err != nil {
		return false
	}
	for f, err := doc.Next(); err == nil; f, err = doc.Next() {
		if f.Name != "WordDocument" {
			continue
		}
		fib := make([]byte, 12)
		if n, _ := io.ReadFull(f, fib); n < len(fib) || binary.LittleEndian.Uint16(fib) != 0xA5EC {
			return false
		}
		return binary.LittleEndian.Uint16(fib[10:])&0x0100 != 0
	}
	return false
}

// docxUTF16 is s (ASCII) in UTF-16LE, as OLE directory entries name streams.
func docxUTF16(s string) []byte {
	out := make([]byte, 0, 2*len(s))
	for i := 0; i < len(s); i++ {
		out = append(out, s[i], 0)
	}
	return out
}

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
	OLEMagic     = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
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
	if docxEncrypted(data) {
		return nil, ErrDocxEncrypted
	}
	if bytes.HasPrefix(data, OLEMagic) {
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

// submissionFromDocx turns the bytes of a .docx into a submission. A cover
// letter before the article (…关于报送…的函, its page or its paragraphs)
// is set apart in Cover (not counted, not adopted) and gives the unit and the date; the
// title is picked after it, from the article. A 落款 at the end (the
// unit's name, its date) gives them too, as in a text submission.
func submissionFromDocx(name string, data []byte) (*editor.Submission, error) {
	doc, err := parseDocx(data)
	if err != nil {
		return nil, err
	}
	sub := &editor.Submission{Source: filepath.Base(name)}
	letter, unit := docxSplitLetter(doc.paras, sub)
	greet, after := docxSplitGreeting(doc.paras[len(letter):])
	letter = append(letter, greet...)
	rest, form := docxTakeForm(after, sub)
	title, paras, at := docxPickTitle(rest, doc.styles)
	if form.title != "" {
		title, paras, at = form.title, docxCleanTexts(rest), -1
	}
	head := form.unit
	paras, byUnit, byContact := docxByline(paras, at)
	if head == "" {
		head = byUnit
	}
	if unit == "" {
		unit = head
	}
	lines := make([]textLine, len(paras))
	for i, p := range paras {
		lines[i] = textLine{text: p}
	}
	sub.Title = title
	lines, sub.Contact = textSplitContact(lines)
	sub.Contact = strings.Join(append(append(form.contact, textNonEmpty(byContact)...), textNonEmpty(docxRawContact(doc.paras, len(paras)-len(lines), sub.Contact))...), "；")
	lines, signOff := docxSplitSignOff(lines, sub)
	if signOff != "" {
		unit = signOff
	}
	sub.Text = strings.Join(paras[:len(lines)], "\n")
	textCredit(sub, unit, "") // the unit credited, not a bracket added (G8)
	// the letter set apart, as in a text file, with the form's 报送单位 and the 落款
	sub.Cover = textCoverWith(head, letter, signOff)
	for _, n := range doc.notes {
		sub.Text += "\n" + textCleanSpaces(n.text)
	}
	sub.Text = strings.TrimPrefix(sub.Text, "\n")
	textCoverBack(sub)
	if sub.Title == "" && sub.Text == "" {
		return nil, ErrDocxNoText
	}
	sub.Checks = append(sub.Checks, doc.checks...)
	// 字数 as the archive stores it and the .txt reader counts it: the
	// text's (a title line of its own is not counted; a first sentence
	// taken as the title stays in the text). Counting the title too, the
	// 来稿 preview said 124字 for a file saved as 105字.
	sub.Words = editor.CountWords(sub.Text)
	return sub, nil
}

// docxDocument is what the reader keeps of a .docx: its paragraphs with the
// little formatting the title needs, and the paragraph style names.
type docxDocument struct {
	paras  []docxPara
	notes  []docxPara         // footnotes and endnotes, marked
	styles map[string]string  // styleId → name, lower case
	checks []editor.ReadCheck // what was left out that the import line names
}

// parseDocx opens the zip, finds the main document part and reads it.
func parseDocx(data []byte) (*docxDocument, error) {
	if !bytes.HasPrefix(data, docxZipMagic) {
		if docxEncrypted(data) {
			return nil, ErrDocxEncrypted
		}
		if bytes.HasPrefix(data, OLEMagic) {
			return nil, ErrDocxOLE
		}
		if bytes.HasPrefix(data, pdfMagic) {
			return nil, ErrPDF
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
	if err := docxOtherOffice(files); err != nil {
		return nil, err
	}
	f, ok := files[mainPart]
	if !ok {
		return nil, ErrDocxNoDocument
	}
	dir := path.Dir(mainPart)
	doc := &docxDocument{}
	var styleNum map[string]docxNumPr
	if sf, ok := files[path.Join(dir, "styles.xml")]; ok {
		// Styles help find the title and number headings; a damaged
		// styles part costs nothing else.
		doc.styles, _ = docxReadPart(sf, docxStyleNames)
		styleNum, _ = docxReadPart(sf, docxStyleNumbering)
	}
	var num *docxNumbering
	if nf, ok := files[path.Join(dir, "numbering.xml")]; ok {
		num, _ = docxReadPart(nf, docxReadNumbering) // damaged: the numbers are lost, not the text
	}
	refs := newDocxNoteRefs()
	read := func(r io.Reader) ([]docxPara, error) { return docxReadParagraphs(r, num, styleNum, refs) }
	body, err := docxReadPart(f, func(r io.Reader) (*docxWalker, error) { return docxWalk(r, num, styleNum, refs) })
	if err != nil {
		return nil, err
	}
	doc.paras = body.out
	doc.checks = docxChecks(body, files[path.Join(dir, "comments.xml")])
	// Footnotes and endnotes (a 来稿's footnote often gives its source)
	// follow the body, each marked 注1： or 尾注1：.
	for _, part := range []string{"footnotes.xml", "endnotes.xml"} {
		if nf, ok := files[path.Join(dir, part)]; ok {
			notes, err := docxReadPart(nf, read)
			if err == nil {
				doc.notes = append(doc.notes, docxMarkNotes(notes)...)
			}
		}
	}
	return doc, nil
}

// docxOtherOffice names an Excel or PowerPoint package that has no Word
// document in it.
func docxOtherOffice(files map[string]*zip.File) error {
	if _, ok := files["word/document.xml"]; ok {
		return nil
	}
	if _, ok := files["xl/workbook.xml"]; ok {
		return ErrDocxWorkbook
	}
	if _, ok := files["ppt/presentation.xml"]; ok {
		return ErrDocxSlides
	}
	return nil
}

// docxMarkNotes puts each note's mark before its first paragraph.
func docxMarkNotes(notes []docxPara) []docxPara {
	for i := range notes {
		notes[i].text = notes[i].note + notes[i].text
		notes[i].centred, notes[i].outline0, notes[i].styleID = false, false, ""
	}
	return notes
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
