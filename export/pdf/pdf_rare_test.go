package pdf

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export/internal/exporttest"
	"github.com/bulletindesk/bulletindesk/pages"
)

// rareTestIssue has names written with characters outside the Basic
// Multilingual Plane (CJK Extension B and later, as 通用规范汉字表 uses them).
func rareTestIssue(text string) *editor.Issue {
	is := exporttest.TextTestIssue()
	it := &is.Sections[0].Items[0]
	it.Lead = "龙𬌗镇组建服务队。"
	it.Body = text
	return is
}

// A name with 𬌗 or 𬀩 prints: the PDF is written, and its text, read back by
// poppler, holds the characters where they stand (drawn as outlines, with
// the character as the text behind them).
func TestPDFPrintsCharactersOutsideTheBMP(t *testing.T) {
	for _, c := range []rune{0x2C317, 0x2C029} {
		if pages.FindRare(c) == nil {
			t.Skipf("no font on this machine has U+%04X (Debian: fonts-noto-cjk)", c)
		}
	}
	body := "退休党员王𬀩、李䶮等32人在龙𬌗镇上门服务。"
	path := pdfTestWrite(t, rareTestIssue(body))
	got := exporttest.DropSpace(exporttest.PdfTool(t, "pdftotext", path, "-"))
	for _, want := range []string{"龙𬌗镇组建服务队。", "退休党员王𬀩、李䶮等32人在龙𬌗镇上门服务。"} {
		if !strings.Contains(got, want) {
			t.Errorf("the PDF's text lacks %q:\n%s", want, got)
		}
	}
}

// A character no font of the machine has stops the PDF with an error that
// names it, instead of a box or a gap on paper (or a panic).
func TestPDFRefusesACharacterNoFontHas(t *testing.T) {
	const c = '\U0010FFFD' // private use: no font ships it
	if pages.FindRare(c) != nil {
		t.Skip("a font on this machine has U+10FFFD")
	}
	if _, err := PDFFonts(editor.DefaultPreferences()); err != nil {
		t.Skipf("no Chinese font: %v", err)
	}
	for name, write := range map[string]func(*bytes.Buffer, *editor.Issue) error{
		"pdf": func(b *bytes.Buffer, is *editor.Issue) error {
			return WriteIssuePDF(b, is, editor.DefaultPreferences())
		},
		"pdf-copies": func(b *bytes.Buffer, is *editor.Issue) error {
			is.Marks.NumberCopies, is.CopyCount = true, 2
			return WriteIssuePDFCopies(b, is, editor.DefaultPreferences())
		},
	} {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			err := write(&buf, rareTestIssue("签名："+string(c)+"。"))
			var missing *MissingGlyphError
			if !errors.As(err, &missing) || missing.Char != c {
				t.Fatalf("got %v, want a MissingGlyphError for U+10FFFD", err)
			}
			if !strings.Contains(missing.Near, "签名") {
				t.Errorf("the error's line is %q, want the line holding the character", missing.Near)
			}
			if buf.Len() != 0 {
				t.Errorf("%d bytes written before the error", buf.Len())
			}
		})
	}
}
