package postgres

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
)

// The shared SQL is written once with SQLite's placeholders (? and ?N) and
// booleans stored as integers 0/1. This connector is where that becomes
// PostgreSQL's: every statement is rebound to $n and every bool argument
// sent as 1 or 0, once, below database/sql, so no caller knows.
//
// It is also where a write transaction's round trips are saved. Each
// statement is a round trip to the server, and most of a save's statements
// need no answer but their error: the row lock taken, the issue touched,
// the change recorded. A write transaction's BEGIN, and each Exec given a
// context marked Later, wait in the connection and go in one pgx batch
// (one network write, one Sync) with the next statement that needs an
// answer, or with the COMMIT; an error among them comes back from that
// statement, and the transaction is then rolled back as with any error.

type connector struct{ inner driver.Connector }

func (c connector) Connect(ctx context.Context) (driver.Conn, error) {
	cn, err := c.inner.Connect(ctx)
	if err != nil {
		return nil, err
	}
	return &conn{Conn: cn.(*stdlib.Conn)}, nil
}

func (c connector) Driver() driver.Driver { return c.inner.Driver() }

// conn is pgx's database/sql connection with rebinding and the write
// transaction's waiting statements; every other method (ping, session
// reset) is pgx's own.
type conn struct {
	*stdlib.Conn
	waiting *pgx.Batch // inside a write transaction: statements not yet sent
	sent    bool       // the transaction's BEGIN has gone to the server
}

type laterKey struct{}

// Later marks ctx for an Exec inside a write transaction whose caller
// needs nothing back but the error, and accepts getting that error from
// the transaction's next statement or its COMMIT: the statement waits to
// go with them. It is one statement, sent prepared. Elsewhere, and on a
// file, it changes nothing.
func Later(ctx context.Context) context.Context { return context.WithValue(ctx, laterKey{}, true) }

func isLater(ctx context.Context) bool { later, _ := ctx.Value(laterKey{}).(bool); return later }

// errNoCount is what RowsAffected says of a statement sent later.
var errNoCount = errors.New("a statement sent later has no row count")

type laterResult struct{}

func (laterResult) LastInsertId() (int64, error) { return 0, errNoCount }
func (laterResult) RowsAffected() (int64, error) { return 0, errNoCount }

func (c *conn) BeginTx(ctx context.Context, opts driver.TxOptions) (driver.Tx, error) {
	if opts.ReadOnly || sql.IsolationLevel(opts.Isolation) != sql.LevelDefault {
		return c.Conn.BeginTx(ctx, opts)
	}
	if c.Conn.Conn().IsClosed() {
		return nil, driver.ErrBadConn
	}
	c.waiting, c.sent = &pgx.Batch{}, false
	c.waiting.Queue("begin")
	return &writeTx{c: c, ctx: ctx}, nil
}

// send sends the waiting statements, and q with args when q is not "",
// in one batch; the result is the last statement's.
func (c *conn) send(ctx context.Context, q string, args []driver.NamedValue) (driver.Result, error) {
	b := c.waiting
	c.waiting = &pgx.Batch{}
	if q != "" {
		b.Queue(q, namedArgs(args)...)
	}
	if b.Len() == 0 {
		return driver.RowsAffected(0), nil
	}
	c.sent = true
	br := c.Conn.Conn().SendBatch(ctx, b)
	var rows int64
	var first error
	for range b.Len() {
		tag, err := br.Exec()
		if err != nil && first == nil {
			first = err
		}
		rows = tag.RowsAffected()
		if tag.String() == "ROLLBACK" && first == nil { // a COMMIT of a transaction that had failed
			first = pgx.ErrTxCommitRollback
		}
	}
	if err := br.Close(); err != nil && first == nil {
		first = err
	}
	return driver.RowsAffected(rows), first
}

// flush sends what waits, before a statement that must run after it.
func (c *conn) flush(ctx context.Context) error {
	if c.waiting == nil || c.waiting.Len() == 0 {
		return nil
	}
	_, err := c.send(ctx, "", nil)
	return err
}

func namedArgs(args []driver.NamedValue) []any {
	out := make([]any, len(args))
	for i, a := range args {
		out[i] = a.Value
	}
	return out
}

// writeTx is a write transaction whose BEGIN went, or waits, with its
// statements; its COMMIT goes with the last of them.
type writeTx struct {
	c   *conn
	ctx context.Context
}

func (t *writeTx) Commit() error {
	c := t.c
	defer func() { c.waiting = nil }()
	if !c.sent && c.waiting.Len() == 1 { // nothing but the BEGIN: nothing to commit
		return nil
	}
	_, err := c.send(t.ctx, "commit", nil)
	if err != nil && c.Conn.Conn().PgConn().TxStatus() != 'I' {
		c.Conn.Conn().Exec(t.ctx, "rollback") // leave the connection as pgx's own Commit does
	}
	return err
}

func (t *writeTx) Rollback() error {
	c := t.c
	c.waiting = nil
	if !c.sent { // nothing reached the server
		return nil
	}
	_, err := c.Conn.Conn().Exec(t.ctx, "rollback")
	return err
}

func (c *conn) ExecContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Result, error) {
	q, n := rebind(query)
	args = intBools(args, n)
	if c.waiting == nil {
		return c.Conn.ExecContext(ctx, q, args)
	}
	if isLater(ctx) {
		c.waiting.Queue(q, namedArgs(args)...)
		return laterResult{}, nil
	}
	if len(args) == 0 { // pgx's simple protocol, which takes several statements at once (a migration)
		if err := c.flush(ctx); err != nil {
			return nil, err
		}
		return c.Conn.ExecContext(ctx, q, args)
	}
	return c.send(ctx, q, args)
}

func (c *conn) QueryContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Rows, error) {
	if err := c.flush(ctx); err != nil {
		return nil, err
	}
	q, n := rebind(query)
	if len(args) > 0 && args[0].Value == OneTrip {
		args = append([]driver.NamedValue{{Ordinal: 1, Value: pgx.QueryExecModeExec}}, intBools(args[1:], n)...)
		return c.Conn.QueryContext(ctx, q, args)
	}
	return c.Conn.QueryContext(ctx, q, intBools(args, n))
}

// OneTrip, given as a query's first argument, sends it in one round trip:
// parsed, bound and run at once, and not kept prepared. pgx otherwise
// prepares each new statement of a connection first (a round trip of its
// own) to run it faster the next times, which a statement run once per
// connection, such as opening's, never does.
var OneTrip any = oneTrip{}

type oneTrip struct{}

func (c *conn) PrepareContext(ctx context.Context, query string) (driver.Stmt, error) {
	if err := c.flush(ctx); err != nil {
		return nil, err
	}
	q, _ := rebind(query)
	st, err := c.Conn.PrepareContext(ctx, q)
	if err != nil {
		return nil, err
	}
	return stmt{st.(*stdlib.Stmt), c}, nil
}

// stmt is a prepared statement; it runs after what waits in its connection.
type stmt struct {
	*stdlib.Stmt
	c *conn
}

func (s stmt) ExecContext(ctx context.Context, args []driver.NamedValue) (driver.Result, error) {
	if err := s.c.flush(ctx); err != nil {
		return nil, err
	}
	return s.Stmt.ExecContext(ctx, intBools(args, len(args)))
}

func (s stmt) QueryContext(ctx context.Context, args []driver.NamedValue) (driver.Rows, error) {
	if err := s.c.flush(ctx); err != nil {
		return nil, err
	}
	return s.Stmt.QueryContext(ctx, intBools(args, len(args)))
}

// intBools sends bools as the integers the schema stores them as, and
// only the first n arguments: a statement may use fewer of a shared
// argument list than it is given (?1 and ?2 of four), which SQLite allows
// and PostgreSQL refuses.
func intBools(args []driver.NamedValue, n int) []driver.NamedValue {
	args = args[:min(n, len(args))]
	for i, a := range args {
		if b, ok := a.Value.(bool); ok {
			args[i].Value = int64(0)
			if b {
				args[i].Value = int64(1)
			}
		}
	}
	return args
}

// Rebind turns SQLite's placeholders into PostgreSQL's: ?N becomes $N and a
// bare ? the next number after the highest so far (SQLite's own rule), in
// the statement's text but not inside quoted strings, quoted names or
// comments.
func Rebind(query string) string {
	q, _ := rebind(query)
	return q
}

// rebind is Rebind and the highest placeholder number.
func rebind(query string) (string, int) {
	if !strings.Contains(query, "?") {
		return query, 0
	}
	var b strings.Builder
	b.Grow(len(query) + 8)
	high := 0
	for i := 0; i < len(query); i++ {
		ch := query[i]
		switch {
		case ch == '\'' || ch == '"':
			end := closing(query, i+1, ch)
			b.WriteString(query[i:end])
			i = end - 1
		case ch == '-' && i+1 < len(query) && query[i+1] == '-':
			end := strings.IndexByte(query[i:], '\n')
			if end < 0 {
				end = len(query) - i
			}
			b.WriteString(query[i : i+end])
			i += end - 1
		case ch == '?':
			j := i + 1
			for j < len(query) && query[j] >= '0' && query[j] <= '9' {
				j++
			}
			n := high + 1
			if j > i+1 {
				n, _ = strconv.Atoi(query[i+1 : j])
			}
			high = max(high, n)
			b.WriteString("$" + strconv.Itoa(n))
			i = j - 1
		default:
			b.WriteByte(ch)
		}
	}
	return b.String(), high
}

// closing is the index just past the quote q closing a quoted run that
// starts at from (a doubled quote is one quote inside it).
func closing(s string, from int, q byte) int {
	for i := from; i < len(s); i++ {
		if s[i] == q {
			if i+1 < len(s) && s[i+1] == q {
				i++
				continue
			}
			return i + 1
		}
	}
	return len(s)
}
