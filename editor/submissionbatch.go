package editor

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
)

// submissionBatch is how many new submissions one INSERT stores. Stored
// one statement a row, each row was a statement prepared with its twelve
// values, stepped, reset, and a statement journal of the pages it touched
// in the table and its seven indexes (the next row touches the same
// pages): a seventh of a ten-year demo's CPU.
const submissionBatch = 64

// submissionColumns are the columns a new submission's row is given.
const submissionColumns = `unit_id, received, kind, title, text, contact, cover, status, words, source, text_hash, updated_at`

// submissionInsertSQL inserts n submissions and returns their ids.
func submissionInsertSQL(n int) string {
	row := "(" + sqlPlaceholders(12) + ")"
	return `INSERT INTO submissions(` + submissionColumns + `) VALUES ` +
		strings.TrimSuffix(strings.Repeat(row+", ", n), ", ") + ` RETURNING id`
}

// insertAll stores normalised submissions with their row values a batch
// at a time, setting their ids and queueing them for the index.
func (w *submissionWriter) insertAll(ctx context.Context, subs []*Submission, rows []submissionRow) error {
	if w.eng.name == "postgres" {
		// a refused statement ends a PostgreSQL transaction, so a batch could
		// not be stored again row by row to name the submission refused
		for i, s := range subs {
			if err := w.insert(ctx, s, rows[i]); err != nil {
				return fmt.Errorf("add submission %q: %w", s.Title, err)
			}
		}
		return nil
	}
	for lo := 0; lo < len(subs); lo += submissionBatch {
		hi := min(lo+submissionBatch, len(subs))
		if err := w.insertBatch(ctx, subs[lo:hi], rows[lo:hi]); err != nil {
			return err
		}
	}
	return nil
}

// insertBatch stores subs in one statement. A batch SQLite refuses for a
// unit that is gone leaves nothing, as any refused statement, and is
// stored again a row at a time, which names the submission refused.
func (w *submissionWriter) insertBatch(ctx context.Context, subs []*Submission, rows []submissionRow) error {
	stmt, err := w.batchStmt(ctx, len(subs))
	if err != nil {
		return err
	}
	now := nowStamp()
	args := make([]any, 0, 12*len(subs))
	for i, s := range subs {
		args = append(args, nullID(s.UnitID), dateText(s.Received), s.Kind, s.Title, rows[i].text, s.Contact, s.Cover,
			string(s.Status), s.Words, s.Source, rows[i].hash, now)
	}
	ids, err := stmtIDs(ctx, stmt, args)
	if containsFK(err) {
		for i, s := range subs {
			if err := w.insert(ctx, s, rows[i]); err != nil {
				return fmt.Errorf("add submission %q: %w", s.Title, err)
			}
		}
		return nil
	}
	if err != nil {
		return fmt.Errorf("add submissions from %q: %w", subs[0].Title, err)
	}
	if len(ids) != len(subs) {
		return fmt.Errorf("add submissions from %q: %d stored of %d", subs[0].Title, len(ids), len(subs))
	}
	// the rows take ids one above another in the order of VALUES; RETURNING
	// gives them in an order of its own
	slices.Sort(ids)
	for i, s := range subs {
		s.ID, s.Version = ids[i], 1
		w.fts.add(s.ID, submissionSearchText(s), submissionFacets(w.eng, s.UnitID, s.Kind, s.Received))
	}
	return nil
}

// batchStmt is the prepared INSERT of n rows: the full batch's is kept.
func (w *submissionWriter) batchStmt(ctx context.Context, n int) (*sql.Stmt, error) {
	if n == submissionBatch && w.batch != nil {
		return w.batch, nil
	}
	stmt, err := w.tx.PrepareContext(ctx, submissionInsertSQL(n))
	if err != nil {
		return nil, fmt.Errorf("prepare submissions: %w", err)
	}
	if n == submissionBatch {
		w.batch = stmt
	} else {
		w.extra = append(w.extra, stmt)
	}
	return stmt, nil
}

// stmtIDs runs an INSERT … RETURNING id.
func stmtIDs(ctx context.Context, stmt *sql.Stmt, args []any) ([]int64, error) {
	rs, err := stmt.QueryContext(ctx, args...)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	var ids []int64
	for rs.Next() {
		var id int64
		if err := rs.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rs.Err()
}
