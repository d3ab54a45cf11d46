package pages

import (
	"fmt"
	"math"
	"strings"
	"testing"
	"unicode/utf8"
)

// gridMetrics is a font where every wide character is one em and every
// other one half an em, like the CJK fonts' Latin halves.
type gridMetrics struct{}

func (gridMetrics) Advance(_ Face, r rune) float64 {
	if wide(r) {
		return 1
	}
	return 0.5
}

// lineTexts breaks text as a body paragraph (indent when asked) and gives
// each line's text.
func lineTexts(text string, indent bool) []string {
	p := bodyPara(Options{Indent: indent}, span{text: text})
	var out []string
	for _, pl := range setPara(p, gridMetrics{}) {
		var b strings.Builder
		for _, r := range pl.runs {
			b.WriteString(r.Text)
		}
		out = append(out, b.String())
	}
	return out
}

// cjk is n distinct-looking Chinese characters.
func cjk(n int) string { return strings.Repeat("字", n) }

func TestBreakLinesKinsoku(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"comma not at a line start", cjk(28) + "，" + cjk(3), []string{cjk(27), "字，" + cjk(3)}},
		{"full stop and closing quote not at a line start", cjk(27) + "好。”" + cjk(2), []string{cjk(27), "好。”" + cjk(2)}},
		{"opening quote not at a line end", cjk(27) + "“" + cjk(5) + "”", []string{cjk(27), "“" + cjk(5) + "”"}},
		{"opening bracket not at a line end", cjk(27) + "（怀宁县）", []string{cjk(27), "（怀宁县）"}},
		{"half-width comma not at a line start", cjk(28) + "," + cjk(2), []string{cjk(27), "字," + cjk(2)}},
		{"a year kept whole", cjk(27) + "2019年", []string{cjk(27), "2019年"}},
		{"a year that fits stays", cjk(26) + "2019年", []string{cjk(26) + "2019", "年"}},
		{"a percentage kept whole", cjk(26) + "98.6%" + cjk(2), []string{cjk(26), "98.6%" + cjk(2)}},
		{"a Latin word kept whole", cjk(27) + "WPS" + cjk(3), []string{cjk(27), "WPS" + cjk(3)}},
		{"ends exactly at the line end", cjk(56), []string{cjk(28), cjk(28)}},
		{"full-width digits are characters", cjk(27) + "２０", []string{cjk(27) + "２", "０"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := lineTexts(tt.text, false)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("lines\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

// No line of a long real-shaped paragraph starts or ends with a forbidden
// mark, no character is lost, and every full line ends at the right margin.
func TestBreakLinesRulesHoldEverywhere(t *testing.T) {
	text := strings.Repeat("青阳县在全县128个行政村推行“村事夜议”制度，每月固定两个晚上召开村民议事会（每次约2小时），办结率达96.5%。", 12)
	lines := setPara(bodyPara(Options{Indent: true}, span{text: text}), gridMetrics{})
	var all strings.Builder
	for i, pl := range lines {
		first, _ := utf8.DecodeRuneInString(pl.runs[0].Text)
		last := pl.runs[len(pl.runs)-1]
		end, _ := utf8.DecodeLastRuneInString(last.Text)
		if strings.ContainsRune(noLineStart, first) {
			t.Errorf("line %d starts with %q", i, first)
		}
		if strings.ContainsRune(noLineEnd, end) {
			t.Errorf("line %d ends with %q", i, end)
		}
		right := last.X + measure(last.Text, last.Face, BodySize, gridMetrics{})
		if i < len(lines)-1 && math.Abs(right-(MarginLeft+TextWidth)) > 0.05 {
			t.Errorf("line %d ends at %.2f, want the margin %.2f", i, right, MarginLeft+TextWidth)
		}
		for _, r := range pl.runs {
			all.WriteString(r.Text)
		}
	}
	if all.String() != text {
		t.Errorf("text changed by breaking:\n got %q\nwant %q", all.String(), text)
	}
}

// The first line of a paragraph starts two characters in; the next ones
// at the margin; 28 characters fill a line exactly.
func TestIndentAndGrid(t *testing.T) {
	lines := setPara(bodyPara(Options{Indent: true}, span{text: cjk(26 + 28 + 3)}), gridMetrics{})
	if len(lines) != 3 {
		t.Fatalf("%d lines, want 3 (26 + 28 + 3 characters)", len(lines))
	}
	if x := lines[0].runs[0].X; math.Abs(x-(MarginLeft+2*char)) > 0.01 {
		t.Errorf("first line starts at %.2f, want %.2f", x, MarginLeft+2*char)
	}
	if x := lines[1].runs[0].X; math.Abs(x-MarginLeft) > 0.01 {
		t.Errorf("second line starts at %.2f, want the margin %.2f", x, MarginLeft)
	}
}

func TestLongURLIsCut(t *testing.T) {
	url := "https://" + strings.Repeat("a", 80) + ".cn"
	got := lineTexts(url, false)
	if len(got) < 2 || strings.Join(got, "") != url {
		t.Errorf("lines %q: want the URL cut over several lines, whole", got)
	}
}

// Wrap, as the screen's preview uses it: the same rules at any width.
func TestWrap(t *testing.T) {
	adv := func(r rune) float64 { return gridMetrics{}.Advance(FaceBody, r) * 10 }
	got := Wrap("　　"+cjk(8)+"，2019年98.6%。\n\n"+cjk(3), 100, adv)
	want := []string{"　　" + cjk(7), "字，2019年98.6%。", "", cjk(3)}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Wrap\n got %q\nwant %q", got, want)
	}
}

// TestBreaks checks that the line starts Breaks gives cut a paragraph into
// the lines Wrap gives, spaces at a break left on the line before.
func TestBreaks(t *testing.T) {
	adv := func(r rune) float64 { return gridMetrics{}.Advance(FaceBody, r) * 10 }
	tests := []struct {
		name, para string
		width      float64
		want       []int
	}{
		{"empty", "", 100, []int{0}},
		{"one line", cjk(5), 100, []int{0}},
		{"closing mark kept off the line start", cjk(10) + "，" + cjk(3), 100, []int{0, 9}},
		{"number kept whole", cjk(8) + "98.6%" + cjk(4), 100, []int{0, 8}},
		{"space at the break", "ab cd ef gh ij kl mn op qr st uv", 100, []int{0, 21}},
		{"word wider than a line", strings.Repeat("x", 30), 100, []int{0, 20}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Breaks(tt.para, tt.width, adv)
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("Breaks(%q) = %v, want %v", tt.para, got, tt.want)
			}
			rs := []rune(tt.para)
			rows := Wrap(tt.para, tt.width, adv)
			for i, s := range got {
				end := len(rs)
				if i+1 < len(got) {
					end = got[i+1]
				}
				if i < len(rows) && strings.TrimRight(string(rs[s:end]), " ") != rows[i] {
					t.Errorf("line %d is %q by Breaks, %q by Wrap", i, string(rs[s:end]), rows[i])
				}
			}
		})
	}
}

// A line of fields (the masthead's unit and date) too wide for the preview
// breaks at its gap, not inside the date; one that fits stays whole.
func TestWrapFieldGap(t *testing.T) {
	adv := func(r rune) float64 { return gridMetrics{}.Advance(FaceBody, r) * 10 }
	tests := []struct {
		name, text string
		want       []string
	}{
		{"unit and date", "中共某某市委组织部编　　2026年11月21日", []string{"中共某某市委组织部编　　", "2026年11月21日"}},
		{"fits on one line", "某部编　　1月2日", []string{"某部编　　1月2日"}},
		{"the text export's ASCII gap", "中共某某市委组织部编        2026年11月21日", []string{"中共某某市委组织部编        ", "2026年11月21日"}},
		{"an indent is not a gap", "　　" + cjk(12), []string{"　　" + cjk(8), cjk(4)}},
		{"text before the gap too long", cjk(12) + "　　2026年", []string{cjk(10), cjk(2) + "　　2026年"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Wrap(tt.text, 100, adv); strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Wrap(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}
