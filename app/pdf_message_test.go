package app

import (
	"fmt"
	"strings"
	"testing"

	"github.com/bulletindesk/bulletindesk/export/pdf"
)

// A PDF refused for a character no font has says which character, where,
// and what to do, in Chinese and in English.
func TestMissingGlyphMessage(t *testing.T) {
	err := fmt.Errorf("write the PDF: %w", &pdf.MissingGlyphError{Char: 0x2C317, Near: "龙\U0002C317镇组建服务队。"})
	for _, c := range []struct{ lang, want string }{
		{"zh", "没有哪种字体有“\U0002C317”（U+2C317）"},
		{"en", "no font on this computer has “\U0002C317” (U+2C317)"},
	} {
		t.Run(c.lang, func(t *testing.T) {
			setupLanguage(c.lang)
			defer setupLanguage("zh")
			got := userMessage(err)
			for _, w := range []string{c.want, "龙\U0002C317镇组建服务队。", "BULLETINDESK_FONTS"} {
				if !strings.Contains(got, w) {
					t.Errorf("message %q does not say %q", got, w)
				}
			}
		})
	}
}
