package editor

import "testing"

// TestUnitMatcherExisting (review F38): a new unit's name that an existing
// unit is known by — without or with 中共, its 简称, an alias — finds it;
// another county's does not.
func TestUnitMatcherExisting(t *testing.T) {
	m := NewUnitMatcher([]Unit{
		{ID: 1, Name: "中共石桥县委组织部", ShortName: "石桥县"},
		{ID: 2, Name: "青山县委组织部", Aliases: []string{"青山组工"}},
	})
	cases := []struct {
		name string
		want int64
	}{
		{"石桥县委组织部", 1},
		{"  中共石桥县委组织部 ", 1},
		{"石桥县", 1},
		{"中共青山县委组织部", 2},
		{"青山组工", 2},
		{"石桥镇党委", 0},
		{"中共", 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, ok := m.Existing(c.name)
			if ok != (c.want != 0) || got.ID != c.want {
				t.Errorf("Existing(%q) = %d, %v; want %d", c.name, got.ID, ok, c.want)
			}
		})
	}
}
