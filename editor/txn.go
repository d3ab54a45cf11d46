package editor

import (
	"context"
	"database/sql"
	"fmt"
	"io/fs"
	"sort"
	"time"
)

// lockWaitNotice is how long a write waits for another program's lock
// before OnLockWait's function hears of it: shorter waits are not worth a
// message on screen.
var lockWaitNotice = 300 * time.Millisecond

// OnLockWait sets fn to be told when a write starts waiting for another
// program's lock (fn(true), after lockWaitNotice) and when that wait ends
// (fn(false), whether the write got the lock or gave up with ErrLocked).
// The app shows a "waiting" note with it; fn runs on the writer's goroutine
// or a timer's, so it must not block. A write waits at most the busy timeout
// (5 s) and stops at once when its context ends.
func (a *Archive) OnLockWait(fn func(waiting bool)) {
	a.waitMu.Lock()
	a.onWait = fn
	a.waitMu.Unlock()
}

func (a *Archive) lockWaitFunc() func(bool) {
	a.waitMu.Lock()
	defer a.waitMu.Unlock()
	return a.onWait
}

// tx runs fn in one write transaction (BEGIN IMMEDIATE: a write whose
// decision depends on what it read must not find that changed under it);
// everything it does lands, or nothing does. The transaction ends by
// recording its change for the other desktops (see Change).
func (a *Archive) tx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	return a.write(ctx, true, fn)
}

// write is tx; recorded is false only for the migrations, which may run
// before the changes table exists.
func (a *Archive) write(ctx context.Context, recorded bool, fn func(tx *sql.Tx) error) error {
	if a.readOnly {
		return a.errReadOnly()
	}
	tx, err := a.beginWrite(ctx)
	if err != nil {
		return a.classify(err)
	}
	defer tx.Rollback()
	a.changes.begin(tx)
	err = fn(tx)
	c := a.changes.end(tx)
	if err != nil {
		return a.classify(err)
	}
	if recorded {
		if err := a.recordChangeTx(ctx, tx, c); err != nil {
			return a.classify(err)
		}
	}
	return a.classify(tx.Commit())
}

// beginWrite takes the write lock, telling OnLockWait's function when that
// takes long because another program holds it.
func (a *Archive) beginWrite(ctx context.Context) (*sql.Tx, error) {
	notify := a.lockWaitFunc()
	if notify == nil {
		return a.db.BeginTx(ctx, nil)
	}
	told := make(chan struct{})
	timer := time.AfterFunc(lockWaitNotice, func() { notify(true); close(told) })
	tx, err := a.db.BeginTx(ctx, nil)
	if !timer.Stop() {
		<-told
		notify(false)
	}
	return tx, err
}

// read runs fn in a deferred read-only transaction: it sees one consistent
// archive and never waits for a writer (WAL readers take no lock a writer
// holds), so lists, search and exports work while another program writes.
func (a *Archive) read(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := a.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return a.classify(err)
	}
	defer tx.Rollback()
	if err := fn(tx); err != nil {
		return a.classify(err)
	}
	return a.classify(tx.Commit())
}

// setUp migrates and seeds the archive, but first checks in a read
// transaction whether there is anything to do: opening an archive that is
// up to date writes nothing and so never waits for another program's write.
func (a *Archive) setUp(ctx context.Context) error {
	current, err := a.upToDate(ctx)
	if err != nil || current {
		return err
	}
	if a.readOnly {
		return fmt.Errorf("%w: it needs upgrading to this version of Bulletin Desk first", a.errReadOnly())
	}
	if err := a.migrate(ctx); err != nil {
		return err
	}
	return a.seed(ctx)
}

// upToDate says whether every migration we ship has run and the archive is
// seeded; ErrNewerArchive when it has a migration above ours.
func (a *Archive) upToDate(ctx context.Context) (bool, error) {
	versions, err := shippedVersions(a.eng.migrations)
	if err != nil {
		return false, err
	}
	current := false
	err = a.read(ctx, func(tx *sql.Tx) error {
		var tables int
		if err := tx.QueryRowContext(ctx, a.eng.hasMigrationsSQL).Scan(&tables); err != nil || tables == 0 {
			return err
		}
		applied, err := appliedMigrations(ctx, tx)
		if err != nil {
			return err
		}
		for v := range applied {
			if v > versions[len(versions)-1] {
				return ErrNewerArchive
			}
		}
		for _, v := range versions {
			if !applied[v] {
				return nil
			}
		}
		current, err = seededTx(ctx, tx)
		return err
	})
	if err != nil {
		return false, fmt.Errorf("check the archive's version: %w", err)
	}
	return current, nil
}

// seededTx says whether seed has nothing left to add.
func seededTx(ctx context.Context, tx *sql.Tx) (bool, error) {
	var rules, seeded int
	err := tx.QueryRowContext(ctx, `SELECT (SELECT COUNT(*) FROM scoring_rules),
		(SELECT COUNT(*) FROM settings WHERE key = ?)`, settingSeeded).Scan(&rules, &seeded)
	return rules > 0 && seeded > 0, err
}

// shippedVersions is the number of every migration this build carries, in order.
func shippedVersions(migrations fs.FS) ([]int, error) {
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	vs, err := migrationVersions(names)
	if err == nil && len(vs) == 0 {
		err = fmt.Errorf("no migrations in this build")
	}
	return vs, err
}
