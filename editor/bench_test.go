package editor

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

// EnvBenchArchive names an archive for the benchmarks; when it is set but
// the file is missing, the demo is generated into it (and kept).
const EnvBenchArchive = "BULLETINDESK_BENCH_DB"

var (
	benchOnce    sync.Once
	benchPath    string
	benchTempDir string
	benchErr     error
)

// TestMain removes the generated benchmark archive when the run ends.
func TestMain(m *testing.M) {
	code := m.Run()
	if benchTempDir != "" {
		os.RemoveAll(benchTempDir)
	}
	if benchDumpPath != "" {
		os.RemoveAll(filepath.Dir(benchDumpPath))
	}
	os.Exit(code)
}

// benchArchive opens the benchmark archive: BULLETINDESK_BENCH_DB, else a
// ten-year demo generated once per run into a temporary folder.
func benchArchive(b *testing.B) *Archive {
	b.Helper()
	benchOnce.Do(func() {
		benchPath = os.Getenv(EnvBenchArchive)
		if benchPath == "" {
			benchTempDir, benchErr = os.MkdirTemp("", "bulletindesk-bench-")
			if benchErr != nil {
				return
			}
			benchPath = filepath.Join(benchTempDir, "demo.db")
		} else if _, err := os.Stat(benchPath); err == nil {
			return
		}
		benchErr = benchGenerate(benchPath)
	})
	if benchErr != nil {
		b.Fatal(benchErr)
	}
	a, err := Open(context.Background(), benchPath)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { a.Close() })
	return a
}

func benchGenerate(path string) error {
	a, err := Open(context.Background(), path)
	if err != nil {
		return err
	}
	defer a.Close()
	sum, err := a.FillDemo(context.Background(), 10, 1)
	if errors.Is(err, ErrNotEmpty) && IsServerDSN(path) {
		return nil // the office archive's benchmark database, filled by an earlier run
	}
	if err != nil {
		return err
	}
	a.db.Exec(`PRAGMA wal_checkpoint(TRUNCATE)`)
	st, _ := os.Stat(path)
	var size int64
	if st != nil {
		size = st.Size()
	}
	fmt.Printf("bench: generated a 10-year demo archive in %s: %d units, %d submissions, %d issues, %d items, %d upstream, %d 批示; %.0f MB at %s\n",
		sum.Elapsed.Round(100*time.Millisecond), sum.Units, sum.Submissions, sum.Issues, sum.Items,
		sum.UpstreamAdoptions, sum.Instructions, float64(size)/1e6, path)
	return nil
}

func BenchmarkOpenArchive(b *testing.B) {
	benchArchive(b) // generated before the timer
	for b.Loop() {
		a, err := Open(context.Background(), benchPath)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := a.Bulletins(context.Background()); err != nil {
			b.Fatal(err)
		}
		a.Close()
	}
}

func BenchmarkIssuesOfAYear(b *testing.B) {
	a := benchArchive(b)
	year := Today().Year() - 1
	for b.Loop() {
		list, err := a.Issues(context.Background(), IssueFilter{Year: year})
		if err != nil || len(list) == 0 {
			b.Fatalf("issues of %d: %d, %v", year, len(list), err)
		}
	}
}

func benchSearch(b *testing.B, query string) {
	a := benchArchive(b)
	for b.Loop() {
		hits, err := a.Search(context.Background(), query, 50)
		if err != nil || len(hits) == 0 {
			b.Fatalf("search %s: %d hits, %v", query, len(hits), err)
		}
	}
}

func BenchmarkSearchTwoCharacters(b *testing.B) { benchSearch(b, "党委") }
func BenchmarkSearchOneCharacter(b *testing.B)  { benchSearch(b, "党") }
func BenchmarkSearchPhrase(b *testing.B)        { benchSearch(b, "村级联合党委") }

func BenchmarkLoadIssue(b *testing.B) {
	a := benchArchive(b)
	latest, err := a.LatestIssue(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		is, err := a.Issue(context.Background(), latest.ID)
		if err != nil || len(is.Sections) == 0 {
			b.Fatal(err)
		}
	}
}

func BenchmarkSubmissionsPage(b *testing.B) {
	a := benchArchive(b)
	f := SubmissionFilter{Sort: SortReceived, Desc: true, Limit: 100, Offset: 1000}
	for b.Loop() {
		if list, err := a.Submissions(context.Background(), f); err != nil || len(list) != 100 {
			b.Fatal(err)
		}
		if _, err := a.CountSubmissions(context.Background(), f); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSubmissionsTextFilter(b *testing.B) {
	a := benchArchive(b)
	f := SubmissionFilter{Text: "人才驿站", Sort: SortReceived, Desc: true, Limit: 100}
	for b.Loop() {
		if list, err := a.Submissions(context.Background(), f); err != nil || len(list) == 0 {
			b.Fatal(err)
		}
		if _, err := a.CountSubmissions(context.Background(), f); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSubmissionsByUnit(b *testing.B) {
	a := benchArchive(b)
	f := SubmissionFilter{Sort: SortUnit, Limit: 100, Offset: 200}
	for b.Loop() {
		if list, err := a.Submissions(context.Background(), f); err != nil || len(list) != 100 {
			b.Fatal(err)
		}
	}
}

func BenchmarkKinds(b *testing.B) {
	a := benchArchive(b)
	for b.Loop() {
		if _, err := a.Kinds(context.Background()); err != nil {
			b.Fatal(err)
		}
	}
}
