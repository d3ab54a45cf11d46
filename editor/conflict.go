package editor

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/bulletindesk/bulletindesk/editor/postgres"
)

// ErrConflict is a save refused because the row changed since the caller
// read it (another window or program saved it in between). Nothing is lost:
// the refused save comes back in a *ConflictError and is kept as an
// unsaved draft until DiscardDraft.
var ErrConflict = errors.New("changed by another window or program since it was read")

// ConflictError says what a refused save would have overwritten.
// errors.Is(err, ErrConflict) is true; errors.As gives the details.
type ConflictError struct {
	Kind          string // "item", "submission" or "issue" (its header)
	ID            int64
	ReadVersion   int64     // the version the save said it read
	StoredVersion int64     // the version in the archive now
	StoredAt      time.Time // when the stored version was saved; zero when unknown
	StoredBy      string    // who saved it (their login), from its revision; "" when unknown
	Stored        any       // the stored row: Item, Submission or Issue
	Mine          any       // the refused save, same type
	DraftID       int64     // its row in UnsavedDrafts
}

func (e *ConflictError) Error() string {
	return fmt.Sprintf("%s %d: %v (read version %d, stored %d); the refused text is kept as unsaved draft %d",
		e.Kind, e.ID, ErrConflict, e.ReadVersion, e.StoredVersion, e.DraftID)
}

// Is makes errors.Is(err, ErrConflict) true.
func (e *ConflictError) Is(target error) bool { return target == ErrConflict }

// UnsavedDraft is a save that was refused as a conflict, kept so that
// nothing typed is lost.
type UnsavedDraft struct {
	ID            int64
	Kind          string
	RowID         int64
	ReadVersion   int64
	StoredVersion int64
	Content       string // the refused Item, Submission or Issue as JSON
	SavedAt       time.Time
}

// keepDraftTx stores the refused save c.Mine and sets c.DraftID.
func keepDraftTx(ctx context.Context, tx *sql.Tx, c *ConflictError) error {
	js, err := json.Marshal(c.Mine)
	if err != nil {
		return fmt.Errorf("keep the unsaved draft: %w", err)
	}
	c.DraftID, err = insertID(ctx, tx, `INSERT INTO unsaved_drafts(kind, row_id, read_version, stored_version, content, saved_at)
		VALUES (?, ?, ?, ?, ?, ?)`, c.Kind, c.ID, c.ReadVersion, c.StoredVersion, string(js), nowStamp())
	if err != nil {
		return fmt.Errorf("keep the unsaved draft: %w", err)
	}
	return nil
}

// lockRowTx makes a version-checked save of row id of table wait for
// another desktop's save of it to commit before reading its version. On
// PostgreSQL two transactions may otherwise both read version 1, both pass
// the check, and the second UPDATE overwrite the first once its row lock
// is released (read committed); on SQLite the write transaction already
// keeps every other writer out.
func (a *Archive) lockRowTx(ctx context.Context, tx *sql.Tx, table string, id int64) error {
	q := a.eng.lockRowSQL(table)
	if q == "" {
		return nil
	}
	_, err := tx.ExecContext(later(ctx), q, id)
	return wrapErr("lock "+table+" row", err)
}

// later marks a write's statement that answers nothing but its error (a
// row locked, touched or recorded): on the office archive it goes to the
// server with the next statement that needs an answer, or with the COMMIT
// (postgres.Later), a round trip fewer; its error, if any, comes from that
// statement. On a file it changes nothing.
func later(ctx context.Context) context.Context { return postgres.Later(ctx) }

// saveChecked runs fn, a save, in one write transaction. When fn reports a
// conflict (check returned one), the refused save is kept as an unsaved
// draft in that same transaction, which commits, and the conflict is returned.
func (a *Archive) saveChecked(ctx context.Context, fn func(tx *sql.Tx) (*ConflictError, error)) error {
	var conflict *ConflictError
	err := a.tx(ctx, func(tx *sql.Tx) error {
		c, err := fn(tx)
		if err != nil || c == nil {
			return err
		}
		conflict = c
		if err := storedByTx(ctx, tx, c); err != nil {
			return err
		}
		return keepDraftTx(ctx, tx, c)
	})
	if err != nil {
		return err
	}
	if conflict != nil {
		return conflict
	}
	return nil
}

// storedByTx names who saved the version c was refused over: the author
// of the record's newest revision, since another user's save starts a
// revision of its own (reviseTx). A change no save made (psql, an
// import) has no revision of its own, so nobody is named then rather than
// the wrong person: the revision's last save must be the stored version's.
func storedByTx(ctx context.Context, tx *sql.Tx, c *ConflictError) error {
	var author, saved string
	err := tx.QueryRowContext(ctx, `SELECT author, saved_at FROM revisions WHERE kind = ? AND row_id = ? ORDER BY id DESC LIMIT 1`,
		c.Kind, c.ID).Scan(&author, &saved)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	} else if err != nil {
		return fmt.Errorf("read who saved %s %d: %w", c.Kind, c.ID, err)
	}
	if c.StoredAt.IsZero() || !parseStamp(saved).Before(c.StoredAt.Add(-time.Second)) {
		c.StoredBy = author
	}
	return nil
}

// UnsavedDrafts lists the refused saves kept, oldest first.
func (a *Archive) UnsavedDrafts(ctx context.Context) ([]UnsavedDraft, error) {
	var out []UnsavedDraft
	err := a.read(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT id, kind, row_id, read_version, stored_version, content, saved_at
			FROM unsaved_drafts ORDER BY id`)
		if err != nil {
			return fmt.Errorf("list unsaved drafts: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			var d UnsavedDraft
			var at string
			if err := rows.Scan(&d.ID, &d.Kind, &d.RowID, &d.ReadVersion, &d.StoredVersion, &d.Content, &at); err != nil {
				return err
			}
			d.SavedAt = parseStamp(at)
			out = append(out, d)
		}
		return rows.Err()
	})
	return out, err
}

// DiscardDraft forgets an unsaved draft once the editor has dealt with it.
func (a *Archive) DiscardDraft(ctx context.Context, id int64) error {
	return a.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `DELETE FROM unsaved_drafts WHERE id = ?`, id)
		if n, err := rowsAffected(res, err); err != nil {
			return fmt.Errorf("discard unsaved draft: %w", err)
		} else if n == 0 {
			return fmt.Errorf("unsaved draft %d: %w", id, ErrNotFound)
		}
		return nil
	})
}
