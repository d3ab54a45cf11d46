package editor

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
)

// AddItem appends an item to a section. Without UnitIDs, the units its
// attribution names are credited. 字数 is computed.
func (a *Archive) AddItem(ctx context.Context, sectionID int64, it *Item) error {
	return a.tx(ctx, func(tx *sql.Tx) error {
		issueID, err := sectionIssueTx(ctx, tx, sectionID)
		if err != nil {
			return fmt.Errorf("add item: %w", err)
		}
		ids, err := sectionItemIDs(ctx, tx, sectionID)
		if err != nil {
			return err
		}
		it.ID, it.SectionID, it.Position = 0, sectionID, len(ids)
		if err := creditAttributionTx(ctx, tx, it); err != nil {
			return err
		}
		if err := insertItemTx(ctx, tx, it); err != nil {
			return fmt.Errorf("add item: %w", err)
		}
		if err := a.reviseTx(ctx, tx, "item", it.ID, *it, nil, false); err != nil {
			return err
		}
		return touchIssueTx(ctx, tx, issueID)
	})
}

// creditAttributionTx credits the units an item's attribution names when
// the item credits none yet.
func creditAttributionTx(ctx context.Context, tx *sql.Tx, it *Item) error {
	if len(it.UnitIDs) > 0 || it.Attribution == "" {
		return nil
	}
	units, err := unitsTx(ctx, tx)
	if err != nil {
		return err
	}
	for _, u := range NewUnitMatcher(units).Match(it.Attribution) {
		it.UnitIDs = append(it.UnitIDs, u.ID)
	}
	return nil
}

// UpdateItem saves an item's text, credits and adoptions (字数 recomputed).
// it.Version says which version the caller read; when the stored item has
// moved on since, nothing is written and a *ConflictError (ErrConflict)
// carries both texts, the refused one kept as an unsaved draft. On success
// it.Version is the new version.
func (a *Archive) UpdateItem(ctx context.Context, it *Item) error {
	return a.updateItem(ctx, it, nil)
}

// updateItem is UpdateItem; from is the revision a restore brings back (a
// new revision, recorded in the audit list), nil for a save.
func (a *Archive) updateItem(ctx context.Context, it *Item, from *Revision) error {
	return a.saveChecked(ctx, func(tx *sql.Tx) (*ConflictError, error) {
		if err := a.lockRowTx(ctx, tx, "items", it.ID); err != nil {
			return nil, err
		}
		old, err := itemTx(ctx, tx, it.ID)
		if err != nil {
			return nil, fmt.Errorf("update item: %w", err)
		}
		issueID, err := sectionIssueTx(ctx, tx, old.SectionID)
		if err != nil { // signed: say so, not "conflict"
			return nil, fmt.Errorf("update item: %w", err)
		}
		if old.Version != it.Version {
			return &ConflictError{Kind: "item", ID: it.ID, ReadVersion: it.Version, StoredVersion: old.Version,
				StoredAt: old.UpdatedAt, Stored: old, Mine: *it}, nil
		}
		if err := updateItemTx(ctx, tx, a.eng, issueID, old, it); err != nil {
			return nil, err
		}
		return nil, a.keepRevisionTx(ctx, tx, "item", it.ID, *it, old, from)
	})
}

// updateItemTx writes an item of issue issueID (a draft: the caller
// checked) over old, the stored one. Typing changes the text alone, so a
// save writes the item's row and its search index and leaves its credits
// and adoptions when they are as stored: on the office archive each
// statement is a round trip to the server, and a keystroke's save was
// about twenty-four of them.
func updateItemTx(ctx context.Context, tx *sql.Tx, eng *engine, issueID int64, old Item, it *Item) error {
	it.SectionID, it.Position = old.SectionID, old.Position
	if err := creditAttributionTx(ctx, tx, it); err != nil {
		return err
	}
	it.Words = CountWords(it.Lead + it.Body + it.Attribution)
	now := nowStamp()
	if _, err := tx.ExecContext(later(ctx), `UPDATE items SET lead = ?, body = ?, attribution = ?, words = ?, editor_note = ?,
		version = version + 1, updated_at = ? WHERE id = ?`,
		it.Lead, it.Body, it.Attribution, it.Words, it.EditorNote, now, it.ID); err != nil {
		return fmt.Errorf("update item %d: %w", it.ID, err)
	}
	it.Version, it.UpdatedAt = old.Version+1, parseStamp(now)
	if err := replaceSearchTx(ctx, tx, eng, HitItem, it.ID, itemSearchText(it), ""); err != nil {
		return err
	}
	if !sameIDs(old.UnitIDs, it.UnitIDs) || !sameIDs(old.Submissions, it.Submissions) {
		if err := writeItemLinksTx(ctx, tx, it); err != nil {
			return err
		}
	}
	return touchIssueTx(ctx, tx, issueID)
}

// MoveItem moves an item delta places within its section (−1 up, +1
// down), stopping at either end.
func (a *Archive) MoveItem(ctx context.Context, id int64, delta int) error {
	return a.tx(ctx, func(tx *sql.Tx) error {
		it, err := itemTx(ctx, tx, id)
		if err != nil {
			return fmt.Errorf("move item: %w", err)
		}
		issueID, err := sectionIssueTx(ctx, tx, it.SectionID)
		if err != nil {
			return fmt.Errorf("move item: %w", err)
		}
		ids, err := sectionItemIDs(ctx, tx, it.SectionID)
		if err != nil {
			return err
		}
		moved := moveInList(ids, indexOfID(ids, id), delta)
		if err := renumber(ctx, tx, "items", moved); err != nil {
			return err
		}
		if indexOfID(moved, id) != indexOfID(ids, id) {
			detail := fmt.Sprintf("%s（第%d条 → 第%d条）", itemDetail(it), indexOfID(ids, id)+1, indexOfID(moved, id)+1)
			if err := a.auditTx(ctx, tx, AuditMove, "item", id, detail); err != nil {
				return err
			}
		}
		return touchIssueTx(ctx, tx, issueID)
	})
}

// MoveItemToSection moves an item to the end of another section.
func (a *Archive) MoveItemToSection(ctx context.Context, id, sectionID int64) error {
	return a.tx(ctx, func(tx *sql.Tx) error {
		it, err := itemTx(ctx, tx, id)
		if err != nil {
			return fmt.Errorf("move item: %w", err)
		}
		from, err := sectionIssueTx(ctx, tx, it.SectionID)
		if err != nil {
			return fmt.Errorf("move item: %w", err)
		}
		to, err := sectionIssueTx(ctx, tx, sectionID)
		if err != nil {
			return fmt.Errorf("move item: %w", err)
		}
		if it.SectionID == sectionID {
			return nil
		}
		target, err := sectionItemIDs(ctx, tx, sectionID)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE items SET section_id = ?, position = ? WHERE id = ?`, sectionID, len(target), id); err != nil {
			return fmt.Errorf("move item %d: %w", id, err)
		}
		rest, err := sectionItemIDs(ctx, tx, it.SectionID)
		if err != nil {
			return err
		}
		if err := renumber(ctx, tx, "items", rest); err != nil {
			return err
		}
		if err := a.auditMoveToSectionTx(ctx, tx, it, sectionID); err != nil {
			return err
		}
		if err := touchIssueTx(ctx, tx, from); err != nil {
			return err
		}
		return touchIssueTx(ctx, tx, to)
	})
}

// DeleteItem removes an item and returns it (units, submissions, position)
// so that RestoreItem can undo. Its submissions go back to 待处理 unless
// another item uses them.
func (a *Archive) DeleteItem(ctx context.Context, id int64) (Item, error) {
	var it Item
	err := a.tx(ctx, func(tx *sql.Tx) (err error) {
		if it, err = itemTx(ctx, tx, id); err != nil {
			return fmt.Errorf("delete item: %w", err)
		}
		issueID, err := sectionIssueTx(ctx, tx, it.SectionID)
		if err != nil {
			return fmt.Errorf("delete item: %w", err)
		}
		if err := deleteItemRowTx(ctx, tx, id); err != nil {
			return fmt.Errorf("delete item: %w", err)
		}
		rest, err := sectionItemIDs(ctx, tx, it.SectionID)
		if err != nil {
			return err
		}
		if err := renumber(ctx, tx, "items", rest); err != nil {
			return err
		}
		if err := a.auditTx(ctx, tx, AuditDelete, "item", id, itemDetail(it)); err != nil {
			return err
		}
		return touchIssueTx(ctx, tx, issueID)
	})
	return it, err
}

// RestoreItem puts a deleted item back at its position in its section, with
// its id, credits and adoptions (undo of DeleteItem).
func (a *Archive) RestoreItem(ctx context.Context, it Item) error {
	return a.tx(ctx, func(tx *sql.Tx) error {
		issueID, err := sectionIssueTx(ctx, tx, it.SectionID)
		if err != nil {
			return fmt.Errorf("restore item: %w", err)
		}
		ids, err := sectionItemIDs(ctx, tx, it.SectionID)
		if err != nil {
			return err
		}
		pos := min(max(it.Position, 0), len(ids))
		it.Position = len(ids)
		var taken int
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM items WHERE id = ?`, it.ID).Scan(&taken); err != nil {
			return err
		}
		if taken > 0 { // SQLite gave the id to a newer item
			it.ID = 0
		}
		// a submission or unit deleted since (possible once the item no
		// longer used it) is left out rather than refusing the whole undo
		if it.Submissions, err = existingIDsTx(ctx, tx, "submissions", it.Submissions); err != nil {
			return err
		}
		if it.Submissions, err = unadoptedTx(ctx, tx, it.Submissions); err != nil {
			return err // adopted again since: one 来稿, one item
		}
		if it.UnitIDs, err = existingIDsTx(ctx, tx, "units", it.UnitIDs); err != nil {
			return err
		}
		if err := insertItemTx(ctx, tx, &it); err != nil {
			return fmt.Errorf("restore item: %w", err)
		}
		ids = append(ids[:pos], append([]int64{it.ID}, ids[pos:]...)...)
		if err := renumber(ctx, tx, "items", ids); err != nil {
			return err
		}
		if err := a.auditTx(ctx, tx, AuditRestore, "item", it.ID, itemDetail(it)); err != nil {
			return err
		}
		return touchIssueTx(ctx, tx, issueID)
	})
}

// existingIDsTx is ids without those table no longer holds, in order.
func existingIDsTx(ctx context.Context, tx *sql.Tx, table string, ids []int64) ([]int64, error) {
	var out []int64
	for _, id := range ids {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM `+table+` WHERE id = ?`, id).Scan(&n); err != nil {
			return nil, err
		}
		if n > 0 {
			out = append(out, id)
		}
	}
	return out, nil
}

func unitIDs(units []Unit) []int64 {
	ids := make([]int64, len(units))
	for i, u := range units {
		ids[i] = u.ID
	}
	return ids
}

// Item reads one item as stored now, with its credits, adoptions and version.
func (a *Archive) Item(ctx context.Context, id int64) (Item, error) {
	var it Item
	err := a.read(ctx, func(tx *sql.Tx) (err error) {
		it, err = itemTx(ctx, tx, id)
		return err
	})
	return it, wrapErr("read item", err)
}

// sameIDs says whether a and b hold the same ids, in any order, once each.
func sameIDs(a, b []int64) bool {
	x, y := slices.Clone(a), slices.Clone(b)
	slices.Sort(x)
	slices.Sort(y)
	return slices.Equal(slices.Compact(x), slices.Compact(y))
}
