package editor

import (
	"context"
	"testing"
)

// BenchmarkNearDuplicates: what the 来稿 detail does, off the UI goroutine,
// for a submission of the latest week.
func BenchmarkNearDuplicates(b *testing.B) {
	a := benchArchive(b)
	list, err := a.Submissions(context.Background(), SubmissionFilter{Sort: SortReceived, Desc: true, Limit: 1})
	if err != nil || len(list) == 0 {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := a.NearDuplicates(context.Background(), list[0].ID); err != nil {
			b.Fatal(err)
		}
	}
}
