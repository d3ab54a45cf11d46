package pdf

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/bulletindesk/bulletindesk/editor"
)

// ErrNoNumberedCopies: 逐份编号 is off or the issue has no 印数.
var ErrNoNumberedCopies = errors.New("逐份编号 is off or the copy count (印数) is 0")

// WriteIssuePDFCopies writes the print shop's PDF of an issue whose copies
// are numbered (逐份编号): every copy one after another, each with its own
// 份号, counting from the issue's 份号 (or 1) for 印数 copies, with as many
// digits as the 份号 has (at least 6, GB/T 9704 §7.2.1). The layout is made
// once: a 份号 is the same width in every copy.
func WriteIssuePDFCopies(w io.Writer, is *editor.Issue, p editor.Preferences) error {
	if !is.Marks.NumberCopies || is.CopyCount <= 0 {
		return fmt.Errorf("write the numbered copies: %w", ErrNoNumberedCopies)
	}
	first, digits := 1, 6
	if n := strings.TrimSpace(is.Marks.CopyNumber); n != "" {
		v, err := strconv.Atoi(n)
		if err != nil || v < 1 {
			return fmt.Errorf("write the numbered copies: the 份号 %q is not a number", n)
		}
		first, digits = v, max(digits, len(n))
	}
	c := *is
	c.Marks.CopyNumber = fmt.Sprintf("%0*d", digits, first)
	d, fonts, err := LayoutIssue(&c, p)
	if err == nil {
		err = pdfCheckGlyphs(d, fonts)
	}
	if err != nil {
		return fmt.Errorf("write the numbered copies: %w", err)
	}
	pdf := newPDF(&c, fonts)
	red := pdfColor(p.MastheadColor)
	for i := range c.CopyCount {
		pdf.draw(d, red, fmt.Sprintf("%0*d", digits, first+i))
	}
	if err := pdf.doc.Output(w); err != nil {
		return fmt.Errorf("write the numbered copies: %w", err)
	}
	return nil
}
