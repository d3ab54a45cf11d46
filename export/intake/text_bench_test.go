package intake

import (
	"bytes"
	"context"
	"io"
	"io/fs"
	"testing"

	"github.com/bulletindesk/bulletindesk/export/internal/exporttest"
	"github.com/bulletindesk/bulletindesk/resources"
)

// BenchmarkWriteIssue exports one issue of the demo archive as text.
func BenchmarkWriteIssue(b *testing.B) {
	ar := exporttest.TextBenchArchive(b)
	ctx := context.Background()
	is, err := ar.LatestIssue(ctx)
	if err != nil {
		b.Fatal(err)
	}
	if len(is.Sections) == 0 || len(is.Sections[0].Items) == 0 {
		b.Fatalf("the latest issue of the demo archive has no items: %+v", is)
	}
	p, err := ar.Preferences(ctx)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := WriteIssue(io.Discard, &is, p); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReadIssue reads the example issue (six items) from bytes.
func BenchmarkReadIssue(b *testing.B) {
	data, err := fs.ReadFile(resources.Example, "example/issue.txt")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ReadIssue(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}
