package postgres

import (
	"context"
	"database/sql/driver"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
)

// The shared SQL is written once with SQLite's placeholders (? and ?N) and
// booleans stored as integers 0/1. This connector is where that becomes
// PostgreSQL's: every statement is rebound to $n and every bool argument
// sent as 1 or 0, once, below database/sql, so no caller knows.

type connector struct{ inner driver.Connector }

func (c connector) Connect(ctx context.Context) (driver.Conn, error) {
	cn, err := c.inner.Connect(ctx)
	if err != nil {
		return nil, err
	}
	return &conn{cn.(*stdlib.Conn)}, nil
}

func (c connector) Driver() driver.Driver { return c.inner.Driver() }

// conn is pgx's database/sql connection with rebinding; every other method
// (transactions, ping, session reset) is pgx's own.
type conn struct{ *stdlib.Conn }

func (c *conn) ExecContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Result, error) {
	q, n := rebind(query)
	return c.Conn.ExecContext(ctx, q, intBools(args, n))
}

func (c *conn) QueryContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Rows, error) {
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
	q, _ := rebind(query)
	st, err := c.Conn.PrepareContext(ctx, q)
	if err != nil {
		return nil, err
	}
	return stmt{st.(*stdlib.Stmt)}, nil
}

type stmt struct{ *stdlib.Stmt }

func (s stmt) ExecContext(ctx context.Context, args []driver.NamedValue) (driver.Result, error) {
	return s.Stmt.ExecContext(ctx, intBools(args, len(args)))
}

func (s stmt) QueryContext(ctx context.Context, args []driver.NamedValue) (driver.Rows, error) {
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
