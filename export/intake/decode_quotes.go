package intake

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/bulletindesk/bulletindesk/editor"
)

// ErrRTF is a Rich Text file, whatever its name says: old 公文 systems and
// WPS save RTF under .doc. LibreOffice reads it (.rtf goes through it).
var ErrRTF = errors.New("an RTF (Rich Text) file, not plain text: import it as .rtf, or open it in Word or WPS and save it as .docx")

// rtfMagic starts every RTF file.
var rtfMagic = []byte(`{\rtf`)

// EncodingError is a text file that is GBK but for a few bytes: it names
// the first line holding one and its bytes, so the user can find them.
// errors.Is(err, ErrBinary) is true.
type EncodingError struct {
	Line  int    // 1-based
	Bytes []byte // the bytes of that line that are not GBK (at most a few)
	// UTF8: the file is UTF-8 but for those bytes (a GBK word pasted into
	// it), so saving it as UTF-8 would not help: the bytes must be fixed
	UTF8 bool
}

func (e *EncodingError) Error() string {
	if e.UTF8 {
		return fmt.Sprintf("%v: the file is UTF-8 but line %d has bytes that are not (%s); correct them in Notepad and import it again",
			ErrBinary, e.Line, e.Hex())
	}
	return fmt.Sprintf("%v: line %d has bytes that are not GB18030/GBK (%s); save the file as UTF-8 in Notepad and import it again",
		ErrBinary, e.Line, e.Hex())
}

// Hex lists the bytes as 0x93 0x94.
func (e *EncodingError) Hex() string {
	var parts []string
	for _, b := range e.Bytes {
		parts = append(parts, fmt.Sprintf("0x%02X", b))
	}
	return strings.Join(parts, " ")
}

func (e *EncodingError) Is(target error) bool { return target == ErrBinary }

// textDecodeGBKQuotes reads a GBK file that does not decode as a whole,
// line by line: a line that does not decode may hold Word's (Windows-1252)
// quotes 0x91–0x94 typed into a GBK file — a Notepad file with
// “接地气” pasted from Word. Those bytes are read as ‘’“” where they
// stand in place of a GBK character's first byte, if the line then
// decodes; the check names the first such line. Any other line that does
// not decode is an *EncodingError naming it.
func textDecodeGBKQuotes(data []byte) (string, []editor.ReadCheck, error) {
	lines := bytes.Split(data, []byte("\n"))
	out := make([]string, len(lines))
	first := 0
	var bad []int
	for i, l := range lines {
		if s, ok := textDecodeGBKLine(l); ok {
			out[i] = s
			continue
		}
		s, _, ok := textDecodeQuoteLine(l)
		if !ok {
			bad = append(bad, i)
			continue
		}
		out[i] = s
		if first == 0 {
			first = i + 1
		}
	}
	switch {
	case len(bad) > max(1, len(lines)/10): // not a GBK text with a slip: another encoding, or binary
		return "", nil, ErrBinary
	case len(bad) > 0:
		return "", nil, &EncodingError{Line: bad[0] + 1, Bytes: textBadBytes(lines[bad[0]])}
	}
	check := editor.ReadCheck{Text: "第{{.N}}行起有 Word 的引号（不是 GBK 的字节 0x91–0x94），已读作‘’“”，请核对", N: first}
	return strings.Join(out, "\n"), []editor.ReadCheck{check}, nil
}

func textDecodeGBKLine(l []byte) (string, bool) {
	out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(l)
	if err != nil || bytes.ContainsRune(out, utf8.RuneError) {
		return "", false
	}
	return string(out), true
}

// textQuotes are the Windows-1252 quotes at 0x91–0x94.
var textQuotes = map[byte]string{0x91: "‘", 0x92: "’", 0x93: "“", 0x94: "”"}

// textDecodeQuoteLine decodes a line as GBK with each 0x91–0x94 that would
// begin a character read as a quote; n is how many were.
func textDecodeQuoteLine(l []byte) (s string, n int, ok bool) {
	var b strings.Builder
	start := 0
	flush := func(end int) bool {
		part, ok := textDecodeGBKLine(l[start:end])
		b.WriteString(part)
		return ok
	}
	for i := 0; i < len(l); {
		c := l[i]
		switch {
		case c < 0x80:
			i++
		case textQuotes[c] != "":
			if !flush(i) {
				return "", 0, false
			}
			b.WriteString(textQuotes[c])
			n++
			i++
			start = i
		case i+1 < len(l) && l[i+1] >= 0x30 && l[i+1] <= 0x39:
			i += 4 // GB18030's four-byte form
		default:
			i += 2
		}
	}
	if !flush(len(l)) || n == 0 {
		return "", 0, false
	}
	return b.String(), n, true
}

// textBadBytes are the bytes of l at 0x80 and above that do not begin a
// GBK character with the byte after them (at most four).
// textUTF8Slip is the *EncodingError of a UTF-8 file holding a few bytes
// that are not UTF-8 (a GBK word pasted into it): its other lines are
// UTF-8 with Chinese in them, and at most one line in ten is not. Nil when
// the file is not that; it was refused as not a text file at all, naming
// nothing (review F15).
func textUTF8Slip(data []byte) error {
	lines := bytes.Split(data, []byte("\n"))
	var bad []int
	chinese := 0
	for i, l := range lines {
		switch {
		case !utf8.Valid(l):
			bad = append(bad, i)
		case utf8.RuneCount(l) < len(l):
			chinese++
		}
	}
	if len(bad) == 0 || chinese < 2 || len(bad) > max(1, len(lines)/10) {
		return nil
	}
	l := lines[bad[0]]
	var out []byte
	for i := 0; i < len(l) && len(out) < 4; {
		r, size := utf8.DecodeRune(l[i:])
		if r == utf8.RuneError && size == 1 {
			out = append(out, l[i])
		}
		i += size
	}
	return &EncodingError{Line: bad[0] + 1, Bytes: out, UTF8: true}
}

func textBadBytes(l []byte) []byte {
	var out []byte
	for i := 0; i < len(l) && len(out) < 4; {
		if l[i] < 0x80 {
			i++
			continue
		}
		if i+1 < len(l) {
			if _, ok := textDecodeGBKLine(l[i : i+2]); ok {
				i += 2
				continue
			}
		}
		out = append(out, l[i])
		i++
	}
	return out
}
