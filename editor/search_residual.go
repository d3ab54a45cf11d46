package editor

import (
	"context"
	"database/sql"
	"slices"
	"strings"
	"time"
)

// A text with a status was counted by gathering every match of the text
// between the lowest and highest id of the rows having the status into a
// temporary table and looking those rows up in it: cheap for the pending
// 来稿, the newest, but for 已采用, 备用 or 未采用, whose rows span the
// archive, every match (52,000 for 党) and every row of the status (40,000
// 未采用 on ten years): 16–37 ms of CPU. On a file the text and every
// facet the filter has (a unit, a kind, the years its period touches) are
// now matched in the index, and only the status, and the days of a year a
// period cuts, are tested against the table, through its covering indexes,
// for as few rows as it can: among the rows having the status, or, when
// more than residualStatusMax do, the matches less those among the rows
// having another. A period cutting a year without a status is left to the
// query of every condition, which walks the rows received in it and is as
// fast (2–6 ms) where ids follow the dates, as they do when 来稿 are entered
// as they come.

// residualStatusMax is how many rows of one status are still looked up
// one by one; above it the rows of the other statuses are.
var residualStatusMax = 5000

// residualPart is one count of a residual sum: the index expression (the
// text and facets), the rows to test it against (a condition on s, "" for
// none) and their arguments, added or, when minus, taken off.
type residualPart struct {
	expr  string
	rows  string
	args  []any
	minus bool
}

// searchResidualCountSQL counts the submissions f selects as the sum of
// residualParts, with its arguments; ok false when the engine keeps no
// facets, f has no text or no status, or a period is open or longer than
// facetMaxYears (the caller then counts the long way).
// bigStatus says more than residualStatusMax rows have f's status.
func searchResidualCountSQL(eng *engine, f SubmissionFilter, bigStatus bool) (string, []any, bool) {
	if !eng.searchFacets || f.Text == "" {
		return "", nil, false
	}
	table, text := eng.match(parseSearchQuery(f.Text), HitSubmission)
	plain := f
	plain.Status, plain.From, plain.To = "", Date{}, Date{}
	facets, _ := facetFilterExpr(plain)
	if text == "" {
		return "", nil, false
	}
	base := "(" + text + ")"
	if facets != "" {
		base += " AND " + facets
	}
	parts, ok := periodParts(base, f.From, f.To)
	if !ok || f.Status == "" {
		return "", nil, false
	}
	parts = statusParts(parts, f.Status, bigStatus)
	var sums []string
	var args []any
	for i, p := range parts {
		sql := `(SELECT count(*) FROM ` + table + ` WHERE ` + table + ` MATCH ?`
		n := 1
		switch {
		case p.rows != "" && !p.minus: // between the rows' lowest and highest id: pending 来稿 are the newest
			rows := ` FROM submissions s WHERE ` + p.rows
			sql += ` AND rowid BETWEEN (SELECT COALESCE(MIN(s.id), 0)` + rows + `) AND (SELECT COALESCE(MAX(s.id), 0)` + rows +
				`) AND +rowid IN (SELECT s.id` + rows + `)`
			n = 3
		case p.rows != "":
			sql += ` AND +rowid IN (SELECT s.id FROM submissions s WHERE ` + p.rows + `)`
		}
		switch {
		case i == 0:
		case p.minus:
			sql = " - " + sql
		default:
			sql = " + " + sql
		}
		sums = append(sums, sql+")")
		args = append(args, p.expr)
		for range n {
			args = append(args, p.args...)
		}
	}
	return `SELECT ` + strings.Join(sums, ""), args, true
}

// periodParts splits base (the text and facets) by the period from..to:
// the years it spans whole through their facets, each year it cuts
// through its facet and the rows received in it on the period's days.
// No period is base alone; ok false for an open or too long one.
func periodParts(base string, from, to Date) ([]residualPart, bool) {
	if from.IsZero() && to.IsZero() {
		return []residualPart{{expr: base}}, true
	}
	if from.IsZero() || to.IsZero() || to.Before(from) || to.Year()-from.Year() >= facetMaxYears {
		return nil, false
	}
	var whole []string
	var parts []residualPart
	for y := from.Year(); y <= to.Year(); y++ {
		first, last := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC)
		lo, hi := maxDate(first, from), minDate(last, to)
		if lo.Equal(first) && hi.Equal(last) {
			whole = append(whole, `"`+facetYear(y)+`"`)
			continue
		}
		parts = append(parts, residualPart{expr: base + ` AND "` + facetYear(y) + `"`,
			rows: `s.received BETWEEN ? AND ?`, args: []any{dateText(lo), dateText(hi)}})
	}
	if len(whole) > 0 {
		parts = append([]residualPart{{expr: base + " AND (" + strings.Join(whole, " OR ") + ")"}}, parts...)
	}
	return parts, true
}

// statusParts adds the status to each part: the rows having it, or for a
// status of many rows, the part less its matches among the rows having
// another (the status is not a facet: adopting changes it without
// indexing the text again). Those rows are named by their statuses (a
// status is one of SubmissionStatuses: the table checks it), not as "<>
// status": the index on the status then reads just them (11,555 rows for
// 未采用 on ten years) instead of all 52,410, which the set of ids to test
// each match against was made from (党 and 未采用: 19.3 → 15.3 ms of CPU
// for the count). "NOT IN" the other statuses' rows would walk the matches
// once instead of twice, but SQLite tests each match twice for it (for a
// NULL among the rows): 22.8 ms.
func statusParts(parts []residualPart, status SubmissionStatus, big bool) []residualPart {
	var others []any
	for _, st := range SubmissionStatuses {
		if st != status {
			others = append(others, string(st))
		}
	}
	var out []residualPart
	for _, p := range parts {
		cond, op, args := `s.status = ?`, p, []any{string(status)}
		if big {
			out = append(out, p)
			cond, op.minus, args = `s.status IN (`+sqlPlaceholders(len(others))+`)`, true, others
		}
		if p.rows != "" {
			cond += ` AND ` + p.rows
		}
		op.rows, op.args = cond, append(slices.Clone(args), p.args...)
		out = append(out, op)
	}
	return out
}

func maxDate(a, b Date) Date {
	if a.After(b) {
		return a
	}
	return b
}

func minDate(a, b Date) Date {
	if a.Before(b) {
		return a
	}
	return b
}

// residualCountTx is searchResidualCountSQL for f in tx, which first
// looks whether many rows have f's status.
func residualCountTx(ctx context.Context, tx *sql.Tx, eng *engine, f SubmissionFilter) (string, []any, bool, error) {
	if !eng.searchFacets || f.Text == "" {
		return "", nil, false, nil
	}
	big, err := manyHaveStatus(ctx, tx, f.Status)
	if err != nil {
		return "", nil, false, err
	}
	query, args, ok := searchResidualCountSQL(eng, f, big)
	return query, args, ok, nil
}

// manyHaveStatus says whether more than residualStatusMax submissions have
// the status (false for none), reading no further than that.
func manyHaveStatus(ctx context.Context, tx *sql.Tx, status SubmissionStatus) (bool, error) {
	if status == "" {
		return false, nil
	}
	var n int
	err := tx.QueryRowContext(ctx, `SELECT count(*) FROM (SELECT 1 FROM submissions WHERE status = ? LIMIT ?) x`,
		string(status), residualStatusMax+1).Scan(&n)
	return n > residualStatusMax, err
}

// searchNewestStatusSQL selects the ids of the newest entered matches of
// table, newest first (arguments: searchNewestArgs): with a status, each
// match walked back from the newest is looked up in its row until enough
// have the status (未采用 and a phrase of 5,351 such matches: a few hundred
// lookups, where gathering every match took 27 ms of CPU). Only for a
// status many rows have (manyHaveStatus): for one of few, most matches
// would be looked up in vain (the pending 来稿 are found from their rows,
// see searchFilteredIDs).
func searchNewestStatusSQL(eng *engine, table string, status SubmissionStatus) string {
	if status == "" {
		return `SELECT m.rowid FROM (` + eng.search.MatchIDsSQL(table) + `) m ORDER BY m.rowid DESC LIMIT ?`
	}
	return `SELECT m.rowid FROM (` + eng.search.MatchIDsSQL(table) + `) m CROSS JOIN submissions s
		WHERE s.id = m.rowid AND s.status = ? ORDER BY m.rowid DESC LIMIT ?`
}

func searchNewestArgs(expr string, status SubmissionStatus, want int) []any {
	if status == "" {
		return []any{expr, want}
	}
	return []any{expr, string(status), want}
}
