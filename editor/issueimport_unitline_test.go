package editor

import (
	"context"
	"testing"
)

// An imported issue whose masthead names its editing unit without 编
// keeps that line, on either engine, and every format prints it as written
// (EditingUnitLine); the bulletin's unit corrected to another later is
// what its drafts print, and the back issue keeps what it printed (review
// G3's addendum: before, it took the bulletin's with 编).
func TestImportIssueKeepsTheUnitLineWithout编(t *testing.T) {
	ctx := context.Background()
	a := archiveTestOpen(t)
	is := importTestIssue()
	is.BulletinName, is.EditingUnit, is.Marks.UnitLine = "江州组工", "江州市委办公室", "江州市委办公室"
	if err := a.ImportIssue(ctx, is); err != nil {
		t.Fatal(err)
	}
	got, err := a.Issue(ctx, is.ID)
	if err != nil {
		t.Fatal(err)
	}
	if line := EditingUnitLine(&got); line != "江州市委办公室" || got.Marks.UnitLine != "江州市委办公室" {
		t.Errorf("stored unit line %q prints %q, want 江州市委办公室 as the source wrote it", got.Marks.UnitLine, line)
	}
	got.Marks.Signer = "王明" // saving the header keeps the line
	if err := a.UpdateIssueHeader(ctx, &got); err != nil {
		t.Fatal(err)
	}
	again, _ := a.Issue(ctx, is.ID)
	if line := EditingUnitLine(&again); line != "江州市委办公室" {
		t.Errorf("after saving the header it prints %q", line)
	}
	b, _ := a.Bulletin(ctx, again.BulletinID)
	b.EditingUnit = "中共江州市委办公室"
	if err := a.SaveBulletin(ctx, &b); err != nil {
		t.Fatal(err)
	}
	corrected, _ := a.Issue(ctx, is.ID)
	if line := EditingUnitLine(&corrected); line != "江州市委办公室" {
		t.Errorf("with the bulletin's unit corrected it prints %q, want 江州市委办公室 as before", line)
	}
}

func TestEditingUnitLine(t *testing.T) {
	for _, tc := range []struct{ unit, kept, want string }{
		{"中共江州市委组织部", "", "中共江州市委组织部编"},
		{"中共江州市委组织部", "中共江州市委组织部", "中共江州市委组织部"},
		{"中共江州市委组织部", "中共江州市委 组织部", "中共江州市委 组织部"},
		{"中共江州市委组织部", "江州市委办公室", "中共江州市委组织部编"},
		{"", "江州市委办公室", ""},
		{"中共江州市委组织部", "主办：中共江州市委组织部", "主办：中共江州市委组织部"}, // the label the masthead had (review G24)
		{"中共江州市委组织部", "中共江州市委组织部编印", "中共江州市委组织部编印"},
		{"中共江州市委组织部", "主办：江州市委办公室", "中共江州市委组织部编"}, // another unit's line gives way
	} {
		t.Run(tc.unit+"|"+tc.kept, func(t *testing.T) {
			is := &Issue{EditingUnit: tc.unit, Marks: IssueMarks{UnitLine: tc.kept}}
			if got := EditingUnitLine(is); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
