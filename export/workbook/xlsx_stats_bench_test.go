package workbook

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export/internal/exporttest"
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

// BenchmarkStatsWorkbook computes the statistics of the last full year and
// of every year of the archive and streams the workbook with every
// submission to io.Discard. Beside it, in the same run, openpyxl in
// write-only mode (where Debian's python3-openpyxl is installed) writes the
// same 明细 rows, and the benchmark prints its time and how many times
// faster we are (x-openpyxl).
func BenchmarkStatsWorkbook(b *testing.B) {
	ctx := context.Background()
	ar, err := editor.Open(ctx, xlsxBenchDB(b))
	if err != nil {
		b.Fatal(err)
	}
	defer ar.Close()
	years, err := ar.Years(ctx, 0)
	if err != nil || len(years) < 2 {
		b.Fatalf("too few years in the bench archive: %v", err)
	}
	year := func(y int, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	for _, c := range []struct {
		name string
		q    editor.StatsQuery
	}{
		{"one-year", editor.StatsQuery{From: year(years[1], 1, 1), To: year(years[1], 12, 31), By: editor.PeriodMonth}},
		{"ten-years", editor.StatsQuery{From: year(years[len(years)-1], 1, 1), To: year(years[0], 12, 31), By: editor.PeriodQuarter}},
	} {
		b.Run(c.name, func(b *testing.B) { xlsxBenchWorkbook(b, ar, c.q) })
	}
}

func xlsxBenchWorkbook(b *testing.B, ar *editor.Archive, q editor.StatsQuery) {
	ctx := context.Background()
	runtime.GC()
	stop := xlsxSamplePeakHeap()
	b.ReportAllocs()
	cpu0 := exporttest.ProcessCPU()
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
	ours, cpu := b.Elapsed()/time.Duration(b.N), (exporttest.ProcessCPU()-cpu0)/float64(b.N)
	b.ReportMetric(stop(), "peak-heap-MB")
	b.ReportMetric(cpu*1000, "cpu-ms")
	if anchor, anchorCPU, ok := xlsxOpenpyxlAnchor(b, ar, q); ok {
		b.ReportMetric(float64(anchor.Milliseconds()), "openpyxl-ms")
		b.ReportMetric(float64(anchor)/float64(max(ours, 1)), "x-openpyxl")
		if cpu > 0 {
			b.ReportMetric(anchorCPU*1000, "openpyxl-cpu-ms")
			b.ReportMetric(anchorCPU/cpu, "x-openpyxl-cpu")
		}
	}
}

// xlsxSamplePeakHeap samples the heap in use until the returned function
// is called, which gives the peak in MB.
func xlsxSamplePeakHeap() func() float64 {
	var peak uint64
	done, sampled := make(chan struct{}), make(chan struct{})
	go func() {
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
	return func() float64 {
		close(done)
		<-sampled
		return float64(peak) / (1 << 20)
	}
}

// xlsxOpenpyxlScript writes the rows of a tab-separated file as the 明细
// sheet of a write-only workbook, numbers as numbers.
const xlsxOpenpyxlScript = `import sys
from openpyxl import Workbook
wb = Workbook(write_only=True)
ws = wb.create_sheet("明细")
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        c = line.rstrip("\n").split("\t")
        ws.append([int(c[0]), c[1], c[2], c[3], c[4], c[5], int(c[6]), c[7], c[8]])
wb.save(sys.argv[2])
`

// xlsxOpenpyxlAnchor times openpyxl writing the period's detail rows (best
// of two, wall and CPU seconds); false when Debian's python3 has no openpyxl.
func xlsxOpenpyxlAnchor(b *testing.B, ar *editor.Archive, q editor.StatsQuery) (time.Duration, float64, bool) {
	py := "/usr/bin/python3"
	if exec.Command(py, "-c", "import openpyxl").Run() != nil {
		return 0, 0, false
	}
	dir := b.TempDir()
	var tsv strings.Builder
	err := ar.EachStatsRow(context.Background(), q, func(r editor.DetailRow) error {
		var items []string
		for _, ad := range r.Adoptions {
			items = append(items, ad.IssueLabel)
		}
		fmt.Fprintf(&tsv, "%d\t%s\t%s\t%s\t%s\t%s\t%d\t%s\t%s\n", r.SubmissionID, r.UnitName, r.Group,
			r.Received.Format("2006-01-02"), r.Kind, strings.ReplaceAll(r.Title, "\t", " "), r.Words, r.Status, strings.Join(items, "、"))
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	rows, script := filepath.Join(dir, "rows.tsv"), filepath.Join(dir, "write.py")
	if err := os.WriteFile(rows, []byte(tsv.String()), 0o644); err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(script, []byte(xlsxOpenpyxlScript), 0o644); err != nil {
		b.Fatal(err)
	}
	best, bestCPU := time.Duration(1<<62), 1e9
	for range 2 {
		t0, c0 := time.Now(), exporttest.ProcessCPU()
		if out, err := exec.Command(py, script, rows, filepath.Join(dir, "out.xlsx")).CombinedOutput(); err != nil {
			b.Fatalf("openpyxl: %v: %s", err, out)
		}
		best, bestCPU = min(best, time.Since(t0)), min(bestCPU, exporttest.ProcessCPU()-c0)
	}
	return best, bestCPU, true
}

type xlsxCountingWriter struct{ n int64 }

func (w *xlsxCountingWriter) Write(p []byte) (int, error) {
	w.n += int64(len(p))
	return io.Discard.Write(p)
}
