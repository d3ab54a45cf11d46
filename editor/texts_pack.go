package editor

import (
	"context"
	"database/sql"
	"fmt"
	"unicode/utf8"
)

// textDictPiece is how much of each sampled text goes into a dictionary:
// the starts of many texts say more about the rest than a few whole ones.
const textDictPiece = 1024

// packBatch is how many texts a repacking reads and rewrites at a time.
const packBatch = 2000

// trainTextsTx makes the archive's dictionary once it holds
// textDictTrainAt submissions and has none yet, then packs every text
// with it (until then texts are packed without one). It says whether it
// repacked anything. progress, when set, hears how many texts are done.
func trainTextsTx(ctx context.Context, tx *sql.Tx, eng *engine, progress func(done, total int)) (bool, error) {
	if !eng.packsTexts {
		return false, nil
	}
	var dicts, n int
	if err := tx.QueryRowContext(ctx, `SELECT (SELECT COUNT(*) FROM text_dictionaries), (SELECT COUNT(*) FROM submissions)`).Scan(&dicts, &n); err != nil {
		return false, fmt.Errorf("count the texts: %w", err)
	}
	if dicts > 0 || n < textDictTrainAt {
		return false, nil
	}
	if err := makeTextDictTx(ctx, tx, tx, n); err != nil {
		return false, err
	}
	return true, repackTextsTx(ctx, tx, eng, n, progress)
}

// makeTextDictTx stores in to a dictionary made from the starts of about
// textDictSize/textDictPiece texts spread over the n submissions of from
// (the same archive, or the one a copy reads).
func makeTextDictTx(ctx context.Context, from, to *sql.Tx, n int) error {
	want := textDictSize / textDictPiece
	rows, err := from.QueryContext(ctx, `SELECT text FROM submissions WHERE id % ? = 0 ORDER BY id LIMIT ?`, max(1, n/want), 2*want)
	if err != nil {
		return fmt.Errorf("sample the texts: %w", err)
	}
	defer rows.Close()
	var dict []byte
	for rows.Next() && len(dict) < textDictSize {
		var s string
		if err := rows.Scan(textColumn{&s}); err != nil {
			return err
		}
		dict = append(dict, textStart(s, min(textDictPiece, textDictSize-len(dict)))...)
	}
	if err := rows.Err(); err != nil {
		return err
	}
	if err := rows.Close(); err != nil { // before the insert: from and to may be one connection
		return err
	}
	if len(dict) < 8 { // zstd needs something to refer to
		return nil
	}
	id := newTextDictID(dict)
	if _, err := registerTextDict(id, dict); err != nil {
		return err
	}
	if _, err := to.ExecContext(ctx, `INSERT INTO text_dictionaries(id, content) VALUES (?, ?)`, int64(id), dict); err != nil {
		return fmt.Errorf("store the text dictionary: %w", err)
	}
	return nil
}

// textStart is at most n bytes of s's start, cut between characters.
func textStart(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// repackTextsTx stores every text of the archive's total submissions
// again, packed with its newest dictionary, batch by batch (each batch's
// rows closed before it is written).
func repackTextsTx(ctx context.Context, tx *sql.Tx, eng *engine, total int, progress func(done, total int)) error {
	p, err := textPackerTx(ctx, tx, eng)
	if err != nil || p == nil {
		return err
	}
	upd, err := tx.PrepareContext(ctx, `UPDATE submissions SET text = ? WHERE id = ?`)
	if err != nil {
		return fmt.Errorf("prepare the texts: %w", err)
	}
	defer upd.Close()
	type text struct {
		id int64
		s  string
	}
	batch := make([]text, 0, packBatch)
	done := 0
	for after := int64(-1); ; {
		batch = batch[:0]
		rows, err := tx.QueryContext(ctx, `SELECT id, text FROM submissions WHERE id > ? ORDER BY id LIMIT ?`, after, packBatch)
		if err != nil {
			return err
		}
		for rows.Next() {
			var t text
			if err := rows.Scan(&t.id, textColumn{&t.s}); err != nil {
				rows.Close()
				return err
			}
			batch, after = append(batch, t), t.id
		}
		if err := rows.Close(); err != nil {
			return err
		}
		if len(batch) == 0 {
			return nil
		}
		for _, t := range batch {
			if _, err := upd.ExecContext(ctx, p.value(t.s), t.id); err != nil {
				return fmt.Errorf("pack the text of submission %d: %w", t.id, err)
			}
		}
		if done += len(batch); progress != nil {
			progress(min(done, total), total)
		}
	}
}

// textStorageKey is the setting naming how the archive's texts are stored.
const textStorageKey = "text_storage"

// textStorageVersion: packed (see packedTextMark).
const textStorageVersion = "packed"

// ensurePackedTextsTx packs the texts of an archive whose texts are not
// packed yet (one from before migration 018), with a dictionary when it
// holds enough of them, telling progress as it goes. It says whether it
// rewrote any.
func ensurePackedTextsTx(ctx context.Context, tx *sql.Tx, eng *engine, progress func(done, total int)) (bool, error) {
	if !eng.packsTexts {
		return false, nil
	}
	var have string
	err := tx.QueryRowContext(ctx, `SELECT value FROM settings WHERE key = ?`, textStorageKey).Scan(&have)
	if err != nil && err != sql.ErrNoRows {
		return false, fmt.Errorf("read how the texts are stored: %w", err)
	}
	if have == textStorageVersion {
		return false, nil
	}
	repacked, err := trainTextsTx(ctx, tx, eng, progress)
	if err == nil && !repacked {
		var n int
		if err = tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM submissions`).Scan(&n); err == nil && n > 0 {
			repacked, err = true, repackTextsTx(ctx, tx, eng, n, progress)
		}
	}
	if err != nil {
		return false, fmt.Errorf("pack the texts: %w", err)
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO settings(key, value) VALUES (?, ?)
		ON CONFLICT(key) DO UPDATE SET value = excluded.value`, textStorageKey, textStorageVersion)
	return repacked, err
}
