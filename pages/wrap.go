package pages

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// advFunc adapts a plain advance function to Metrics.
type advFunc func(r rune) float64

func (f advFunc) Advance(_ Face, r rune) float64 { return f(r) }

// Wrap breaks text (paragraphs separated by "\n") into lines no wider
// than width, by the rules the pages use: 避头尾, digits and Latin words
// kept whole. adv gives a rune's advance in the unit of width (pixels on
// screen). Joining the lines of a paragraph gives it back unchanged but
// for spaces at the breaks.
func Wrap(text string, width float64, adv func(r rune) float64) []string {
	var out []string
	for _, p := range strings.Split(text, "\n") {
		if p == "" {
			out = append(out, "")
			continue
		}
		out = append(out, wrapFields(p, width, adv)...)
	}
	return out
}

// fieldGap is two or more spaces inside a line, ideographic or ASCII: the
// text format sets fields apart with them (the masthead's editing unit and
// date, a 落款).
var fieldGap = regexp.MustCompile(`[^\s\x{3000}][\x{3000} ]{2,}`)

// wrapFields wraps one paragraph; one too wide for a line whose text
// before a field gap fits on one breaks at the gap, so that
// 「中共某某市委组织部编　　2026年11月21日」 keeps its date whole.
func wrapFields(p string, width float64, adv func(r rune) float64) []string {
	lines := wrapPara(p, width, adv)
	loc := fieldGap.FindStringIndex(p)
	if len(lines) < 2 || loc == nil {
		return lines
	}
	_, first := utf8.DecodeRuneInString(p[loc[0]:])
	head, gap := p[:loc[0]+first], p[loc[0]+first:loc[1]]
	if rows := wrapPara(head, width, adv); len(rows) == 1 {
		return append([]string{head + gap}, wrapPara(p[loc[1]:], width, adv)...)
	}
	return lines
}

func wrapPara(p string, width float64, adv func(r rune) float64) []string {
	us := splitUnits([]span{{text: p}}, 1, advFunc(adv))
	var out []string
	for _, ln := range breakLines(us, width, 0) {
		var b strings.Builder
		for _, u := range ln.units {
			b.WriteString(u.text)
		}
		out = append(out, b.String())
	}
	return out
}

// Breaks is Wrap for one paragraph (no "\n"), as the rune index where each
// of its lines starts; the first is 0. Spaces at a break belong to the line
// before it. An editor wrapping the paragraph being typed in keeps its
// caret by these indexes, which Wrap's strings have lost.
func Breaks(para string, width float64, adv func(r rune) float64) []int {
	if para == "" {
		return []int{0}
	}
	us := splitUnits([]span{{text: para}}, 1, advFunc(adv))
	lines := breakLines(us, width, 0)
	starts := make([]int, 0, len(lines))
	for i, ln := range lines {
		switch {
		case i == 0:
			starts = append(starts, 0)
		case len(ln.units) > 0:
			starts = append(starts, ln.units[0].at)
		}
	}
	if len(starts) == 0 {
		starts = append(starts, 0)
	}
	return starts
}
