package editor

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"strings"
	"time"
)

// Audit actions: what a user did that a revision does not show.
const (
	AuditDelete  = "delete"  // an item, an issue or submissions removed
	AuditRestore = "restore" // a deleted item put back (undo), or an older revision restored
	AuditMove    = "move"    // an item moved within or between sections
	AuditAdopt   = "adopt"   // a submission adopted into an issue
	AuditSign    = "sign"    // an issue signed off
	AuditReopen  = "reopen"  // a signed issue reopened
	AuditImport  = "import"  // an issue imported from a file (a back issue, dated by its source)
)

// AuditEntry is one line of the audit list.
type AuditEntry struct {
	ID     int64
	At     time.Time
	Author string
	Action string // one of the Audit… constants
	Kind   string // "item", "issue" or "submission"
	RowID  int64
	Detail string // what it was, in words (the record may be gone)
}

// auditTx records, in the action's own transaction, that this user did
// action to (kind, id); detail names the record in words.
func (a *Archive) auditTx(ctx context.Context, tx *sql.Tx, action, kind string, id int64, detail string) error {
	a.noteChange(tx, kind, id)
	_, err := tx.ExecContext(ctx, `INSERT INTO audit_log(at, author, action, kind, row_id, detail) VALUES (?, ?, ?, ?, ?, ?)`,
		nowStamp(), a.user, action, kind, id, detail)
	return wrapErr("record "+action+" in the audit list", err)
}

// AuditFilter narrows the audit list; zero values mean everything.
type AuditFilter struct {
	Kind  string
	RowID int64
	Limit int // 0: 500
}

// Audit lists what users deleted, moved, adopted, signed or reopened, newest first.
func (a *Archive) Audit(ctx context.Context, f AuditFilter) ([]AuditEntry, error) {
	if f.Limit <= 0 {
		f.Limit = 500
	}
	conds, args := []string{"1 = 1"}, []any{}
	if f.Kind != "" {
		conds, args = append(conds, "kind = ?"), append(args, f.Kind)
	}
	if f.RowID != 0 {
		conds, args = append(conds, "row_id = ?"), append(args, f.RowID)
	}
	var out []AuditEntry
	err := a.read(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT id, at, author, action, kind, row_id, detail FROM audit_log
			WHERE `+strings.Join(conds, " AND ")+` ORDER BY id DESC LIMIT ?`, append(args, f.Limit)...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var e AuditEntry
			var at string
			if err := rows.Scan(&e.ID, &at, &e.Author, &e.Action, &e.Kind, &e.RowID, &e.Detail); err != nil {
				return err
			}
			e.At = parseStamp(at)
			out = append(out, e)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("list the audit: %w", err)
	}
	return out, nil
}

// UserName is who this archive's changes are recorded as: the PostgreSQL
// login (session_user, which the server authenticated) on the office
// archive, the operating system's user on a local file.
func (a *Archive) UserName() string { return a.user }

// whoAmI finds UserName once, when the archive opens.
func whoAmI(ctx context.Context, db *sql.DB, eng *engine) (string, error) {
	if eng.name == "postgres" {
		var name string
		if err := db.QueryRowContext(ctx, `SELECT session_user`).Scan(&name); err != nil {
			return "", fmt.Errorf("ask the server who this login is: %w", err)
		}
		return name, nil
	}
	return OSUser(), nil
}

// newClientID names this opening of the archive in the changes it writes,
// so that it can tell its own changes from another desktop's.
func newClientID() string {
	b := make([]byte, 8)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

// itemDetail names an item in the audit list: the start of its lead.
func itemDetail(it Item) string { return clip(it.Lead, 40) }

// issueDetail names an issue in the audit list.
func issueDetail(is Issue) string {
	return fmt.Sprintf("%s %d年%s", is.BulletinName, is.Year, IssueNumberText(is.Number, is.TotalNumber))
}

func clip(s string, n int) string {
	r := []rune(strings.TrimSpace(s))
	if len(r) <= n {
		return string(r)
	}
	return string(r[:n]) + "……"
}

// auditMoveToSectionTx records an item moved to another section, naming both.
func (a *Archive) auditMoveToSectionTx(ctx context.Context, tx *sql.Tx, it Item, to int64) error {
	var from, into string
	if err := tx.QueryRowContext(ctx, `SELECT (SELECT name FROM sections WHERE id = ?), (SELECT name FROM sections WHERE id = ?)`,
		it.SectionID, to).Scan(&from, &into); err != nil {
		return fmt.Errorf("record the move in the audit list: %w", err)
	}
	return a.auditTx(ctx, tx, AuditMove, "item", it.ID, fmt.Sprintf("%s（%s → %s）", itemDetail(it), from, into))
}

// auditIssueStatusTx records an issue signed off or reopened.
func (a *Archive) auditIssueStatusTx(ctx context.Context, tx *sql.Tx, id int64, s IssueStatus) error {
	action := AuditReopen
	if s == IssueSigned {
		action = AuditSign
	}
	return a.auditIssueTx(ctx, tx, action, id)
}

// auditIssueTx records action done to a whole issue, named by its numbers.
func (a *Archive) auditIssueTx(ctx context.Context, tx *sql.Tx, action string, id int64) error {
	var is Issue
	if err := tx.QueryRowContext(ctx, `SELECT b.name, i.year, i.number, COALESCE(i.total_number, 0) FROM issues i
		JOIN bulletins b ON b.id = i.bulletin_id WHERE i.id = ?`, id).Scan(&is.BulletinName, &is.Year, &is.Number, &is.TotalNumber); err != nil {
		return fmt.Errorf("record %s in the audit list: %w", action, err)
	}
	return a.auditTx(ctx, tx, action, "issue", id, issueDetail(is))
}
