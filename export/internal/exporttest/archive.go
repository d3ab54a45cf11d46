package exporttest

import (
	"context"
	"github.com/bulletindesk/bulletindesk/editor"
	"os"
	"path/filepath"
	"testing"
)

// textBenchArchive opens $BULLETINDESK_BENCH_DB (a `bulletindesk demo`
// archive), or generates one year of demo data in a temp folder.
func TextBenchArchive(b *testing.B) *editor.Archive {
	b.Helper()
	ctx := context.Background()
	path := os.Getenv("BULLETINDESK_BENCH_DB")
	generate := path == ""
	if generate {
		path = filepath.Join(b.TempDir(), "bench.db")
	}
	ar, err := editor.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { ar.Close() })
	if generate {
		if _, err := ar.FillDemo(ctx, 1, 1); err != nil {
			b.Fatal(err)
		}
	}
	return ar
}
