package app

import (
	"image"
	"os"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/bulletindesk/bulletindesk/pages"
)

// faceTheme draws all text with one given font.
type faceTheme struct {
	fyne.Theme
	font fyne.Resource
}

func (t faceTheme) Font(fyne.TextStyle) fyne.Resource { return t.font }

const notoCJK = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"

// notoFace is one face of Noto Sans CJK as Fyne would take it, whole.
func notoFace(t *testing.T, family string) fyne.Resource {
	t.Helper()
	data, err := os.ReadFile(notoCJK)
	if err != nil {
		t.Skipf("this machine has no Noto Sans CJK (fonts-noto-cjk): %v", err)
	}
	i, err := pages.FaceNamed(data, family)
	if err != nil {
		t.Fatal(err)
	}
	face, err := pages.ExtractFace(data, i)
	if err != nil {
		t.Fatal(err)
	}
	return fyne.NewStaticResource(family, face)
}

// drawn is text as the window draws it with th, on white.
func drawn(t *testing.T, th fyne.Theme, text string) image.Image {
	t.Helper()
	a := test.NewTempApp(t)
	a.Settings().SetTheme(th)
	txt := canvas.NewText(text, theme.Color(theme.ColorNameForeground))
	txt.TextSize = 40
	w := test.NewWindow(txt)
	t.Cleanup(w.Close)
	w.Resize(fyne.NewSize(240, 80))
	return w.Canvas().Capture()
}

func samePixels(a, b image.Image) bool {
	if a.Bounds() != b.Bounds() {
		return false
	}
	for y := a.Bounds().Min.Y; y < a.Bounds().Max.Y; y++ {
		for x := a.Bounds().Min.X; x < a.Bounds().Max.X; x++ {
			r1, g1, b1, _ := a.At(x, y).RGBA()
			r2, g2, b2, _ := b.At(x, y).RGBA()
			if r1 != r2 || g1 != g2 || b1 != b2 {
				return false
			}
		}
	}
	return true
}

// TestWindowDrawsSimplifiedChineseForms: 直 and 骨 have Japanese forms in
// Noto Sans CJK JP, the face Fyne took from the collection by itself; the
// window draws them as the SC face does.
func TestWindowDrawsSimplifiedChineseForms(t *testing.T) {
	sc, jp := notoFace(t, "Noto Sans CJK SC"), notoFace(t, "Noto Sans CJK JP")
	if reg, _, _ := pages.FindUIFont(); reg.File != notoCJK {
		t.Skipf("the window's font here is %s, not Noto Sans CJK", reg.File)
	}
	for _, ch := range []string{"直", "骨"} {
		t.Run(ch, func(t *testing.T) {
			desk := drawn(t, newDeskTheme("light"), ch)
			if !samePixels(desk, drawn(t, faceTheme{newDeskTheme("light"), sc}, ch)) {
				t.Errorf("%s is not drawn as Noto Sans CJK SC draws it", ch)
			}
			if samePixels(desk, drawn(t, faceTheme{newDeskTheme("light"), jp}, ch)) {
				t.Errorf("%s is drawn in its Japanese form", ch)
			}
		})
	}
}

// TestUIFontShapesAsTheWholeFont: the window's font keeps only the
// lookups horizontal text uses, since preparing the others made each
// string cost 0.3–0.4 ms to shape. Chinese text, its punctuation (the
// two dashes of —— join into one), numbers and Latin words (with ﬁ)
// measure as with the whole face.
func TestUIFontShapesAsTheWholeFont(t *testing.T) {
	reg, _, ok := pages.FindUIFont()
	if !ok {
		t.Skip("no Chinese font on this machine")
	}
	data, err := os.ReadFile(reg.File)
	if err != nil {
		t.Fatal(err)
	}
	i, err := pages.FaceNamed(data, reg.Family)
	if err != nil {
		t.Fatal(err)
	}
	whole, _ := pages.ExtractFace(data, i)
	cases := []string{
		"临江区“1+5”工作法：2019年达98.6%（青山县委组织部）。",
		"《组工信息》第12期（总第345期）、〔2024〕3号——①②③",
		"们直骨说，。！？；：「」『』【】…·～",
		"Party building 党建 PDF WPS office",
		"——破折号——",
	}
	a := test.NewTempApp(t)
	for _, c := range cases {
		t.Run(c, func(t *testing.T) {
			a.Settings().SetTheme(newDeskTheme("light"))
			got := fyne.MeasureText(c, 14, fyne.TextStyle{})
			a.Settings().SetTheme(faceTheme{newDeskTheme("light"), fyne.NewStaticResource("whole", whole)})
			want := fyne.MeasureText(c, 14, fyne.TextStyle{})
			if got != want {
				t.Errorf("got %v, want %v", got, want)
			}
		})
	}
}
