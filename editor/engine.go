package editor

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/bulletindesk/bulletindesk/editor/postgres"
	"github.com/bulletindesk/bulletindesk/editor/sqlite"
)

// engine is what differs between the local archive (one SQLite file) and
// the office archive (a PostgreSQL server): everything else — the domain
// rules and the SQL both understand — is written once in this package.
// Each engine lives in a leaf package of its own (editor/sqlite,
// editor/postgres) that knows nothing of editor's types.
type engine struct {
	name       string // "sqlite" or "postgres"
	migrations fs.FS  // migrations/NNN_name.sql in the engine's dialect
	// hasMigrationsSQL counts the migrations table (0 on a new archive).
	hasMigrationsSQL string
	search           interface {
		MatchExpr(toks []string, prefix bool) string
		MatchAny(exprs []string) string
		RankedSQL(table string) string
		MatchIDsSQL(table string) string
		TermCount(table, term string) (query string, arg any)
	}
	// cachesCounts says search counts are kept per state of the archive
	// (search_cache.go): a file, whose FTS5 walks every match to count;
	// the office archive keeps counts in tables of its own
	cachesCounts bool

	jsonNumber func(col, key string) string
	tablesSQL  string // the archive's tables
	// resetIDSQL makes table's next id follow the ids a copy wrote; "" when
	// the engine needs nothing.
	resetIDSQL func(table string) string
	// usersSQL lists the server's logins and their roles (see Users); ""
	// for a file, whose one user holds every role.
	usersSQL string
	// lockRowSQL locks one row of table (argument: its id) until the
	// transaction ends; "" when a write transaction already excludes every
	// other writer (SQLite's BEGIN IMMEDIATE)
	lockRowSQL func(table string) string
	// searchSetupSQL prepares a search's read transaction; "" for none
	searchSetupSQL string
	// nowSQL selects the server's clock as a stamp; "" for a file, whose
	// writers share one machine's clock (see serverNow)
	nowSQL string
	// newestPhraseSQL selects the ids (as id) of the newest documents of table
	// matching a phrase (arguments: the expression, how many), newest
	// first; nil where MatchIDsSQL's matches in rowid order do
	newestPhraseSQL func(table string) string
	// replaceIndexSQL replaces one record's rows in its kind's two index
	// tables (arguments: id, tokens, characters) in one statement; nil
	// where it takes a delete and an insert each (SQLite's FTS5)
	replaceIndexSQL func(tokens, chars string) string
	// ownerSQL finds who may upgrade the archive (see upgradeAsOwnerTx);
	// "" for a file, which whoever may write it upgrades
	ownerSQL string
	// openStateSQL selects the login, the applied migrations (joined by
	// commas) and the counts that say the archive is seeded (argument: the
	// seeded setting's key), for openedAsIs; "" for a file
	openStateSQL string
	// packsTexts says submission texts are stored packed (see
	// packedTextMark): a file; a server compresses long values itself
	packsTexts bool
	// searchFacets says a submission's index rows end with its unit, kind
	// and year (see submissionFacets)
	searchFacets bool
	// keepsPhraseCounts says a phrase's count is kept once counted
	// (office_phrases.go)
	keepsPhraseCounts bool
	// optimizeIndexSQL merges the segments of a search index table into
	// one (see mergeItemIndexes); nil where an index has no segments
	optimizeIndexSQL func(table string) string
}

var sqliteEngine = &engine{
	name:             "sqlite",
	migrations:       sqlite.Migrations(),
	hasMigrationsSQL: `SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'migrations'`,
	search:           sqlite.Search{},
	cachesCounts:     true,
	jsonNumber:       sqlite.JSONNumber,
	tablesSQL:        `SELECT name FROM sqlite_master WHERE type = 'table'`,
	resetIDSQL:       func(string) string { return "" }, // INTEGER PRIMARY KEY takes the highest id + 1
	lockRowSQL:       func(string) string { return "" },
	packsTexts:       true,
	searchFacets:     true,
	optimizeIndexSQL: sqlite.Search{}.OptimizeSQL,
}

var postgresEngine = &engine{
	name:       "postgres",
	migrations: postgres.Migrations(),
	// pg_tables, not information_schema: a login without a role sees the
	// archive there too, and is told it has no role instead of being asked
	// to create one (see ErrNoRole); and information_schema.tables checks
	// privileges on every table of the database, 60 ms of every opening
	// under load
	hasMigrationsSQL: `SELECT COUNT(*) FROM pg_catalog.pg_tables
		WHERE schemaname = current_schema() AND tablename = 'migrations'`,
	search:     postgres.Search{},
	jsonNumber: postgres.JSONNumber,
	tablesSQL: `SELECT table_name FROM information_schema.tables
		WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
	resetIDSQL:        postgres.ResetIDSQL,
	usersSQL:          postgres.UsersSQL,
	lockRowSQL:        func(table string) string { return `SELECT 1 FROM ` + table + ` WHERE id = ? FOR UPDATE` },
	searchSetupSQL:    postgres.SearchSetupSQL,
	nowSQL:            postgres.NowSQL,
	ownerSQL:          postgres.OwnerSQL,
	openStateSQL:      postgres.OpenStateSQL,
	replaceIndexSQL:   postgres.Search{}.ReplaceSQL,
	newestPhraseSQL:   postgres.Search{}.NewestPhraseSQL,
	keepsPhraseCounts: true,
}

// IsServerDSN says whether dsn names the office archive on a PostgreSQL
// server (postgres://user@host/db, postgresql://…, or libpq conninfo such
// as "host=10.1.2.3 dbname=bulletin") rather than a local file.
func IsServerDSN(dsn string) bool { return postgres.IsDSN(dsn) }

// OfficeServer is what an office archive's connection names (server, port,
// database, user), to show and to fill the connection form with.
type OfficeServer = postgres.Server

// ParseOfficeDSN reads the server, database and user of a connection.
func ParseOfficeDSN(dsn string) (OfficeServer, error) { return postgres.ParseServer(dsn) }

// WithPassword is a connection with the password the user typed, for this
// run only: nothing stores it.
func WithPassword(dsn, password string) string { return postgres.WithPassword(dsn, password) }

// RedactDSN is an archive's name as shown to the user: a file's path, or
// a server connection without its password.
func RedactDSN(dsn string) string {
	if IsServerDSN(dsn) {
		return postgres.Redact(dsn)
	}
	return dsn
}

// openDB opens the database dsn names with its engine: a server
// connection, or the file at that path (created with its folder).
func openDB(ctx context.Context, dsn string) (*sql.DB, *engine, error) {
	if IsServerDSN(dsn) {
		db, err := postgres.Open(dsn)
		if err != nil {
			return nil, nil, err
		}
		if err := postgres.Ping(ctx, db); err != nil {
			db.Close()
			if postgres.IsPasswordNeeded(err) {
				err = fmt.Errorf("%w (%v)", passwordError(dsn), err)
			}
			return nil, nil, fmt.Errorf("connect to the office archive %s: %w", postgres.Redact(dsn), err)
		}
		return db, postgresEngine, nil
	}
	if err := sqlite.CheckLocal(dsn); err != nil {
		return nil, nil, fmt.Errorf("%s: %w", dsn, ErrNetworkDrive)
	}
	if ro, immutable := fileReadOnly(dsn); ro { // see Archive.ReadOnly
		db, err := sqlite.OpenReadOnly(dsn, archiveBusyTimeout, immutable)
		if err != nil {
			return nil, nil, fmt.Errorf("open the archive %s: %w", dsn, err)
		}
		return db, sqliteEngine, nil
	}
	if err := makeArchiveFolder(dsn); err != nil {
		return nil, nil, err
	}
	db, err := sqlite.Open(dsn, archiveBusyTimeout)
	if err != nil {
		return nil, nil, fmt.Errorf("open the archive %s: %w", dsn, err)
	}
	return db, sqliteEngine, nil
}

// Engine is "sqlite" for a local archive file, "postgres" for the office archive.
func (a *Archive) Engine() string { return a.eng.name }

// isBusy says whether err is another program or desktop holding a lock.
func isBusy(err error) bool { return sqlite.IsBusy(err) || postgres.IsBusy(err) }

// isUniqueViolation says whether err is the archive refusing a duplicate in table.
func isUniqueViolation(err error, table string) bool {
	return sqlite.IsUniqueViolation(err, table) || postgres.IsUniqueViolation(err, table)
}

// containsFK says whether err is the archive refusing a reference to a missing row.
func containsFK(err error) bool { return sqlite.IsForeignKey(err) || postgres.IsForeignKey(err) }

// ErrReadOnly is the archive refusing to be written: a read-only file or
// folder, or a server login that may only read.
var ErrReadOnly = errors.New("the archive cannot be written")

// ErrCannotCreate is a missing archive whose folder may not be written
// (permissions, a read-only disk or share), so it cannot be made there.
var ErrCannotCreate = errors.New("the archive does not exist and cannot be created there")

// makeArchiveFolder makes the folder of an archive file and checks a new
// archive can be created in it; SQLite would say only "unable to open
// database file".
func makeArchiveFolder(path string) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		if denied(err) {
			return fmt.Errorf("%s: %w: the folder %s may not be written", path, ErrCannotCreate, dir)
		}
		return fmt.Errorf("create the archive folder: %w", err)
	}
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) && !dirWritable(dir) {
		return fmt.Errorf("%s: %w: the folder %s may not be written", path, ErrCannotCreate, dir)
	}
	return nil
}

// ErrDiskFull is the disk holding the archive being full.
var ErrDiskFull = errors.New("the disk holding the archive is full")

// ErrPasswordNeeded is the office archive's server refusing the login: no
// password was found (PGPASSWORD, ~/.pgpass) or it was wrong. The app asks
// for one and opens the archive again with it.
var ErrPasswordNeeded = errors.New("the office archive needs your password (PGPASSWORD, ~/.pgpass, or typed in the app)")

// ErrWrongPassword is a password that reached the server and was refused.
// It is also ErrPasswordNeeded (errors.Is), so that the app asks again;
// a message tells the two apart (review B4: a wrong password was reported
// as a missing one).
var ErrWrongPassword error = wrongPassword{}

type wrongPassword struct{}

func (wrongPassword) Error() string {
	return "the office archive refused the password for this login (wrong password)"
}

func (wrongPassword) Is(target error) bool { return target == ErrPasswordNeeded }

// ConnectProblem says why the office archive's server could not be reached
// or would not let this login in, for a caller to say it in the user's
// words: "unreachable", "no-login", "no-database", "not-allowed"
// (pg_hba.conf), "too-many" or "refused"; "" for any other error (a
// refused password is ErrPasswordNeeded). detail is the server's or the
// network's own words.
func ConnectProblem(err error) (problem, detail string) { return postgres.ConnectProblem(err) }

// passwordError is the login refused for dsn: wrong when a password was given.
func passwordError(dsn string) error {
	if postgres.HasPassword(dsn) {
		return ErrWrongPassword
	}
	return ErrPasswordNeeded
}

// ErrDenied is the office archive's server refusing this user a change
// their role does not allow.
var ErrDenied = errors.New("your role does not allow this change")

// classifyEngineError turns the engines' errors into the ones callers
// branch on; nil when err is none of them.
func classifyEngineError(err error) error {
	switch {
	case sqlite.IsReadOnly(err), postgres.IsReadOnly(err):
		return ErrReadOnly
	case sqlite.IsDiskFull(err), postgres.IsDiskFull(err):
		return ErrDiskFull
	case postgres.IsDenied(err):
		return ErrDenied
	}
	return nil
}
