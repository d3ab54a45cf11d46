package editor

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// Bulletins lists the publication series, in the order they were created.
func (a *Archive) Bulletins(ctx context.Context) ([]Bulletin, error) {
	var out []Bulletin
	err := a.read(ctx, func(tx *sql.Tx) error {
		ids, err := queryIDs(ctx, tx, `SELECT id FROM bulletins ORDER BY id`)
		if err != nil {
			return fmt.Errorf("list bulletins: %w", err)
		}
		for _, id := range ids {
			b, err := bulletinTx(ctx, tx, id)
			if err != nil {
				return err
			}
			out = append(out, b)
		}
		return nil
	})
	return out, err
}

// Bulletin is one publication series with its default sections and distribution.
func (a *Archive) Bulletin(ctx context.Context, id int64) (Bulletin, error) {
	var b Bulletin
	err := a.read(ctx, func(tx *sql.Tx) (err error) {
		b, err = bulletinTx(ctx, tx, id)
		return err
	})
	return b, err
}

// BulletinByName finds a series by its exact name.
func (a *Archive) BulletinByName(ctx context.Context, name string) (Bulletin, error) {
	var b Bulletin
	err := a.read(ctx, func(tx *sql.Tx) error {
		var id int64
		err := tx.QueryRowContext(ctx, `SELECT id FROM bulletins WHERE name = ?`, name).Scan(&id)
		if errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("bulletin %q: %w", name, ErrNotFound)
		} else if err != nil {
			return err
		}
		b, err = bulletinTx(ctx, tx, id)
		return err
	})
	return b, err
}

// SaveBulletin creates (ID 0) or updates a series and replaces its default
// sections and distribution lines.
func (a *Archive) SaveBulletin(ctx context.Context, b *Bulletin) error {
	return a.tx(ctx, func(tx *sql.Tx) error { return saveBulletinTx(ctx, tx, b) })
}

func bulletinTx(ctx context.Context, tx *sql.Tx, id int64) (Bulletin, error) {
	b := Bulletin{ID: id}
	err := tx.QueryRowContext(ctx, `SELECT name, editing_unit, copy_count FROM bulletins WHERE id = ?`, id).
		Scan(&b.Name, &b.EditingUnit, &b.CopyCount)
	if errors.Is(err, sql.ErrNoRows) {
		return b, fmt.Errorf("bulletin %d: %w", id, ErrNotFound)
	} else if err != nil {
		return b, fmt.Errorf("read bulletin %d: %w", id, err)
	}
	if b.Marks, err = bulletinMarksTx(ctx, tx, id); err != nil {
		return b, err
	}
	rows, err := tx.QueryContext(ctx, `SELECT name FROM bulletin_sections WHERE bulletin_id = ? ORDER BY position`, id)
	if err != nil {
		return b, err
	}
	defer rows.Close()
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return b, err
		}
		b.Sections = append(b.Sections, s)
	}
	if err := rows.Err(); err != nil {
		return b, err
	}
	b.Distribution, err = distributionTx(ctx, tx, `bulletin_distribution WHERE bulletin_id = ?`, id)
	return b, err
}

// distributionTx reads footer lines from "table WHERE owner = ?".
func distributionTx(ctx context.Context, tx *sql.Tx, from string, id int64) ([]DistributionLine, error) {
	rows, err := tx.QueryContext(ctx, `SELECT label, text FROM `+from+` ORDER BY position`, id)
	if err != nil {
		return nil, fmt.Errorf("read distribution: %w", err)
	}
	defer rows.Close()
	var out []DistributionLine
	for rows.Next() {
		var l DistributionLine
		if err := rows.Scan(&l.Label, &l.Text); err != nil {
			return nil, err
		}
		out = append(out, l)
	}
	return out, rows.Err()
}

func saveBulletinTx(ctx context.Context, tx *sql.Tx, b *Bulletin) error {
	if b.Name == "" {
		return errors.New("save bulletin: the name is empty")
	}
	var err error
	if b.ID == 0 {
		b.ID, err = insertID(ctx, tx, `INSERT INTO bulletins(name, editing_unit, copy_count) VALUES (?, ?, ?)`,
			b.Name, b.EditingUnit, b.CopyCount)
	} else {
		var res sql.Result
		res, err = tx.ExecContext(ctx, `UPDATE bulletins SET name = ?, editing_unit = ?, copy_count = ? WHERE id = ?`,
			b.Name, b.EditingUnit, b.CopyCount, b.ID)
		if n, _ := rowsAffected(res, err); err == nil && n == 0 {
			return fmt.Errorf("save bulletin %d: %w", b.ID, ErrNotFound)
		}
	}
	if isUniqueViolation(err, "bulletins") {
		return fmt.Errorf("save bulletin: a bulletin named %q already exists: %w", b.Name, ErrDuplicateName)
	} else if err != nil {
		return fmt.Errorf("save bulletin %q: %w", b.Name, err)
	}
	if err := writeBulletinMarksTx(ctx, tx, b.ID, b.Marks); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM bulletin_sections WHERE bulletin_id = ?`, b.ID); err != nil {
		return err
	}
	for i, s := range b.Sections {
		if _, err := tx.ExecContext(ctx, `INSERT INTO bulletin_sections(bulletin_id, position, name) VALUES (?, ?, ?)`, b.ID, i, s); err != nil {
			return fmt.Errorf("save bulletin sections: %w", err)
		}
	}
	return writeDistributionTx(ctx, tx, "bulletin_distribution", "bulletin_id", b.ID, b.Distribution)
}

// writeDistributionTx replaces the footer lines of a bulletin or an issue.
func writeDistributionTx(ctx context.Context, tx *sql.Tx, table, owner string, id int64, lines []DistributionLine) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM `+table+` WHERE `+owner+` = ?`, id); err != nil {
		return fmt.Errorf("save distribution: %w", err)
	}
	for i, l := range lines {
		if _, err := tx.ExecContext(ctx, `INSERT INTO `+table+`(`+owner+`, position, label, text) VALUES (?, ?, ?, ?)`,
			id, i, l.Label, l.Text); err != nil {
			return fmt.Errorf("save distribution: %w", err)
		}
	}
	return nil
}

// rowsAffected is res.RowsAffected when the statement succeeded.
func rowsAffected(res sql.Result, err error) (int64, error) {
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}
