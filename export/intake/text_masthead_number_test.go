package intake

import (
	"testing"

	"github.com/bulletindesk/bulletindesk/editor"
)

// The number lines 简报 print, each read into 第N期 and 总第M期.
func TestMastheadNumberLines(t *testing.T) {
	tests := []struct {
		line         string
		number, tota int
	}{
		{"第15期", 15, 0},
		{"（第15期）", 15, 0},
		{"(第15期)", 15, 0},
		{"〔第15期〕", 15, 0},
		{"（2024年第3期）", 3, 0},
		{"第15期（总第120期）", 15, 120},
		{"（第15期 总第120期）", 15, 120},
		{"第十五期", 15, 0},
		{"第二十期（总第一百零五期）", 20, 105},
		{"（第三期）", 3, 0},
		{"第一百二十三期", 123, 0},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			var is editor.Issue
			if !textMastheadField(tt.line, &is) {
				t.Fatalf("%q not read as a number line", tt.line)
			}
			if is.Number != tt.number || is.TotalNumber != tt.tota {
				t.Errorf("got 第%d期 总第%d期, want 第%d期 总第%d期", is.Number, is.TotalNumber, tt.number, tt.tota)
			}
		})
	}
	for _, line := range []string{"（县委组织部）", "（第15期培训班）", "第十十期", "（下转第3期）"} {
		t.Run("not "+line, func(t *testing.T) {
			var is editor.Issue
			if textMastheadField(line, &is) && is.Number != 0 {
				t.Errorf("%q read as 第%d期", line, is.Number)
			}
		})
	}
}

func TestChineseCount(t *testing.T) {
	for s, want := range map[string]int{"一": 1, "十": 10, "十五": 15, "二十": 20, "二十三": 23, "一百": 100, "一百零五": 105, "两百三十": 230, "九百九十九": 999} {
		if got, ok := textCNCount(s); !ok || got != want {
			t.Errorf("%s: got %d %v, want %d", s, got, ok, want)
		}
	}
	for _, s := range []string{"十十", "百", "零"} {
		if got, ok := textCNCount(s); ok {
			t.Errorf("%s read as %d", s, got)
		}
	}
}
