package pages

import (
	"image"
	"image/color"
	"image/draw"
	"math"
	"unicode/utf8"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
)

// Raster draws pages as images with the same fonts the PDF embeds, for the
// 组版 screen's page view; the PDF writer does not use it. One Raster is
// used by one goroutine at a time (it keeps its faces).
type Raster struct {
	Fonts *FontSet
	Scale float64     // pixels per point
	Red   color.Color // the masthead colour
	faces map[rasterKey]font.Face
	parse map[*Font]*opentype.Font
	rare  map[rareKey]font.Face
}

type rareKey struct {
	font *RareFont
	size float64
}

type rasterKey struct {
	font *Font
	size float64
}

// face is an opentype face of f at size points, made once.
func (r *Raster) face(f *Font, size float64) font.Face {
	if r.faces == nil {
		r.faces, r.parse = map[rasterKey]font.Face{}, map[*Font]*opentype.Font{}
	}
	k := rasterKey{f, size}
	if fc, ok := r.faces[k]; ok {
		return fc
	}
	of, ok := r.parse[f]
	if !ok {
		var err error
		if of, err = opentype.Parse(f.Data); err != nil {
			return nil
		}
		r.parse[f] = of
	}
	fc, err := opentype.NewFace(of, &opentype.FaceOptions{Size: size * r.Scale, DPI: 72, Hinting: font.HintingNone})
	if err != nil {
		return nil
	}
	r.faces[k] = fc
	return fc
}

// fontFor is the run's face's font, or another loaded one when that lacks
// the run's first character (as the PDF writer does, △ in a 黑体 fallback).
func (r *Raster) fontFor(run Run) *Font {
	f := r.Fonts[run.Face]
	c, _ := utf8.DecodeRuneInString(run.Text)
	if run.Text == "" || f.HasRune(c) {
		return f
	}
	for _, g := range r.Fonts {
		if g.HasRune(c) {
			return g
		}
	}
	return f
}

// Page draws one page: white paper, the rules, the runs.
func (r *Raster) Page(p Page) *image.RGBA {
	w, h := int(math.Ceil(PageWidth*r.Scale)), int(math.Ceil(PageHeight*r.Scale))
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	draw.Draw(img, img.Bounds(), image.White, image.Point{}, draw.Src)
	for _, ru := range p.Rules {
		c := color.Color(color.Black)
		if ru.Red {
			c = r.Red
		}
		y0 := int(math.Round((ru.Y - ru.Width/2) * r.Scale))
		y1 := max(y0+1, int(math.Round((ru.Y+ru.Width/2)*r.Scale)))
		draw.Draw(img, image.Rect(int(ru.X1*r.Scale), y0, int(ru.X2*r.Scale), y1), image.NewUniform(c), image.Point{}, draw.Src)
	}
	frame := image.NewUniform(color.Gray{Y: 0xB0}) // the paper's edge, so pages stand apart on screen
	for _, e := range []image.Rectangle{image.Rect(0, 0, w, 1), image.Rect(0, h-1, w, h), image.Rect(0, 0, 1, h), image.Rect(w-1, 0, w, h)} {
		draw.Draw(img, e, frame, image.Point{}, draw.Src)
	}
	for _, run := range p.Runs {
		c := color.Color(color.Black)
		if run.Red {
			c = r.Red
		}
		if r.hasRare(run.Text) {
			r.drawByChar(img, run, c)
			continue
		}
		fc := r.face(r.fontFor(run), run.Size)
		if fc == nil {
			continue
		}
		d := font.Drawer{Dst: img, Src: image.NewUniform(c), Face: fc,
			Dot: fixed.P(int(math.Round(run.X*r.Scale)), int(math.Round(run.Y*r.Scale)))}
		d.DrawString(run.Text)
	}
	return img
}

// hasRare says a run holds a character none of the set's fonts has.
func (r *Raster) hasRare(s string) bool {
	for _, c := range s {
		if c > 0x7F && r.Fonts.Lacks(c) {
			return true
		}
	}
	return false
}

// drawByChar draws a run one character at a time, each where the layout
// put it, a rare one from the machine's font that has it (as the PDF does).
func (r *Raster) drawByChar(img *image.RGBA, run Run, c color.Color) {
	x := run.X
	for _, ch := range run.Text {
		var fc font.Face
		if rf := FindRare(ch); r.Fonts.Lacks(ch) && rf != nil {
			fc = r.rareFace(rf, run.Size)
		} else {
			fc = r.face(r.fontFor(Run{Face: run.Face, Text: string(ch)}), run.Size)
		}
		if fc != nil {
			d := font.Drawer{Dst: img, Src: image.NewUniform(c), Face: fc,
				Dot: fixed.P(int(math.Round(x*r.Scale)), int(math.Round(run.Y*r.Scale)))}
			d.DrawString(string(ch))
		}
		x += r.Fonts[run.Face].Advance(ch) * run.Size
	}
}

// rareFace is a face of a rare character's font at size points, made once.
func (r *Raster) rareFace(f *RareFont, size float64) font.Face {
	k := rareKey{f, size}
	if fc, ok := r.rare[k]; ok {
		return fc
	}
	fc, err := opentype.NewFace(f.Font(), &opentype.FaceOptions{Size: size * r.Scale, DPI: 72, Hinting: font.HintingNone})
	if err != nil {
		return nil
	}
	if r.rare == nil {
		r.rare = map[rareKey]font.Face{}
	}
	r.rare[k] = fc
	return fc
}
