package app

import (
	"testing"

	"fyne.io/fyne/v2"

	"github.com/bulletindesk/bulletindesk/editor"
)

// A 检索 hit on an item opens its issue scrolled to the item with the
// text found selected, also when the query had punctuation the text has not.
func TestSearchHitShowsTheItem(t *testing.T) {
	u, ar := newComposeTestUI(t)
	s := composeOf(t, u)
	is := bFindIssue(t, ar)
	target := is.Sections[0].Items[5].ID // 己县把党建工作融入培训, far down the page
	tests := []struct {
		query, selected string
	}{
		{"党建工作", "党建工作"},
		{"党建-工作", "党建工作"},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			u.showKey(keySearch)
			u.search.query.SetText(tt.query)
			u.search.onSearch()
			hit := -1
			for i, h := range u.search.hits {
				if h.Kind == editor.HitItem && h.ID == target {
					hit = i
				}
			}
			if hit < 0 {
				t.Fatalf("no hit on the item for %q: %v", tt.query, u.search.hits)
			}
			u.search.onOpen(hit)
			if u.currentKey() != keyCompose {
				t.Fatalf("the hit opened %q", u.currentKey())
			}
			ie := s.editors[target]
			if got := ie.body.SelectedText(); got != tt.selected {
				t.Errorf("selected %q in the item's body, want %q", got, tt.selected)
			}
			d := fyne.CurrentApp().Driver()
			y := d.AbsolutePositionForObject(ie.slot.box).Y - d.AbsolutePositionForObject(s.scroll).Y
			if y > s.scroll.Size().Height || y+ie.slot.box.Size().Height < 0 {
				t.Errorf("the item is at y=%v, out of the %v px in sight", y, s.scroll.Size().Height)
			}
		})
	}
}
