package editor

import (
	"context"
	"database/sql"
	"fmt"
)

// BulletinSectionNames are the 栏目 a bulletin uses: those it gives a new
// issue, then those its issues have had, each once, in that order. A
// bulletin text imported into it reads a line that names one of them as
// that section (export.ReadOptions.Sections), whatever its shape.
func (a *Archive) BulletinSectionNames(ctx context.Context, bulletinID int64) ([]string, error) {
	var out []string
	err := a.read(ctx, func(tx *sql.Tx) error {
		b, err := bulletinTx(ctx, tx, bulletinID)
		if err != nil {
			return err
		}
		seen := map[string]bool{}
		for _, n := range b.Sections {
			if n != "" && !seen[n] {
				seen[n] = true
				out = append(out, n)
			}
		}
		rows, err := tx.QueryContext(ctx, `SELECT s.name, MIN(s.id) FROM sections s JOIN issues i ON i.id = s.issue_id
			WHERE i.bulletin_id = ? AND s.name != '' GROUP BY s.name ORDER BY MIN(s.id)`, bulletinID)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var n string
			var first int64
			if err := rows.Scan(&n, &first); err != nil {
				return err
			}
			if !seen[n] {
				seen[n] = true
				out = append(out, n)
			}
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("sections of bulletin %d: %w", bulletinID, err)
	}
	return out, nil
}
