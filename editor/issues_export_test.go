package editor

import (
	"context"
	"testing"
)

// TestIssueForExport: the issue comes with the names of the units its
// items credit, which the workbook's 计分单位 column prints (reviewer F10).
func TestIssueForExport(t *testing.T) {
	ctx := context.Background()
	a := archiveTestOpen(t)
	units := archiveTestUnits(t, a)
	is := itemsTestIssue(t, a, "A", "B")
	b := is.Sections[0].Items[1]
	b.Attribution, b.UnitIDs = "青山县委组织部 王敏", []int64{units[0].ID, units[1].ID}
	if err := a.UpdateItem(ctx, &b); err != nil {
		t.Fatal(err)
	}
	got, err := a.IssueForExport(ctx, is.ID)
	if err != nil {
		t.Fatal(err)
	}
	item := got.Sections[0].Items[1]
	for i, id := range item.UnitIDs {
		if name := got.UnitNames[id]; name != units[i].Name || name == "" {
			t.Errorf("unit %d named %q, want %q", id, name, units[i].Name)
		}
	}
	if len(item.UnitIDs) != 2 {
		t.Errorf("credited units %v, want two", item.UnitIDs)
	}
}
