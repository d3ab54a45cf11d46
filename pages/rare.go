package pages

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// A rare character is one none of the fonts has: a place or
// personal name's character of CJK Extension B–G (𬌗, 𬀩, since 通用规范汉字表
// in every ID card), an emoji kept from a Word file. It is taken from any
// other font on this machine that has it, collections (.ttc) included, so
// that the page prints what the editor wrote instead of a box or a blank.

// RareFont is a font file of this machine's that has a rare character.
type RareFont struct {
	File string
	sf   *sfnt.Font
	mu   sync.Mutex
	buf  sfnt.Buffer
}

// Font is the parsed font, for drawing it on screen (opentype.NewFace).
func (f *RareFont) Font() *sfnt.Font { return f.sf }

// Segment is one step of a glyph's outline, in em at a size of 1, the y
// axis down from the baseline (as the page's coordinates run).
type Segment struct {
	Op  sfnt.SegmentOp
	Pts [3][2]float64 // the op's points: 1 for move/line, 2 for quad, 3 for cubic
}

// Outline is r's outline and its advance, in em.
func (f *RareFont) Outline(r rune) ([]Segment, float64, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	gi, err := f.sf.GlyphIndex(&f.buf, r)
	if err != nil {
		return nil, 0, err
	}
	em := fixed.I(int(f.sf.UnitsPerEm()))
	segs, err := f.sf.LoadGlyph(&f.buf, gi, em, nil)
	if err != nil {
		return nil, 0, err
	}
	adv, err := f.sf.GlyphAdvance(&f.buf, gi, em, 0)
	if err != nil {
		return nil, 0, err
	}
	scale := 1 / float64(em)
	out := make([]Segment, len(segs))
	for i, s := range segs {
		out[i].Op = s.Op
		for j, p := range s.Args {
			out[i].Pts[j] = [2]float64{float64(p.X) * scale, float64(p.Y) * scale}
		}
	}
	return out, float64(adv) * scale, nil
}

// Lacks says no font of the set draws r.
func (s *FontSet) Lacks(r rune) bool {
	for _, f := range s {
		if f.HasRune(r) {
			return false
		}
	}
	return true
}

var rare = struct {
	sync.Mutex
	fonts  []*RareFont // opened so far, in the order tried
	files  []string    // not yet opened
	listed bool
	byRune map[rune]*RareFont
}{byRune: map[rune]*RareFont{}}

// FindRare is a font of this machine's that has r, nil when none has it.
// Fonts are opened one by one as characters need them, and kept.
func FindRare(r rune) *RareFont {
	rare.Lock()
	defer rare.Unlock()
	if f, ok := rare.byRune[r]; ok {
		return f
	}
	if !rare.listed {
		rare.files, rare.listed = rareCandidates(indexFonts()), true
	}
	f := rareLookup(r)
	rare.byRune[r] = f
	return f
}

// rareLookup tries the fonts opened so far, then opens the others in turn.
func rareLookup(r rune) *RareFont {
	for _, f := range rare.fonts {
		if f.has(r) {
			return f
		}
	}
	for len(rare.files) > 0 {
		file := rare.files[0]
		rare.files = rare.files[1:]
		for _, f := range openRare(file) {
			rare.fonts = append(rare.fonts, f)
			if f.has(r) {
				return f
			}
		}
	}
	return nil
}

func (f *RareFont) has(r rune) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	gi, err := f.sf.GlyphIndex(&f.buf, r)
	return err == nil && gi != 0
}

// openRare opens every font of a file; the file stays open (sfnt reads
// glyphs from it as they are needed; a CJK collection is tens of MB).
func openRare(file string) []*RareFont {
	fh, err := os.Open(file)
	if err != nil {
		return nil
	}
	c, err := sfnt.ParseCollectionReaderAt(fh)
	if err != nil {
		fh.Close()
		return nil
	}
	var out []*RareFont
	for i := range c.NumFonts() {
		if sf, err := c.Font(i); err == nil {
			out = append(out, &RareFont{File: file, sf: sf})
		}
	}
	if len(out) == 0 {
		fh.Close()
	}
	return out
}

// rareCandidates are the machine's font files, those made for rare
// characters first (SimSun-ExtB, MingLiU-ExtB, Noto CJK, HanaMin, emoji),
// then the rest by name, so the same machine always picks the same font.
func rareCandidates(index map[string]string) []string {
	var first, rest []string
	for name, path := range index {
		switch strings.ToLower(filepath.Ext(name)) {
		case ".ttf", ".otf", ".ttc", ".otc":
		default:
			continue
		}
		if rarePreferred(name) {
			first = append(first, path)
		} else {
			rest = append(rest, path)
		}
	}
	byName := func(a, b string) int {
		return strings.Compare(rareSortKey(a), rareSortKey(b))
	}
	slices.SortFunc(first, byName)
	slices.SortFunc(rest, byName)
	return append(first, rest...)
}

// rareSortKey puts a family's regular weight before its bold and light
// ones, serif faces before sans (NotoSerifCJK-Regular first), then orders
// by name.
func rareSortKey(path string) string {
	name := strings.ToLower(filepath.Base(path))
	weight := "0"
	for _, k := range []string{"bold", "black", "heavy", "light", "thin", "medium", "semi", "extra"} {
		if strings.Contains(name, k) {
			weight = "1"
		}
	}
	style := "1"
	if strings.Contains(name, "serif") || strings.Contains(name, "sun") || strings.Contains(name, "ming") {
		style = "0" // a 宋体-like face sits better among printed 宋体 and 仿宋
	}
	return weight + style + name
}

func rarePreferred(name string) bool {
	for _, k := range []string{"extb", "simsunb", "mingliub", "cjk", "hanamin", "sun-ext", "emoji"} {
		if strings.Contains(name, k) {
			return true
		}
	}
	return false
}
