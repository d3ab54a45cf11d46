package editor

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// PresenceTTL is how long a mark that someone is typing in a record lasts
// after their last keystroke; the app marks again while typing goes on, at
// most every PresenceTTL/3. On the office archive the marks are timed by
// the server's clock (now() there), so a desktop whose clock is wrong
// neither keeps a mark up nor drops it early; a file has one machine's.
var PresenceTTL = 15 * time.Second

// Presence is someone typing in a record on another desktop.
type Presence struct {
	Author  string
	Kind    string // "item" or "issue" (its header)
	RowID   int64
	Expires time.Time
}

// MarkEditing records that this user is typing in (kind, id), a record of
// issue issueID, until PresenceTTL from now; the other desktops hear of it
// as a change of kind "presence" and show 「张三正在编辑」 on it.
func (a *Archive) MarkEditing(ctx context.Context, kind string, id, issueID int64) error {
	err := a.tx(ctx, func(tx *sql.Tx) error {
		now, err := a.serverNow(ctx, tx)
		if err != nil {
			return err
		}
		a.noteChange(tx, "presence", issueID)
		if _, err := tx.ExecContext(ctx, `DELETE FROM presence WHERE expires < ?`, now.Add(-time.Minute).Format(stampLayout)); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO presence(client, author, kind, row_id, issue_id, expires) VALUES (?, ?, ?, ?, ?, ?)
			ON CONFLICT (client, kind, row_id) DO UPDATE SET expires = excluded.expires, issue_id = excluded.issue_id`,
			a.client, a.user, kind, id, issueID, now.Add(PresenceTTL).Format(stampLayout))
		return err
	})
	return wrapErr("mark "+kind+" as being edited", err)
}

// StopEditing says this opening of the archive types nowhere any more (the
// item was left, the window closed), so that nobody sees a stale mark.
func (a *Archive) StopEditing(ctx context.Context) error {
	err := a.tx(ctx, func(tx *sql.Tx) error {
		var issueID int64
		err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(issue_id), 0) FROM presence WHERE client = ?`, a.client).Scan(&issueID)
		if err != nil {
			return err
		}
		a.noteChange(tx, "presence", issueID)
		_, err = tx.ExecContext(ctx, `DELETE FROM presence WHERE client = ?`, a.client)
		return err
	})
	return wrapErr("stop marking as being edited", err)
}

// EditingIn lists who on other desktops is typing in issue issueID's
// header or items now, one line per person and record. Expires is by this
// desktop's clock: the server's time left, from now here.
func (a *Archive) EditingIn(ctx context.Context, issueID int64) ([]Presence, error) {
	var out []Presence
	err := a.read(ctx, func(tx *sql.Tx) error {
		now, err := a.serverNow(ctx, tx)
		if err != nil {
			return err
		}
		here := desktopClock()
		rows, err := tx.QueryContext(ctx, `SELECT author, kind, row_id, MAX(expires) FROM presence
			WHERE issue_id = ? AND client <> ? AND expires > ? GROUP BY author, kind, row_id ORDER BY author, kind, row_id`,
			issueID, a.client, now.Format(stampLayout))
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var p Presence
			var exp string
			if err := rows.Scan(&p.Author, &p.Kind, &p.RowID, &exp); err != nil {
				return err
			}
			p.Expires = here.Add(parseStamp(exp).Sub(now))
			out = append(out, p)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("who is editing issue %d: %w", issueID, err)
	}
	return out, nil
}

// desktopClock is this machine's clock; a test sets it wrong.
var desktopClock = time.Now

// serverNow is the archive's clock: the server's on the office archive,
// this machine's for a file.
func (a *Archive) serverNow(ctx context.Context, tx *sql.Tx) (time.Time, error) {
	if a.eng.nowSQL == "" {
		return desktopClock().UTC(), nil
	}
	var stamp string
	if err := tx.QueryRowContext(ctx, a.eng.nowSQL).Scan(&stamp); err != nil {
		return time.Time{}, fmt.Errorf("read the server's clock: %w", err)
	}
	now, err := time.Parse(stampLayout, stamp)
	if err != nil {
		return time.Time{}, fmt.Errorf("read the server's clock %q: %w", stamp, err)
	}
	return now, nil
}
