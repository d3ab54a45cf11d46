package editor

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"slices"
	"unicode"
)

// Near duplicates: the same article sent again with a heading, a sentence
// or a character more is not caught by the exact text hash. Two texts are
// near duplicates when the search index's tokens of the one and the other
// (every pair of neighbouring characters, the words and numbers) overlap
// by at least NearDuplicateMin (shared over all, Jaccard), within
// NearDuplicateDays of each other.
const (
	NearDuplicateMin  = 0.9
	NearDuplicateDays = 365
	nearDuplicateMax  = 3 // the closest few are shown
)

// NearDuplicate is another submission whose text is nearly the same.
type NearDuplicate struct {
	Submission Submission
	Similarity float64 // 0.9 … 1
}

// NearDuplicates lists the submissions received within a year of id's whose
// text is at least 90% the same, the most similar first; exact duplicates
// are included (Similarity 1). Only texts of about the same length are
// compared: a 90% overlap needs it.
func (a *Archive) NearDuplicates(ctx context.Context, id int64) ([]NearDuplicate, error) {
	var out []NearDuplicate
	err := a.read(ctx, func(tx *sql.Tx) error {
		s, err := submissionTx(ctx, tx, id)
		if err != nil {
			return err
		}
		near, err := nearDuplicatesTx(ctx, tx, s)
		out = near
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("near duplicates of submission %d: %w", id, err)
	}
	return out, nil
}

// NearDuplicatesOf is NearDuplicates for a submission not saved yet (one
// an import preview shows), so the editor sees the 来稿 it repeats before
// saving it; s needs its Text, Words and Received. Similarity is 1 for the
// 来稿 saving will mark it a duplicate of (the same text but for spacing,
// submissionHash), which reads 99% by the exact-text rule above.
func (a *Archive) NearDuplicatesOf(ctx context.Context, s Submission) ([]NearDuplicate, error) {
	s.ID = 0
	var out []NearDuplicate
	err := a.read(ctx, func(tx *sql.Tx) error {
		near, err := nearDuplicatesTx(ctx, tx, s)
		out = near
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("near duplicates of %q: %w", s.Title, err)
	}
	mine := submissionHash(s.Text)
	for i := range out {
		if mine != "" && submissionHash(out[i].Submission.Text) == mine {
			out[i].Similarity = 1
		}
	}
	return out, nil
}

func nearDuplicatesTx(ctx context.Context, tx *sql.Tx, s Submission) ([]NearDuplicate, error) {
	mine := nearTokens(s.Text)
	if len(mine) == 0 {
		return nil, nil
	}
	rows, err := tx.QueryContext(ctx, `SELECT id, text FROM submissions WHERE id != ? AND received >= ? AND received <= ?
		AND words >= ? AND words <= ?`, s.ID,
		dateText(s.Received.AddDate(0, 0, -NearDuplicateDays)), dateText(s.Received.AddDate(0, 0, NearDuplicateDays)),
		int(float64(s.Words)*NearDuplicateMin), int(float64(s.Words)/NearDuplicateMin)+1)
	if err != nil {
		return nil, err
	}
	type hit struct {
		id  int64
		sim float64
	}
	var hits []hit
	for rows.Next() {
		var id int64
		var text string
		if err := rows.Scan(&id, textColumn{&text}); err != nil {
			rows.Close()
			return nil, err
		}
		if sim := tokenSimilarity(mine, nearTokens(text)); sim >= NearDuplicateMin {
			hits = append(hits, hit{id, sim})
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	slices.SortStableFunc(hits, func(a, b hit) int {
		if a.sim != b.sim {
			if a.sim > b.sim {
				return -1
			}
			return 1
		}
		return int(a.id - b.id)
	})
	var out []NearDuplicate
	for _, h := range hits[:min(len(hits), nearDuplicateMax)] {
		other, err := submissionTx(ctx, tx, h.id)
		if err != nil {
			return nil, err
		}
		if h.sim >= 1 && other.Text != s.Text {
			// the tokens leave out punctuation and repeats: texts that
			// differ by a 。 or a % shared them all, and showed 相似（100%）
			h.sim = math.Nextafter(1, 0)
		}
		out = append(out, NearDuplicate{Submission: other, Similarity: h.sim})
	}
	return out, nil
}

// nearTokens is the sorted set of a text's search tokens as numbers: the
// pairs of neighbouring CJK characters the index holds (searchtokens.go)
// and its words of letters and digits, hashed. Numbers, not strings, so a
// year of texts compares in tens of milliseconds.
func nearTokens(text string) []uint64 {
	var out []uint64
	var prev rune
	var word uint64 // FNV-1a of the word being read, 0 outside one
	for _, r := range text {
		switch {
		case isSearchCJK(r):
			if prev != 0 {
				out = append(out, uint64(prev)<<32|uint64(r))
			}
			prev = r
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if word == 0 {
				word = 14695981039346656037
			}
			word = (word ^ uint64(unicode.ToLower(r))) * 1099511628211
			prev = 0
			continue
		default:
			prev = 0
		}
		if word != 0 {
			out = append(out, word|1<<63) // apart from the pairs, whose high rune is small
			word = 0
		}
	}
	if word != 0 {
		out = append(out, word|1<<63)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// tokenSimilarity is shared tokens over all tokens of either (both sorted).
func tokenSimilarity(a, b []uint64) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	shared := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			shared++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return float64(shared) / float64(len(a)+len(b)-shared)
}
