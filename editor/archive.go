package editor

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	_ "modernc.org/sqlite" // the archive's driver, pure Go
)

// Errors callers branch on.
var (
	ErrNotFound        = errors.New("not found")
	ErrIssueSigned     = errors.New("the issue is signed off; reopen it to edit")
	ErrDuplicateNumber = errors.New("an issue with that number already exists")
	ErrDuplicateName   = errors.New("the name is already taken")
	ErrInUse           = errors.New("still in use")
	ErrLocked          = errors.New("the archive is locked by another program")
	ErrNewerArchive    = errors.New("the archive was written by a newer version of Bulletin Desk")
	ErrNotArchive      = errors.New("not a Bulletin Desk archive (the file is not an SQLite database)")
	ErrNoDate          = errors.New("the issue has no date yet; give it one before signing it off")
)

// archiveBusyTimeout is how long (ms) a write waits for another program's
// lock before giving up with ErrLocked; tests shorten it.
var archiveBusyTimeout = 5000

//go:embed migrations/*.sql
var migrations embed.FS

// EnvArchive names the environment variable that overrides the default archive path.
const EnvArchive = "BULLETINDESK_DB"

// Archive is the local SQLite archive of every bulletin, issue and submission.
type Archive struct {
	db   *sql.DB
	path string
}

// DefaultPath is the per-user archive the desktop app and the command line
// open when no --db is given; BULLETINDESK_DB overrides it.
func DefaultPath() (string, error) {
	if p := os.Getenv(EnvArchive); p != "" {
		return p, nil
	}
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("find the user folder: %w", err)
	}
	return filepath.Join(dir, "bulletindesk", "archive.db"), nil
}

// Open opens the archive at path, creating it (and its folder) with the
// default bulletin and sections when missing, and upgrading its schema.
func Open(ctx context.Context, path string) (*Archive, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("create the archive folder: %w", err)
	}
	q := url.Values{}
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", archiveBusyTimeout))
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Add("_txlock", "immediate")
	db, err := sql.Open("sqlite", "file:"+sqliteURIPath(path)+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("open the archive %s: %w", path, err)
	}
	a := &Archive{db: db, path: path}
	if err := a.migrate(ctx); err != nil {
		db.Close()
		return nil, openArchiveError(path, err)
	}
	if err := a.seed(ctx); err != nil {
		db.Close()
		return nil, openArchiveError(path, err)
	}
	return a, nil
}

// sqliteURIPath is path as the path of an SQLite file: URI, where % escapes,
// # starts a fragment and ? the parameters; escaped, they name the file.
func sqliteURIPath(path string) string {
	return strings.NewReplacer("%", "%25", "#", "%23", "?", "%3F").Replace(filepath.ToSlash(path))
}

// openArchiveError names the file once: locked and not-an-archive errors
// already carry it.
func openArchiveError(path string, err error) error {
	if errors.Is(err, ErrLocked) || errors.Is(err, ErrNotArchive) {
		return err
	}
	return fmt.Errorf("open the archive %s: %w", path, err)
}

// Close closes the archive.
func (a *Archive) Close() error { return a.db.Close() }

// Path is the archive's file.
func (a *Archive) Path() string { return a.path }

// classify turns SQLite's busy and not-a-database errors into errors a user
// can act on, naming the archive's file.
func (a *Archive) classify(err error) error {
	if err == nil {
		return nil
	}
	msg := err.Error()
	switch {
	case errors.Is(err, ErrLocked), errors.Is(err, ErrNotArchive):
		return err
	case strings.Contains(msg, "SQLITE_BUSY"), strings.Contains(msg, "database is locked"):
		return fmt.Errorf("%s: %w (%v)", a.path, ErrLocked, err)
	case strings.Contains(msg, "file is not a database"), strings.Contains(msg, "SQLITE_NOTADB"):
		return fmt.Errorf("%s: %w", a.path, ErrNotArchive)
	}
	return err
}

// tx runs fn in one transaction: everything it does lands, or nothing does.
func (a *Archive) tx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := a.db.BeginTx(ctx, nil)
	if err != nil {
		return a.classify(err)
	}
	defer tx.Rollback()
	if err := fn(tx); err != nil {
		return a.classify(err)
	}
	return a.classify(tx.Commit())
}

func (a *Archive) migrate(ctx context.Context) error {
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	return a.tx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS migrations (
			version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)`); err != nil {
			return fmt.Errorf("create the migrations table: %w", err)
		}
		var done int
		if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM migrations`).Scan(&done); err != nil {
			return err
		}
		versions, err := migrationVersions(names)
		if err != nil {
			return err
		}
		if len(versions) == 0 || done > versions[len(versions)-1] {
			return ErrNewerArchive
		}
		applied, err := appliedMigrations(ctx, tx)
		if err != nil {
			return err
		}
		for i, name := range names {
			v := versions[i]
			if applied[v] {
				continue
			}
			body, err := migrations.ReadFile(name)
			if err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, string(body)); err != nil {
				return fmt.Errorf("migration %s: %w", name, err)
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO migrations(version, name) VALUES (?, ?)`, v, filepath.Base(name)); err != nil {
				return err
			}
		}
		return nil
	})
}

// migrationVersions is the number each migration file starts with; numbers
// may have gaps, as migrations are written on several branches at once.
func migrationVersions(names []string) ([]int, error) {
	vs := make([]int, len(names))
	for i, name := range names {
		v, err := strconv.Atoi(strings.SplitN(filepath.Base(name), "_", 2)[0])
		if err != nil {
			return nil, fmt.Errorf("migration %s has no number: %w", name, err)
		}
		vs[i] = v
	}
	return vs, nil
}

// appliedMigrations is the set of migration numbers the archive has run, so
// that a migration numbered below one already applied still runs.
func appliedMigrations(ctx context.Context, tx *sql.Tx) (map[int]bool, error) {
	rows, err := tx.QueryContext(ctx, `SELECT version FROM migrations`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	done := map[int]bool{}
	for rows.Next() {
		var v int
		if err := rows.Scan(&v); err != nil {
			return nil, err
		}
		done[v] = true
	}
	return done, rows.Err()
}
