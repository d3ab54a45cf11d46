package editor

import (
	"context"
	"database/sql"
	"sort"
)

// The period's submissions are counted by unit, period and kind in Go from
// one pass over the covering index submissions_detail_order, rather than
// by SQL: SQLite's GROUP BY computed the period key of every row and
// sorted them all (ten years: 52,410 rows into 4,680 groups), and a second
// pass found the kinds (SELECT DISTINCT kind), and a third probed the
// adoptions of every submission to count the adopted ones. Profile of the
// ten-year statistics before: those three statements were two thirds of
// its time.

// subCountKey is one cell of the submissions' counts.
type subCountKey struct {
	unit   int64
	period int // index into Statistics.Periods, -1 outside them
	kind   string
}

// subCounts are the period's submissions counted.
type subCounts struct {
	n       map[subCountKey]int
	adopted map[int64]int // unit -> its submissions adopted in a counted issue
	kinds   []string      // every kind received, in byte order
}

// countedAdoptionsSQL lists the submissions adopted by an item of the
// issues the query counts (bulletin ?1 unless 0, signed ones only when ?2
// is 1): driven from the adoptions, a tenth of the submissions.
const countedAdoptionsSQL = `SELECT DISTINCT ad.submission_id FROM adoptions ad JOIN items i ON i.id = ad.item_id
JOIN sections sec ON sec.id = i.section_id JOIN issues iss ON iss.id = sec.issue_id
WHERE (?1 = 0 OR iss.bulletin_id = ?1) AND (?2 = 0 OR iss.status = 'signed')`

// periodSubmissionsSQL is every submission received in ?1..?2, in the
// order of the index that covers it.
const periodSubmissionsSQL = `SELECT s.id, COALESCE(s.unit_id, 0), s.received, s.kind
FROM submissions s WHERE s.received BETWEEN ?1 AND ?2`

// countSubmissions counts the submissions of b's period.
func (b *statsBuilder) countSubmissions(ctx context.Context, tx *sql.Tx) (*subCounts, error) {
	adopted, err := b.countedAdoptions(ctx, tx)
	if err != nil {
		return nil, err
	}
	rows, err := tx.QueryContext(ctx, periodSubmissionsSQL, b.from, b.to)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	c := &subCounts{n: map[subCountKey]int{}, adopted: map[int64]int{}}
	kinds := map[string]string{} // one string a kind, not one a row
	day, period := "", -1
	var id, unit int64
	var received, kind sql.RawBytes
	for rows.Next() {
		if err := rows.Scan(&id, &unit, &received, &kind); err != nil {
			return nil, err
		}
		if string(received) != day { // rows come by day: a key a day, not a row
			day = string(received)
			period = b.periodIndex(day)
		}
		k, ok := kinds[string(kind)]
		if !ok {
			k = string(kind)
			kinds[k] = k
			c.kinds = append(c.kinds, k)
		}
		c.n[subCountKey{unit, period, k}]++
		if adopted[id] {
			c.adopted[unit]++
		}
	}
	sort.Strings(c.kinds)
	return c, rows.Err()
}

// periodIndex is the index into Statistics.Periods of the ISO day, -1 when
// it lies in none of them.
func (b *statsBuilder) periodIndex(day string) int {
	i, ok := b.periods[PeriodOf(b.q.By, parseDateText(day)).Key]
	if !ok {
		return -1
	}
	return i
}

// countedAdoptions is the set of submissions adopted in a counted issue.
func (b *statsBuilder) countedAdoptions(ctx context.Context, tx *sql.Tx) (map[int64]bool, error) {
	args := b.args()
	rows, err := tx.QueryContext(ctx, countedAdoptionsSQL, args[2], args[3])
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[int64]bool{}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out[id] = true
	}
	return out, rows.Err()
}

// addSubmissions adds the counted submissions to the units' numbers.
func (b *statsBuilder) addSubmissions(context.Context, *sql.Tx) error {
	var units []int64 // a unit not listed is made in the order of its id, as SQL's GROUP BY had them
	for k := range b.subs.n {
		if _, ok := b.units[k.unit]; !ok {
			units = append(units, k.unit)
		}
	}
	sort.Slice(units, func(i, j int) bool { return units[i] < units[j] })
	for _, id := range units {
		b.unit(id)
	}
	for k, n := range b.subs.n {
		us := b.unit(k.unit)
		us.Submissions += n
		us.ByKind[b.kinds[k.kind]] += n
		if k.period >= 0 {
			us.Breakdown[k.period].Submissions += n
		}
	}
	for unit, n := range b.subs.adopted {
		b.unit(unit).SubmissionsAdopted += n
	}
	b.counted = true
	return nil
}
