package intake

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode/utf16"

	"golang.org/x/text/encoding/simplifiedchinese"
)

func textFmt(format string, args ...any) string { return fmt.Sprintf(format, args...) }

func textMustGB18030(t testing.TB, s string) []byte {
	t.Helper()
	b, err := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encode GB18030: %v", err)
	}
	return b
}

func textUTF16(s string, bigEndian bool) []byte {
	var b bytes.Buffer
	for _, u := range append([]uint16{0xFEFF}, utf16.Encode([]rune(s))...) {
		if bigEndian {
			b.Write([]byte{byte(u >> 8), byte(u)})
		} else {
			b.Write([]byte{byte(u), byte(u >> 8)})
		}
	}
	return b.Bytes()
}

// textLong is two hundred characters of text.
var textLong = strings.Repeat("党建引领乡村振兴。", 20)

func TestDecodeText(t *testing.T) {
	const text = "组工信息\n△青阳县推行“村事夜议”。（青阳县委组织部）\n报：省委组织部。\n"
	tests := []struct {
		name string
		in   []byte
		want string
	}{
		{"utf-8", []byte(text), text},
		{"utf-8 with BOM", append([]byte{0xEF, 0xBB, 0xBF}, text...), text},
		{"gb18030", textMustGB18030(t, text), text},
		{"gbk text with rare characters", textMustGB18030(t, "㴗𠀾镕\n"), "㴗𠀾镕\n"},
		{"utf-16 le", textUTF16(text, false), text},
		{"utf-16 be", textUTF16(text, true), text},
		{"crlf", []byte(strings.ReplaceAll(text, "\n", "\r\n")), text},
		{"gb18030 with crlf", textMustGB18030(t, strings.ReplaceAll(text, "\n", "\r\n")), text},
		{"old mac cr", []byte("甲\r乙\r"), "甲\n乙\n"},
		{"word line break and a stray control", []byte("甲\v乙\x07" + textLong), "甲\n乙" + textLong},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := DecodeText(bytes.NewReader(tt.in))
			if err != nil {
				t.Fatalf("DecodeText: %v", err)
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestDecodeTextErrors(t *testing.T) {
	png := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00")
	invalid := []byte{0x81, 0x20, 0xFF, 0xFE, 0x80, 0x41, 0xC3, 0x28, 0xFF}[2:] // not UTF-8, not GB18030
	tests := []struct {
		name string
		in   []byte
		want error
	}{
		{"empty", nil, ErrEmpty},
		{"blank lines only", []byte(" \r\n\t\n　\n"), ErrEmpty},
		{"BOM only", []byte{0xEF, 0xBB, 0xBF}, ErrEmpty},
		{"png", png, ErrBinary},
		{"NUL in utf-8", []byte("党建\x00工作"), ErrBinary},
		{"invalid in every encoding", append([]byte("abc"), invalid[2:]...), ErrBinary},
		{"utf-16 with an odd byte", append(textUTF16("党建", false), 'x'), ErrBinary},
		{"control characters", bytes.Repeat([]byte{0x01, 0x02, 'a'}, 50), ErrBinary},
		// a PDF renamed .txt, and one whose start is all ASCII: it was
		// imported as a 来稿 titled %PDF-1.4
		{"pdf", append([]byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), 0, 1), ErrPDF},
		{"pdf text only", []byte("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n"), ErrPDF},
		{"too large", bytes.Repeat([]byte("党建工作。\n"), MaxTextBytes/16+1), ErrTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := DecodeText(bytes.NewReader(tt.in))
			if !errors.Is(err, tt.want) {
				t.Errorf("err = %v, want %v", err, tt.want)
			}
		})
	}
}

// A PDF renamed .docx was called a damaged zip; it is named as a PDF.
func TestReadDocxNamesAPDF(t *testing.T) {
	_, err := ReadDocx("信息.docx", bytes.NewReader([]byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")))
	if !errors.Is(err, ErrPDF) {
		t.Errorf("err = %v, want %v", err, ErrPDF)
	}
}
