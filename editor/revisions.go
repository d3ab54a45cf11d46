package editor

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
)

// revisionCoalesce is how long one user's saves of one record keep updating
// the same revision: a minute of typing, saved within a second of every
// keystroke, is one revision rather than hundreds.
var revisionCoalesce = 60 * time.Second

// Revision is one kept state of an item, a submission or an issue header.
type Revision struct {
	ID      int64
	Kind    string // "item", "submission" or "issue"
	RowID   int64
	Author  string    // who saved it; "" for the text as it was before revisions were kept
	Started time.Time // the first save this revision holds
	Saved   time.Time // the last one
	Content string    // the saved Item, Submission or Issue header as JSON
}

// Item is the item this revision kept.
func (r Revision) Item() (Item, error) {
	var it Item
	err := r.decode("item", &it)
	return it, err
}

// Submission is the submission this revision kept.
func (r Revision) Submission() (Submission, error) {
	var s Submission
	err := r.decode("submission", &s)
	return s, err
}

// Issue is the issue header this revision kept (no sections).
func (r Revision) Issue() (Issue, error) {
	var is Issue
	err := r.decode("issue", &is)
	return is, err
}

func (r Revision) decode(kind string, v any) error {
	if r.Kind != kind {
		return fmt.Errorf("revision %d is of a%s %s, not a%s %s", r.ID, article(r.Kind), r.Kind, article(kind), kind)
	}
	if err := json.Unmarshal([]byte(r.Content), v); err != nil {
		return fmt.Errorf("read revision %d: %w", r.ID, err)
	}
	return nil
}

func article(kind string) string {
	if kind == "item" || kind == "issue" {
		return "n"
	}
	return ""
}

// Text is the revision as an editor reads it, to compare two: an item as
// printed (编者按, lead and body, attribution in brackets), a submission's
// title and text, an issue header's fields one a line.
func (r Revision) Text() string {
	switch r.Kind {
	case "item":
		it, _ := r.Item()
		return itemRevisionText(it)
	case "submission":
		s, _ := r.Submission()
		return s.Title + "\n" + s.Text
	case "issue":
		is, _ := r.Issue()
		return issueRevisionText(is)
	}
	return r.Content
}

func itemRevisionText(it Item) string {
	var b strings.Builder
	if it.EditorNote != "" {
		b.WriteString("编者按：" + it.EditorNote + "\n")
	}
	b.WriteString(it.Lead + it.Body)
	if it.Attribution != "" {
		b.WriteString("（" + it.Attribution + "）")
	}
	return b.String()
}

func issueRevisionText(is Issue) string {
	m := is.Marks
	lines := []string{
		fmt.Sprintf("%d年%s", is.Year, IssueNumberText(is.Number, is.TotalNumber)),
		"日期：" + chineseDate(is.Date),
		fmt.Sprintf("份数：%d", is.CopyCount),
		"密级：" + m.Classification + m.SecrecyTerm,
		"份号：" + m.CopyNumber,
		"签发人：" + m.Signer,
		"印发机关：" + m.Printer,
		"印发日期：" + chineseDate(m.PrintedDate),
	}
	if is.EditorNote != "" {
		lines = append(lines, "编者按："+is.EditorNote)
	}
	for _, d := range is.Distribution {
		lines = append(lines, d.Label+"："+d.Text)
	}
	return strings.Join(lines, "\n")
}

func chineseDate(d Date) string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%d年%d月%d日", d.Year(), d.Month(), d.Day())
}

// revisionRow is what a save keeps of a record: the Item, Submission or
// Issue header without its version stamps (the revision has its own times).
func revisionContent(v any) (string, error) {
	switch r := v.(type) {
	case Item:
		r.Version, r.UpdatedAt = 0, time.Time{}
		v = r
	case Submission:
		r.Version, r.UpdatedAt = 0, time.Time{}
		v = r
	case Issue:
		r.Version, r.UpdatedAt, r.Sections = 0, time.Time{}, nil
		v = r
	}
	js, err := json.Marshal(v)
	return string(js), err
}

// reviseTx keeps row (kind, id)'s newly saved state. The user's last
// revision of it is updated in place while it began under revisionCoalesce
// ago and nobody saved between; otherwise a new revision is added. before,
// the state the save replaced, is kept first when the record has no
// revision yet, so that its history starts from what was there. fresh
// forces a new revision (a restore, which must be undoable).
func (a *Archive) reviseTx(ctx context.Context, tx *sql.Tx, kind string, id int64, saved, before any, fresh bool) error {
	content, err := revisionContent(saved)
	if err != nil {
		return fmt.Errorf("keep the revision: %w", err)
	}
	a.noteChange(tx, kind, id)
	now := time.Now().UTC()
	stamp := now.Format(stampLayout)
	if !fresh { // the common case, typing: one statement (a round trip to the server)
		res, err := tx.ExecContext(ctx, `UPDATE revisions SET content = ?, saved_at = ?
			WHERE id = (SELECT MAX(id) FROM revisions WHERE kind = ? AND row_id = ?) AND author = ? AND started_at > ?`,
			content, stamp, kind, id, a.user, now.Add(-revisionCoalesce).Format(stampLayout))
		if n, err := rowsAffected(res, err); err != nil {
			return fmt.Errorf("keep the revision: %w", err)
		} else if n > 0 {
			return nil
		}
	}
	var kept int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM (SELECT 1 FROM revisions WHERE kind = ? AND row_id = ? LIMIT 1) r`,
		kind, id).Scan(&kept); err != nil {
		return fmt.Errorf("keep the revision: %w", err)
	}
	if kept == 0 {
		if err := keepOriginalTx(ctx, tx, kind, id, before); err != nil {
			return err
		}
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO revisions(kind, row_id, author, started_at, saved_at, content)
		VALUES (?, ?, ?, ?, ?, ?)`, kind, id, a.user, stamp, stamp, content)
	return wrapErr("keep the revision", err)
}

// keepOriginalTx keeps before, the state a record had when revisions
// started being kept for it, as a revision by nobody at its last save.
func keepOriginalTx(ctx context.Context, tx *sql.Tx, kind string, id int64, before any) error {
	if before == nil {
		return nil
	}
	content, err := revisionContent(before)
	if err != nil {
		return fmt.Errorf("keep the revision: %w", err)
	}
	at := updatedAt(before).UTC().Format(stampLayout)
	_, err = tx.ExecContext(ctx, `INSERT INTO revisions(kind, row_id, author, started_at, saved_at, content)
		VALUES (?, ?, '', ?, ?, ?)`, kind, id, at, at, content)
	return wrapErr("keep the revision", err)
}

func updatedAt(v any) time.Time {
	switch r := v.(type) {
	case Item:
		return r.UpdatedAt
	case Submission:
		return r.UpdatedAt
	case Issue:
		return r.UpdatedAt
	}
	return time.Time{}
}

func wrapErr(what string, err error) error {
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	return nil
}

// Revisions lists the kept states of one record, newest first.
func (a *Archive) Revisions(ctx context.Context, kind string, id int64) ([]Revision, error) {
	var out []Revision
	err := a.read(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT id, kind, row_id, author, started_at, saved_at, content
			FROM revisions WHERE kind = ? AND row_id = ? ORDER BY id DESC`, kind, id)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			r, err := scanRevision(rows)
			if err != nil {
				return err
			}
			out = append(out, r)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("list the revisions of %s %d: %w", kind, id, err)
	}
	return out, nil
}

func scanRevision(row interface{ Scan(...any) error }) (Revision, error) {
	var r Revision
	var started, saved string
	err := row.Scan(&r.ID, &r.Kind, &r.RowID, &r.Author, &started, &saved, &r.Content)
	r.Started, r.Saved = parseStamp(started), parseStamp(saved)
	return r, err
}

func revisionTx(ctx context.Context, tx *sql.Tx, id int64) (Revision, error) {
	r, err := scanRevision(tx.QueryRowContext(ctx, `SELECT id, kind, row_id, author, started_at, saved_at, content
		FROM revisions WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return r, fmt.Errorf("revision %d: %w", id, ErrNotFound)
	}
	return r, err
}
