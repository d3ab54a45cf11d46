package editor

import (
	"context"
	"testing"
)

// The units an import creates get the group the editor chose for them;
// the others the group their name suggests.
func TestImportIssueChoosingGroups(t *testing.T) {
	ctx := context.Background()
	a := archiveTestOpen(t)
	is := importTestIssue()
	is.Sections = []Section{{Name: "市内信息", Items: []Item{
		{Lead: "蓉城镇建网格。", Attribution: "蓉城镇党委"},
		{Lead: "西岭县办夜校。", Attribution: "西岭县委组织部"},
	}}}
	if err := a.ImportIssueChoosing(ctx, is, ImportChoices{Groups: map[string]string{"蓉城镇党委": "乡镇"}}); err != nil {
		t.Fatal(err)
	}
	units, _ := a.Units(ctx)
	got := map[string]string{}
	for _, u := range units {
		got[u.Name] = u.Group
	}
	if got["蓉城镇党委"] != "乡镇" || got["西岭县委组织部"] != GuessUnitGroup("西岭县委组织部") {
		t.Errorf("groups %v, want 蓉城镇党委 in 乡镇 as chosen and 西岭县委组织部 as guessed", got)
	}
}
