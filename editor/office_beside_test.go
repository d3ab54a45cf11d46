package editor

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/bulletindesk/bulletindesk/editor/postgres"
	"github.com/jackc/pgx/v5"
)

// envBenchFile names the file archive BenchmarkOfficeBesideFile runs
// beside the office archive (EnvBenchArchive); make bench sets both.
const envBenchFile = "BULLETINDESK_BENCH_FILE"

// besideOp is one operation measured on both archives.
type besideOp struct {
	name string
	run  func(a *Archive) error
	// before runs untimed before each run (the kept counts forgotten, to
	// time a first search)
	before func(a *Archive)
	// server: an anchor run on the server alone (the file's figures are
	// of its own opening)
	server bool
}

// BenchmarkOfficeBesideFile runs each operation on the file archive and at
// once on the office archive, several rounds, and logs per round each
// one's clock time and CPU time: the client's, and for the server the
// time its processes spent (read from /proc, as the server runs on this
// machine), since on the server half the work is another process's. The
// ratios compare one round's two figures, measured in the same seconds.
func BenchmarkOfficeBesideFile(b *testing.B) {
	dsn, file := os.Getenv(EnvBenchArchive), os.Getenv(envBenchFile)
	if !IsServerDSN(dsn) || file == "" {
		b.Skip("needs " + EnvBenchArchive + " (the office archive) and " + envBenchFile + " (the file)")
	}
	server, local := besideOpen(b, dsn), besideOpen(b, file)
	ops := besideOps(b, server, local, dsn, file)
	rounds, runs := 3, 20
	if v, err := strconv.Atoi(os.Getenv("BULLETINDESK_BESIDE_ROUNDS")); err == nil && v > 0 {
		rounds = v
	}
	if v, err := strconv.Atoi(os.Getenv("BULLETINDESK_BESIDE_RUNS")); err == nil && v > 0 {
		runs = v
	}
	if only := os.Getenv("BULLETINDESK_BESIDE_ONLY"); only != "" { // e.g. "open|save": the operations named so
		ops = slices.DeleteFunc(ops, func(op besideOp) bool { return !regexp.MustCompile(only).MatchString(op.name) })
	}
	pm := postmasterPID(dsn)
	for b.Loop() {
		for r := 1; r <= rounds; r++ { // each operation on the file, then at once on the server
			for _, op := range ops {
				n := runs
				if strings.HasPrefix(op.name, "statistics") {
					n = 5
				}
				fop := op
				if op.server {
					fop = ops[0] // the file's opening
				}
				fc, fcpu, _ := besideTime(b, local, fop, n, 0, false)
				sc, scpu, srv := besideTime(b, server, op, n, pm, true)
				fmt.Printf("beside: round %d %-28s file %8.2f ms (cpu %7.2f) | server %8.2f ms (cpu %7.2f + server %7.2f) | clock %5.2f× cpu %5.2f× | load %s\n",
					r, op.name, fc, fcpu, sc, scpu, srv, sc/fc, (scpu+srv)/fcpu, loadAverage()) // every line: b.Logf cuts a benchmark's output short
			}
		}
	}
}

func besideOpen(b *testing.B, dsn string) *Archive {
	a, err := Open(context.Background(), dsn)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { a.Close() })
	return a
}

// besideTime runs op n times on a and says the milliseconds per run: by
// the clock, of this process's CPU, and of the server's processes' CPU.
func besideTime(b *testing.B, a *Archive, op besideOp, n, pm int, server bool) (clock, cpu, srv float64) {
	var took time.Duration
	c0, s0 := processCPU(), serverCPU(pm)
	var spent float64 // the CPU of the untimed preparations, taken off
	for range n {
		if op.before != nil {
			p0, ps0 := processCPU(), serverCPU(pm)
			op.before(a)
			spent += processCPU() - p0
			if server {
				srv -= serverCPU(pm) - ps0
			}
		}
		start := time.Now()
		if err := op.run(a); err != nil {
			b.Fatalf("%s: %v", op.name, err)
		}
		took += time.Since(start)
	}
	cpu = (processCPU() - c0 - spent) * 1000 / float64(n)
	srv = (srv + serverCPU(pm) - s0) * 1000 / float64(n)
	return float64(took.Microseconds()) / 1000 / float64(n), cpu, srv
}

// besideOps are the operations of the README's table.
func besideOps(b *testing.B, server, local *Archive, dsn, file string) []besideOp {
	ctx := context.Background()
	year := Today().Year() - 1
	items := map[*Archive]Item{server: besideDraftItem(b, server), local: besideDraftItem(b, local)}
	latest := map[*Archive]int64{}
	for _, a := range []*Archive{server, local} {
		is, err := a.LatestIssue(ctx)
		if err != nil {
			b.Fatal(err)
		}
		latest[a] = is.ID
	}
	years := func(a *Archive) StatsQuery {
		ys, _ := a.Years(ctx, 0)
		if len(ys) == 0 {
			b.Fatal("no years")
		}
		q := statsYearRange(ys[len(ys)-1], ys[0])
		q.By = PeriodQuarter
		return q
	}
	search := func(q string) func(a *Archive) error {
		return func(a *Archive) error {
			hits, err := a.Search(ctx, q, 50)
			if err == nil && len(hits) == 0 {
				err = fmt.Errorf("no hits for %s", q)
			}
			return err
		}
	}
	open := func(server string) func(a *Archive) error {
		return func(a *Archive) error {
			path := server
			if a == local {
				path = file
			}
			o, err := Open(ctx, path)
			if err != nil {
				return err
			}
			defer o.Close()
			_, err = o.Bulletins(ctx)
			return err
		}
	}
	ops := []besideOp{
		{name: "open", run: open(dsn)},
		{name: "open: pgx.Connect, SELECT 1", server: true, run: func(*Archive) error { return bareConnection(ctx, dsn) }},
	}
	if pooler := os.Getenv(envBenchPooler); pooler != "" {
		ops = append(ops, besideOp{name: "open through the pooler", server: true, run: open(pooler)},
			besideOp{name: "pooler: pgx.Connect, SELECT 1", server: true, run: func(*Archive) error { return bareConnection(ctx, pooler) }})
	}
	return append(ops, []besideOp{
		{name: "issues of a year", run: func(a *Archive) error { _, err := a.Issues(ctx, IssueFilter{Year: year}); return err }},
		{name: "load an issue", run: func(a *Archive) error { _, err := a.Issue(ctx, latest[a]); return err }},
		{name: "search 党委, again", run: search("党委")},
		{name: "search 党, again", run: search("党")},
		{name: "search 村级联合党委, again", run: search("村级联合党委")},
		{name: "search 党委, first", run: search("党委"), before: forgetCounts},
		{name: "search 村级联合党委, first", run: search("村级联合党委"), before: forgetCounts},
		{name: "save an item", run: func(a *Archive) error {
			it := items[a]
			it.Body = fmt.Sprintf("并排测试%d。", time.Now().UnixNano())
			err := a.UpdateItem(ctx, &it)
			items[a] = it
			return err
		}},
		{name: "statistics of one year", run: func(a *Archive) error {
			_, err := a.Statistics(ctx, statsYearRange(year, year))
			return err
		}},
		{name: "statistics of ten years", run: func(a *Archive) error { _, err := a.Statistics(ctx, years(a)); return err }},
	}...)
}

// envBenchPooler names the office archive through a connection pooler on
// the server (PgBouncer), whose opening BenchmarkOfficeBesideFile then
// times as well.
const envBenchPooler = "BULLETINDESK_BENCH_POOLER"

// bareConnection is what any client pays for a new connection: the
// server's new process, authentication, a first statement.
func bareConnection(ctx context.Context, dsn string) error {
	c, err := pgx.Connect(ctx, dsn)
	if err != nil {
		return err
	}
	defer c.Close(ctx)
	var one int
	return c.QueryRow(ctx, "SELECT 1").Scan(&one)
}

// besideDraftItem is the first item of the newest issue when that is a
// draft (as BenchmarkSaveItem takes it), else one made in a new draft.
func besideDraftItem(b *testing.B, a *Archive) Item {
	is, err := a.LatestIssue(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	for _, sec := range is.Sections {
		if len(sec.Items) > 0 && is.Status == IssueDraft {
			return sec.Items[0]
		}
	}
	return benchDraftItem(b, a)
}

// forgetCounts forgets the counts a search keeps — the office archive's
// phrases (migration 024), a file's counts kept in this process
// (search_cache.go) — so that the next search counts the first time's way.
func forgetCounts(a *Archive) {
	if a.eng.keepsPhraseCounts {
		a.db.Exec(`DELETE FROM bd_phrase_counts`)
	}
	a.counts.forget()
}

// postmasterPID is the PostgreSQL server's main process when dsn names a
// server on this machine through its Unix socket (its lock file says it), else 0.
func postmasterPID(dsn string) int {
	srv, err := postgres.ParseServer(dsn)
	if err != nil || !strings.HasPrefix(srv.Host, "/") {
		return 0
	}
	port := srv.Port
	if port == 0 {
		port = 5432
	}
	f, err := os.Open(filepath.Join(srv.Host, fmt.Sprintf(".s.PGSQL.%d.lock", port)))
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	if !sc.Scan() {
		return 0
	}
	pid, _ := strconv.Atoi(strings.TrimSpace(sc.Text()))
	return pid
}

// serverCPU is the CPU seconds the server's processes have used: the live
// children of its main process, to the nanosecond (/proc/PID/schedstat:
// clock ticks, a hundredth of a second, were a save's whole server time),
// and the ones that ended (counted in the main process's cutime and cstime
// once reaped, in ticks); 0 when pm is 0.
func serverCPU(pm int) float64 {
	if pm == 0 {
		return 0
	}
	total := 0.0
	dirs, _ := os.ReadDir("/proc")
	for _, d := range dirs {
		pid, err := strconv.Atoi(d.Name())
		if err != nil {
			continue
		}
		f := procStat(pid)
		if len(f) < 17 {
			continue
		}
		switch {
		case pid == pm:
			total += schedCPU(pid) + statTicks(f[15]) + statTicks(f[16])
		case f[3] == strconv.Itoa(pm):
			total += schedCPU(pid)
		}
	}
	return total
}

// schedCPU is the seconds process pid has run on a CPU (the first field
// of /proc/PID/schedstat, in nanoseconds).
func schedCPU(pid int) float64 {
	raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/schedstat", pid))
	if err != nil {
		return 0
	}
	fs := strings.Fields(string(raw))
	if len(fs) == 0 {
		return 0
	}
	ns, _ := strconv.ParseFloat(fs[0], 64)
	return ns / 1e9
}

// procStat is the fields of /proc/pid/stat, the command's name (which may
// hold spaces) taken out.
func procStat(pid int) []string {
	raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return nil
	}
	s := string(raw)
	i := strings.LastIndexByte(s, ')')
	if i < 0 {
		return nil
	}
	return append([]string{"pid", "comm"}, strings.Fields(s[i+1:])...)
}

// statTicks is a /proc clock-tick count in seconds (USER_HZ is 100 on Linux).
func statTicks(s string) float64 {
	n, _ := strconv.ParseFloat(s, 64)
	return n / 100
}

// loadAverage is the machine's one-minute load average, "" when unknown.
func loadAverage() string {
	raw, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return ""
	}
	return strings.Fields(string(raw))[0]
}
