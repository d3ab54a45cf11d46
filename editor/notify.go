package editor

import (
	"context"
	"database/sql"
	"fmt"
	"sync"
)

// Change is one write transaction committed by some desktop or program:
// what it concerned when it says (an item, a submission, an issue,
// someone's presence or a login's roles), or Kind "" for anything else
// (units, settings, a whole import). The app reloads the screen it shows when another
// desktop's change arrives.
type Change struct {
	Seq    int64
	Client string // which opening of the archive wrote it
	Author string
	Kind   string // "item", "submission", "issue", "presence", "roles" or ""
	RowID  int64
}

// Mine says whether this opening of the archive wrote c.
func (a *Archive) Mine(c Change) bool { return c.Client == a.client }

// changeKeep is how many of the newest changes the archive keeps, for a
// desktop that was away (a lost connection, a sleeping laptop) to catch up.
const changeKeep = 1000

// changeNotes holds, per open write transaction, the first record it
// said it changed (noteChange), for recordChangeTx to write at its end.
type changeNotes struct {
	mu    sync.Mutex
	notes map[*sql.Tx]*Change
}

func (n *changeNotes) begin(tx *sql.Tx) {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.notes == nil {
		n.notes = map[*sql.Tx]*Change{}
	}
	n.notes[tx] = &Change{}
}

func (n *changeNotes) end(tx *sql.Tx) Change {
	n.mu.Lock()
	defer n.mu.Unlock()
	c := n.notes[tx]
	delete(n.notes, tx)
	if c == nil {
		return Change{}
	}
	return *c
}

// noteChange says that tx changed (kind, id); the first such note names
// the transaction's change.
func (a *Archive) noteChange(tx *sql.Tx, kind string, id int64) {
	a.changes.mu.Lock()
	defer a.changes.mu.Unlock()
	if c := a.changes.notes[tx]; c != nil && c.Kind == "" {
		c.Kind, c.RowID = kind, id
	}
}

// recordChangeTx appends the transaction's change to the changes table
// (on PostgreSQL its trigger NOTIFYs the listening desktops at commit),
// and every hundredth time forgets all but the newest changeKeep. Both
// statements answer nothing: on the office archive they go with the
// COMMIT, in its round trip (later).
func (a *Archive) recordChangeTx(ctx context.Context, tx *sql.Tx, c Change) error {
	if _, err := tx.ExecContext(later(ctx), `INSERT INTO changes(client, author, kind, row_id, at) VALUES (?, ?, ?, ?, ?)`,
		a.client, a.user, c.Kind, c.RowID, nowStamp()); err != nil {
		return fmt.Errorf("record the change for the other desktops: %w", err)
	}
	if _, err := tx.ExecContext(later(ctx), forgetChangesSQL, changeKeep); err != nil {
		return fmt.Errorf("forget old changes: %w", err)
	}
	return nil
}

// forgetChangesSQL deletes all but the newest changes (argument: how many)
// when the newest one's number is a hundredth; otherwise it finds nothing
// to delete, through the key's index.
const forgetChangesSQL = `DELETE FROM changes WHERE seq <= (SELECT MAX(seq) FROM changes) - ?
	AND (SELECT MAX(seq) FROM changes) % 100 = 0`

// LastChange is the newest change's number (0 when none), where a
// watcher starts.
func (a *Archive) LastChange(ctx context.Context) (int64, error) {
	var seq int64
	err := a.read(ctx, func(tx *sql.Tx) error {
		return tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(seq), 0) FROM changes`).Scan(&seq)
	})
	return seq, wrapErr("read the last change", err)
}

// ChangesSince lists the changes after seq, oldest first (at most the
// newest changeKeep are kept).
func (a *Archive) ChangesSince(ctx context.Context, seq int64) ([]Change, error) {
	var out []Change
	err := a.read(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT seq, client, author, kind, row_id FROM changes WHERE seq > ? ORDER BY seq`, seq)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var c Change
			if err := rows.Scan(&c.Seq, &c.Client, &c.Author, &c.Kind, &c.RowID); err != nil {
				return err
			}
			out = append(out, c)
		}
		return rows.Err()
	})
	return out, wrapErr("read the changes", err)
}
