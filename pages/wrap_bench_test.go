package pages

import (
	"strings"
	"testing"
)

// BenchmarkWrap wraps 12,000 字 as the 阅读 dialog does at 700 px.
func BenchmarkWrap(b *testing.B) {
	text := strings.Repeat("全县186个村逐项明确议事范围、程序和时限，今年以来累计办结群众关心的事项900余件。\n", 300)
	adv := func(r rune) float64 { return gridMetrics{}.Advance(FaceBody, r) * 14 }
	for b.Loop() {
		Wrap(text, 700, adv)
	}
}
