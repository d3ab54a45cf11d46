package editor

import (
	"context"
	"testing"
)

// On an empty archive the 来稿 path recognises the attribution forms an
// issue's items are credited by (review A13): the unit with its writer,
// with 供稿, in half-width brackets; what names no unit stays unknown.
func TestSubmissionAttributionFormsOnAnEmptyArchive(t *testing.T) {
	tests := []struct{ name, ending, want string }{
		{"unit and writer", "（北山县委组织部 孙丽）", "北山县委组织部"},
		{"unit, writer and 供稿", "（北山县委组织部 孙丽供稿）", "北山县委组织部"},
		{"half-width", "(北山县委组织部)", "北山县委组织部"},
		{"供稿 label", "（供稿：北山县委组织部）", "北山县委组织部"},
		{"a reporter", "（通讯员 王小明）", ""},
		{"a source", "（来源:北山日报）", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			a := archiveTestOpen(t)
			s := &Submission{Title: "北山县推进田间党课", Text: "全县累计培训村干部1020人次。" + tt.ending}
			name, _ := SubmissionUnitAsRead(NewUnitMatcher(nil), s)
			if err := a.AddSubmissions(ctx, []*Submission{s}); err != nil {
				t.Fatal(err)
			}
			if s.UnitName != tt.want || name != tt.want {
				t.Errorf("saved with unit %q, preview %q; want %q", s.UnitName, name, tt.want)
			}
		})
	}
}

// Units separated by a space are two units when each is a whole unit's
// name; a space a PDF put inside one name is not (review A25).
func TestAttributionSeparatesUnits(t *testing.T) {
	tests := []struct {
		attr string
		want bool
	}{
		{"白沙县委组织部 云溪县委组织部", true},
		{"白沙县委组织部、云溪县委组织部", true},
		{"石门区 委组织部", false},
		{"市委组织部 办公室", false},
		{"北山县委组织部 孙丽", false},
		{"北山县委组织部", false},
	}
	for _, tt := range tests {
		if got := AttributionSeparatesUnits(tt.attr); got != tt.want {
			t.Errorf("AttributionSeparatesUnits(%q) = %v, want %v", tt.attr, got, tt.want)
		}
	}
}
