package app

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/bulletindesk/bulletindesk/editor"
)

// The window on the ten-year archive make bench generates
// (BULLETINDESK_BENCH_DB): start to usable, switching screens, opening an
// issue. Fyne's test driver lays out and draws nothing, so these time what
// the app does (archive reads, building the screens, filling the lists),
// not the painting; scripts/compose-speed.sh measures the real window.

// envBenchArchive names the archive make bench generates.
const envBenchArchive = "BULLETINDESK_BENCH_DB"

// benchTenYears is the archive of make bench; the benchmark is skipped
// without it (generating ten years takes minutes).
func benchTenYears(b *testing.B) string {
	b.Helper()
	path := os.Getenv(envBenchArchive)
	if path == "" {
		b.Skip(envBenchArchive + " names no archive (make bench sets it)")
	}
	if _, err := os.Stat(path); err != nil {
		b.Skip(err)
	}
	return path
}

// benchOpenUI opens the archive and builds the window, its first screen
// (来稿) filled, as the app does when it starts.
func benchOpenUI(b *testing.B, path string) (*ui, func()) {
	b.Helper()
	ar, err := editor.Open(context.Background(), path)
	if err != nil {
		b.Fatal(err)
	}
	a := test.NewApp()
	u := newUI(a, ar, test.NewWindow(nil))
	return u, func() { u.cancel(); a.Quit(); ar.Close() }
}

// BenchmarkStartTenYears: from opening the archive to the first screen
// showing its first page of submissions.
func BenchmarkStartTenYears(b *testing.B) {
	path := benchTenYears(b)
	spent := 0.0
	for b.Loop() {
		c0 := processCPU()
		_, done := benchOpenUI(b, path)
		spent += processCPU() - c0
		b.StopTimer()
		done()
		b.StartTimer()
	}
	b.ReportMetric(spent*1000/float64(b.N), "cpu-ms")
}

// BenchmarkSwitchScreensTenYears: every screen in turn, each already built
// once (as after the first visit); reports the slowest screen's switch.
func BenchmarkSwitchScreensTenYears(b *testing.B) {
	u, done := benchOpenUI(b, benchTenYears(b))
	defer done()
	for i := range u.entries {
		u.showScreen(i)
	}
	slowest := map[string]time.Duration{}
	c0 := processCPU()
	for b.Loop() {
		for i, e := range u.entries {
			t0 := time.Now()
			u.showScreen(i)
			slowest[e.key] = max(slowest[e.key], time.Since(t0))
		}
	}
	worst := time.Duration(0)
	for _, d := range slowest {
		worst = max(worst, d)
	}
	var each []string // which screen is slow, in navigation order
	for _, e := range u.entries {
		each = append(each, fmt.Sprintf("%s %.1f ms", e.key, float64(slowest[e.key].Microseconds())/1000))
	}
	b.Logf("slowest switch to each screen: %s", strings.Join(each, ", "))
	b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N*len(u.entries)), "ms/switch")
	b.ReportMetric(float64(worst.Microseconds())/1000, "slowest-ms")
	b.ReportMetric((processCPU()-c0)*1000/float64(b.N*len(u.entries)), "cpu-ms/switch")
}

// BenchmarkOpenIssueTenYears: opening the two latest issues of the ten-year
// archive in 组版, one after the other.
func BenchmarkOpenIssueTenYears(b *testing.B) {
	u, done := benchOpenUI(b, benchTenYears(b))
	defer done()
	rows, err := u.ar.Issues(context.Background(), editor.IssueFilter{})
	if err != nil || len(rows) < 2 {
		b.Fatalf("issues: %d, %v", len(rows), err)
	}
	s := composeOf(&testing.T{}, u)
	u.showKey(keyCompose)
	n, c0 := 0, processCPU()
	for b.Loop() {
		s.open(rows[n%2].ID)
		n++
	}
	b.ReportMetric((processCPU()-c0)*1000/float64(b.N), "cpu-ms")
}
