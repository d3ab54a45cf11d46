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

// The text's closing bracket is what the writer wrote: it credits the
// 来稿 even when the file name or an earlier sentence names another unit
// the archive knows, and SubmissionFileUnit names the file's unit so the
// preview can say they differ (review F32: 青山县 1+5 报送.docx ending
// （某某县委组织部） was credited to 青山县委组织部 without a word).
func TestSubmissionBracketBeatsTheFileName(t *testing.T) {
	tests := []struct {
		name, source, text string
		want, fileUnit     string
	}{
		{"a new unit's bracket, a known unit's file name", "青山县 1+5 报送.docx",
			"推行“1+5”联系服务群众机制。（某某县委组织部）", "某某县委组织部", "青山县委组织部"},
		{"a known unit's bracket, another's file name", "青山县信息.txt",
			"全区推行积分管理。（临江区委组织部 王芳）", "临江区委组织部", "青山县委组织部"},
		{"a known unit named earlier in the text", "",
			"学习青山县委组织部的做法，全镇建立夜校。（江州市白沙镇党委）", "江州市白沙镇党委", ""},
		{"the file name and the bracket agree", "青山县 报送.docx",
			"全县推行积分管理。（中共青山县委组织部）", "青山县委组织部", ""},
		{"no bracket: the file name gives the unit", "临江区 报送.txt",
			"全区推行积分管理。", "临江区委组织部", ""},
		{"a bracket that names no unit", "临江区 报送.txt",
			"全区推行积分管理。（通讯员 王小明）", "临江区委组织部", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			a := archiveTestOpen(t)
			units := archiveTestUnits(t, a)
			s := &Submission{Title: "推行积分管理", Text: tt.text, Source: tt.source}
			m := NewUnitMatcher(units)
			preview, _ := SubmissionUnitAsRead(m, s)
			if got := SubmissionFileUnit(m, s); got != tt.fileUnit {
				t.Errorf("file unit = %q, want %q", got, tt.fileUnit)
			}
			if err := a.AddSubmissions(ctx, []*Submission{s}); err != nil {
				t.Fatal(err)
			}
			if s.UnitName != tt.want || preview != tt.want {
				t.Errorf("saved with %q, preview %q; want %q", s.UnitName, preview, tt.want)
			}
		})
	}
}

// A unit the editor typed in the import preview (UnitName, no UnitID)
// credits the 来稿 whatever its text says: a known unit by its name, short
// name or alias, else a new unit saved with it in the same transaction.
func TestSubmissionTypedUnitIsCredited(t *testing.T) {
	tests := []struct {
		name, typed, want string
		known             bool
	}{
		{"a known unit by its short name", "临江区", "临江区委组织部", true},
		{"a known unit by its alias", "中共青山县委组织部", "青山县委组织部", true},
		{"a new unit", "江州市白沙镇党委", "江州市白沙镇党委", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			a := archiveTestOpen(t)
			units := archiveTestUnits(t, a)
			s := &Submission{Title: "推行积分管理", Text: "全县推行积分管理。（青山县委组织部）", UnitName: tt.typed}
			preview, known := SubmissionUnitAsRead(NewUnitMatcher(units), s)
			if preview != tt.want || known != tt.known {
				t.Errorf("preview %q known %v, want %q %v", preview, known, tt.want, tt.known)
			}
			if err := a.AddSubmissions(ctx, []*Submission{s}); err != nil {
				t.Fatal(err)
			}
			after, err := a.Units(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if s.UnitName != tt.want || s.UnitID == 0 {
				t.Errorf("saved with %q (%d), want %q", s.UnitName, s.UnitID, tt.want)
			}
			if wantUnits := len(units) + map[bool]int{true: 0, false: 1}[tt.known]; len(after) != wantUnits {
				t.Errorf("%d units after saving, want %d", len(after), wantUnits)
			}
		})
	}
}
