package pages

import "strings"

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
		us := splitUnits([]span{{text: p}}, 1, advFunc(adv))
		for _, ln := range breakLines(us, width, 0) {
			var b strings.Builder
			for _, u := range ln.units {
				b.WriteString(u.text)
			}
			out = append(out, b.String())
		}
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
