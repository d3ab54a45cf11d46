// Package postgres is the office archive's engine: one PostgreSQL server on
// the office's intranet, shared by every desktop, through pgx. It holds what
// only PostgreSQL needs — the connection (libpq conninfo or URL, password
// from PGPASSWORD or ~/.pgpass as libpq finds them), the ? placeholders of
// the shared SQL turned into $n, the numbered migrations in PostgreSQL's
// dialect, the search index as a tsvector of the Go-made tokens, and the
// reading of the server's errors by SQLSTATE. It does not import editor
// (editor imports it), and stays within plain PostgreSQL SQL so that the
// domestic servers compatible with it (KingbaseES, openGauss) work too.
package postgres

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"net"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/stdlib"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Migrations are the numbered schema changes, NNN_name.sql, in PostgreSQL's
// dialect; each has the number of its SQLite twin.
func Migrations() fs.FS { return migrations }

// LockTimeout is how long a statement waits for a row another desktop has
// locked before it fails (and the user is told the archive is busy).
const LockTimeout = "5s"

// Open connects to the server named by dsn (postgres://user@host/db, or
// conninfo such as "host=10.1.2.3 dbname=bulletin user=liwei"). Nothing is
// sent until the first query; connection errors come from it.
func Open(dsn string) (*sql.DB, error) {
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		return nil, fmt.Errorf("read the connection %s: %w", Redact(dsn), err)
	}
	if cfg.RuntimeParams["application_name"] == "" {
		cfg.RuntimeParams["application_name"] = "bulletindesk"
	}
	cfg.RuntimeParams["lock_timeout"] = LockTimeout
	db := sql.OpenDB(connector{stdlib.GetConnector(*cfg, stdlib.OptionShouldPing(pingIdle))})
	db.SetMaxOpenConns(8)
	db.SetMaxIdleConns(4)
	return db, nil
}

// pingIdle is pgx's rule for checking a pooled connection before reusing
// it (a ping when it has been idle over a second) except for a connection
// never reused before, whose idle time pgx counts from the year 1: the
// connection that opening has just made would otherwise ping once more
// before its first statement.
func pingIdle(_ context.Context, p stdlib.ShouldPingParams) bool {
	return p.IdleDuration > time.Second && p.IdleDuration != time.Duration(math.MaxInt64)
}

var conninfoKey = regexp.MustCompile(`^(host|hostaddr|port|dbname|user|password|sslmode|service|connect_timeout|application_name|search_path|options|passfile|target_session_attrs)=`)

// IsDSN says whether s names a PostgreSQL server rather than a file: a
// postgres:// or postgresql:// URL, or libpq key=value conninfo.
func IsDSN(s string) bool {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "postgres://") || strings.HasPrefix(s, "postgresql://") {
		return true
	}
	return conninfoKey.MatchString(s)
}

var conninfoPassword = regexp.MustCompile(`password=('([^'\\]|\\.)*'|\S*)`)

// Redact is dsn without its password, to show to the user and in errors.
func Redact(dsn string) string {
	if strings.Contains(dsn, "://") {
		if u, err := url.Parse(dsn); err == nil {
			if u.User != nil {
				if _, has := u.User.Password(); has {
					u.User = url.UserPassword(u.User.Username(), "xxxxx")
				}
			}
			q := u.Query()
			if q.Has("password") {
				q.Set("password", "xxxxx")
				u.RawQuery = q.Encode()
			}
			return u.String()
		}
	}
	return conninfoPassword.ReplaceAllString(dsn, "password=xxxxx")
}

// Ping checks the connection, so that a wrong host or password is said
// when the archive is opened, not at the first save. It connects and
// nothing more: the server has authenticated the login once the
// connection stands, and database/sql's own ping would send a statement
// as well, one more round trip to a server process that is just starting.
func Ping(ctx context.Context, db *sql.DB) error {
	c, err := db.Conn(ctx)
	if err != nil {
		return err
	}
	return c.Close()
}

// sqlState is the server's SQLSTATE of err, "" when err is not the server's.
func sqlState(err error) (string, *pgconn.PgError) {
	var e *pgconn.PgError
	if errors.As(err, &e) {
		return e.Code, e
	}
	return "", nil
}

// IsBusy says whether err is another desktop holding a lock past
// LockTimeout, or the server breaking a deadlock or a serialization conflict.
func IsBusy(err error) bool {
	c, _ := sqlState(err)
	return c == "55P03" || c == "40P01" || c == "40001"
}

// IsUniqueViolation says whether err is a duplicate refused in table.
func IsUniqueViolation(err error, table string) bool {
	c, e := sqlState(err)
	return c == "23505" && e.TableName == table
}

// IsForeignKey says whether err is a reference to a missing row.
func IsForeignKey(err error) bool {
	c, _ := sqlState(err)
	return c == "23503"
}

// IsReadOnly says whether the server or this login may not write.
func IsReadOnly(err error) bool {
	c, _ := sqlState(err)
	return c == "25006"
}

// IsDenied says whether the server refused this login the change (its role
// does not allow it).
func IsDenied(err error) bool {
	c, _ := sqlState(err)
	return c == "42501"
}

// IsDiskFull says whether the server's disk is full.
func IsDiskFull(err error) bool {
	c, _ := sqlState(err)
	return c == "53100"
}

// IsUnreachable says whether err is the server not answering or refusing
// the login, as opposed to refusing a statement.
func IsUnreachable(err error) bool {
	var ce *pgconn.ConnectError
	return errors.As(err, &ce)
}

// IsPasswordNeeded says whether the server refused the login for want of
// the right password (none found in PGPASSWORD or ~/.pgpass, or a wrong one).
func IsPasswordNeeded(err error) bool {
	c, _ := sqlState(err)
	return c == "28P01"
}

// Server is what a connection names, to show and to fill a form with.
type Server struct {
	Host, Database, User string
	Port                 uint16
}

// ParseServer reads the server, database and user dsn names (with libpq's
// defaults for what it leaves out).
func ParseServer(dsn string) (Server, error) {
	cfg, err := pgconn.ParseConfig(dsn)
	if err != nil {
		return Server{}, fmt.Errorf("read the connection %s: %w", Redact(dsn), err)
	}
	return Server{Host: cfg.Host, Port: cfg.Port, Database: cfg.Database, User: cfg.User}, nil
}

// DSN is the postgres:// URL of s, without a password.
func (s Server) DSN() string {
	u := url.URL{Scheme: "postgres", User: url.User(s.User), Path: "/" + s.Database}
	host, port := s.Host, ""
	if s.Port != 0 && s.Port != 5432 {
		port = strconv.Itoa(int(s.Port))
	}
	if strings.HasPrefix(host, "/") { // a Unix socket folder
		q := url.Values{"host": {host}}
		if port != "" {
			q.Set("port", port)
		}
		u.RawQuery, host = q.Encode(), ""
	} else if port != "" {
		host += ":" + port
	}
	u.Host = host
	return u.String()
}

// WithPassword is dsn with password added, for this process's connection
// only: it is never written anywhere by us.
func WithPassword(dsn, password string) string {
	if strings.Contains(dsn, "://") {
		if u, err := url.Parse(dsn); err == nil {
			user := ""
			if u.User != nil {
				user = u.User.Username()
			}
			u.User = url.UserPassword(user, password)
			return u.String()
		}
	}
	quoted := strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(password)
	return dsn + " password='" + quoted + "'"
}

// HasPassword says whether a password reaches the server for dsn: in the
// connection itself, PGPASSWORD or ~/.pgpass (pgx reads them as libpq does).
// A refused login with one is a wrong password; without, a missing one.
func HasPassword(dsn string) bool {
	cfg, err := pgx.ParseConfig(dsn)
	return err == nil && cfg.Password != ""
}

// OpenStateSQL selects, in one round trip, what opening the archive checks
// first: this login, the migrations applied (numbers joined by commas), the
// number of 计分办法 rules and of the settings named by the argument (the
// seeded mark). It fails on a database without the archive's tables or for
// a login without a role; the caller then asks step by step.
const OpenStateSQL = `SELECT CAST(session_user AS text),
	COALESCE((SELECT string_agg(CAST(version AS text), ',') FROM migrations), ''),
	(SELECT COUNT(*) FROM scoring_rules), (SELECT COUNT(*) FROM settings WHERE key = ?)`

// ConnectProblem says why a connection failed before any statement ran:
// "unreachable" (nothing answered: the address, the port, a firewall),
// "no-login" (the server has no such login), "no-database", "not-allowed"
// (pg_hba.conf has no line letting this login in from here),
// "too-many" (the server's connections are all taken), "no-tls" (sslmode
// asks for encryption the server does not offer), "tls" (the encrypted
// connection failed: the server's certificate not trusted here) or
// "refused" (any other refusal at connection); "" when err is not a failed connection, or
// is the password's (IsPasswordNeeded). detail is the server's own words,
// or the network's.
func ConnectProblem(err error) (problem, detail string) {
	var ce *pgconn.ConnectError
	if !errors.As(err, &ce) {
		return "", ""
	}
	code, pe := sqlState(err)
	switch {
	case pe == nil:
		var ne net.Error // one attempt's words; pgx lists every address and TLS try
		if errors.As(err, &ne) {
			return "unreachable", ne.Error()
		}
		return tlsProblem(ce.Unwrap().Error())
	case code == "28P01":
		return "", ""
	case code == "28000" && strings.Contains(pe.Message, "does not exist"):
		return "no-login", pe.Message
	case code == "28000":
		return "not-allowed", pe.Message
	case code == "3D000":
		return "no-database", pe.Message
	case code == "53300":
		return "too-many", pe.Message
	}
	return "refused", pe.Message
}

// tlsProblem tells a TLS failure from silence by pgconn's words, the only
// mark it leaves (an errors.New): the server answered, so the address is
// right and "unreachable" would send IT to the firewall for nothing.
func tlsProblem(msg string) (problem, detail string) {
	switch {
	case strings.Contains(msg, "server refused TLS connection"):
		return "no-tls", msg
	case strings.Contains(msg, "tls error"), strings.Contains(msg, "x509:"):
		return "tls", msg
	}
	return "unreachable", msg
}
