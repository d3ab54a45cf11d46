package pages

// align is how a paragraph's lines sit between its margins.
type align int

const (
	alignJustify align = iota // both edges straight, the last line flush left
	alignLeft
	alignCenter
	alignRight
)

// para is a paragraph ready to break: its spans, size and margins in points.
type para struct {
	spans       []span
	size        float64
	indent      float64 // the first line's extra left margin
	hang        float64 // the other lines' extra left margin
	left, right float64 // margins inside the type area
	align       align
	height      int  // grid lines per line; 0 means 1
	keepNext    bool // never last on a page (headings)
	spacing     float64
}

// placed is one broken line: runs with X set and Y the baseline's offset
// from the line's top, and the grid lines it takes.
type placed struct {
	runs   []Run
	height int
	rules  []Rule // Y relative to the line's top
}

// setPara breaks p and places its lines horizontally.
func setPara(p para, m Metrics) []placed {
	us := splitUnits(p.spans, p.size, m)
	for i := range us {
		us[i].width += p.spacing
	}
	avail := TextWidth - p.left - p.right
	lines := breakLines(us, avail-p.hang, p.indent-p.hang)
	h := max(p.height, 1)
	out := make([]placed, 0, len(lines))
	for i, ln := range lines {
		x0 := MarginLeft + p.left + p.hang
		w := avail - p.hang
		if i == 0 {
			x0, w = MarginLeft+p.left+p.indent, avail-p.indent
		}
		out = append(out, placed{runs: setLine(ln, x0, w, p.align, p.size, h), height: h})
	}
	return out
}

// setLine places a line's units from x0 in width w.
func setLine(ln line, x0, w float64, a align, size float64, height int) []Run {
	natural := 0.0
	for _, u := range ln.units {
		natural += u.width
	}
	gap, x := 0.0, x0
	switch {
	case a == alignJustify && !ln.last && len(ln.units) > 1 && natural < w:
		gap = (w - natural) / float64(len(ln.units)-1)
	case a == alignCenter:
		x += (w - natural) / 2
	case a == alignRight:
		x += w - natural
	}
	base := baseline(size, height)
	runs := make([]Run, 0, len(ln.units))
	for _, u := range ln.units {
		if !u.space {
			runs = append(runs, Run{X: x, Y: base, Size: size, Face: u.face, Red: u.red, Text: u.text})
		}
		x += u.width + gap
	}
	return runs // one run a unit: writers cannot track letters, so each unit is placed
}

// baseline is where text of size sits below the top of a band of height
// grid lines: centred in the band, the em box's bottom 12% below the
// baseline as in CJK fonts.
func baseline(size float64, height int) float64 {
	band := float64(height) * LinePitch
	return (band-size)/2 + 0.88*size
}

// flow pours placed lines onto pages.
type flow struct {
	doc  *Document
	line int // the next free grid line of the current page
}

func (f *flow) page() *Page { return &f.doc.Pages[len(f.doc.Pages)-1] }

func (f *flow) newPage() {
	f.doc.Pages = append(f.doc.Pages, Page{Number: len(f.doc.Pages) + 1})
	f.line = 0
}

func (f *flow) room() int { return GridLines - f.line }

// put places one line at the current grid line, on a new page when full.
func (f *flow) put(pl placed) {
	if f.line+pl.height > GridLines && f.line > 0 {
		f.newPage()
	}
	top := MarginTop + float64(f.line)*LinePitch
	pg := f.page()
	for _, r := range pl.runs {
		r.Y += top
		pg.Runs = append(pg.Runs, r)
	}
	for _, r := range pl.rules {
		r.Y += top
		pg.Rules = append(pg.Rules, r)
	}
	f.line += pl.height
	pg.Used = f.line
}

// paragraph places p; a heading that would end a page (keepNext) starts
// the next one instead, with two lines under it (the next paragraph keeps
// two lines together, below). A paragraph broken
// by the page's end keeps two lines on each side, as Word's widow and
// orphan control does, so the .docx and the PDF break alike.
func (f *flow) paragraph(p para, m Metrics) {
	lines := setPara(p, m)
	if p.keepNext {
		need := 2
		for _, l := range lines {
			need += l.height
		}
		if need > f.room() && f.line > 0 {
			f.newPage()
		}
	}
	for rest := lines; len(rest) > 0; {
		cut := f.keepTwo(rest, len(rest) == len(lines))
		if cut >= len(rest) {
			for _, l := range rest {
				f.put(l)
			}
			return
		}
		for _, l := range rest[:cut] {
			f.put(l)
		}
		f.newPage()
		rest = rest[cut:]
	}
}

// keepTwo says how many of a paragraph's lines to place on the current page
// so that neither side of the break holds a single line of it: all of them
// when they fit, 0 to move them all to the next page. first is whether the
// lines are the paragraph's beginning, which may not be left alone.
func (f *flow) keepTwo(lines []placed, first bool) int {
	fit, used := 0, 0
	for _, l := range lines {
		if used+l.height > f.room() {
			break
		}
		used += l.height
		fit++
	}
	switch {
	case fit == len(lines):
		return fit
	case f.line == 0 && len(lines)-fit != 1:
		return max(fit, 1) // a fresh page: place what fits, at least a line
	case fit == 1 && first:
		return 0 // an orphan: the first line alone at the page's foot
	case len(lines)-fit == 1 && len(lines) > 2:
		if fit-1 < 2 && first {
			return 0
		}
		return fit - 1 // a widow: the last line alone at the top
	case len(lines)-fit == 1:
		return 0 // two lines: both go over
	}
	return fit
}

// blank skips n grid lines, unless at the top of a page.
func (f *flow) blank(n int) {
	if f.line == 0 {
		return
	}
	f.line = min(f.line+n, GridLines)
}
