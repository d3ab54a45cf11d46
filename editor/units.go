package editor

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
)

// Units lists the 报送单位 in their display order, with aliases.
func (a *Archive) Units(ctx context.Context) ([]Unit, error) {
	var out []Unit
	err := a.read(ctx, func(tx *sql.Tx) (err error) {
		out, err = unitsTx(ctx, tx)
		return err
	})
	return out, err
}

// SaveUnit creates (ID 0) or updates a unit and replaces its aliases. A
// new unit without a position goes to the end of the list.
func (a *Archive) SaveUnit(ctx context.Context, u *Unit) error {
	return a.tx(ctx, func(tx *sql.Tx) error { return saveUnitTx(ctx, tx, u) })
}

// DeleteUnit removes a unit no submission or item refers to; ErrInUse otherwise
// (deactivate it instead, so its history keeps its name).
func (a *Archive) DeleteUnit(ctx context.Context, id int64) error {
	return a.tx(ctx, func(tx *sql.Tx) error {
		var n int
		err := tx.QueryRowContext(ctx, `SELECT (SELECT COUNT(*) FROM submissions WHERE unit_id = ?)
			+ (SELECT COUNT(*) FROM item_units WHERE unit_id = ?)`, id, id).Scan(&n)
		if err != nil {
			return fmt.Errorf("delete unit %d: %w", id, err)
		}
		if n > 0 {
			return fmt.Errorf("delete unit %d: %d submissions or items credit it: %w", id, n, ErrInUse)
		}
		res, err := tx.ExecContext(ctx, `DELETE FROM units WHERE id = ?`, id)
		if n, err := rowsAffected(res, err); err != nil {
			return fmt.Errorf("delete unit %d: %w", id, err)
		} else if n == 0 {
			return fmt.Errorf("delete unit %d: %w", id, ErrNotFound)
		}
		return nil
	})
}

func unitsTx(ctx context.Context, tx *sql.Tx) ([]Unit, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id, name, short_name, grp, active, position FROM units ORDER BY position, id`)
	if err != nil {
		return nil, fmt.Errorf("list units: %w", err)
	}
	var out []Unit
	byID := map[int64]int{}
	for rows.Next() {
		var u Unit
		if err := rows.Scan(&u.ID, &u.Name, &u.ShortName, &u.Group, &u.Active, &u.Position); err != nil {
			rows.Close()
			return nil, err
		}
		byID[u.ID] = len(out)
		out = append(out, u)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows, err = tx.QueryContext(ctx, `SELECT unit_id, alias FROM unit_aliases ORDER BY unit_id, rowid`)
	if err != nil {
		return nil, fmt.Errorf("list unit aliases: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var alias string
		if err := rows.Scan(&id, &alias); err != nil {
			return nil, err
		}
		if i, ok := byID[id]; ok {
			out[i].Aliases = append(out[i].Aliases, alias)
		}
	}
	return out, rows.Err()
}

// findOrAddUnitTx adds u, a new unit a 来稿 or an imported issue names, or
// takes the unit of that name another desktop added since this transaction
// read the units: two editors importing 来稿 of one new unit at the same
// moment made the second batch fail whole on the duplicate name (review
// G28). On PostgreSQL the INSERT waits for the other's to commit, then
// adds nothing; the next statement sees that unit.
func findOrAddUnitTx(ctx context.Context, tx *sql.Tx, u *Unit) error {
	u.Name = strings.TrimSpace(u.Name)
	if u.ID != 0 || u.Name == "" {
		return saveUnitTx(ctx, tx, u)
	}
	err := tx.QueryRowContext(ctx, `INSERT INTO units(name, short_name, grp, active, position)
		VALUES (?, ?, ?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM units)) ON CONFLICT (name) DO NOTHING RETURNING id, position`,
		u.Name, u.ShortName, u.Group, u.Active).Scan(&u.ID, &u.Position)
	if errors.Is(err, sql.ErrNoRows) {
		err = tx.QueryRowContext(ctx, `SELECT id, short_name, grp, active, position FROM units WHERE name = ?`, u.Name).
			Scan(&u.ID, &u.ShortName, &u.Group, &u.Active, &u.Position)
		return wrapErr("take the unit another desktop added", err)
	}
	if err != nil {
		return fmt.Errorf("save unit %q: %w", u.Name, err)
	}
	for _, al := range u.Aliases {
		if al = strings.TrimSpace(al); al == "" {
			continue
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO unit_aliases(unit_id, alias) VALUES (?, ?) ON CONFLICT DO NOTHING`, u.ID, al); err != nil {
			return fmt.Errorf("save unit aliases: %w", err)
		}
	}
	return nil
}

func saveUnitTx(ctx context.Context, tx *sql.Tx, u *Unit) error {
	u.Name = strings.TrimSpace(u.Name)
	if u.Name == "" {
		return errors.New("save unit: the name is empty")
	}
	var err error
	isNew := u.ID == 0
	if isNew {
		if u.Position == 0 {
			if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(position), 0) + 1 FROM units`).Scan(&u.Position); err != nil {
				return err
			}
		}
		u.ID, err = insertID(ctx, tx, `INSERT INTO units(name, short_name, grp, active, position) VALUES (?, ?, ?, ?, ?)`,
			u.Name, u.ShortName, u.Group, u.Active, u.Position)
	} else {
		var res sql.Result
		res, err = tx.ExecContext(ctx, `UPDATE units SET name = ?, short_name = ?, grp = ?, active = ?, position = ? WHERE id = ?`,
			u.Name, u.ShortName, u.Group, u.Active, u.Position, u.ID)
		if n, _ := rowsAffected(res, err); err == nil && n == 0 {
			return fmt.Errorf("save unit %d: %w", u.ID, ErrNotFound)
		}
	}
	if isUniqueViolation(err, "units") {
		return fmt.Errorf("save unit: a unit named %q already exists: %w", u.Name, ErrDuplicateName)
	} else if err != nil {
		return fmt.Errorf("save unit %q: %w", u.Name, err)
	}
	// A new unit has no aliases to replace; on the office archive a 编辑 may
	// add a unit (a first 来稿 from it) but not delete aliases, so the DELETE
	// is only for an update.
	if !isNew {
		if _, err := tx.ExecContext(ctx, `DELETE FROM unit_aliases WHERE unit_id = ?`, u.ID); err != nil {
			return fmt.Errorf("save unit %q: replace aliases: %w", u.Name, err)
		}
	}
	for _, al := range u.Aliases {
		if al = strings.TrimSpace(al); al == "" {
			continue
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO unit_aliases(unit_id, alias) VALUES (?, ?) ON CONFLICT DO NOTHING`, u.ID, al); err != nil {
			return fmt.Errorf("save unit aliases: %w", err)
		}
	}
	return nil
}

// GuessUnitGroup is the group a new unit most likely belongs to, from its
// name: 市直 for the city's own bodies (市委网信办, 市人社局), 县区 for a
// county or district (白沙县委组织部, 北湖区, 高新区党工委); 其他 when the
// name does not say (a blank group would make a nameless subtotal in the
// statistics). Every new unit was put in 县区, 市委网信办 too.
func GuessUnitGroup(name string) string {
	n := []rune(strings.TrimPrefix(strings.TrimSpace(name), "中共"))
	head := n[:min(len(n), 8)]
	for i, r := range head {
		switch r {
		case '市':
			if i == 0 || strings.ContainsRune("委直政级", at(head, i+1)) {
				return DefaultGroups[1]
			}
		case '县', '区', '旗':
			return DefaultGroups[0]
		}
	}
	return DefaultGroups[2]
}

// at is s[i], or 0 past its end.
func at(s []rune, i int) rune {
	if i < len(s) {
		return s[i]
	}
	return 0
}

// NewUnitError is a unit an import meant to add (a first 来稿 or item from
// it) that could not be added, with the file it came from when known, so
// that the message names both. It unwraps to the cause (ErrDenied when the
// office archive's server refused it).
type NewUnitError struct {
	Unit   string
	Source string // the file, "" when not known
	Err    error
}

func (e *NewUnitError) Error() string {
	if e.Source != "" {
		return fmt.Sprintf("%s: add the new unit %q: %v", e.Source, e.Unit, e.Err)
	}
	return fmt.Sprintf("add the new unit %q: %v", e.Unit, e.Err)
}

func (e *NewUnitError) Unwrap() error { return e.Err }

// withSource names the file on a NewUnitError that has none yet.
func withSource(err error, source string) error {
	var ue *NewUnitError
	if errors.As(err, &ue) && ue.Source == "" {
		ue.Source = source
	}
	return err
}
