package editor

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
)

// checkUpstreamTarget checks that exactly one of a submission and an item
// is named, and that the level is known.
func checkUpstreamTarget(submissionID, itemID int64, level OutletLevel) error {
	if (submissionID == 0) == (itemID == 0) {
		return errors.New("name either a submission or an item")
	}
	if !slices.Contains(Levels, level) {
		return fmt.Errorf("unknown level %q", level)
	}
	return nil
}

// AddUpstreamAdoption records that a higher outlet adopted a submission or
// an item (date zero: today).
func (a *Archive) AddUpstreamAdoption(ctx context.Context, u *UpstreamAdoption) error {
	if err := checkUpstreamTarget(u.SubmissionID, u.ItemID, u.Level); err != nil {
		return fmt.Errorf("add upstream adoption: %w", err)
	}
	if u.Outlet == "" {
		return errors.New("add upstream adoption: the outlet is empty")
	}
	u.Date = orToday(u.Date)
	return a.tx(ctx, func(tx *sql.Tx) error {
		id, err := insertID(ctx, tx, `INSERT INTO upstream_adoptions(submission_id, item_id, outlet, level, date, note)
			VALUES (?, ?, ?, ?, ?, ?)`, nullID(u.SubmissionID), nullID(u.ItemID), u.Outlet, string(u.Level), dateText(u.Date), u.Note)
		if err != nil {
			return fmt.Errorf("add upstream adoption: %w", upstreamRefError(err))
		}
		u.ID = id
		return nil
	})
}

// upstreamRefError says ErrNotFound when the submission or item does not exist.
func upstreamRefError(err error) error {
	if err != nil && (errors.Is(err, ErrNotFound) || containsFK(err)) {
		return fmt.Errorf("the submission or item: %w", ErrNotFound)
	}
	return err
}

// UpstreamAdoptions lists upstream adoptions of a submission, of an item,
// or (both 0) all of them, oldest first.
func (a *Archive) UpstreamAdoptions(ctx context.Context, submissionID, itemID int64) ([]UpstreamAdoption, error) {
	var out []UpstreamAdoption
	err := a.read(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT id, COALESCE(submission_id, 0), COALESCE(item_id, 0), outlet, level, date, note
			FROM upstream_adoptions WHERE (?1 = 0 AND ?2 = 0) OR submission_id = ?1 OR item_id = ?2 ORDER BY date, id`,
			submissionID, itemID)
		if err != nil {
			return fmt.Errorf("list upstream adoptions: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			var u UpstreamAdoption
			var date string
			if err := rows.Scan(&u.ID, &u.SubmissionID, &u.ItemID, &u.Outlet, &u.Level, &date, &u.Note); err != nil {
				return err
			}
			u.Date = parseDateText(date)
			out = append(out, u)
		}
		return rows.Err()
	})
	return out, err
}

// DeleteUpstreamAdoption removes one upstream adoption.
func (a *Archive) DeleteUpstreamAdoption(ctx context.Context, id int64) error {
	return a.deleteRow(ctx, "upstream_adoptions", id)
}

// AddInstruction records a leader's 批示 on a submission or an item (date zero: today).
func (a *Archive) AddInstruction(ctx context.Context, in *Instruction) error {
	if err := checkUpstreamTarget(in.SubmissionID, in.ItemID, in.Level); err != nil {
		return fmt.Errorf("add instruction: %w", err)
	}
	in.Date = orToday(in.Date)
	return a.tx(ctx, func(tx *sql.Tx) error {
		id, err := insertID(ctx, tx, `INSERT INTO instructions(submission_id, item_id, leader, level, date, text)
			VALUES (?, ?, ?, ?, ?, ?)`, nullID(in.SubmissionID), nullID(in.ItemID), in.Leader, string(in.Level), dateText(in.Date), in.Text)
		if err != nil {
			return fmt.Errorf("add instruction: %w", upstreamRefError(err))
		}
		in.ID = id
		return nil
	})
}

// Instructions lists the 批示 on a submission, on an item, or (both 0) all, oldest first.
func (a *Archive) Instructions(ctx context.Context, submissionID, itemID int64) ([]Instruction, error) {
	var out []Instruction
	err := a.read(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT id, COALESCE(submission_id, 0), COALESCE(item_id, 0), leader, level, date, text
			FROM instructions WHERE (?1 = 0 AND ?2 = 0) OR submission_id = ?1 OR item_id = ?2 ORDER BY date, id`,
			submissionID, itemID)
		if err != nil {
			return fmt.Errorf("list instructions: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			var in Instruction
			var date string
			if err := rows.Scan(&in.ID, &in.SubmissionID, &in.ItemID, &in.Leader, &in.Level, &date, &in.Text); err != nil {
				return err
			}
			in.Date = parseDateText(date)
			out = append(out, in)
		}
		return rows.Err()
	})
	return out, err
}

// DeleteInstruction removes one 批示.
func (a *Archive) DeleteInstruction(ctx context.Context, id int64) error {
	return a.deleteRow(ctx, "instructions", id)
}

// deleteRow deletes one row by id from a table of records nothing refers to.
func (a *Archive) deleteRow(ctx context.Context, table string, id int64) error {
	return a.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `DELETE FROM `+table+` WHERE id = ?`, id)
		if n, err := rowsAffected(res, err); err != nil {
			return fmt.Errorf("delete from %s: %w", table, err)
		} else if n == 0 {
			return fmt.Errorf("%s %d: %w", table, id, ErrNotFound)
		}
		return nil
	})
}
