package editor

import (
	"strings"
	"testing"
)

// diffTestShow writes spans as text with [-deleted-] and {+inserted+}.
func diffTestShow(spans []DiffSpan) string {
	var b strings.Builder
	for _, s := range spans {
		switch s.Op {
		case DiffDeleted:
			b.WriteString("[-" + s.Text + "-]")
		case DiffInserted:
			b.WriteString("{+" + s.Text + "+}")
		default:
			b.WriteString(s.Text)
		}
	}
	return b.String()
}

func TestCompareTexts(t *testing.T) {
	tests := []struct {
		name, older, newer, want string
	}{
		{"a number changed", "该县建成8个联合党委。", "该县建成12个联合党委。", "该县建成[-8-]{+12+}个联合党委。"},
		{"a clause added", "推行茶园联建。", "推行茶园联建，带动农户增收。", "推行茶园联建{+，带动农户增收+}。"},
		{"a sentence rewritten reads as one change, not scattered shared characters",
			"今年以来，全县的党员干部深入基层。", "今年以来，我们组织了一次专题培训。",
			"今年以来，[-全县的党员干部深入基层-]{+我们组织了一次专题培训+}。"},
		{"the same", "组织工作。", "组织工作。", "组织工作。"},
		{"from nothing", "", "新条目。", "{+新条目。+}"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := diffTestShow(CompareTexts(tt.older, tt.newer)); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}
