package editor

import (
	"context"
	"errors"
	"testing"
)

// Several 来稿 adopted at once become items in the order chosen, in one
// transaction: when one of them is already adopted, none is.
func TestAdoptSubmissionsAllOrNone(t *testing.T) {
	ctx := context.Background()
	a, units, is, first := adoptTestSetup(t)
	second := &Submission{UnitID: units[1].ID, Title: "临江区建强党群服务中心", Text: "全区建成36个中心。"}
	third := &Submission{UnitID: units[0].ID, Title: "青山县储备后备力量", Text: "回引63名本土青年。"}
	if err := a.AddSubmissions(ctx, []*Submission{second, third}); err != nil {
		t.Fatal(err)
	}
	sec := is.Sections[0].ID
	if _, err := a.AdoptSubmission(ctx, third.ID, sec); err != nil {
		t.Fatal(err)
	}
	if _, err := a.AdoptSubmissions(ctx, []int64{first.ID, second.ID, third.ID}, sec, LeadFromTitle); !errors.Is(err, ErrAlreadyAdopted) {
		t.Fatalf("adopting one already adopted among others: err = %v, want ErrAlreadyAdopted", err)
	}
	for _, s := range []*Submission{first, second} {
		if places, _ := a.AdoptedBy(ctx, s.ID); len(places) != 0 {
			t.Errorf("%s was adopted although the batch failed", s.Title)
		}
	}
	items, err := a.AdoptSubmissions(ctx, []int64{second.ID, first.ID}, sec, LeadFromTitle)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, it := range items {
		got = append(got, it.Lead)
	}
	if want := []string{"临江区建强党群服务中心。", "青山县推行茶园联建。"}; len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("leads %q, want %q in the order chosen", got, want)
	}
	if items[0].Position+1 != items[1].Position {
		t.Errorf("positions %d, %d: want one after the other", items[0].Position, items[1].Position)
	}
}
