package export

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/bulletindesk/bulletindesk/editor"
)

// xlsxBenchDB is the ten-year demo archive: BULLETINDESK_BENCH_DB, else the
// one the editor benchmarks keep in the temp folder, generated when missing.
func xlsxBenchDB(b *testing.B) string {
	if p := os.Getenv("BULLETINDESK_BENCH_DB"); p != "" {
		return p
	}
	xlsxBenchOnce.Do(func() {
		xlsxBenchPath = filepath.Join(os.TempDir(), "bulletindesk-bench-demo-10y.db")
		if _, err := os.Stat(xlsxBenchPath); err == nil {
			return
		}
		tmp, err := os.MkdirTemp(os.TempDir(), "bench-demo-")
		if err != nil {
			xlsxBenchErr = err
			return
		}
		defer os.RemoveAll(tmp)
		ctx := context.Background()
		a, err := editor.Open(ctx, filepath.Join(tmp, "demo.db"))
		if err != nil {
			xlsxBenchErr = err
			return
		}
		_, xlsxBenchErr = a.FillDemo(ctx, 10, 1)
		a.Close()
		if xlsxBenchErr == nil {
			xlsxBenchErr = os.Rename(filepath.Join(tmp, "demo.db"), xlsxBenchPath)
		}
	})
	if xlsxBenchErr != nil {
		b.Fatal(xlsxBenchErr)
	}
	return xlsxBenchPath
}

var (
	xlsxBenchOnce sync.Once
	xlsxBenchPath string
	xlsxBenchErr  error
)

// BenchmarkStatsWorkbookTenYears computes the statistics of every year of
// the archive and streams the workbook with every submission to io.Discard.
func BenchmarkStatsWorkbookTenYears(b *testing.B) {
	ctx := context.Background()
	ar, err := editor.Open(ctx, xlsxBenchDB(b))
	if err != nil {
		b.Fatal(err)
	}
	defer ar.Close()
	years, err := ar.Years(ctx, 0)
	if err != nil || len(years) == 0 {
		b.Fatalf("no issues in the bench archive: %v", err)
	}
	q := editor.StatsQuery{From: time.Date(years[len(years)-1], 1, 1, 0, 0, 0, 0, time.UTC),
		To: time.Date(years[0], 12, 31, 0, 0, 0, 0, time.UTC), By: editor.PeriodQuarter}
	runtime.GC()
	var peak uint64
	done := make(chan struct{})
	sampled := make(chan struct{})
	go func() { // sample the heap in use while the workbooks are written
		defer close(sampled)
		var m runtime.MemStats
		for {
			runtime.ReadMemStats(&m)
			peak = max(peak, m.HeapInuse)
			select {
			case <-done:
				return
			case <-time.After(5 * time.Millisecond):
			}
		}
	}()
	b.ReportAllocs()
	for b.Loop() {
		st, err := ar.Statistics(ctx, q)
		if err != nil {
			b.Fatal(err)
		}
		cw := &xlsxCountingWriter{}
		err = WriteStatsWorkbook(cw, st, func(fn func(editor.DetailRow) error) error { return ar.EachStatsRow(ctx, q, fn) })
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(cw.n)/(1<<20), "xlsx-MB")
	}
	close(done)
	<-sampled
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
}

type xlsxCountingWriter struct{ n int64 }

func (w *xlsxCountingWriter) Write(p []byte) (int, error) {
	w.n += int64(len(p))
	return io.Discard.Write(p)
}
