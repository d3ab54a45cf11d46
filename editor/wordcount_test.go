package editor

import (
	"testing"
	"unicode"
)

func TestCountWords(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want int
	}{
		{"empty", "", 0},
		{"spaces only", "  \t\n　　", 0},
		{"ideographs", "乡村振兴", 4},
		{"chinese punctuation counts", "联建、联兴。", 6},
		{"quotes and brackets", "“夜”字（太湖）", 8},
		{"book title and square brackets", "《组工信息》【简讯】", 10},
		{"ellipsis and dash", "……——", 4},
		{"number run is one", "种植7566亩", 4},
		{"decimal and percent", "44.57万元，增长32%", 7},
		{"range with hyphen", "3-5个", 2},
		{"latin words", "IP and 4A", 3},
		{"latin glued to han", "村播IP，", 4},
		{"full-width digits count each", "２０２２年", 5},
		{"full-width space separates", "组织部　编", 4},
		{"zero-width and BOM ignored", "\ufeff党\u200b建", 2},
		{"date", "2022年6月15日", 6},
		{"enclosed numbers", "①②", 2},
		{"kana and hangul", "かな한글", 4},
		{"newlines separate runs", "abc\ndef", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := CountWords(tt.in); got != tt.want {
				t.Errorf("CountWords(%q) = %d, want %d", tt.in, got, tt.want)
			}
		})
	}
}

// countWordsByTables is CountWords without its fast paths: every character
// through unicode's tables, as it was first written.
func countWordsByTables(s string) int {
	n := 0
	inRun := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r) || isZeroWidthRune(r):
			inRun = false
		case IsEastAsianRune(r):
			n++
			inRun = false
		case !inRun:
			n++
			inRun = true
		}
	}
	return n
}

// TestCountWordsFastPathsAgree: every character, alone, inside a Latin
// word and after an ideograph, counts as the tables say.
func TestCountWordsFastPathsAgree(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		c := string(r)
		for _, in := range []string{c, "ab" + c + "cd", "党" + c + "x", c + c} {
			if got, want := CountWords(in), countWordsByTables(in); got != want {
				t.Fatalf("CountWords(%q) = %d, want %d (U+%04X)", in, got, want, r)
			}
		}
	}
	for _, in := range []string{"\xff\xfe党建", "abc\x80def", "2022年\x00\x7f"} {
		if got, want := CountWords(in), countWordsByTables(in); got != want {
			t.Errorf("CountWords(%q) = %d, want %d", in, got, want)
		}
	}
}
