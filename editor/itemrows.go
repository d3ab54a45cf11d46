package editor

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// itemsTx loads items "FROM items it JOIN sections s … WHERE where", in
// section and item order, with their credited units and adopted submissions.
func itemsTx(ctx context.Context, tx *sql.Tx, where string, args ...any) ([]Item, error) {
	const from = ` FROM items it JOIN sections s ON s.id = it.section_id `
	rows, err := tx.QueryContext(ctx, `SELECT it.id, it.section_id, it.position, it.lead, it.body, it.attribution, it.words, it.editor_note,
		it.version, it.updated_at`+
		from+where+` ORDER BY s.position, it.position, it.id`, args...)
	if err != nil {
		return nil, fmt.Errorf("read items: %w", err)
	}
	var out []Item
	at := map[int64]int{}
	for rows.Next() {
		var it Item
		var updated string
		if err := rows.Scan(&it.ID, &it.SectionID, &it.Position, &it.Lead, &it.Body, &it.Attribution, &it.Words, &it.EditorNote,
			&it.Version, &updated); err != nil {
			rows.Close()
			return nil, err
		}
		it.UpdatedAt = parseStamp(updated)
		at[it.ID] = len(out)
		out = append(out, it)
	}
	rows.Close()
	if err := rows.Err(); err != nil || len(out) == 0 {
		return out, err
	}
	// the credits and the adoptions in one statement: on the office
	// archive each is a round trip to the server, for every load of an
	// issue and every save of an item
	const links = `SELECT 0, x.rowid, x.item_id, x.unit_id FROM item_units x JOIN items it ON it.id = x.item_id
		JOIN sections s ON s.id = it.section_id `
	const adoptions = `SELECT 1, x.rowid, x.item_id, x.submission_id FROM adoptions x JOIN items it ON it.id = x.item_id
		JOIN sections s ON s.id = it.section_id `
	err = scanItemLinks(ctx, tx, links+where+` UNION ALL `+adoptions+where+` ORDER BY 1, 2`, append(args, args...),
		func(adopted bool, item, id int64) {
			if it := &out[at[item]]; adopted {
				it.Submissions = append(it.Submissions, id)
			} else {
				it.UnitIDs = append(it.UnitIDs, id)
			}
		})
	return out, err
}

// scanItemLinks reads (adopted, rowid, item, id) rows: a credited unit,
// or an adopted submission when adopted is 1.
func scanItemLinks(ctx context.Context, tx *sql.Tx, query string, args []any, add func(adopted bool, item, id int64)) error {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return fmt.Errorf("read item credits: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var adopted int
		var rowid, item, id int64
		if err := rows.Scan(&adopted, &rowid, &item, &id); err != nil {
			return err
		}
		add(adopted == 1, item, id)
	}
	return rows.Err()
}

// itemTx loads one item.
func itemTx(ctx context.Context, tx *sql.Tx, id int64) (Item, error) {
	items, err := itemsTx(ctx, tx, `WHERE it.id = ?`, id)
	if err != nil {
		return Item{}, err
	}
	if len(items) == 0 {
		return Item{}, fmt.Errorf("item %d: %w", id, ErrNotFound)
	}
	return items[0], nil
}

// itemSearchText is what the search index holds for an item.
func itemSearchText(it *Item) string {
	return it.Lead + "\n" + it.Body + "\n" + it.Attribution
}

// insertItemTx stores an item at it.SectionID/it.Position (the caller has
// made room), reusing it.ID when set (undo), with credits, adoptions and
// its search tokens.
func insertItemTx(ctx context.Context, tx *sql.Tx, it *Item) error {
	it.Words = CountWords(it.Lead + it.Body + it.Attribution)
	// A new item takes the next id; undo puts one back under its old id.
	it.Version, it.UpdatedAt = 1, parseStamp(nowStamp())
	cols, vals := "", ""
	args := []any{it.SectionID, it.Position, it.Lead, it.Body, it.Attribution, it.Words, it.UpdatedAt.Format(stampLayout)}
	if it.ID != 0 {
		cols, vals, args = "id, ", "?, ", append([]any{it.ID}, args...)
	}
	id, err := insertID(ctx, tx, `INSERT INTO items(`+cols+`section_id, position, lead, body, attribution, words, updated_at)
		VALUES (`+vals+`?, ?, ?, ?, ?, ?, ?)`, args...)
	if err != nil {
		return fmt.Errorf("save item: %w", err)
	}
	it.ID = id
	if w := bulkItemIndex(ctx); w != nil {
		w.add(it.ID, itemSearchText(it), "") // a new id: in neither index yet
	} else if err := indexSearchTx(ctx, tx, HitItem, it.ID, itemSearchText(it), ""); err != nil {
		return err
	}
	if err := writeItemNoteTx(ctx, tx, it); err != nil {
		return err
	}
	return writeItemLinksTx(ctx, tx, it)
}

// writeItemLinksTx replaces an item's credits and adoptions; adopted
// submissions get status 采用, ones it no longer uses go back to 待处理.
func writeItemLinksTx(ctx context.Context, tx *sql.Tx, it *Item) error {
	old, err := queryIDs(ctx, tx, `SELECT submission_id FROM adoptions WHERE item_id = ?`, it.ID)
	if err != nil {
		return err
	}
	for _, q := range []string{`DELETE FROM item_units WHERE item_id = ?`, `DELETE FROM adoptions WHERE item_id = ?`} {
		if _, err := tx.ExecContext(ctx, q, it.ID); err != nil {
			return fmt.Errorf("save item credits: %w", err)
		}
	}
	for _, u := range it.UnitIDs {
		if _, err := tx.ExecContext(ctx, `INSERT INTO item_units(item_id, unit_id) VALUES (?, ?) ON CONFLICT DO NOTHING`, it.ID, u); err != nil {
			return fmt.Errorf("credit unit %d: %w", u, err)
		}
	}
	for _, s := range it.Submissions {
		if _, err := tx.ExecContext(ctx, `INSERT INTO adoptions(item_id, submission_id) VALUES (?, ?) ON CONFLICT DO NOTHING`, it.ID, s); err != nil {
			return fmt.Errorf("adopt submission %d: %w", s, err)
		}
	}
	if len(it.Submissions) > 0 {
		if _, err := tx.ExecContext(ctx, `UPDATE submissions SET status = 'adopted', version = version + 1, updated_at = ?
			WHERE status != 'adopted' AND id IN (`+sqlPlaceholders(len(it.Submissions))+`)`,
			append([]any{nowStamp()}, int64Args(it.Submissions)...)...); err != nil {
			return fmt.Errorf("mark submissions adopted: %w", err)
		}
	}
	return releaseSubmissionsTx(ctx, tx, old)
}

// releaseSubmissionsTx puts submissions no item uses any more back to 待处理.
func releaseSubmissionsTx(ctx context.Context, tx *sql.Tx, ids []int64) error {
	if len(ids) == 0 {
		return nil
	}
	_, err := tx.ExecContext(ctx, `UPDATE submissions SET status = 'pending', version = version + 1, updated_at = ?
		WHERE status = 'adopted' AND id IN (`+sqlPlaceholders(len(ids))+`)
		AND NOT EXISTS (SELECT 1 FROM adoptions a WHERE a.submission_id = submissions.id)`,
		append([]any{nowStamp()}, int64Args(ids)...)...)
	if err != nil {
		return fmt.Errorf("release submissions: %w", err)
	}
	return nil
}

// deleteItemRowTx removes an item, its index entry and adoptions (not the
// positions of the others). Items with upstream adoptions or 批示 are
// refused: those records would be lost.
func deleteItemRowTx(ctx context.Context, tx *sql.Tx, id int64) error {
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT (SELECT COUNT(*) FROM upstream_adoptions WHERE item_id = ?1)
		+ (SELECT COUNT(*) FROM instructions WHERE item_id = ?1)`, id).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return fmt.Errorf("item %d has upstream adoptions or 批示: %w", id, ErrInUse)
	}
	subs, err := queryIDs(ctx, tx, `SELECT submission_id FROM adoptions WHERE item_id = ?`, id)
	if err != nil {
		return err
	}
	if err := unindexSearchTx(ctx, tx, HitItem, id); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM items WHERE id = ?`, id); err != nil {
		return fmt.Errorf("delete item %d: %w", id, err)
	}
	return releaseSubmissionsTx(ctx, tx, subs)
}

// sectionItemIDs are a section's items in order.
func sectionItemIDs(ctx context.Context, tx *sql.Tx, sectionID int64) ([]int64, error) {
	return queryIDs(ctx, tx, `SELECT id FROM items WHERE section_id = ? ORDER BY position, id`, sectionID)
}

// splitLead cuts a text into its first sentence (up to the first 。！？
// inclusive, never across a paragraph) and the rest.
func splitLead(text string) (lead, body string) {
	text = strings.TrimSpace(text)
	end := len(text)
	if i := strings.Index(text, "\n"); i >= 0 {
		end = i
	}
	if i := strings.IndexAny(text[:end], "。！？"); i >= 0 {
		_, size := firstRuneAt(text, i)
		end = i + size
	}
	return strings.TrimSpace(text[:end]), strings.TrimSpace(text[end:])
}

func firstRuneAt(s string, i int) (rune, int) {
	for _, r := range s[i:] {
		return r, len(string(r))
	}
	return 0, 0
}
