package postgres

import (
	"strings"
	"testing"

	"github.com/jackc/pgx/v5/pgconn"
)

func TestRebind(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"bare", `SELECT a FROM t WHERE b = ? AND c = ?`, `SELECT a FROM t WHERE b = $1 AND c = $2`},
		{"numbered", `WHERE (?1 = 0 OR x = ?1) AND y = ?2`, `WHERE ($1 = 0 OR x = $1) AND y = $2`},
		{"bare after numbered", `WHERE x = ?2 LIMIT ?`, `WHERE x = $2 LIMIT $3`},
		{"quoted", `SELECT '?', "a?b", 'it''s ?' FROM t WHERE x = ?`, `SELECT '?', "a?b", 'it''s ?' FROM t WHERE x = $1`},
		{"comment", "SELECT 1 -- why?\nWHERE x = ?", "SELECT 1 -- why?\nWHERE x = $1"},
		{"none", `SELECT 1`, `SELECT 1`},
		{"unclosed quote", `SELECT '?`, `SELECT '?`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Rebind(tt.in); got != tt.want {
				t.Errorf("Rebind(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestIsDSNAndRedact(t *testing.T) {
	tests := []struct {
		in     string
		dsn    bool
		redact string
	}{
		{"postgres://liwei@10.1.2.3/bulletin", true, "postgres://liwei@10.1.2.3/bulletin"},
		{"postgresql://liwei:secret@10.1.2.3/bulletin", true, "postgresql://liwei:xxxxx@10.1.2.3/bulletin"},
		{"host=/tmp/pg user=bd password='a b' dbname=x", true, "host=/tmp/pg user=bd password=xxxxx dbname=x"},
		{"host=10.1.2.3 password=s3cret", true, "host=10.1.2.3 password=xxxxx"},
		{"/home/liwei/archive.db", false, "/home/liwei/archive.db"},
		{"host.db", false, "host.db"},
		{`C:\简报\archive.db`, false, `C:\简报\archive.db`},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := IsDSN(tt.in); got != tt.dsn {
				t.Errorf("IsDSN = %v, want %v", got, tt.dsn)
			}
			if got := Redact(tt.in); got != tt.redact {
				t.Errorf("Redact = %q, want %q", got, tt.redact)
			}
		})
	}
}

func TestMatchExpr(t *testing.T) {
	if got, want := (Search{}).MatchExpr([]string{"党委", "委书", "书"}, true), `'党委' <-> '委书' <-> '书':*`; got != want {
		t.Errorf("MatchExpr = %q, want %q", got, want)
	}
}

func TestServerDSNAndPassword(t *testing.T) {
	s, err := ParseServer("postgres://liwei@10.1.2.3:5433/bulletin")
	if err != nil {
		t.Fatal(err)
	}
	if want := (Server{Host: "10.1.2.3", Port: 5433, Database: "bulletin", User: "liwei"}); s != want {
		t.Errorf("ParseServer = %+v, want %+v", s, want)
	}
	if got, want := s.DSN(), "postgres://liwei@10.1.2.3:5433/bulletin"; got != want {
		t.Errorf("DSN = %q, want %q", got, want)
	}
	for _, dsn := range []string{s.DSN(), "host=10.1.2.3 port=5433 dbname=bulletin user=liwei"} {
		withPW := WithPassword(dsn, `it's a \ secret`)
		cfg, err := pgconnParse(withPW)
		if err != nil || cfg != `it's a \ secret` {
			t.Errorf("WithPassword(%q) = %q reads back %q, %v", dsn, withPW, cfg, err)
		}
		if strings.Contains(Redact(withPW), "secret") {
			t.Errorf("Redact(%q) shows the password", withPW)
		}
	}
}

func pgconnParse(dsn string) (string, error) {
	cfg, err := pgconn.ParseConfig(dsn)
	if err != nil {
		return "", err
	}
	return cfg.Password, nil
}
