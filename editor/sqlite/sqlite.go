// Package sqlite is the local archive's engine: one SQLite file on the
// editor's computer, through the pure-Go modernc driver. It holds what only
// SQLite understands — the connection settings, the numbered migrations in
// SQLite's dialect, the FTS5 search statements and the reading of SQLite's
// errors — so that package editor keeps one copy of the SQL both engines
// share. It does not import editor (editor imports it).
package sqlite

import (
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	sqlite3 "modernc.org/sqlite"
	sqlitelib "modernc.org/sqlite/lib"
)

// pageSize is the page size of a new archive file.
const pageSize = 16384

//go:embed migrations/*.sql
var migrations embed.FS

// Migrations are the numbered schema changes, NNN_name.sql, in SQLite's dialect.
func Migrations() fs.FS { return migrations }

// Open opens the archive file at path. Settings go in the DSN so that every
// pooled connection gets them: foreign keys on, a write waits busyMS for
// another program's lock, WAL so reading never waits for writing.
//
// A new file gets pages of pageSize bytes (an existing one keeps its own:
// the pragma changes nothing once the file has tables). A submission's row
// holds its text, 1-4.5 KB; on SQLite's default 4 KB pages most rows took a
// page of their own, and the table was 1.43x its texts (ten-year demo: 195
// MB for 136 MB of text), on 16 KB pages 1.19x.
func Open(path string, busyMS int) (*sql.DB, error) {
	if err := createWithPageSize(path); err != nil {
		return nil, err
	}
	q := url.Values{}
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", busyMS))
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Add("_pragma", "cache_size(-32768)")
	// statement journals (each INSERT of a batch that may fail half-way
	// keeps the pages it changes, to undo just that statement) in memory:
	// in a temporary file they were a write system call a page, 11% of
	// importing 1,000 来稿
	q.Add("_pragma", "temp_store(2)")
	q.Add("_txlock", "immediate")
	return sql.Open("sqlite", "file:"+URIPath(path)+"?"+q.Encode())
}

// createWithPageSize makes the file at path, when there is none yet, an
// empty database of pageSize pages in WAL mode. It cannot be a pragma of the
// DSN: the driver runs those sorted by name, journal_mode before page_size,
// and the switch to WAL fixes a new file's page size.
func createWithPageSize(path string) error {
	if fi, err := os.Stat(path); err == nil && fi.Size() > 0 || err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil // a file to open as it is, or an error Open reports
	}
	db, err := sql.Open("sqlite", "file:"+URIPath(path))
	if err != nil {
		return err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	for _, pragma := range []string{fmt.Sprintf("PRAGMA page_size = %d", pageSize), "PRAGMA journal_mode = WAL"} {
		if _, err := db.Exec(pragma); err != nil {
			return fmt.Errorf("create %s: %w", path, err)
		}
	}
	return db.Close()
}

// OpenReadOnly opens the archive file at path for reading only (a
// read-only file or folder): nothing on the connection may write, not even
// the switch to WAL. immutable is for a folder nobody can write, where
// SQLite cannot make the -shm file a WAL reader needs and no writer can run.
func OpenReadOnly(path string, busyMS int, immutable bool) (*sql.DB, error) {
	q := url.Values{}
	q.Add("mode", "ro")
	if immutable {
		q.Add("immutable", "1")
	}
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", busyMS))
	return sql.Open("sqlite", "file:"+URIPath(path)+"?"+q.Encode())
}

// URIPath is path as the path of an SQLite file: URI, where % escapes,
// # starts a fragment and ? the parameters; escaped, they name the file.
func URIPath(path string) string {
	return strings.NewReplacer("%", "%25", "#", "%23", "?", "%3F").Replace(filepath.ToSlash(path))
}

// code is SQLite's extended result code of err, 0 when err is not SQLite's.
func code(err error) int {
	var e *sqlite3.Error
	if errors.As(err, &e) {
		return e.Code()
	}
	return 0
}

// IsBusy says whether err is another connection or program holding the lock.
func IsBusy(err error) bool {
	c := code(err) & 0xff
	return c == sqlitelib.SQLITE_BUSY || c == sqlitelib.SQLITE_LOCKED ||
		(err != nil && strings.Contains(err.Error(), "database is locked"))
}

// IsNotDatabase says whether err is SQLite finding a file that is not a database.
func IsNotDatabase(err error) bool {
	return code(err)&0xff == sqlitelib.SQLITE_NOTADB ||
		(err != nil && strings.Contains(err.Error(), "file is not a database"))
}

// IsUniqueViolation says whether err is a duplicate refused in table.
func IsUniqueViolation(err error, table string) bool {
	return err != nil && strings.Contains(err.Error(), "UNIQUE constraint failed: "+table+".")
}

// IsForeignKey says whether err is a reference to a missing row.
func IsForeignKey(err error) bool {
	return err != nil && strings.Contains(err.Error(), "FOREIGN KEY constraint failed")
}

// IsReadOnly says whether the file or its folder cannot be written.
func IsReadOnly(err error) bool { return code(err)&0xff == sqlitelib.SQLITE_READONLY }

// IsDiskFull says whether the disk holding the file is full.
func IsDiskFull(err error) bool { return code(err)&0xff == sqlitelib.SQLITE_FULL }

// Search is SQLite's side of the search index: FTS5 tables item_fts and
// submission_fts whose rows are (rowid, tokens), tokens the Go-made search
// tokens joined by spaces.
type Search struct{}

// MatchExpr is the FTS5 expression for the phrase toks, the last token a
// prefix when prefix is set.
func (Search) MatchExpr(toks []string, prefix bool) string {
	expr := `"` + strings.Join(toks, " ") + `"`
	if prefix {
		expr += " *"
	}
	return expr
}

// MatchAny is the expression matching any of exprs.
func (Search) MatchAny(exprs []string) string { return strings.Join(exprs, " OR ") }

// RankedSQL selects (id, rank) of table's best matches of the expression
// (first argument), lower rank better, at most the second argument of them.
func (Search) RankedSQL(table string) string {
	return `SELECT rowid, rank FROM ` + table + ` WHERE ` + table + ` MATCH ? ORDER BY rank LIMIT ?`
}

// MatchIDsSQL selects the ids of table's documents matching the expression.
func (Search) MatchIDsSQL(table string) string {
	return `SELECT rowid FROM ` + table + ` WHERE ` + table + ` MATCH ?`
}

// TermCount selects how many documents of table hold the one token term,
// from the index's fts5vocab table (migration 012): the count FTS5 keeps
// per term, read in one step instead of stepping through every match.
func (Search) TermCount(table, term string) (string, any) {
	return `SELECT COALESCE((SELECT doc FROM ` + table + `_vocab WHERE term = ?), 0)`, term
}

// OptimizeSQL merges every segment of an FTS5 table's index into one,
// which each search then seeks its tokens in once instead of in each.
func (Search) OptimizeSQL(table string) string {
	return `INSERT INTO ` + table + `(` + table + `) VALUES ('optimize')`
}

// JSONNumber is the number at key of the JSON text in col, NULL when absent.
func JSONNumber(col, key string) string {
	return `json_extract(` + col + `, '$.` + key + `')`
}

// IsCorrupt says whether err is SQLite finding the file damaged.
func IsCorrupt(err error) bool {
	return code(err)&0xff == sqlitelib.SQLITE_CORRUPT ||
		(err != nil && strings.Contains(err.Error(), "malformed"))
}
