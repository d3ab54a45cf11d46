package editor

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// searchSnippet cuts the text around the first place the query occurs
// (spaces in the text ignored), the match marked; when the query only
// matches in pieces, around its longest piece; else the text's start.
func searchSnippet(text, query string) []Fragment {
	if q := strings.TrimSpace(query); q != "" && !strings.ContainsFunc(q, unicode.IsSpace) {
		if i := strings.Index(text, q); i >= 0 {
			return snippetAround(text, i, i+len(q))
		}
	}
	runes := []rune(text)
	var at []int    // index in runes of each non-space rune
	var flat []rune // the non-space runes, folded as the index folds them
	for i, r := range runes {
		if r = foldSearchRune(r); !unicode.IsSpace(r) {
			at = append(at, i)
			flat = append(flat, r)
		}
	}
	start, n := -1, 0
	for _, needle := range searchSnippetNeedles(query) {
		if start, n = indexRunes(flat, needle); start >= 0 {
			break
		}
	}
	if start < 0 {
		end := min(len(runes), 2*searchSnippetContext)
		return []Fragment{{Text: snippetText(runes[:end], false, end < len(runes))}}
	}
	ms, me := at[start], at[start+n-1]+1
	from, to := max(ms-searchSnippetContext, 0), min(me+searchSnippetContext, len(runes))
	out := []Fragment{{Text: snippetText(runes[from:ms], from > 0, false)}, {Text: snippetText(runes[ms:me], false, false), Match: true},
		{Text: snippetText(runes[me:to], false, to < len(runes))}}
	return slices.DeleteFunc(out, func(f Fragment) bool { return f.Text == "" })
}

// snippetAround is searchSnippet's answer for the match at text[ms:me]
// (bytes), found without folding the whole text: most queries occur as typed.
func snippetAround(text string, ms, me int) []Fragment {
	from, to := ms, me
	for n := 0; n < searchSnippetContext && from > 0; n++ {
		_, size := utf8.DecodeLastRuneInString(text[:from])
		from -= size
	}
	for n := 0; n < searchSnippetContext && to < len(text); n++ {
		_, size := utf8.DecodeRuneInString(text[to:])
		to += size
	}
	out := []Fragment{{Text: snippetText([]rune(text[from:ms]), from > 0, false)}, {Text: snippetText([]rune(text[ms:me]), false, false), Match: true},
		{Text: snippetText([]rune(text[me:to]), false, to < len(text))}}
	return slices.DeleteFunc(out, func(f Fragment) bool { return f.Text == "" })
}

// snippetText is one line of snippet, with … where the text was cut.
func snippetText(r []rune, cutBefore, cutAfter bool) string {
	s := strings.Join(strings.Fields(string(r)), " ")
	if len(r) > 0 && unicode.IsSpace(r[0]) && !cutBefore {
		s = " " + s
	}
	if len(r) > 0 && unicode.IsSpace(r[len(r)-1]) && s != "" && !cutAfter {
		s += " "
	}
	if cutBefore {
		s = "…" + s
	}
	if cutAfter {
		s += "…"
	}
	return s
}

// searchSnippetNeedles are what a snippet looks for, best first: the query
// as typed (spaces ignored), the query without the punctuation the index
// ignores, then its pieces, longest first.
func searchSnippetNeedles(query string) [][]rune {
	var typed []rune
	for _, r := range query {
		if r = foldSearchRune(r); !unicode.IsSpace(r) {
			typed = append(typed, r)
		}
	}
	segs := searchSegments(query)
	var bare []rune
	for _, seg := range segs {
		bare = append(bare, seg.runes...)
	}
	out := [][]rune{typed, bare}
	slices.SortStableFunc(segs, func(x, y searchSegment) int { return len(y.runes) - len(x.runes) })
	for _, seg := range segs {
		out = append(out, seg.runes)
	}
	return out
}

// indexRunes is the first index of sub in s and len(sub); -1 when absent or sub is empty.
func indexRunes(s, sub []rune) (int, int) {
	if len(sub) == 0 {
		return -1, 0
	}
	for i := 0; i+len(sub) <= len(s); i++ {
		if slices.Equal(s[i:i+len(sub)], sub) {
			return i, len(sub)
		}
	}
	return -1, 0
}
