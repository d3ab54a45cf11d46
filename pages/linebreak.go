package pages

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// Chinese line breaking (避头尾, GB/T 15834 and common typesetting practice):
// these never begin a line…
const noLineStart = "。，、；：？！）》」』”’〉】〕…—．·,.;:?!)]}%％"

// …and these never end one.
const noLineEnd = "（《「『“‘〈【〔([{"

// span is text in one face; a paragraph is a list of spans.
type span struct {
	text string
	face Face
	red  bool
}

// unit is what a line cannot split: one Chinese character or punctuation
// mark, a run of digits and Latin letters (2019, 98.6%, WPS), or a space.
type unit struct {
	text  string
	face  Face
	red   bool
	width float64 // advance at the paragraph's size, tracking included
	space bool    // an ASCII space: a break that vanishes at a line's ends
	at    int     // its first rune's index in the paragraph (Breaks)
}

// wide says r takes a full character cell: Han, kana, full-width forms and
// the punctuation Chinese fonts draw full width (“ ” ‘ ’ … —).
func wide(r rune) bool {
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth, width.EastAsianAmbiguous:
		return true
	}
	return unicode.Is(unicode.Han, r)
}

// splitUnits cuts spans into units measured at size.
func splitUnits(spans []span, size float64, m Metrics) []unit {
	n := 0
	for _, sp := range spans {
		n += len(sp.text) / 3 // a unit a Chinese character, the most there usually are
	}
	out := make([]unit, 0, n+1)
	at := 0
	for _, sp := range spans {
		s := sp.text
		for s != "" {
			r, n := utf8.DecodeRuneInString(s)
			end := n
			switch {
			case r == ' ' || r == '\t':
				for end < len(s) && (s[end] == ' ' || s[end] == '\t') {
					end++
				}
			case !wide(r):
				for end < len(s) {
					r2, n2 := utf8.DecodeRuneInString(s[end:])
					if wide(r2) || unicode.IsSpace(r2) {
						break
					}
					end += n2
				}
			}
			u := unit{text: s[:end], face: sp.face, red: sp.red, space: r == ' ' || r == '\t', at: at}
			u.width = measure(u.text, sp.face, size, m)
			out = append(out, u)
			at += utf8.RuneCountInString(u.text)
			s = s[end:]
		}
	}
	return out
}

// measure is the advance of text at size, tracking included.
func measure(text string, f Face, size float64, m Metrics) float64 {
	w := 0.0
	for _, r := range text {
		w += m.Advance(f, r)*size + tracking*size/BodySize
	}
	return w
}

func isNoStart(u unit) bool {
	r, _ := utf8.DecodeRuneInString(u.text)
	return strings.ContainsRune(noLineStart, r)
}

func isNoEnd(u unit) bool {
	r, _ := utf8.DecodeLastRuneInString(u.text)
	return strings.ContainsRune(noLineEnd, r)
}

// line is a range of units laid on one line.
type line struct {
	units []unit
	last  bool // the paragraph's last line: not justified
}

// breakLines fills lines of the given width greedily, the first one
// narrower by indent. A break that would start a line with a mark of
// noLineStart, or end one with a mark of noLineEnd, moves back until it
// falls between two units that allow it; the line is then justified, so
// its right edge stays straight. A unit wider than a line (a long URL) is
// cut into characters.
func breakLines(us []unit, widthPt, indent float64) []line {
	us = splitOversized(us, widthPt-indent)
	var out []line
	start := 0
	for start < len(us) {
		for start < len(us) && us[start].space {
			start++
		}
		if start == len(us) {
			break
		}
		avail := widthPt
		if len(out) == 0 {
			avail -= indent
		}
		end, x := start, 0.0
		for end < len(us) && (end == start || x+us[end].width <= avail+0.01) {
			x += us[end].width
			end++
		}
		if end < len(us) {
			end = kinsokuBreak(us, start, end)
		}
		out = append(out, line{units: trimSpaces(us[start:end])})
		start = end
	}
	if len(out) > 0 {
		out[len(out)-1].last = true
	}
	return out
}

// kinsokuBreak moves a break at end back while it would break a 避头尾 rule;
// a line it would empty keeps the greedy break.
func kinsokuBreak(us []unit, start, end int) int {
	b := end
	for b > start+1 && !us[b].space && (isNoStart(us[b]) || isNoEnd(us[b-1])) {
		b--
	}
	if b <= start+1 && (isNoStart(us[b]) || isNoEnd(us[b-1])) {
		return end
	}
	return b
}

func trimSpaces(us []unit) []unit {
	for len(us) > 0 && us[len(us)-1].space {
		us = us[:len(us)-1]
	}
	return us
}

// splitOversized cuts units wider than w into one unit per character.
func splitOversized(us []unit, w float64) []unit {
	if !slices.ContainsFunc(us, func(u unit) bool { return u.width > w && utf8.RuneCountInString(u.text) >= 2 }) {
		return us // nearly always: a copy of every paragraph's units for nothing
	}
	out := make([]unit, 0, len(us))
	for _, u := range us {
		if u.width <= w || utf8.RuneCountInString(u.text) < 2 {
			out = append(out, u)
			continue
		}
		per := u.width / float64(utf8.RuneCountInString(u.text))
		i := 0
		for _, r := range u.text {
			out = append(out, unit{text: string(r), face: u.face, red: u.red, width: per, at: u.at + i})
			i++
		}
	}
	return out
}
