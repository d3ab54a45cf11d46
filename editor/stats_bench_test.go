package editor

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
	"time"
)

// statsBenchDB is the ten-year demo archive the statistics benchmarks run
// on: BULLETINDESK_BENCH_DB when set, else one generated once with FillDemo
// and kept in the temp folder for later runs (the export benchmark shares it).
func statsBenchDB(b *testing.B) string {
	b.Helper()
	if p := os.Getenv("BULLETINDESK_BENCH_DB"); p != "" {
		return p
	}
	statsBenchOnce.Do(func() {
		statsBenchPath = filepath.Join(os.TempDir(), "bulletindesk-bench-demo-10y.db")
		if _, err := os.Stat(statsBenchPath); err == nil {
			return
		}
		statsBenchErr = statsMakeBenchDB(statsBenchPath)
	})
	if statsBenchErr != nil {
		b.Fatal(statsBenchErr)
	}
	return statsBenchPath
}

var (
	statsBenchOnce sync.Once
	statsBenchPath string
	statsBenchErr  error
)

func statsMakeBenchDB(path string) error {
	tmp, err := os.MkdirTemp(filepath.Dir(path), "bench-demo-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	ctx := context.Background()
	a, err := Open(ctx, filepath.Join(tmp, "demo.db"))
	if err != nil {
		return err
	}
	if _, err := a.FillDemo(ctx, 10, 1); err != nil {
		a.Close()
		return err
	}
	if err := a.Close(); err != nil {
		return err
	}
	return os.Rename(filepath.Join(tmp, "demo.db"), path)
}

// statsBenchYears opens the archive and returns its first and last years with issues.
func statsBenchYears(b *testing.B) (*Archive, int, int) {
	ctx := context.Background()
	a, err := Open(ctx, statsBenchDB(b))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { a.Close() })
	years, err := a.Years(ctx, 0)
	if err != nil || len(years) == 0 {
		b.Fatalf("the bench archive has no issues: %v", err)
	}
	return a, years[len(years)-1], years[0]
}

func statsYearRange(first, last int) StatsQuery {
	return StatsQuery{From: time.Date(first, 1, 1, 0, 0, 0, 0, time.UTC), To: time.Date(last, 12, 31, 0, 0, 0, 0, time.UTC)}
}

func BenchmarkStatisticsOneYear(b *testing.B) {
	a, first, last := statsBenchYears(b)
	q := statsYearRange(max(first, last-1), max(first, last-1)) // the last full year
	statsBenchRun(b, func() error { _, err := a.Statistics(context.Background(), q); return err })
}

func BenchmarkStatisticsTenYears(b *testing.B) {
	a, first, last := statsBenchYears(b)
	q := statsYearRange(first, last)
	q.By = PeriodQuarter
	statsBenchRun(b, func() error { _, err := a.Statistics(context.Background(), q); return err })
}

func BenchmarkStatsDetailRowsTenYears(b *testing.B) {
	a, first, last := statsBenchYears(b)
	q := statsYearRange(first, last)
	statsBenchRun(b, func() error {
		n := 0
		err := a.EachStatsRow(context.Background(), q, func(DetailRow) error { n++; return nil })
		b.ReportMetric(float64(n), "rows/op")
		return err
	})
}

// statsBenchRun runs fn b.N times and reports the peak heap in use, sampled.
func statsBenchRun(b *testing.B, fn func() error) {
	runtime.GC()
	stop := statsSamplePeakHeap(b)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if err := fn(); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	stop()
}

// statsSamplePeakHeap samples HeapInuse every few milliseconds until the
// returned stop is called, then reports the peak in MB.
func statsSamplePeakHeap(b *testing.B) (stop func()) {
	done := make(chan struct{})
	peak := make(chan uint64)
	go func() {
		var m runtime.MemStats
		var hi uint64
		t := time.NewTicker(5 * time.Millisecond)
		defer t.Stop()
		for {
			runtime.ReadMemStats(&m)
			hi = max(hi, m.HeapInuse)
			select {
			case <-done:
				peak <- hi
				return
			case <-t.C:
			}
		}
	}()
	return func() {
		close(done)
		b.ReportMetric(float64(<-peak)/(1<<20), "peak-heap-MB")
	}
}
