package postgres

import (
	"context"
	"fmt"
	"net/url"
	"strings"
)

// WithSchema is dsn with its tables in schema (the search_path), so that
// one database can hold several archives: a test's, or a trial copy.
func WithSchema(dsn, schema string) string {
	if strings.Contains(dsn, "://") {
		if u, err := url.Parse(dsn); err == nil {
			q := u.Query()
			q.Set("search_path", schema)
			u.RawQuery = q.Encode()
			return u.String()
		}
	}
	return dsn + " search_path=" + schema
}

// NewSchema creates schema on the server dsn names and returns the dsn of
// an archive in it and a function that drops it with everything in it.
func NewSchema(ctx context.Context, dsn, schema string) (string, func() error, error) {
	db, err := Open(dsn)
	if err != nil {
		return "", nil, err
	}
	if _, err := db.ExecContext(ctx, `CREATE SCHEMA `+schema); err != nil {
		db.Close()
		return "", nil, fmt.Errorf("create schema %s: %w", schema, err)
	}
	drop := func() error {
		defer db.Close()
		_, err := db.ExecContext(context.Background(), `DROP SCHEMA `+schema+` CASCADE`)
		return err
	}
	return WithSchema(dsn, schema), drop, nil
}
