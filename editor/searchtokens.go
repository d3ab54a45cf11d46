package editor

import (
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The search index cannot use SQLite's trigram tokenizer: it never matches
// the two-character words (党委, 推进) users search for most. Texts are
// tokenised here instead, the way CJK analyzers do it: every run of CJK
// characters gives its overlapping character pairs, framed by its first and
// its last character alone, so any substring of two or more characters is a
// phrase of exact tokens (no prefix query, which SQLite answers by merging
// every 党x list and is slow for a common character). A single character is
// looked up in a second index of the characters each document has.
// Other letters and digits form lower-cased words; a symbol between two of
// them (1+5, 3.5, A-B) is a token of its own, so 「1+5」 does not match
// 1.5 or 1、5; everything else separates, except spaces between CJK
// characters (text out of PDFs has them). Full-width letters, digits and
// symbols count as their ASCII forms.

// searchTokenVersion names the token scheme; an archive whose index was
// built with another is re-indexed when opened.
const searchTokenVersion = "2"

// segKind is what a searchSegment is.
type segKind uint8

const (
	segWord segKind = iota // letters or digits of other scripts
	segCJK                 // a run of CJK characters
	segSym                 // a symbol between two word characters
)

// searchSegment is a CJK run, a word or a symbol; gap says punctuation
// parted it from the segment before.
type searchSegment struct {
	kind  segKind
	runes []rune
	gap   bool
}

// isSearchCJK says whether r is a CJK character (the common block is checked first: it is most of the text).
func isSearchCJK(r rune) bool {
	switch {
	case r >= 0x4E00 && r <= 0x9FFF:
		return true
	case r < 0x1100:
		return false
	case r >= 0x2000 && r < 0x2E80: // punctuation, symbols, arrows: “”—…
		return false
	case r >= 0x2E80 && r < 0x3100: // radicals, 。、《》「」, kana: the table says
		return cjkSymbolBlock[r-0x2E80]
	}
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
}

// cjkSymbolBlock says which of U+2E80–U+30FF are CJK characters; the block
// holds the Chinese punctuation, which every text has.
var cjkSymbolBlock = func() (t [0x3100 - 0x2E80]bool) {
	for i := range t {
		t[i] = unicode.In(rune(0x2E80+i), unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
	}
	return t
}()

// isSearchWordRune says whether r belongs in a word (CJK excluded by the caller).
func isSearchWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r >= 'A' && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.Is(unicode.Co, r)
}

// foldSearchRune is r as the index compares it: full-width ASCII forms as
// ASCII, the ideographic space as a space, lower case.
func foldSearchRune(r rune) rune {
	switch {
	case r < utf8.RuneSelf:
		if r >= 'A' && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	case r >= 0xFF01 && r <= 0xFF5E:
		return foldSearchRune(r - 0xFEE0)
	case r == 0x3000:
		return ' '
	case r >= 0x4E00 && r <= 0x9FFF:
		return r
	}
	return unicode.ToLower(r)
}

// isSearchWord says whether the folded rune r is a word rune.
func isSearchWord(r rune) bool { return !isSearchCJK(r) && isSearchWordRune(r) }

// searchSegments splits text into CJK runs, words and symbols between words.
func searchSegments(text string) []searchSegment {
	rs := make([]rune, 0, len(text)/2)
	for _, r := range text {
		rs = append(rs, foldSearchRune(r))
	}
	var out []searchSegment
	gap := false
	buf := make([]rune, 0, len(rs)) // the segments' runes, one after another
	for i := 0; i < len(rs); {
		r, start := rs[i], len(buf)
		switch {
		case isSearchCJK(r):
			j := i
			for ; j < len(rs) && (isSearchCJK(rs[j]) || unicode.IsSpace(rs[j])); j++ {
				if rs[j] != ' ' && !unicode.IsSpace(rs[j]) {
					buf = append(buf, rs[j])
				}
			}
			for j > i && unicode.IsSpace(rs[j-1]) {
				j-- // trailing spaces part the run from what follows
			}
			out, gap, i = append(out, searchSegment{kind: segCJK, runes: buf[start:len(buf):len(buf)], gap: gap}), false, j
		case isSearchWordRune(r):
			j := i
			for j < len(rs) && isSearchWord(rs[j]) {
				j++
			}
			out, gap, i = append(out, searchSegment{kind: segWord, runes: rs[i:j:j], gap: gap}), false, j
		case r == ' ' || unicode.IsSpace(r):
			i++
		case i > 0 && i+1 < len(rs) && isSearchWord(rs[i-1]) && isSearchWord(rs[i+1]):
			out, gap, i = append(out, searchSegment{kind: segSym, runes: rs[i : i+1 : i+1]}), false, i+1
		default:
			gap, i = true, i+1
		}
	}
	return out
}

// symbolToken is how a symbol is stored: ASCII symbols as their full-width
// forms, which SQLite's ascii tokenizer keeps as token characters.
func symbolToken(r rune) rune {
	if r > ' ' && r < utf8.RuneSelf {
		return r + 0xFEE0
	}
	return r
}

// tokenWriter joins tokens with spaces.
type tokenWriter struct{ b []byte }

func (w *tokenWriter) tok(rs ...rune) {
	if len(w.b) > 0 {
		w.b = append(w.b, ' ')
	}
	for _, r := range rs {
		w.b = utf8.AppendRune(w.b, r)
	}
}

// cjk writes a run's tokens: its first character when withFirst, the
// pairs, its last character when withLast; a one-character run is itself.
func (w *tokenWriter) cjk(run []rune, withFirst, withLast bool) {
	if len(run) == 1 {
		w.tok(run[0])
		return
	}
	if withFirst {
		w.tok(run[0])
	}
	for i := 0; i+1 < len(run); i++ {
		w.tok(run[i], run[i+1])
	}
	if withLast {
		w.tok(run[len(run)-1])
	}
}

// seg writes a segment's tokens as they stand inside a document.
func (w *tokenWriter) seg(s searchSegment, withFirst, withLast bool) {
	switch s.kind {
	case segCJK:
		w.cjk(s.runes, withFirst, withLast)
	case segSym:
		w.tok(symbolToken(s.runes[0]))
	default:
		w.tok(s.runes...)
	}
}

// searchDocTokens is what the index stores for a text: tokens joined by spaces.
func searchDocTokens(text string) string {
	w := tokenWriter{b: make([]byte, 0, len(text)*3)}
	for _, s := range searchSegments(text) {
		w.seg(s, true, true)
	}
	return string(w.b)
}

// searchDocChars is what the character index stores for a text: each CJK
// character it has, once.
func searchDocChars(text string) string {
	var common [(0x9FFF - 0x4E00 + 64) / 64]uint64 // the common block, as a set
	var other []rune
	n := 0
	for _, r := range text {
		switch {
		case r >= 0x4E00 && r <= 0x9FFF:
			i := r - 0x4E00
			if common[i/64]&(1<<(i%64)) == 0 {
				common[i/64] |= 1 << (i % 64)
				n++
			}
		case isSearchCJK(r):
			other = append(other, r)
		}
	}
	slices.Sort(other)
	other = slices.Compact(other)
	w := tokenWriter{b: make([]byte, 0, (n+len(other))*4)}
	for _, r := range other {
		if r < 0x4E00 {
			w.tok(r)
		}
	}
	for k, word := range common {
		for ; word != 0; word &= word - 1 {
			w.tok(0x4E00 + rune(k*64+bits.TrailingZeros64(word)))
		}
	}
	for _, r := range other {
		if r > 0x9FFF {
			w.tok(r)
		}
	}
	return string(w.b)
}

// searchQuery is a query made ready for the index.
type searchQuery struct {
	char    rune       // a query of one CJK character: looked up in the character index
	phrases [][]string // else any of these phrases of tokens; none when nothing is searchable
	prefix  bool       // the phrases' last token is the start of a word
}

// term is the query's one token, when it is a single token matched whole:
// a character of the character index, or a phrase of one token, not a prefix.
func (q searchQuery) term() (string, bool) {
	switch {
	case q.char != 0:
		return string(q.char), true
	case len(q.phrases) == 1 && len(q.phrases[0]) == 1 && !q.prefix:
		return q.phrases[0][0], true
	}
	return "", false
}

// searchQueryQuotes are the pairs that make a query exact: its last word is
// then not taken as the start of a longer one.
var searchQueryQuotes = [][2]string{{`"`, `"`}, {"“", "”"}, {"'", "'"}, {"‘", "’"}, {"「", "」"}, {"『", "』"}}

// parseSearchQuery makes a query ready: the phrase of its tokens (the last
// word a prefix, 202 finds 2021, unless the query is quoted), or, when
// punctuation parts Chinese in it (党建-联盟), that phrase or the one of the
// text without the punctuation (党建联盟).
func parseSearchQuery(query string) searchQuery {
	query = strings.TrimSpace(query)
	quoted := false
	for _, q := range searchQueryQuotes {
		if len(query) > len(q[0])+len(q[1]) && strings.HasPrefix(query, q[0]) && strings.HasSuffix(query, q[1]) {
			quoted = true
		}
	}
	segs := searchSegments(query)
	if len(segs) == 0 {
		return searchQuery{}
	}
	if len(segs) == 1 && segs[0].kind == segCJK && len(segs[0].runes) == 1 {
		return searchQuery{char: segs[0].runes[0]}
	}
	q := searchQuery{phrases: [][]string{searchPhrase(segs)}, prefix: segs[len(segs)-1].kind == segWord && !quoted}
	if joined := joinSearchSegments(segs); len(joined) < len(segs) {
		q.phrases = append(q.phrases, searchPhrase(joined))
	}
	if grouped, ok := groupSearchDigits(segs); ok {
		q.phrases = append(q.phrases, searchPhrase(grouped))
	}
	return q
}

// groupSearchDigits writes each number of four or more digits in the
// query with its thousands commas, 1350 as 1,350: editors retype figures
// from paper without them, and the text has 1,350 or 1，350, whose tokens
// are 1 ， 350 (review F17). The index is not changed: the query looks for
// either form. A year (2021年, 2021年度) is never written with a comma and
// is left as it is. ok is false when the query has no such number.
func groupSearchDigits(segs []searchSegment) (out []searchSegment, ok bool) {
	for i, s := range segs {
		year := i+1 < len(segs) && segs[i+1].kind == segCJK && !segs[i+1].gap && segs[i+1].runes[0] == '年'
		if s.kind != segWord || len(s.runes) < 4 || !allASCIIDigits(s.runes) || year {
			out = append(out, s)
			continue
		}
		ok = true
		head := len(s.runes) % 3
		if head == 0 {
			head = 3
		}
		out = append(out, searchSegment{kind: segWord, runes: s.runes[:head:head], gap: s.gap})
		for i := head; i < len(s.runes); i += 3 {
			out = append(out, searchSegment{kind: segSym, runes: []rune{','}},
				searchSegment{kind: segWord, runes: s.runes[i : i+3 : i+3]})
		}
	}
	return out, ok
}

func allASCIIDigits(rs []rune) bool {
	for _, r := range rs {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// searchPhrase is the phrase of a query's segments: a CJK run inside the
// query matches a whole run of the text, the first one the end of a run and
// the last one the start of a run.
func searchPhrase(segs []searchSegment) []string {
	var w tokenWriter
	for i, s := range segs {
		w.seg(s, i > 0, i < len(segs)-1)
	}
	return strings.Fields(string(w.b))
}

// joinSearchSegments joins CJK runs that only punctuation parts.
func joinSearchSegments(segs []searchSegment) []searchSegment {
	var out []searchSegment
	for _, s := range segs {
		if n := len(out); n > 0 && s.kind == segCJK && s.gap && out[n-1].kind == segCJK {
			out[n-1].runes = append(slices.Clip(out[n-1].runes), s.runes...)
			continue
		}
		out = append(out, s)
	}
	return out
}

// match is the index and engine expression finding q among one kind's
// records; "" when q has nothing searchable.
func (e *engine) match(q searchQuery, kind HitKind) (table, expr string) {
	ix := searchIndexes[kind]
	if q.char != 0 {
		return ix.chars, e.search.MatchExpr([]string{string(q.char)}, false)
	}
	var exprs []string
	for _, p := range q.phrases {
		exprs = append(exprs, e.search.MatchExpr(p, q.prefix))
	}
	if len(exprs) == 0 {
		return "", ""
	}
	return ix.tokens, e.search.MatchAny(exprs)
}
