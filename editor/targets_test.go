package editor

import (
	"fmt"
	"testing"
)

func TestCheckLengths(t *testing.T) {
	is := &Issue{Sections: []Section{
		{Items: []Item{{ID: 1, Words: 480}, {ID: 2, Words: 520}}},
		{Items: []Item{{ID: 3, Words: 500}}},
	}}
	tests := []struct {
		name  string
		p     Preferences
		pages int
		want  []Overrun
	}{
		{"no targets", Preferences{}, 9, nil},
		{"item target: only the item over it, 500 is within", Preferences{ItemWordTarget: 500}, -1,
			[]Overrun{{OverItemWords, 2, 520, 500}}},
		{"issue words", Preferences{IssueWordTarget: 1200}, -1, []Overrun{{OverIssueWords, 0, 1500, 1200}}},
		{"issue words at the target", Preferences{IssueWordTarget: 1500}, -1, nil},
		{"pages over", Preferences{IssuePageTarget: 4}, 5, []Overrun{{OverIssuePages, 0, 5, 4}}},
		{"pages unknown", Preferences{IssuePageTarget: 4}, -1, nil},
		{"all three", Preferences{ItemWordTarget: 490, IssueWordTarget: 1000, IssuePageTarget: 1}, 2,
			[]Overrun{{OverItemWords, 2, 520, 490}, {OverItemWords, 3, 500, 490}, {OverIssueWords, 0, 1500, 1000}, {OverIssuePages, 0, 2, 1}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := CheckLengths(tt.p, is, tt.pages)
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("CheckLengths = %v, want %v", got, tt.want)
			}
		})
	}
}

// The targets travel with the archive, like the other settings.
func TestLengthTargetsKept(t *testing.T) {
	a := archiveTestOpen(t)
	p := DefaultPreferences()
	p.ItemWordTarget, p.IssueWordTarget, p.IssuePageTarget = 800, 6000, 8
	if err := a.SavePreferences(t.Context(), p); err != nil {
		t.Fatal(err)
	}
	got, err := a.Preferences(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if got.ItemWordTarget != 800 || got.IssueWordTarget != 6000 || got.IssuePageTarget != 8 {
		t.Errorf("read back %d/%d/%d, want 800/6000/8", got.ItemWordTarget, got.IssueWordTarget, got.IssuePageTarget)
	}
}
