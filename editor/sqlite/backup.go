package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
)

// VacuumInto writes a consistent copy of the open archive db to dest (which
// must not exist) while others go on reading and writing: SQLite's VACUUM
// INTO reads one snapshot and writes a compact file.
func VacuumInto(ctx context.Context, db *sql.DB, dest string) error {
	_, err := db.ExecContext(ctx, `VACUUM INTO ?`, dest)
	return err
}

// Check opens the file at path read-only and lists what SQLite's integrity
// and foreign-key checks find wrong in it, none when it is sound; tables
// are the names of its tables.
func Check(ctx context.Context, path string) (problems, tables []string, err error) {
	q := url.Values{"mode": {"ro"}}
	q.Add("_pragma", "query_only(1)")
	db, err := sql.Open("sqlite", "file:"+URIPath(path)+"?"+q.Encode())
	if err != nil {
		return nil, nil, err
	}
	defer db.Close()
	rows, err := db.QueryContext(ctx, `SELECT name FROM sqlite_master WHERE type = 'table'`)
	if err != nil {
		return nil, nil, err
	}
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			rows.Close()
			return nil, nil, err
		}
		tables = append(tables, name)
	}
	if err := rows.Close(); err != nil {
		return nil, nil, err
	}
	for _, check := range []string{`PRAGMA integrity_check`, `PRAGMA foreign_key_check`} {
		rows, err := db.QueryContext(ctx, check)
		if err != nil {
			return nil, nil, err
		}
		cols, _ := rows.Columns()
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		for rows.Next() {
			if err := rows.Scan(ptrs...); err != nil {
				rows.Close()
				return nil, nil, err
			}
			if len(vals) == 1 && fmt.Sprint(vals[0]) == "ok" {
				continue
			}
			problems = append(problems, fmt.Sprint(vals...))
		}
		if err := rows.Close(); err != nil {
			return nil, nil, err
		}
	}
	return problems, tables, nil
}
