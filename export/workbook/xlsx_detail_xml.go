package workbook

import (
	"encoding/xml"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/bulletindesk/bulletindesk/editor"
)

// The 明细 rows are written as XML here, byte for byte as excelize's
// StreamWriter.SetRow writes the same cells (TestDetailRowsAsExcelize
// holds the two side by side): SetRow parsed and formatted each cell's
// reference, boxed every value, escaped each text through a regular
// expression and a strings.Builder, and kept the whole sheet (29 MB for
// ten years) in a buffer and a temporary file until the workbook was
// zipped. That was the largest part of the ten-year workbook's time and
// heap. These rows go straight into the zip instead (xlsx_detail_splice.go).

// detailColumns are the 明细 columns' letters, A to J.
var detailColumns = [...]string{"A", "B", "C", "D", "E", "F", "G", "H", "I", "J"}

// detailRowXML appends the XML of 明细 row (1-based; the rows start at
// row 3) showing submission r as the n-th, its cells styled from s.
type detailRowXML struct {
	integer, text, day string // the cells' style ids, as text
}

func newDetailRowXML(s *xlsxStyles) *detailRowXML {
	return &detailRowXML{integer: strconv.Itoa(s.integer), text: strconv.Itoa(s.text), day: strconv.Itoa(s.day)}
}

func (x *detailRowXML) appendRow(b []byte, row int, r editor.DetailRow, n int) []byte {
	issues, sections := "", ""
	for i, ad := range r.Adoptions {
		if i > 0 {
			issues, sections = issues+"；", sections+"；"
		}
		issues, sections = issues+ad.IssueLabel, sections+ad.Section
	}
	status, ok := xlsxStatusNames[r.Status]
	if !ok {
		status = string(r.Status)
	}
	b = append(b, `<row r="`...)
	b = strconv.AppendInt(b, int64(row), 10)
	b = append(b, `">`...)
	b = x.intCell(b, 0, row, x.integer, int64(n))
	b = x.textCell(b, 1, row, r.UnitName)
	b = x.textCell(b, 2, row, r.Group)
	b = x.dayCell(b, 3, row, r.Received)
	b = x.textCell(b, 4, row, r.Kind)
	b = x.textCell(b, 5, row, r.Title)
	b = x.intCell(b, 6, row, x.integer, int64(r.Words))
	b = x.textCell(b, 7, row, status)
	b = x.optionalTextCell(b, 8, row, issues)
	b = x.optionalTextCell(b, 9, row, sections)
	return append(b, `</row>`...)
}

// cellStart appends <c r="B7" s="3" and, unless t is "", t="…".
func cellStart(b []byte, col, row int, style, t string) []byte {
	b = append(b, `<c r="`...)
	b = append(b, detailColumns[col]...)
	b = strconv.AppendInt(b, int64(row), 10)
	b = append(b, `" s="`...)
	b = append(b, style...)
	b = append(b, '"')
	if t != "" {
		b = append(b, ` t="`...)
		b = append(b, t...)
		b = append(b, '"')
	}
	return append(b, '>')
}

func (x *detailRowXML) intCell(b []byte, col, row int, style string, v int64) []byte {
	b = cellStart(b, col, row, style, "")
	b = append(b, `<v>`...)
	b = strconv.AppendInt(b, v, 10)
	return append(b, `</v></c>`...)
}

// textCell is an inline string cell, also when s is empty.
func (x *detailRowXML) textCell(b []byte, col, row int, s string) []byte {
	b = cellStart(b, col, row, x.text, "inlineStr")
	return appendInlineText(b, s)
}

// optionalTextCell is the style alone when s is empty, which the sheet
// shows the same as an empty text: nine in ten 明细 rows (not adopted)
// have two such cells.
func (x *detailRowXML) optionalTextCell(b []byte, col, row int, s string) []byte {
	if s == "" {
		b = cellStart(b, col, row, x.text, "")
		return append(b, `</c>`...)
	}
	return x.textCell(b, col, row, s)
}

// dayCell is the day as Excel's serial number, as excelize writes a
// time.Time: days from 1899-12-30 from 1 March 1900 on; before
// that from 1899-12-31, Excel's leap day of 1900 not yet counted; before
// 1900 the date as text, which Excel cannot hold as a date.
func (x *detailRowXML) dayCell(b []byte, col, row int, d editor.Date) []byte {
	if !d.Before(xlsxSerialFrom) {
		return x.intCell(b, col, row, x.day, int64(d.Sub(xlsxEpoch)/(24*time.Hour)))
	}
	if first := time.Date(1899, 12, 31, 0, 0, 0, 0, time.UTC); d.After(first) {
		days := d.Sub(first) / (24 * time.Hour)
		frac := float64(d.Sub(first)-days*24*time.Hour) / float64(24*time.Hour)
		b = cellStart(b, col, row, x.day, "")
		b = append(b, `<v>`...)
		b = strconv.AppendFloat(b, float64(days)+frac, 'f', -1, 64)
		return append(b, `</v></c>`...)
	}
	b = cellStart(b, col, row, x.day, "inlineStr")
	b = append(b, `<is><t>`...)
	b = append(b, d.Format(time.RFC3339Nano)...) // excelize writes it unescaped; it has nothing to escape
	return append(b, `</t></is></c>`...)
}

// appendInlineText appends <is><t>s</t></is></c> as excelize writes the
// text s: cut to a cell's 32,767 UTF-16 units, xml:space="preserve" when it
// starts or ends with a space, tab or line break, escaped for XML (line
// breaks kept as they are) and with what reads as Excel's own escape
// _xHHHH_ escaped again. A text with none of these (nearly every title)
// is copied as it is.
func appendInlineText(b []byte, s string) []byte {
	if len(s) > excelCellChars { // a UTF-16 unit takes at least one byte
		s = truncateUTF16(s, excelCellChars)
	}
	b = append(b, `<is><t`...)
	if s != "" && (strings.IndexByte("\t\n\r ", s[0]) >= 0 || strings.IndexByte("\t\n\r ", s[len(s)-1]) >= 0) {
		b = append(b, ` xml:space="preserve"`...)
	}
	b = append(b, '>')
	if plainXMLText(s) {
		b = append(b, s...)
	} else {
		var esc strings.Builder
		_ = xml.EscapeText(&esc, []byte(s))
		b = append(b, excelBstrEscape(strings.ReplaceAll(esc.String(), "&#xA;", "\n"))...)
	}
	return append(b, `</t></is></c>`...)
}

// xlsxEpoch is day 0 of Excel's serial numbers from xlsxSerialFrom on.
var (
	xlsxEpoch      = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)
	xlsxSerialFrom = time.Date(1900, 3, 1, 0, 0, 0, 0, time.UTC)
)

// excelCellChars is how many UTF-16 units a cell holds (excelize.TotalCellChars).
const excelCellChars = 32767

// truncateUTF16 is s cut before the rune that would make it longer than n UTF-16 units.
func truncateUTF16(s string, n int) string {
	units := 0
	for i, r := range s {
		if units += utf16.RuneLen(r); units > n {
			return s[:i]
		}
	}
	return s
}

// plainXMLText says whether s goes into XML as it is: valid UTF-8 of
// characters XML allows, nothing to escape and no underscore (the start
// of Excel's _xHHHH_).
func plainXMLText(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\'' || c == '"' || c == '_' {
			return false
		}
		if c == 0xEF && i+2 < len(s) && s[i+1] == 0xBF && s[i+2] >= 0xBE { // U+FFFE, U+FFFF
			return false
		}
	}
	return utf8.ValidString(s)
}

// excelBstr is Excel's escape of a character in a text, _xHHHH_.
var (
	excelBstr       = regexp.MustCompile(`_x[a-fA-F\d]{4}_`)
	excelBstrFollow = regexp.MustCompile(`x[a-fA-F\d]{4}_`)
)

// excelBstrEscape escapes what Excel would read as its own escape, as
// excelize's bstrMarshal does (the same steps, so the same bytes): _x0041_
// becomes _x005F_x0041_; the escape of an underscore itself, _x005F_, is
// escaped once more, and one whose four digits are no character (a
// surrogate, _xD800_) is left out, as excelize leaves it out.
func excelBstrEscape(s string) string {
	matches := excelBstr.FindAllStringIndex(s, -1)
	if matches == nil {
		return s
	}
	var out strings.Builder
	cursor := 0
	for _, m := range matches {
		out.WriteString(s[cursor:m[0]])
		sub := s[m[0]:m[1]]
		cursor = m[1]
		if sub == "_x005F_" {
			if m[1]+6 <= len(s) && excelBstrFollow.MatchString(s[m[1]:m[1]+6]) && isUnicodeEscape(s[m[1]+1:m[1]+5]) {
				out.WriteString(sub + "x005F" + sub)
				continue
			}
			out.WriteString(sub + "x005F_")
			continue
		}
		if isUnicodeEscape(s[m[0]+2 : m[1]-1]) {
			out.WriteString("_x005F" + sub)
		}
	}
	out.WriteString(s[cursor:])
	return out.String()
}

// isUnicodeEscape says whether \uHHHH with these four hex digits is a
// character Go's strconv.Unquote takes (not a surrogate).
func isUnicodeEscape(hex string) bool {
	_, err := strconv.Unquote(`"\u` + hex + `"`)
	return err == nil
}
