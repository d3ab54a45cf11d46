package editor

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
)

// AddSection appends a section (栏目) to a draft issue.
func (a *Archive) AddSection(ctx context.Context, issueID int64, name string) (Section, error) {
	s := Section{Name: strings.TrimSpace(name)}
	err := a.tx(ctx, func(tx *sql.Tx) error {
		if s.Name == "" {
			return errors.New("add section: the name is empty")
		}
		if err := requireDraftTx(ctx, tx, issueID); err != nil {
			return fmt.Errorf("add section: %w", err)
		}
		ids, err := queryIDs(ctx, tx, `SELECT id FROM sections WHERE issue_id = ?`, issueID)
		if err != nil {
			return err
		}
		if err := insertSectionTx(ctx, tx, issueID, len(ids), &s, nil); err != nil {
			return err
		}
		return touchIssueTx(ctx, tx, issueID)
	})
	return s, err
}

// RenameSection renames a section of a draft issue.
func (a *Archive) RenameSection(ctx context.Context, id int64, name string) error {
	name = strings.TrimSpace(name)
	if name == "" {
		return errors.New("rename section: the name is empty")
	}
	return a.tx(ctx, func(tx *sql.Tx) error {
		issueID, err := sectionIssueTx(ctx, tx, id)
		if err != nil {
			return fmt.Errorf("rename section: %w", err)
		}
		if _, err := tx.ExecContext(ctx, `UPDATE sections SET name = ? WHERE id = ?`, name, id); err != nil {
			return fmt.Errorf("rename section %d: %w", id, err)
		}
		return touchIssueTx(ctx, tx, issueID)
	})
}

// MoveSection moves a section delta places among its issue's sections,
// stopping at either end.
func (a *Archive) MoveSection(ctx context.Context, id int64, delta int) error {
	return a.tx(ctx, func(tx *sql.Tx) error {
		issueID, err := sectionIssueTx(ctx, tx, id)
		if err != nil {
			return fmt.Errorf("move section: %w", err)
		}
		ids, err := queryIDs(ctx, tx, `SELECT id FROM sections WHERE issue_id = ? ORDER BY position, id`, issueID)
		if err != nil {
			return err
		}
		if err := renumber(ctx, tx, "sections", moveInList(ids, indexOfID(ids, id), delta)); err != nil {
			return err
		}
		return touchIssueTx(ctx, tx, issueID)
	})
}

// DeleteSection removes a section with its items (the UI confirms first);
// their submissions go back to 待处理 unless used elsewhere. Items with
// upstream adoptions or 批示 are refused with ErrInUse: those would be lost.
func (a *Archive) DeleteSection(ctx context.Context, id int64) error {
	return a.tx(ctx, func(tx *sql.Tx) error {
		issueID, err := sectionIssueTx(ctx, tx, id)
		if err != nil {
			return fmt.Errorf("delete section: %w", err)
		}
		items, err := sectionItemIDs(ctx, tx, id)
		if err != nil {
			return err
		}
		for _, item := range items {
			if err := deleteItemRowTx(ctx, tx, item); err != nil {
				return fmt.Errorf("delete section: %w", err)
			}
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM sections WHERE id = ?`, id); err != nil {
			return fmt.Errorf("delete section %d: %w", id, err)
		}
		rest, err := queryIDs(ctx, tx, `SELECT id FROM sections WHERE issue_id = ? ORDER BY position, id`, issueID)
		if err != nil {
			return err
		}
		if err := renumber(ctx, tx, "sections", rest); err != nil {
			return err
		}
		return touchIssueTx(ctx, tx, issueID)
	})
}
