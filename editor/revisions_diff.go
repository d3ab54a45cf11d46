package editor

import (
	"time"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// DiffOp says what a DiffSpan is in the newer text.
type DiffOp int

// A span is the same in both texts, only in the newer one, or only in the older one.
const (
	DiffSame DiffOp = iota
	DiffInserted
	DiffDeleted
)

// DiffSpan is a run of characters of a comparison of two texts.
type DiffSpan struct {
	Op   DiffOp
	Text string
}

// CompareTexts is the character-level difference from older to newer, in
// order, cleaned up so that a rewritten phrase reads as one deletion and one
// insertion rather than a scatter of shared characters (Chinese has no
// spaces to align words on, so a raw character diff matches 的 and 了 all
// over a rewritten sentence). go-diff's Myers diff with its semantic
// clean-up does both; it works on runes, so no character is ever split.
func CompareTexts(older, newer string) []DiffSpan {
	dmp := diffmatchpatch.New()
	// a 150,000-字 item must not hang the window: past a second go-diff
	// returns a coarser difference, still correct, less minimal
	dmp.DiffTimeout = time.Second
	diffs := dmp.DiffMain(older, newer, false)
	diffs = dmp.DiffCleanupSemantic(diffs)
	out := make([]DiffSpan, 0, len(diffs))
	for _, d := range diffs {
		op := DiffSame
		switch d.Type {
		case diffmatchpatch.DiffInsert:
			op = DiffInserted
		case diffmatchpatch.DiffDelete:
			op = DiffDeleted
		}
		out = append(out, DiffSpan{Op: op, Text: d.Text})
	}
	return out
}
