package intake

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"

	"github.com/bulletindesk/bulletindesk/editor"
)

// MaxTextBytes is the largest text file DecodeText accepts: a year of a
// weekly bulletin is well under 5 MB; anything bigger is not a bulletin.
const MaxTextBytes = 20 << 20

// Errors DecodeText returns; callers add the file name.
var (
	ErrEmpty  = errors.New("the file is empty")
	ErrBinary = errors.New("not a text file (binary content, or an encoding other than UTF-8, GB18030/GBK or UTF-16)")
	// ErrPDF: a PDF, whatever its name says; its text must be saved as text
	// first, which pdftotext -layout does best (README)
	ErrPDF      = errors.New("a PDF file, not a text or Word file: save its text first (pdftotext -layout FILE.pdf) and import that")
	ErrTooLarge = fmt.Errorf("the file is larger than %d MB", MaxTextBytes>>20)
)

// DecodeText reads a text file as it arrives from Notepad, WPS, e-mail or a
// PDF: UTF-8 with or without BOM, UTF-16 LE/BE with BOM, or GB18030 (GBK's
// superset) when the bytes are not UTF-8. Line ends become "\n" (CRLF, lone
// CR, and Word's vertical-tab line break); the BOM and control characters
// are dropped. Empty (or all blank) input is ErrEmpty; NUL bytes, bytes
// invalid in every encoding, or many control characters are ErrBinary.
func DecodeText(r io.Reader) (string, error) {
	s, _, err := DecodeTextChecked(r)
	return s, err
}

// DecodeTextChecked is DecodeText that also says what it changed that a
// user should know of: Word quotes read in a GBK file, zero-width
// characters removed.
func DecodeTextChecked(r io.Reader) (string, []editor.ReadCheck, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxTextBytes+1))
	if err != nil {
		return "", nil, fmt.Errorf("read: %w", err)
	}
	if len(data) > MaxTextBytes {
		return "", nil, ErrTooLarge
	}
	s, checks, err := textDecodeBytes(data)
	if err != nil {
		return "", nil, err
	}
	s, zw, err := textNormalize(s)
	if err != nil {
		return "", nil, err
	}
	if strings.TrimSpace(s) == "" {
		return "", nil, ErrEmpty
	}
	if zw > 0 {
		checks = append(checks, editor.ReadCheck{Text: "删去了{{.N}}个零宽字符（看不见，但会进入 Word 和 PDF）", N: zw})
	}
	return s, checks, nil
}

// pdfMagic starts every PDF file.
var pdfMagic = []byte("%PDF-")

// textDecodeBytes picks the encoding: a BOM decides; else UTF-8 when valid;
// else GB18030, which must decode without a single invalid sequence.
func textDecodeBytes(data []byte) (string, []editor.ReadCheck, error) {
	switch {
	case len(data) == 0:
		return "", nil, ErrEmpty
	case bytes.HasPrefix(data, pdfMagic):
		return "", nil, ErrPDF
	case bytes.HasPrefix(data, rtfMagic):
		return "", nil, ErrRTF
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		s, err := textDecodeWith(unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), data[2:])
		return s, nil, err
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		s, err := textDecodeWith(unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), data[2:])
		return s, nil, err
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return "", nil, ErrBinary
	}
	if utf8.Valid(data) {
		return string(data), nil, nil
	}
	s, err := textDecodeWith(simplifiedchinese.GB18030, data)
	if err != nil || strings.ContainsRune(s, utf8.RuneError) {
		if err := textUTF8Slip(data); err != nil {
			return "", nil, err
		}
		return textDecodeGBKQuotes(data) // decode_quotes.go
	}
	return s, nil, nil
}

func textDecodeWith(enc encoding.Encoding, data []byte) (string, error) {
	if len(data)%2 == 1 && enc != simplifiedchinese.GB18030 {
		return "", ErrBinary // UTF-16 has an even number of bytes
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return "", ErrBinary
	}
	return string(out), nil
}

// textNormalize turns every line end into "\n" and drops the BOM, NULs'
// kin and other control characters, which are not content. More than one
// control character in a hundred means the file is not text.
func textNormalize(s string) (string, int, error) {
	var b strings.Builder
	b.Grow(len(s))
	controls, runes, zw := 0, 0, 0
	var last rune // the last rune written
	line := 0     // runes written since the last line end
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		runes++
		switch {
		case r == '\r':
			r = '\n'
			if i < len(s) && s[i] == '\n' {
				i++
			}
		case r == '\v':
			next, _ := utf8.DecodeRuneInString(s[i:])
			if r = textSoftBreak(last, next, line); r == 0 {
				continue // a Shift+Enter inside a sentence: the sentence goes on
			}
		case r == '\f' || r == 0x2028 || r == 0x2029:
			r = '\n' // page break, Unicode separators
		case r == 0xFEFF || r == 0x200B || r == 0x2060:
			if runes > 1 { // a BOM at the start is not content either, but not worth a word
				zw++ // zero-width: invisible here, yet in the Word file and the PDF
			}
			continue
		case r == 0:
			return "", 0, ErrBinary
		case r == '\t' || r == '\n':
		case r < 0x20 || (r >= 0x7F && r < 0xA0):
			controls++
			continue
		}
		b.WriteRune(r)
		last, line = r, line+1
		if r == '\n' {
			line = 0
		}
	}
	if controls > 0 && controls*100 > runes {
		return "", 0, ErrBinary
	}
	return b.String(), zw, nil
}

// textSentenceEnded are the marks after which Word's manual line break
// (U+000B, Shift+Enter) ends a paragraph; a colon or 、 ends a heading's
// lead-in as well.
const textSentenceEnded = "。！？!?：:；;…”’）)】》」』"

// textSoftBreak is what a manual line break between last and next on a
// line of line runes becomes: a paragraph break after a sentence end, a
// heading (a short line), at a line's start or before an indent (　　 or a
// tab: the next paragraph's first line); else, inside a sentence
// (共86名⏎学员参加培训), nothing between Chinese and a space between
// Latin words (0 for nothing).
func textSoftBreak(last, next rune, line int) rune {
	if line < 16 || strings.ContainsRune(textSentenceEnded, last) || next == '\v' || next == '\r' || next == '\n' || next == '\u3000' || next == '\t' || next == utf8.RuneError {
		return '\n'
	}
	if editor.IsEastAsianRune(last) || editor.IsEastAsianRune(next) {
		return 0
	}
	return ' '
}

// CleanPaste is text pasted into a field made as an import would make it:
// line ends as LF, a Shift+Enter inside a sentence joined, zero-width
// characters (U+200B, U+2060, U+FEFF, which WPS and web pages carry) and
// control characters left out, a no-break space as a space; a paragraph's
// indent (the 　　 Word and WPS paragraphs start with) left out, as the
// readers leave it out, since the exports indent every paragraph
// themselves (Word printed a pasted one indented twice); a tab as a
// full-width space (U+3000) between Chinese and a space elsewhere, as the
// .docx reader takes w:tab
// (the field and the preview drew it as a box). Nothing visible is
// dropped; text that is not text stays as it was, less its controls.
func CleanPaste(s string) string {
	clean, _, err := textNormalize(s)
	if err != nil {
		clean = strings.Map(func(r rune) rune {
			if r < 0x20 && r != '\n' && r != '\t' {
				return -1
			}
			return r
		}, s)
	}
	lines := strings.Split(strings.ReplaceAll(clean, "\u00a0", " "), "\n")
	for i, l := range lines {
		if i == 0 { // pasted mid-line perhaps: only an indent's own marks go
			lines[i] = strings.TrimLeft(l, "　\t")
		} else {
			lines[i] = strings.TrimLeft(l, " 　\t")
		}
	}
	return docxTabText(strings.Join(lines, "\n"))
}
