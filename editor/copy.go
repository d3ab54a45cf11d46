package editor

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
)

// copyOrder is the order tables are copied in: every table after the ones
// it refers to. Tables a later migration adds and this list does not name
// follow in alphabetical order.
var copyOrder = []string{"settings", "bulletins", "bulletin_sections", "bulletin_distribution", "units", "unit_aliases",
	"issues", "issue_events", "issue_distribution", "sections", "items", "item_units", "submissions", "adoptions",
	"upstream_adoptions", "instructions", "scoring_rules", "quotas", "unsaved_drafts"}

// copyBatch is how many rows pass between two progress reports.
const copyBatch = 500

// TableCount is one table's rows in the archive copied from and the copy.
type TableCount struct {
	Table    string
	From, To int64
}

// ErrCopyMismatch is a copy whose row counts differ from its source's.
var ErrCopyMismatch = errors.New("the copy does not hold the same rows as the archive it was copied from")

// CopyArchive copies everything in from into to — a local file into the
// office archive or back — in one transaction on to: it lands whole or not
// at all. to must be new (no units, submissions or issues); its defaults
// are replaced by from's. The search indexes are rebuilt from the texts
// with the one Go tokeniser, so the copy finds what the original finds.
// progress, when set, hears rows done of the total now and then. The
// counts of every table in both archives, read after the commit, are
// returned; ErrCopyMismatch when any differ.
func CopyArchive(ctx context.Context, from, to *Archive, progress func(done, total int64)) ([]TableCount, error) {
	if progress == nil {
		progress = func(int64, int64) {}
	}
	var tables []string
	err := from.read(ctx, func(src *sql.Tx) error {
		var err error
		if tables, err = copyTables(ctx, src, from.eng); err != nil {
			return err
		}
		total, err := countRows(ctx, src, tables)
		if err != nil {
			return err
		}
		return to.tx(ctx, func(dst *sql.Tx) error {
			if err := emptyForCopy(ctx, dst, tables); err != nil {
				return err
			}
			c := &copier{ctx: ctx, src: src, dst: dst, dstEng: to.eng, srcRowid: from.eng.name == "sqlite", total: total, progress: progress}
			for _, t := range tables {
				hasID, err := c.table(t)
				if err != nil {
					return fmt.Errorf("copy %s: %w", t, err)
				}
				if q := to.eng.resetIDSQL(t); q != "" && hasID {
					if _, err := dst.ExecContext(ctx, q); err != nil {
						return fmt.Errorf("copy %s: %w", t, err)
					}
				}
			}
			if err := rebuildSearchIndexTx(ctx, dst, to.eng, nil); err != nil {
				return fmt.Errorf("index the copy for search: %w", err)
			}
			progress(total, total)
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("copy %s to %s: %w", from.Path(), to.Path(), err)
	}
	if err := to.settleAfterBulk(ctx); err != nil { // bulk.go
		return nil, fmt.Errorf("copy %s to %s: %w", from.Path(), to.Path(), err)
	}
	return verifyCopy(ctx, from, to, tables)
}

// copyTables are the tables of an archive to copy, in copyOrder; the
// migrations record, the search index and the live state (changes for
// the other desktops, who is typing where) are each archive's own;
// revisions and the audit list go with the archive.
func copyTables(ctx context.Context, tx *sql.Tx, eng *engine) ([]string, error) {
	rows, err := tx.QueryContext(ctx, eng.tablesSQL)
	if err != nil {
		return nil, fmt.Errorf("list tables: %w", err)
	}
	defer rows.Close()
	var extra []string
	have := map[string]bool{}
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			return nil, err
		}
		// bd_ tables belong to the engine (the office archive's role names)
		// text_dictionaries too: a file makes its own from the texts it is given
		if name == "migrations" || name == "changes" || name == "presence" || name == "text_dictionaries" || isSearchTable(name) ||
			strings.HasPrefix(name, "sqlite_") || strings.HasPrefix(name, "bd_") {
			continue
		}
		have[name] = true
		if !slices.Contains(copyOrder, name) {
			extra = append(extra, name)
		}
	}
	var out []string
	for _, t := range copyOrder {
		if have[t] {
			out = append(out, t)
		}
	}
	sort.Strings(extra)
	return append(out, extra...), rows.Err()
}

func countRows(ctx context.Context, tx *sql.Tx, tables []string) (int64, error) {
	var total int64
	for _, t := range tables {
		var n int64
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM `+t).Scan(&n); err != nil {
			return 0, fmt.Errorf("count %s: %w", t, err)
		}
		total += n
	}
	return total, nil
}

// emptyForCopy refuses an archive with someone's work in it, and clears
// the defaults a new archive starts with, so the copy holds from's.
func emptyForCopy(ctx context.Context, tx *sql.Tx, tables []string) error {
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT (SELECT COUNT(*) FROM units) + (SELECT COUNT(*) FROM submissions)
		+ (SELECT COUNT(*) FROM issues)`).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return ErrNotEmpty
	}
	clear := slices.Clone(tables)
	slices.Reverse(clear) // the tables referring to others first
	for _, t := range clear {
		if _, err := tx.ExecContext(ctx, `DELETE FROM `+t); err != nil {
			return fmt.Errorf("clear %s: %w", t, err)
		}
	}
	return nil
}

// isSearchTable says whether name is one of the search indexes (or an FTS5
// table's shadow): each archive makes its own from the texts.
func isSearchTable(name string) bool {
	for _, ix := range searchIndexes {
		if strings.HasPrefix(name, ix.tokens) || strings.HasPrefix(name, ix.chars) {
			return true
		}
	}
	return false
}
