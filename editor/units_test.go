package editor

import (
	"context"
	"errors"
	"fmt"
	"testing"
)

// archiveTestUnits saves three units of a fictional city.
func archiveTestUnits(t *testing.T, a *Archive) []Unit {
	t.Helper()
	units := []Unit{
		{Name: "青山县委组织部", ShortName: "青山县", Group: "县区", Active: true, Aliases: []string{"中共青山县委组织部"}},
		{Name: "临江区委组织部", ShortName: "临江区", Group: "县区", Active: true},
		{Name: "市人力资源和社会保障局", ShortName: "市人社局", Group: "市直", Active: true, Aliases: []string{"人社局"}},
	}
	for i := range units {
		if err := a.SaveUnit(context.Background(), &units[i]); err != nil {
			t.Fatal(err)
		}
	}
	return units
}

func TestUnitMatcherMatch(t *testing.T) {
	m := NewUnitMatcher([]Unit{
		{ID: 1, Name: "青山县委组织部", ShortName: "青山县", Aliases: []string{"中共青山县委组织部"}},
		{ID: 2, Name: "临江区委组织部", ShortName: "临江区"},
		{ID: 3, Name: "市人力资源和社会保障局", ShortName: "市人社局"},
		{ID: 4, Name: "市委组织部组织一科", ShortName: "组织一科"},
	})
	tests := []struct {
		attribution string
		want        string
	}{
		{"青山县委组织部", "[1]"},
		{"中共青山县委组织部", "[1]"},
		{"青山县", "[1]"},
		{"青山县委组织部、临江区委组织部", "[1 2]"},
		{"临江区委组织部，青山县委组织部", "[2 1]"},
		{"青山县委组织部和临江区委组织部", "[1 2]"},
		{"青山县、临江区; 市人社局", "[1 2 3]"},
		{"市人力资源和社会保障局", "[3]"},
		{"青山县委组织部、青山县", "[1]"},
		{"市委组织部组织一科", "[4]"},
		{"北湖县委组织部", "[]"},
		{"", "[]"},
	}
	for _, tt := range tests {
		t.Run(tt.attribution, func(t *testing.T) {
			var ids []int64
			for _, u := range m.Match(tt.attribution) {
				ids = append(ids, u.ID)
			}
			if got := fmt.Sprint(ids); got != tt.want {
				t.Errorf("Match(%q) = %s, want %s", tt.attribution, got, tt.want)
			}
		})
	}
}

func TestUnitMatcherFind(t *testing.T) {
	m := NewUnitMatcher([]Unit{
		{ID: 1, Name: "青山县委组织部", ShortName: "青山县"},
		{ID: 2, Name: "临江区委组织部", ShortName: "临江区", Aliases: []string{"临江组工"}},
		{ID: 3, Name: "青山县委组织部干部科", ShortName: ""},
	})
	tests := []struct {
		text   string
		want   int64
		wantOK bool
	}{
		{"临江区委组织部关于基层党建的信息", 2, true},
		{"青山县学习临江区经验。（临江区委组织部）", 2, true}, // a full name beats an earlier short name
		{"青山县委组织部干部科报送", 3, true},         // the longest name at the same place
		{"学习青山县经验", 1, true},
		{"临江组工-党建信息.docx", 2, true},
		{"没有单位名称的文字", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			u, ok := m.Find(tt.text)
			if u.ID != tt.want || ok != tt.wantOK {
				t.Errorf("Find(%q) = %d, %v; want %d, %v", tt.text, u.ID, ok, tt.want, tt.wantOK)
			}
		})
	}
}

// A unit named only by its level and organ (created from （县委组织部供稿）
// in a county's back issue) must not take the credit of every other
// county's 组织部: its name is only the tail of theirs.
func TestGenericUnitNameIsNotATail(t *testing.T) {
	m := NewUnitMatcher([]Unit{
		{ID: 1, Name: "县委组织部"},
		{ID: 2, Name: "镇党委"},
		{ID: 3, Name: "青山县委组织部", ShortName: "青山县"},
	})
	tests := []struct {
		attribution string
		want        string
	}{
		{"县委组织部", "[1]"},
		{"县委组织部供稿", "[1]"},
		{"中共县委组织部", "[1]"},
		{"南岭县委组织部", "[]"},
		{"南岭县委组织部供稿", "[]"},
		{"供稿：西坡县委组织部", "[]"},
		{"南岭县委组织部 赵敏", "[]"},
		{"南岭县委组织部、县委组织部", "[1]"},
		{"石桥镇党委", "[]"},
		{"中共青山县委组织部", "[3]"},
	}
	for _, tt := range tests {
		t.Run(tt.attribution, func(t *testing.T) {
			var ids []int64
			for _, u := range m.Match(tt.attribution) {
				ids = append(ids, u.ID)
			}
			if got := fmt.Sprint(ids); got != tt.want {
				t.Errorf("Match(%q) = %s, want %s", tt.attribution, got, tt.want)
			}
		})
	}
	finds := []struct {
		text string
		want int64
	}{
		{"南岭县开展培训。（南岭县委组织部供稿）", 0},
		{"由县委组织部牵头开展培训。", 1},
		{"日前青山县委组织部召开会议。", 3},
	}
	for _, tt := range finds {
		t.Run(tt.text, func(t *testing.T) {
			if u, _ := m.Find(tt.text); u.ID != tt.want {
				t.Errorf("Find(%q) = %d, want %d", tt.text, u.ID, tt.want)
			}
		})
	}
}

func TestGuessUnit(t *testing.T) {
	tests := []struct{ name, short, group string }{
		{"怀远县委组织部", "怀远县", "县区"},
		{"中共东城区委组织部", "东城区", "县区"},
		{"市委宣传部", "", "市直"},
		{"市教育局", "", "市直"},
		{"蓉城镇党委", "", "其他"}, // a town is not a city department: flagged, not guessed
		{"石门镇党委办公室", "", "其他"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u := guessUnit(tt.name)
			if u.ShortName != tt.short || u.Group != tt.group {
				t.Errorf("guessUnit(%q) = %q %q, want %q %q", tt.name, u.ShortName, u.Group, tt.short, tt.group)
			}
		})
	}
}

func TestUnitsSaveAndDelete(t *testing.T) {
	ctx := context.Background()
	a := archiveTestOpen(t)
	units := archiveTestUnits(t, a)
	units[0].Aliases = []string{"青山组工", "青山县组织部"}
	if err := a.SaveUnit(ctx, &units[0]); err != nil {
		t.Fatal(err)
	}
	got, _ := a.Units(ctx)
	if len(got) != 3 || fmt.Sprint(got[0].Aliases) != "[青山组工 青山县组织部]" || got[2].Name != "市人力资源和社会保障局" {
		t.Errorf("Units = %+v", got)
	}
	dup := Unit{Name: "临江区委组织部"}
	if err := a.SaveUnit(ctx, &dup); err == nil {
		t.Error("saving a second unit with the same name: no error")
	}
	a.AddSubmissions(ctx, []*Submission{{UnitID: units[1].ID, Text: "文字。"}})
	if err := a.DeleteUnit(ctx, units[1].ID); !errors.Is(err, ErrInUse) {
		t.Errorf("deleting a unit with submissions: err = %v, want ErrInUse", err)
	}
	if err := a.DeleteUnit(ctx, units[2].ID); err != nil {
		t.Errorf("deleting an unused unit: %v", err)
	}
}

// A unit registered with the party prefix is recognised without it, as
// attributions usually write it.
func TestPrefixedUnitsMatchWithoutPrefix(t *testing.T) {
	m := NewUnitMatcher([]Unit{{ID: 1, Name: "中共怀宁县委组织部", ShortName: "怀宁县"}, {ID: 2, Name: "市人社局", Aliases: []string{"中共"}}})
	tests := []struct {
		attribution string
		want        int64
	}{
		{"怀宁县委组织部", 1},
		{"中共怀宁县委组织部", 1},
		{"怀宁县委组织部、市人社局", 1},
	}
	for _, tt := range tests {
		t.Run(tt.attribution, func(t *testing.T) {
			got := m.Match(tt.attribution)
			if len(got) == 0 || got[0].ID != tt.want {
				t.Errorf("Match(%q) = %v, want unit %d first", tt.attribution, got, tt.want)
			}
		})
	}
}

func TestGuessUnitGroup(t *testing.T) {
	for _, tc := range []struct{ name, want string }{
		{"市委网信办", "市直"},
		{"市人社局", "市直"},
		{"江州市委办公室", "市直"},
		{"中共江州市委政法委员会", "市直"},
		{"白沙县委组织部", "县区"},
		{"中共北湖区委组织部", "县区"},
		{"高新区党工委", "县区"},
		{"国网江州供电公司", "其他"},
		{"", "其他"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := GuessUnitGroup(tc.name); got != tc.want {
				t.Errorf("GuessUnitGroup(%q) = %q, want %q", tc.name, got, tc.want)
			}
		})
	}
}
