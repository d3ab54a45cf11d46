package export

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
	data, err := io.ReadAll(io.LimitReader(r, MaxTextBytes+1))
	if err != nil {
		return "", fmt.Errorf("read: %w", err)
	}
	if len(data) > MaxTextBytes {
		return "", ErrTooLarge
	}
	s, err := textDecodeBytes(data)
	if err != nil {
		return "", err
	}
	s, err = textNormalize(s)
	if err != nil {
		return "", err
	}
	if strings.TrimSpace(s) == "" {
		return "", ErrEmpty
	}
	return s, nil
}

// pdfMagic starts every PDF file.
var pdfMagic = []byte("%PDF-")

// textDecodeBytes picks the encoding: a BOM decides; else UTF-8 when valid;
// else GB18030, which must decode without a single invalid sequence.
func textDecodeBytes(data []byte) (string, error) {
	switch {
	case len(data) == 0:
		return "", ErrEmpty
	case bytes.HasPrefix(data, pdfMagic):
		return "", ErrPDF
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return textDecodeWith(unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), data[2:])
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return textDecodeWith(unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), data[2:])
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return "", ErrBinary
	}
	if utf8.Valid(data) {
		return string(data), nil
	}
	s, err := textDecodeWith(simplifiedchinese.GB18030, data)
	if err != nil || strings.ContainsRune(s, utf8.RuneError) {
		return "", ErrBinary
	}
	return s, nil
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
func textNormalize(s string) (string, error) {
	var b strings.Builder
	b.Grow(len(s))
	controls, runes := 0, 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		runes++
		switch {
		case r == '\r':
			b.WriteByte('\n')
			if i < len(s) && s[i] == '\n' {
				i++
			}
		case r == '\n' || r == '\t':
			b.WriteRune(r)
		case r == '\v' || r == '\f' || r == 0x2028 || r == 0x2029:
			b.WriteByte('\n') // Word's manual line break, page break, Unicode separators
		case r == 0xFEFF:
		case r == 0:
			return "", ErrBinary
		case r < 0x20 || (r >= 0x7F && r < 0xA0):
			controls++
		default:
			b.WriteRune(r)
		}
	}
	if controls > 0 && controls*100 > runes {
		return "", ErrBinary
	}
	return b.String(), nil
}
