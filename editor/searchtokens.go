package editor

import (
	"strings"
	"unicode"
)

// The search index cannot use SQLite's trigram tokenizer: it never matches
// the two-character words (党委, 推进) users search for most. Texts are
// tokenised here instead, the way CJK analyzers do it: every run of CJK
// characters gives its overlapping character pairs plus its last character
// alone, so any substring of one or more characters is a phrase of tokens.
// Other letters and digits form lower-cased words; everything else separates,
// except spaces between CJK characters.

// searchSegment is a run of CJK characters or a word of other letters/digits.
type searchSegment struct {
	cjk   bool
	runes []rune
}

func isSearchCJK(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
}

func isSearchWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.Is(unicode.Co, r)
}

// searchSegments splits text into CJK runs and words.
func searchSegments(text string) []searchSegment {
	var out []searchSegment
	var cur *searchSegment
	for _, r := range text {
		cjk := isSearchCJK(r)
		if unicode.IsSpace(r) && cur != nil && cur.cjk {
			continue // text out of PDFs has spaces inside Chinese runs; they do not part words
		}
		if !cjk && !isSearchWordRune(r) {
			cur = nil
			continue
		}
		if cur == nil || cur.cjk != cjk {
			out = append(out, searchSegment{cjk: cjk})
			cur = &out[len(out)-1]
		}
		cur.runes = append(cur.runes, unicode.ToLower(r))
	}
	return out
}

// appendSearchTokens adds a segment's tokens; a CJK run without its
// trailing single character when last is set (the end of a query).
func appendSearchTokens(toks []string, seg searchSegment, noTrailing bool) []string {
	if !seg.cjk {
		return append(toks, string(seg.runes))
	}
	for i := 0; i+1 < len(seg.runes); i++ {
		toks = append(toks, string(seg.runes[i:i+2]))
	}
	if !noTrailing || len(seg.runes) == 1 {
		toks = append(toks, string(seg.runes[len(seg.runes)-1]))
	}
	return toks
}

// searchDocTokens is what the index stores for a text: tokens joined by spaces.
func searchDocTokens(text string) string {
	var toks []string
	for _, seg := range searchSegments(text) {
		toks = appendSearchTokens(toks, seg, false)
	}
	return strings.Join(toks, " ")
}

// matchExpr is the engine's search expression finding query as a
// substring: one phrase of the same tokens, the last run without its
// trailing single character, and the last token a prefix when it is a
// single CJK character or a word (党 matches 党委 and 党 at a run's end; 202
// matches 2021). "" when the query has nothing searchable.
func (e *engine) matchExpr(query string) string {
	toks, prefix := searchQueryTokens(query)
	if len(toks) == 0 {
		return ""
	}
	return e.search.MatchExpr(toks, prefix)
}

// searchQueryTokens are the tokens of a query's phrase, and whether the
// last one is a prefix.
func searchQueryTokens(query string) ([]string, bool) {
	segs := searchSegments(query)
	if len(segs) == 0 {
		return nil, false
	}
	var toks []string
	for i, seg := range segs {
		toks = appendSearchTokens(toks, seg, i == len(segs)-1)
	}
	last := segs[len(segs)-1]
	return toks, !last.cjk || len(last.runes) == 1
}
