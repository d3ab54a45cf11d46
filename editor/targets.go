package editor

// Overrun is a length target of 设置 an issue or one of its items passes.
type Overrun struct {
	Kind   OverrunKind
	ItemID int64 // the item, for OverItemWords
	Value  int   // its 字数 or pages
	Target int
}

// OverrunKind says which target is passed.
type OverrunKind int

// The length targets (Preferences.ItemWordTarget, IssueWordTarget, IssuePageTarget).
const (
	OverItemWords OverrunKind = iota
	OverIssueWords
	OverIssuePages
)

// CheckLengths lists the targets of p that is passes: each item over the
// item target, in order, then the issue's 字数 and, when pages is known
// (≥ 0), its pages. Being exactly at a target is within it. 字数 are the
// items' Words as the archive counts them.
func CheckLengths(p Preferences, is *Issue, pages int) []Overrun {
	var out []Overrun
	total := 0
	for i := range is.Sections {
		for _, it := range is.Sections[i].Items {
			total += it.Words
			if p.ItemWordTarget > 0 && it.Words > p.ItemWordTarget {
				out = append(out, Overrun{Kind: OverItemWords, ItemID: it.ID, Value: it.Words, Target: p.ItemWordTarget})
			}
		}
	}
	if p.IssueWordTarget > 0 && total > p.IssueWordTarget {
		out = append(out, Overrun{Kind: OverIssueWords, Value: total, Target: p.IssueWordTarget})
	}
	if p.IssuePageTarget > 0 && pages > p.IssuePageTarget {
		out = append(out, Overrun{Kind: OverIssuePages, Value: pages, Target: p.IssuePageTarget})
	}
	return out
}
