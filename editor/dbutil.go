package editor

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"
)

// stampLayout is a fixed-width timestamp, so that text order is time order
// (RFC 3339 with trimmed nanoseconds is not).
const stampLayout = "2006-01-02T15:04:05.000000000Z"

// nowStamp is the time of a change as stored in updated_at columns.
func nowStamp() string { return time.Now().UTC().Format(stampLayout) }

// parseStamp reads an updated_at column; a bad one reads as the zero time.
func parseStamp(s string) time.Time {
	t, err := time.Parse(stampLayout, s)
	if err != nil {
		t, _ = time.Parse(time.RFC3339Nano, s)
	}
	return t
}

// Today is the current calendar day (local calendar, stored as UTC midnight
// like every Date the archive reads).
func Today() Date {
	y, m, d := time.Now().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// dateText is a Date as the archive stores it.
func dateText(d Date) string { return d.Format(DateLayout) }

// parseDateText reads a stored date; a bad one reads as the zero Date.
func parseDateText(s string) Date {
	d, _ := time.Parse(DateLayout, s)
	return d
}

// orToday is d, or today when d is the zero Date.
func orToday(d Date) Date {
	if d.IsZero() {
		return Today()
	}
	return d
}

// sqlPlaceholders is "?, ?, ?" for n arguments.
func sqlPlaceholders(n int) string {
	if n <= 0 {
		return ""
	}
	return strings.Repeat("?, ", n-1) + "?"
}

// int64Args turns ids into query arguments.
func int64Args(ids []int64) []any {
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	return args
}

// nullID stores 0 as NULL for optional references.
func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

// insertID runs an INSERT and returns the id the archive gave the new row
// (INSERT … RETURNING id, which both engines understand; database/sql's
// LastInsertId is SQLite's alone).
func insertID(ctx context.Context, tx *sql.Tx, insert string, args ...any) (int64, error) {
	var id int64
	err := tx.QueryRowContext(ctx, insert+` RETURNING id`, args...).Scan(&id)
	return id, err
}

// queryIDs runs a query returning one integer column.
func queryIDs(ctx context.Context, tx *sql.Tx, query string, args ...any) ([]int64, error) {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// renumber stores ids' order as positions 0, 1, 2, … in table.
func renumber(ctx context.Context, tx *sql.Tx, table string, ids []int64) error {
	for i, id := range ids {
		if _, err := tx.ExecContext(ctx, `UPDATE `+table+` SET position = ? WHERE id = ?`, i, id); err != nil {
			return fmt.Errorf("reorder %s: %w", table, err)
		}
	}
	return nil
}

// moveInList moves ids[from] by delta places, clamped at both ends.
func moveInList(ids []int64, from, delta int) []int64 {
	to := min(max(from+delta, 0), len(ids)-1)
	if to == from {
		return ids
	}
	id := ids[from]
	out := append([]int64{}, ids[:from]...)
	out = append(out, ids[from+1:]...)
	out = append(out[:to], append([]int64{id}, out[to:]...)...)
	return out
}

// indexOfID is the position of id in ids, -1 when absent.
func indexOfID(ids []int64, id int64) int {
	for i, x := range ids {
		if x == id {
			return i
		}
	}
	return -1
}
