package editor

import (
	"context"
	"slices"
	"testing"
)

// A bulletin's sections are those it gives new issues and those its
// issues have had, each once; another bulletin's are not among them.
func TestBulletinSectionNames(t *testing.T) {
	ctx := context.Background()
	a := archiveTestOpen(t)
	is := importTestIssue()
	is.Sections = append(is.Sections, Section{Name: "工作动态", Items: []Item{{Lead: "某县召开会议。"}}}, Section{Name: "市内信息"})
	if err := a.ImportIssue(ctx, is); err != nil {
		t.Fatal(err)
	}
	other := importTestIssue()
	other.BulletinName, other.Sections = "组工专报", []Section{{Name: "专题调研", Items: []Item{{Lead: "调研一则。"}}}}
	if err := a.ImportIssue(ctx, other); err != nil {
		t.Fatal(err)
	}
	b, _ := a.Bulletin(ctx, is.BulletinID)
	got, err := a.BulletinSectionNames(ctx, is.BulletinID)
	if err != nil {
		t.Fatal(err)
	}
	want := slices.Clone(b.Sections)
	for _, n := range []string{"市内信息", "市外参考", "工作动态"} {
		if !slices.Contains(want, n) {
			want = append(want, n)
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("sections %q, want %q", got, want)
	}
	if slices.Contains(got, "专题调研") {
		t.Errorf("another bulletin's section is among them: %q", got)
	}
}
