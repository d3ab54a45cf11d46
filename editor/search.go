package editor

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"unicode"
)

// HitKind says what a search hit is.
type HitKind string

const (
	HitItem       HitKind = "item"
	HitSubmission HitKind = "submission"
)

// Hit is one search result.
type Hit struct {
	Kind       HitKind
	ID         int64
	IssueID    int64  // items: the issue it is in
	IssueLabel string // items: 2022年第12期
	UnitName   string // submissions: its unit; items: credited units joined by 、
	Title      string // item lead or submission title
	Date       Date
	Snippet    []Fragment
	Rank       float64 // lower is better: bm25 relative to the best hit of its kind (-1)
}

// Fragment is a piece of a snippet; Match marks the searched text.
type Fragment struct {
	Text  string
	Match bool
}

// searchSnippetContext is how many characters a snippet shows each side of the match.
const searchSnippetContext = 24

// Search finds items and submissions containing query (any string of one
// or more characters; spaces in the texts are ignored), best first, at most
// limit hits (0: 50). Items and submissions are ranked by bm25 in their own
// indexes, whose scores are on different scales (50,000 submissions against
// 5,000 items), so each is taken relative to its kind's best hit before the
// two are merged; on a tie the published item comes first.
func (a *Archive) Search(ctx context.Context, query string, limit int) ([]Hit, error) {
	expr := a.eng.matchExpr(query)
	if expr == "" {
		return nil, nil
	}
	if limit <= 0 {
		limit = 50
	}
	var hits []Hit
	err := a.read(ctx, func(tx *sql.Tx) error {
		for _, k := range []HitKind{HitItem, HitSubmission} {
			found, err := searchRanked(ctx, tx, a.eng, k, expr, limit)
			if err != nil {
				return fmt.Errorf("search %q: %w", query, err)
			}
			if len(found) > 0 && found[0].Rank < 0 {
				best := found[0].Rank
				for i := range found {
					found[i].Rank = -found[i].Rank / best
				}
			}
			hits = append(hits, found...)
		}
		slices.SortStableFunc(hits, func(x, y Hit) int {
			switch {
			case x.Rank < y.Rank:
				return -1
			case x.Rank > y.Rank:
				return 1
			}
			return 0
		})
		hits = hits[:min(len(hits), limit)]
		for i := range hits {
			if err := fillHit(ctx, tx, &hits[i], query); err != nil {
				return fmt.Errorf("search %q: %w", query, err)
			}
		}
		return nil
	})
	return hits, err
}

// searchRanked returns the ids and ranks (lower better) of the best matches of one kind.
func searchRanked(ctx context.Context, tx *sql.Tx, eng *engine, kind HitKind, expr string, limit int) ([]Hit, error) {
	table := "item_fts"
	if kind == HitSubmission {
		table = "submission_fts"
	}
	rows, err := tx.QueryContext(ctx, eng.search.RankedSQL(table), expr, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Hit
	for rows.Next() {
		h := Hit{Kind: kind}
		if err := rows.Scan(&h.ID, &h.Rank); err != nil {
			return nil, err
		}
		out = append(out, h)
	}
	return out, rows.Err()
}

// fillHit reads what the hit list shows of an item or a submission.
func fillHit(ctx context.Context, tx *sql.Tx, h *Hit, query string) error {
	if h.Kind == HitSubmission {
		var received, text string
		err := tx.QueryRowContext(ctx, `SELECT s.title, s.text, s.received, COALESCE(u.name, '')
			FROM submissions s LEFT JOIN units u ON u.id = s.unit_id WHERE s.id = ?`, h.ID).
			Scan(&h.Title, &text, &received, &h.UnitName)
		if err != nil {
			return err
		}
		h.Date, h.Snippet = parseDateText(received), searchSnippet(h.Title+"\n"+text, query)
		return nil
	}
	var body, attribution, date string
	var year, number int
	err := tx.QueryRowContext(ctx, `SELECT it.lead, it.body, it.attribution, i.id, i.year, i.number, i.date,
			COALESCE((SELECT string_agg(u.name, '、') FROM item_units iu JOIN units u ON u.id = iu.unit_id WHERE iu.item_id = it.id), '')
		FROM items it JOIN sections s ON s.id = it.section_id JOIN issues i ON i.id = s.issue_id WHERE it.id = ?`, h.ID).
		Scan(&h.Title, &body, &attribution, &h.IssueID, &year, &number, &date, &h.UnitName)
	if err != nil {
		return err
	}
	if h.UnitName == "" {
		h.UnitName = attribution
	}
	h.Date, h.IssueLabel = parseDateText(date), fmt.Sprintf("%d年第%d期", year, number)
	text := h.Title + body
	if attribution != "" {
		text += "（" + attribution + "）"
	}
	h.Snippet = searchSnippet(text, query)
	return nil
}

// searchSnippet cuts the text around the first place the query occurs
// (spaces in the text ignored), the match marked; when the query only
// matches in pieces, around its longest piece; else the text's start.
func searchSnippet(text, query string) []Fragment {
	runes := []rune(text)
	var at []int    // index in runes of each non-space rune
	var flat []rune // the non-space runes, lower-cased
	for i, r := range runes {
		if !unicode.IsSpace(r) {
			at = append(at, i)
			flat = append(flat, unicode.ToLower(r))
		}
	}
	start, n := indexRunes(flat, compactLower(query))
	if start < 0 {
		segs := searchSegments(query)
		slices.SortStableFunc(segs, func(x, y searchSegment) int { return len(y.runes) - len(x.runes) })
		for _, seg := range segs {
			if start, n = indexRunes(flat, seg.runes); start >= 0 {
				break
			}
		}
	}
	if start < 0 {
		end := min(len(runes), 2*searchSnippetContext)
		return []Fragment{{Text: snippetText(runes[:end], false, end < len(runes))}}
	}
	ms, me := at[start], at[start+n-1]+1
	from, to := max(ms-searchSnippetContext, 0), min(me+searchSnippetContext, len(runes))
	out := []Fragment{{Text: snippetText(runes[from:ms], from > 0, false)}, {Text: snippetText(runes[ms:me], false, false), Match: true},
		{Text: snippetText(runes[me:to], false, to < len(runes))}}
	return slices.DeleteFunc(out, func(f Fragment) bool { return f.Text == "" })
}

// snippetText is one line of snippet, with … where the text was cut.
func snippetText(r []rune, cutBefore, cutAfter bool) string {
	s := strings.Join(strings.Fields(string(r)), " ")
	if len(r) > 0 && unicode.IsSpace(r[0]) && !cutBefore {
		s = " " + s
	}
	if len(r) > 0 && unicode.IsSpace(r[len(r)-1]) && s != "" && !cutAfter {
		s += " "
	}
	if cutBefore {
		s = "…" + s
	}
	if cutAfter {
		s += "…"
	}
	return s
}

// compactLower is s without spaces, lower-cased.
func compactLower(s string) []rune {
	var out []rune
	for _, r := range s {
		if !unicode.IsSpace(r) {
			out = append(out, unicode.ToLower(r))
		}
	}
	return out
}

// indexRunes is the first index of sub in s and len(sub); -1 when absent or sub is empty.
func indexRunes(s, sub []rune) (int, int) {
	if len(sub) == 0 {
		return -1, 0
	}
	for i := 0; i+len(sub) <= len(s); i++ {
		if slices.Equal(s[i:i+len(sub)], sub) {
			return i, len(sub)
		}
	}
	return -1, 0
}
