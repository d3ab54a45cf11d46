package intake

import (
	"strings"

	"github.com/bulletindesk/bulletindesk/editor"
)

// ItemParagraphs are an item's paragraphs as its text reads: the lead and
// the body's first line make the first (or the lead alone, when the body
// starts with "\n"), each further line of the body one more. The
// attribution is not among them.
func ItemParagraphs(it editor.Item) []string {
	return strings.Split(it.Lead+it.Body, "\n")
}

// SplitItem makes paragraph k (counted from 0, k ≥ 1) of item j of
// section i, and what follows it, a new item right after it: the editor's
// correction of "another item starts here" in the import preview, where
// the reader joined two items (a PDF, numbered items it did not see). The
// new item is cut as the reader cuts an item (textMakeItem): its lead is
// that paragraph's first sentence, and it keeps the attribution, which
// closed the joined text. The item left before it takes a closing
// bracket that names a unit as its own attribution, as the reader would
// have. Every character stays; false (no change) when k is out of range.
func SplitItem(is *editor.Issue, i, j, k int) bool {
	if i < 0 || i >= len(is.Sections) || j < 0 || j >= len(is.Sections[i].Items) {
		return false
	}
	it := is.Sections[i].Items[j]
	paras := ItemParagraphs(it)
	if k < 1 || k >= len(paras) {
		return false
	}
	first := splitItemHead(it, paras[:k])
	second := editor.Item{Attribution: it.Attribution, UnitIDs: it.UnitIDs, Submissions: it.Submissions}
	lead, rest := textSplitLead(paras[k])
	second.Lead, second.Body = lead, strings.Join(append([]string{rest}, paras[k+1:]...), "\n")
	second.Words = itemWords(second)
	items := is.Sections[i].Items
	out := append(append(append([]editor.Item(nil), items[:j]...), first, second), items[j+1:]...)
	for n := range out {
		out[n].Position = n
	}
	is.Sections[i].Items = out
	return true
}

// splitItemHead is the item before the cut: paras, its 编者按 and id, and
// the attribution its last paragraph ends with, when that names a unit.
func splitItemHead(it editor.Item, paras []string) editor.Item {
	head := editor.Item{ID: it.ID, SectionID: it.SectionID, EditorNote: it.EditorNote}
	paras = append([]string(nil), paras...)
	n := len(paras)
	if rest, attr, ok := textSplitAttribution(paras[n-1]); ok && (rest != "" || n > 1) {
		head.Attribution = attr
		if rest == "" {
			paras = paras[:n-1]
		} else {
			paras[n-1] = rest
		}
	}
	lead, rest := textSplitLead(paras[0])
	head.Lead, head.Body = lead, strings.Join(append([]string{rest}, paras[1:]...), "\n")
	head.Words = itemWords(head)
	return head
}

func itemWords(it editor.Item) int {
	return editor.CountWords(it.Lead) + editor.CountWords(it.Body) + editor.CountWords(it.Attribution)
}
