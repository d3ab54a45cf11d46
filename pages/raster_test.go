package pages

import (
	"image/color"
	"testing"
)

// A drawn page one has the masthead in red near its top and black text
// below; nothing is drawn outside the paper.
func TestRasterPageOne(t *testing.T) {
	file, _ := FindFont("仿宋")
	if file == "" {
		t.Skip("no Chinese font on this machine")
	}
	fonts, err := LoadFonts(FontNames{Body: "仿宋", Heading: "黑体", Title: "宋体", Kai: "楷体"})
	if err != nil {
		t.Fatal(err)
	}
	d := Layout(testIssue([]int{300}), testTexts(), Options{Indent: true}, fonts)
	r := Raster{Fonts: fonts, Scale: 0.5, Red: color.NRGBA{R: 0xC0, A: 0xFF}}
	img := r.Page(d.Pages[0])
	red, dark := 0, 0
	for y := img.Bounds().Min.Y + 2; y < img.Bounds().Max.Y-2; y++ {
		for x := img.Bounds().Min.X + 2; x < img.Bounds().Max.X-2; x++ {
			c := img.RGBAAt(x, y)
			switch {
			case c.R > 0x80 && c.G < 0x40 && c.B < 0x40:
				red++
				if y > img.Bounds().Dy()/3 {
					t.Fatalf("red at (%d, %d), below the masthead", x, y)
				}
			case c.R < 0xA0 && c.G < 0xA0 && c.B < 0xA0:
				dark++
			}
		}
	}
	if red < 200 || dark < 2000 {
		t.Errorf("%d red and %d dark pixels: want the red masthead and black text", red, dark)
	}
}

// A character none of the set's fonts has (𬌗, U+2C317) is drawn on the page
// view from the machine's font that has it, not left blank.
func TestRasterDrawsARareCharacter(t *testing.T) {
	file, _ := FindFont("仿宋")
	if file == "" || FindRare(0x2C317) == nil {
		t.Skip("no Chinese font, or none with U+2C317 (Debian: fonts-noto-cjk)")
	}
	fonts, err := LoadFonts(FontNames{Body: "仿宋", Heading: "黑体", Title: "宋体", Kai: "楷体"})
	if err != nil {
		t.Fatal(err)
	}
	if !fonts.Lacks(0x2C317) {
		t.Skip("the set's own fonts have U+2C317")
	}
	r := Raster{Fonts: fonts, Scale: 1, Red: color.Black}
	dark := func(text string) int {
		img := r.Page(Page{Runs: []Run{{Face: FaceBody, Size: 40, X: 100, Y: 100, Text: text}}})
		n := 0
		for y := 50; y < 115; y++ {
			for x := 100; x < 140; x++ {
				if c := img.RGBAAt(x, y); c.R < 0x80 {
					n++
				}
			}
		}
		return n
	}
	if got := dark("\U0002C317"); got < 100 {
		t.Errorf("%d dark pixels where 𬌗 is drawn, want its strokes", got)
	}
}
