package editor

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/bulletindesk/bulletindesk/editor/sqlite"
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
	// ErrNoTotalNumber: an imported issue whose source printed no 总第 is
	// signed only once the editor gives it one (nothing is made up for it).
	ErrNoTotalNumber = errors.New("the issue has no 总第 yet; give it one before signing it off")
)

// archiveBusyTimeout is how long (ms) a write waits for another program's
// lock before giving up with ErrLocked; tests shorten it.
var archiveBusyTimeout = 5000

// EnvArchive names the environment variable that overrides the default archive path.
const EnvArchive = "BULLETINDESK_DB"

// Archive is the archive of every bulletin, issue and submission: the
// local file (SQLite) or the office archive on a PostgreSQL server.
type Archive struct {
	db   *sql.DB
	eng  *engine
	path string // the file, or the server connection without its password
	// readOnly: a file or folder this user may not write, opened for
	// reading on purpose (see ReadOnly)
	readOnly bool
	waitMu   sync.Mutex
	onWait   func(waiting bool) // see OnLockWait
	user     string             // see UserName
	client   string             // this opening, in the changes it writes (see Change)
	changes  changeNotes
	dsn      string // the connection as given (with its password), for LISTEN's own connection
	// reindexed hears how far a one-time rebuild of the search index, or
	// packing of the texts, on opening has come (see OpenProgress); nil
	// when nobody listens
	reindexed func(done, total int)
	// unwatch stops textCodecByID asking this file for its dictionaries
	unwatch func()
	// counts are the search counts made in the archive's present state
	counts searchCountCache
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

// Open opens the archive dsn names — a file's path, or the office
// archive on a PostgreSQL server (postgres://user@host/db or libpq conninfo;
// the password from PGPASSWORD or ~/.pgpass, never stored by us) — creating
// it (a file with its folder) with the default bulletin and sections when
// missing, and upgrading its schema.
func Open(ctx context.Context, dsn string) (*Archive, error) { return OpenProgress(ctx, dsn, nil) }

// OpenProgress is Open telling progress, now and then, how many of the
// archive's records a one-time rebuild of the search index has indexed
// (done of total). An archive made by an older version whose index holds
// other tokens is rebuilt when opened: a minute or more for ten years on a
// slow computer, which the command line and the window show as it goes.
// An archive from before migration 018 has its texts packed (texts.go)
// the same way, its submissions counted through progress again from 0.
// progress is not called when there is nothing to rebuild.
func OpenProgress(ctx context.Context, dsn string, progress func(done, total int)) (*Archive, error) {
	db, eng, err := openDB(ctx, dsn)
	if err != nil {
		return nil, err
	}
	a := &Archive{db: db, eng: eng, path: RedactDSN(dsn), client: newClientID(), dsn: dsn, reindexed: progress, unwatch: func() {}}
	if !IsServerDSN(dsn) {
		a.readOnly, _ = fileReadOnly(dsn)
	}
	if eng.packsTexts {
		a.unwatch = watchTextSource(db)
	}
	if a.openedAsIs(ctx) {
		return a, nil
	}
	if a.user, err = whoAmI(ctx, db, eng); err != nil {
		a.Close()
		return nil, openArchiveError(a.path, err)
	}
	if err := a.setUp(ctx); err != nil {
		if errors.Is(err, ErrDenied) && a.eng == postgresEngine {
			if why := noRoleError(ctx, db); why == ErrNotSetUp {
				err = why // the server's "permission denied for schema public" would only mislead
			} else {
				err = fmt.Errorf("%w (%v)", why, err)
			}
		}
		a.Close()
		return nil, openArchiveError(a.path, err)
	}
	return a, nil
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
func (a *Archive) Close() error {
	a.unwatch()
	return a.db.Close()
}

// Path is the archive's file, or its server connection without the password.
func (a *Archive) Path() string { return a.path }

// classify turns the engines' busy, not-a-database, read-only, disk-full
// and permission errors into errors a user can act on, naming the archive.
func (a *Archive) classify(err error) error {
	if err == nil {
		return nil
	}
	switch {
	case errors.Is(err, ErrLocked), errors.Is(err, ErrNotArchive), errors.Is(err, ErrReadOnly),
		errors.Is(err, ErrDiskFull), errors.Is(err, ErrDenied):
		return err
	case isBusy(err):
		return fmt.Errorf("%s: %w (%v)", a.path, ErrLocked, err)
	case sqlite.IsNotDatabase(err):
		return fmt.Errorf("%s: %w", a.path, ErrNotArchive)
	}
	if known := classifyEngineError(err); known == ErrDiskFull {
		return fmt.Errorf("%s: %w: this change was not saved, and everything saved before it is kept; "+
			"free space on that disk (empty the wastebasket, move large files elsewhere) and save again (%v)", a.path, known, err)
	} else if known != nil {
		// both wrapped: a caller branches on known and still finds what the
		// domain said (a NewUnitError names the unit)
		return fmt.Errorf("%s: %w (%w)", a.path, known, err)
	}
	return err
}

func (a *Archive) migrate(ctx context.Context) error {
	names, err := fs.Glob(a.eng.migrations, "migrations/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	repacked := false
	err = a.write(ctx, false, func(tx *sql.Tx) error {
		if err := a.upgradeAsOwnerTx(ctx, tx); err != nil { // upgrade.go
			return err
		}
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
			body, err := fs.ReadFile(a.eng.migrations, name)
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
		if err := ensureSearchIndexTx(ctx, tx, a.eng, a.reindexed); err != nil {
			return err
		}
		repacked, err = ensurePackedTextsTx(ctx, tx, a.eng, a.reindexed) // texts.go
		return err
	})
	if err != nil || !repacked {
		return err
	}
	// the plain texts' pages are free now, but still the file's: an
	// archive converted by migration 018 gives them back (ten years: 334
	// MB before, 211 after); VACUUM runs outside a transaction, and writes
	// the whole file into the WAL, which the checkpoint then empties
	for _, stmt := range []string{`VACUUM`, `PRAGMA wal_checkpoint(TRUNCATE)`} {
		if _, err := a.db.ExecContext(ctx, stmt); err != nil {
			return fmt.Errorf("give back the space the packed texts freed: %w", err)
		}
	}
	return nil
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

// noRoleError is why a login was refused setting the office archive up:
// ErrNotSetUp when the database has no archive yet (no migrations table:
// its owner's first start has not run), ErrNoRole otherwise.
func noRoleError(ctx context.Context, db *sql.DB) error {
	var missing bool
	if err := db.QueryRowContext(ctx, `SELECT to_regclass('migrations') IS NULL`).Scan(&missing); err == nil && missing {
		return ErrNotSetUp
	}
	return ErrNoRole
}
