package pdf

import (
	"context"
	"io"
	"testing"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export/internal/exporttest"
)

// BenchmarkWriteIssuePDF writes the demo archive's longest issue as a PDF
// (layout, subsetting and compression; the fonts are read once, before).
func BenchmarkWriteIssuePDF(b *testing.B) {
	ar := exporttest.TextBenchArchive(b)
	ctx := context.Background()
	list, err := ar.Issues(ctx, editor.IssueFilter{})
	if err != nil || len(list) == 0 {
		b.Fatalf("issues: %v %v", len(list), err)
	}
	longest := list[0]
	for _, s := range list {
		if s.Words > longest.Words {
			longest = s
		}
	}
	is, err := ar.Issue(ctx, longest.ID)
	if err != nil {
		b.Fatal(err)
	}
	p := editor.DefaultPreferences()
	if _, err := PDFFonts(p); err != nil {
		b.Skipf("no Chinese font: %v", err)
	}
	b.ReportMetric(float64(longest.Words), "字")
	b.ReportAllocs()
	for b.Loop() {
		if err := WriteIssuePDF(io.Discard, &is, p); err != nil {
			b.Fatal(err)
		}
	}
}
