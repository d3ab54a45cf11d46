package pdf

import (
	"encoding/hex"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf16"

	"golang.org/x/image/font/sfnt"

	"github.com/bulletindesk/bulletindesk/pages"
)

// MissingGlyphError says the PDF cannot print a character: no font on this
// computer has it. The PDF is not written, rather than printed with a box
// or a gap where the character was.
type MissingGlyphError struct {
	Char rune
	Near string // the line it is in, as laid out
}

func (e *MissingGlyphError) Error() string {
	return fmt.Sprintf("no font on this computer has %q (U+%04X), in %q: install a font that has it, or put one in BULLETINDESK_FONTS", e.Char, e.Char, e.Near)
}

// pdfRare says c is drawn as an outline: fpdf embeds fonts for the Basic
// Multilingual Plane only (it panics on 𬌗, U+2C317), and a character none
// of the fonts has comes from another font of the machine's.
func pdfRare(fonts *pages.FontSet, c rune) bool {
	return c > 0xFFFF || fonts.Lacks(c)
}

// pdfPrintable says a character must be on paper: everything but spaces,
// controls, format characters and variation selectors, which no font draws.
// A private-use character (造字 of a 方正 font) is printable: it prints when
// a font of the machine has it and is refused when none has.
func pdfPrintable(c rune) bool {
	return !unicode.IsSpace(c) && !unicode.IsControl(c) && !unicode.Is(unicode.Cf, c) &&
		!unicode.Is(unicode.Variation_Selector, c)
}

// pdfCheckGlyphs finds, before anything is written, a character that
// neither the fonts nor any other font of this machine has.
func pdfCheckGlyphs(d pages.Document, fonts *pages.FontSet) error {
	for _, pg := range d.Pages {
		for _, r := range pg.Runs {
			for _, c := range r.Text {
				if pdfPrintable(c) && pdfRare(fonts, c) && pages.FindRare(c) == nil {
					return &MissingGlyphError{Char: c, Near: pdfLineOf(pg, r.Y)}
				}
			}
		}
	}
	return nil
}

// pdfLineOf is the text of a page's runs on the baseline y, left to right
// as the layout made them.
func pdfLineOf(pg pages.Page, y float64) string {
	var b strings.Builder
	for _, r := range pg.Runs {
		if r.Y == y {
			b.WriteString(r.Text)
		}
	}
	return b.String()
}

// drawRare draws c at the baseline point x, y: its outline, filled, under
// an invisible stand-in character whose ActualText is c, so that the PDF's
// text (copy, search, pdftotext) still holds c where it is printed.
func (pd *pdfDoc) drawRare(f *pages.RareFont, c rune, x, y, size float64, rgb [3]int) {
	segs, _, err := f.Outline(c)
	if err != nil {
		return // pdfCheckGlyphs found the font; a glyph it cannot load is the font's fault
	}
	pd.doc.RawWriteStr("/Span <</ActualText <FEFF" + strings.ToUpper(hex.EncodeToString(utf16BE(c))) + ">>> BDC")
	pd.doc.SetTextRenderingMode(3)
	pd.doc.Text(x, y, "\u3000")
	pd.doc.SetTextRenderingMode(0)
	pd.doc.RawWriteStr("EMC")
	pd.doc.SetFillColor(rgb[0], rgb[1], rgb[2])
	pd.outline(segs, x, y, size)
}

// outline adds the glyph's path at x, y scaled to size and fills it with
// the non-zero rule TrueType and CFF outlines are drawn with.
func (pd *pdfDoc) outline(segs []pages.Segment, x, y, size float64) {
	if len(segs) == 0 {
		return
	}
	pt := func(p [2]float64) (float64, float64) { return x + p[0]*size, y + p[1]*size }
	var cx, cy float64 // the current point, for turning a quadratic into a cubic
	for _, s := range segs {
		switch s.Op {
		case sfnt.SegmentOpMoveTo:
			cx, cy = pt(s.Pts[0])
			pd.doc.MoveTo(cx, cy)
		case sfnt.SegmentOpLineTo:
			cx, cy = pt(s.Pts[0])
			pd.doc.LineTo(cx, cy)
		case sfnt.SegmentOpQuadTo:
			qx, qy := pt(s.Pts[0])
			ex, ey := pt(s.Pts[1])
			pd.doc.CurveBezierCubicTo(cx+2*(qx-cx)/3, cy+2*(qy-cy)/3, ex+2*(qx-ex)/3, ey+2*(qy-ey)/3, ex, ey)
			cx, cy = ex, ey
		case sfnt.SegmentOpCubeTo:
			ax, ay := pt(s.Pts[0])
			bx, by := pt(s.Pts[1])
			cx, cy = pt(s.Pts[2])
			pd.doc.CurveBezierCubicTo(ax, ay, bx, by, cx, cy)
		}
	}
	pd.doc.ClosePath()
	pd.doc.DrawPath("F")
}

func utf16BE(c rune) []byte {
	var b []byte
	for _, u := range utf16.Encode([]rune{c}) {
		b = append(b, byte(u>>8), byte(u))
	}
	return b
}
