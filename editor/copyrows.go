package editor

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
)

// copier streams rows from one archive's read transaction into another's
// write transaction.
type copier struct {
	ctx         context.Context
	src, dst    *sql.Tx
	dstEng      *engine
	srcRowid    bool // the source is SQLite, whose every table has a hidden rowid
	done, total int64
	progress    func(done, total int64)
}

// columns are the names of table's columns in tx.
func columns(ctx context.Context, tx *sql.Tx, table string) ([]string, error) {
	rows, err := tx.QueryContext(ctx, `SELECT * FROM `+table+` WHERE 1 = 0`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	return rows.Columns()
}

// table copies one table's rows in the order they were written, through
// the columns both archives have (PostgreSQL's own rowid columns fill
// themselves), and says whether
// the table has an id column.
func (c *copier) table(name string) (hasID bool, err error) {
	srcCols, err := columns(c.ctx, c.src, name)
	if err != nil {
		return false, err
	}
	dstCols, err := columns(c.ctx, c.dst, name)
	if err != nil {
		return false, err
	}
	var cols []string
	for _, col := range srcCols {
		if col != "rowid" && slices.Contains(dstCols, col) {
			cols = append(cols, col)
		}
	}
	texts, err := c.texts(name, cols) // before the rows: a server connection runs one statement at a time
	if err != nil {
		return false, err
	}
	rows, err := c.src.QueryContext(c.ctx, `SELECT `+strings.Join(cols, ", ")+` FROM `+name+c.order(srcCols))
	if err != nil {
		return false, err
	}
	defer rows.Close()
	ins := &batchInsert{ctx: c.ctx, tx: c.dst, table: name, cols: cols}
	ptrs := make([]any, len(cols))
	for rows.Next() {
		vals := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return false, err
		}
		if err := texts.repack(vals); err != nil {
			return false, err
		}
		if err := ins.add(vals); err != nil {
			return false, err
		}
		if c.done++; c.done%copyBatch == 0 {
			c.progress(c.done, c.total)
		}
	}
	if err := rows.Err(); err != nil {
		return false, err
	}
	return slices.Contains(cols, "id"), ins.flush()
}

// copiedTexts turns the submissions' texts as the source stores them
// into what the copy stores: plain, or packed with a dictionary made from
// the source's texts before the first is written.
type copiedTexts struct {
	col    int // the text column's index; -1 in other tables
	packer *textPacker
}

func (c *copier) texts(table string, cols []string) (*copiedTexts, error) {
	t := &copiedTexts{col: slices.Index(cols, "text")}
	if table != "submissions" || t.col < 0 {
		return &copiedTexts{col: -1}, nil
	}
	var n int
	if err := c.src.QueryRowContext(c.ctx, `SELECT COUNT(*) FROM submissions`).Scan(&n); err != nil {
		return nil, err
	}
	if c.dstEng.packsTexts && n >= textDictTrainAt {
		if err := makeTextDictTx(c.ctx, c.src, c.dst, n); err != nil {
			return nil, err
		}
	}
	var err error
	t.packer, err = textPackerTx(c.ctx, c.dst, c.dstEng)
	return t, err
}

// repack replaces a row's stored text with the copy's.
func (t *copiedTexts) repack(vals []any) error {
	if t.col < 0 {
		return nil
	}
	var s string
	if err := (textColumn{&s}).Scan(vals[t.col]); err != nil {
		return err
	}
	vals[t.col] = t.packer.value(s)
	return nil
}

// order is the ORDER BY that reads a table's rows in the order they were written.
func (c *copier) order(srcCols []string) string {
	switch {
	case slices.Contains(srcCols, "rowid"), c.srcRowid && !slices.Contains(srcCols, "id"):
		return " ORDER BY rowid" // PostgreSQL's rowid column, or SQLite's hidden one
	case slices.Contains(srcCols, "id"):
		return " ORDER BY id"
	}
	return ""
}

// batchInsert writes rows a hundred to a statement: one round trip to the
// server per row made a ten-year archive's copy take minutes.
type batchInsert struct {
	ctx   context.Context
	tx    *sql.Tx
	table string
	cols  []string
	rows  [][]any
}

const rowsPerInsert = 100

func (b *batchInsert) add(vals []any) error {
	if b.rows = append(b.rows, vals); len(b.rows) == rowsPerInsert {
		return b.flush()
	}
	return nil
}

func (b *batchInsert) flush() error {
	if len(b.rows) == 0 {
		return nil
	}
	tuple := "(" + sqlPlaceholders(len(b.cols)) + ")"
	tuples := strings.Repeat(tuple+", ", len(b.rows)-1) + tuple
	var args []any
	for _, r := range b.rows {
		args = append(args, r...)
	}
	b.rows = b.rows[:0]
	_, err := b.tx.ExecContext(b.ctx, `INSERT INTO `+b.table+`(`+strings.Join(b.cols, ", ")+`) VALUES `+tuples, args...)
	return err
}

// verifyCopy counts every table in both archives after the copy.
func verifyCopy(ctx context.Context, from, to *Archive, tables []string) ([]TableCount, error) {
	counts := make([]TableCount, len(tables))
	for i, t := range tables {
		counts[i].Table = t
	}
	for _, side := range []struct {
		a   *Archive
		get func(c *TableCount) *int64
	}{{from, func(c *TableCount) *int64 { return &c.From }}, {to, func(c *TableCount) *int64 { return &c.To }}} {
		err := side.a.read(ctx, func(tx *sql.Tx) error {
			for i := range counts {
				if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM `+counts[i].Table).Scan(side.get(&counts[i])); err != nil {
					return fmt.Errorf("count %s: %w", counts[i].Table, err)
				}
			}
			return nil
		})
		if err != nil {
			return counts, fmt.Errorf("verify the copy: %w", err)
		}
	}
	for _, c := range counts {
		if c.From != c.To {
			return counts, fmt.Errorf("%s: %d rows in %s, %d in %s: %w", c.Table, c.From, from.Path(), c.To, to.Path(), ErrCopyMismatch)
		}
	}
	return counts, nil
}
