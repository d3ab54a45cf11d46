package editor

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"sync"
)

// A search's count walks every match: for a phrase FTS5 checks the
// positions of each of its pairs in every document holding them all (2.9
// ms of CPU for 村级联合党委 on ten years, most of a search), and the 来稿
// list asks for the same count again with every page, sort and refresh.
// The archive changes far less often than it is searched, and every write
// transaction records a change (notify.go), so a count is kept for as long
// as the archive's newest change stays the same: exact, since a count is
// only ever read back for the state it was made in.

// searchCountMax bounds how many counts an opening keeps; when full, they
// are all forgotten (a query typed once rarely comes back after hundreds).
const searchCountMax = 1024

// searchCountCache holds the counts made in one state of an archive.
type searchCountCache struct {
	mu     sync.Mutex
	state  string // archiveStateTx's answer the counts were made in
	counts map[string]int
}

// archiveStateSQL names the archive's state: its newest change (number,
// writer, time: a file restored from a backup that reaches the same number
// again was written by another opening) and how many migrations it has had
// (an upgrade by another program rebuilds the index unrecorded).
const archiveStateSQL = `SELECT COALESCE((SELECT CAST(seq AS TEXT) || ' ' || client || ' ' || at FROM changes ORDER BY seq DESC LIMIT 1), ''),
	(SELECT COUNT(*) FROM migrations)`

// searchCountsKey is the context key under which an archive's reads carry
// its count cache (withSearchCounts).
type searchCountsKey struct{}

// withSearchCounts lets the counts run under ctx use c, when the engine
// keeps counts (a file; the office archive keeps its own, see
// engine.cachesCounts).
func withSearchCounts(ctx context.Context, eng *engine, c *searchCountCache) context.Context {
	if !eng.cachesCounts {
		return ctx
	}
	return context.WithValue(ctx, searchCountsKey{}, c)
}

// queryCount runs a statement selecting one count, or gives the count it
// gave before in the same state of the archive.
func queryCount(ctx context.Context, tx *sql.Tx, query string, args ...any) (int, error) {
	c, _ := ctx.Value(searchCountsKey{}).(*searchCountCache)
	if c == nil {
		return scanCount(ctx, tx, query, args)
	}
	var state string
	var migrations int
	if err := tx.QueryRowContext(ctx, archiveStateSQL).Scan(&state, &migrations); err != nil {
		return 0, fmt.Errorf("read the archive's state: %w", err)
	}
	state += fmt.Sprintf(" %d", migrations)
	key := countKey(query, args)
	if n, ok := c.get(state, key); ok {
		return n, nil
	}
	n, err := scanCount(ctx, tx, query, args)
	if err == nil {
		c.put(state, key, n)
	}
	return n, err
}

func scanCount(ctx context.Context, tx *sql.Tx, query string, args []any) (int, error) {
	var n int
	err := tx.QueryRowContext(ctx, query, args...).Scan(&n)
	return n, err
}

// countKey is a statement with its arguments as one string.
func countKey(query string, args []any) string {
	var b strings.Builder
	b.WriteString(query)
	for _, a := range args {
		fmt.Fprintf(&b, "\x00%T %#v", a, a) // quoted: no argument can pass for two
	}
	return b.String()
}

func (c *searchCountCache) get(state, key string) (int, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.state != state {
		return 0, false
	}
	n, ok := c.counts[key]
	return n, ok
}

// put keeps a count made in state; a count of another state than the
// one kept replaces them all (reads of an older state still in flight
// count again).
func (c *searchCountCache) put(state, key string, n int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.state != state || len(c.counts) >= searchCountMax {
		c.state, c.counts = state, map[string]int{}
	}
	c.counts[key] = n
}

// forget drops every count kept (the benchmarks time a first search).
func (c *searchCountCache) forget() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.state, c.counts = "", nil
}
