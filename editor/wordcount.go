package editor

import (
	"unicode"
	"unicode/utf8"
)

// CountWords is 字数 as Word and WPS count it: every East Asian character —
// ideographs, kana, hangul, full-width forms and Chinese punctuation
// (。，、；：？！“”‘’（）《》【】…— and the like) — counts one, and every run
// of other non-space characters (a Latin word, a number such as 44.57 or
// 3-5) counts one. Spaces, including the full-width 　, count nothing and
// end a run; so does an East Asian character ("2022年" is 2: "2022" and "年").
// Units are ranked by these figures (800字 thresholds), so they must match
// what an editor sees in Word's status bar.
//
// The two commonest cases are decided first, with the same answers: ASCII,
// and the ideographs U+4E00–U+9FFF, every one of them Han. The table
// lookups for every character were 8% of a ten-year demo and of an import.
func CountWords(s string) int {
	n := 0
	inRun := false
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			if asciiSpace(r) {
				inRun = false
			} else if !inRun {
				n++
				inRun = true
			}
		case r >= 0x4E00 && r <= 0x9FFF:
			n++
			inRun = false
		case unicode.IsSpace(r) || isZeroWidthRune(r):
			inRun = false
		case IsEastAsianRune(r):
			n++
			inRun = false
		case !inRun:
			n++
			inRun = true
		}
	}
	return n
}

// asciiSpace is unicode.IsSpace for an ASCII r.
func asciiSpace(r rune) bool {
	return r == ' ' || r >= '\t' && r <= '\r'
}

// IsEastAsianRune reports whether Word counts r as one East Asian character.
func IsEastAsianRune(r rune) bool {
	if r < 0x00B7 {
		return false
	}
	switch r {
	case 0x00B7, // · middle dot in transliterated names
		0x2014, 0x2015, 0x2016, // — ― ‖
		0x2018, 0x2019, 0x201C, 0x201D, // ‘ ’ “ ”
		0x2025, 0x2026, // ‥ …
		0x203B: // ※
		return true
	}
	switch {
	case r >= 0x2160 && r <= 0x217F, // Ⅰ Ⅱ roman numerals
		r >= 0x2460 && r <= 0x24FF, // ① ⑴ ⒈ enclosed numbers
		r >= 0x2E80 && r <= 0x2FDF, // radicals
		r >= 0x3000 && r <= 0x303F, // CJK symbols and punctuation 。、《》【】〔〕
		r >= 0x3200 && r <= 0x33FF, // enclosed CJK, ㈠, compatibility
		r >= 0xFE10 && r <= 0xFE1F, // vertical forms
		r >= 0xFE30 && r <= 0xFE4F, // CJK compatibility forms
		r >= 0xFF01 && r <= 0xFF60, // full-width ASCII forms ，（）：；？！０
		r >= 0xFFE0 && r <= 0xFFE6: // full-width signs ￥
		return true
	}
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Bopomofo)
}

// isZeroWidthRune reports the invisible characters pasted text carries
// (zero-width space and joiners, the BOM); Word does not count them.
func isZeroWidthRune(r rune) bool {
	return r == 0x200B || r == 0x200C || r == 0x200D || r == 0x2060 || r == 0xFEFF
}
