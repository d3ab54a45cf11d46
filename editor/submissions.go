package editor

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
)

// SubmissionFilter selects and pages submissions.
type SubmissionFilter struct {
	Status   SubmissionStatus // "": any
	UnitID   int64            // 0: any; -1: unit unknown
	Kind     string           // "": any
	From, To Date             // zero: open
	Text     string           // substring of title or text, "" any (through the search index)
	Sort     SubmissionSort
	Desc     bool
	Limit    int // 0: no limit
	Offset   int
}

// SubmissionSort is the column the submissions list is sorted by.
type SubmissionSort string

const (
	SortReceived SubmissionSort = "received"
	SortUnit     SubmissionSort = "unit"
	SortTitle    SubmissionSort = "title"
	SortWords    SubmissionSort = "words"
	SortStatus   SubmissionSort = "status"
)

// submissionSortColumns are the ORDER BY expressions of each sort.
var submissionSortColumns = map[SubmissionSort][]string{
	SortReceived: {"s.received"},
	SortUnit:     {"COALESCE(u.position, 1000000000)", "COALESCE(u.name, '')"},
	SortTitle:    {"s.title"},
	SortWords:    {"s.words"},
	SortStatus:   {"CASE s.status WHEN 'pending' THEN 0 WHEN 'adopted' THEN 1 WHEN 'reserve' THEN 2 ELSE 3 END"},
}

// submissionOrder is the ORDER BY clause of a filter, ties broken by id.
func submissionOrder(f SubmissionFilter) string {
	cols, ok := submissionSortColumns[f.Sort]
	if !ok {
		cols = submissionSortColumns[SortReceived]
	}
	dir := " ASC"
	if f.Desc {
		dir = " DESC"
	}
	return strings.Join(append(slices.Clone(cols), "s.id"), dir+", ") + dir
}

// Submission is one submission with its unit's name, the items using it
// and the earlier submission it duplicates, if any.
func (a *Archive) Submission(ctx context.Context, id int64) (Submission, error) {
	var s Submission
	err := a.read(ctx, func(tx *sql.Tx) (err error) {
		s, err = submissionTx(ctx, tx, id)
		return err
	})
	return s, err
}

// Submissions lists the submissions the filter selects, sorted and paged.
// A page is found first by its ids, so that texts, duplicates and items
// are read for the rows shown only, not for every row sorted.
func (a *Archive) Submissions(ctx context.Context, f SubmissionFilter) ([]Submission, error) {
	where, args := submissionWhere(a.eng, f)
	order := " ORDER BY " + submissionOrder(f)
	var out []Submission
	err := a.read(ctx, func(tx *sql.Tx) error {
		if f.Limit <= 0 || f.Limit > 1000 {
			var err error
			out, err = scanSubmissions(ctx, tx, submissionSelect+where+order+submissionPage(f), args...)
			return err
		}
		from := ` FROM submissions s`
		if f.Sort == SortUnit {
			from += ` LEFT JOIN units u ON u.id = s.unit_id`
		}
		ids, err := searchNewestIDs(ctx, tx, a.eng, f)
		if err == nil && ids == nil {
			ids, err = searchFilteredIDs(ctx, tx, a.eng, f)
		}
		if err == nil && ids == nil {
			ids, err = queryIDs(ctx, tx, `SELECT s.id`+from+where+order+submissionPage(f), args...)
		}
		if err != nil || len(ids) == 0 {
			return err
		}
		rows, err := scanSubmissions(ctx, tx, submissionSelect+` WHERE s.id IN (`+sqlPlaceholders(len(ids))+`)`, int64Args(ids)...)
		byID := map[int64]Submission{}
		for _, s := range rows {
			byID[s.ID] = s
		}
		for _, id := range ids {
			out = append(out, byID[id])
		}
		return err
	})
	return out, err
}

// submissionPage is the LIMIT clause of a filter, "" for no limit.
func submissionPage(f SubmissionFilter) string {
	if f.Limit <= 0 {
		return ""
	}
	return fmt.Sprintf(" LIMIT %d OFFSET %d", f.Limit, max(f.Offset, 0))
}

// CountSubmissions is how many submissions the filter selects (ignoring paging).
func (a *Archive) CountSubmissions(ctx context.Context, f SubmissionFilter) (int, error) {
	where, args := submissionWhere(a.eng, f)
	query := `SELECT COUNT(*) FROM submissions s` + where
	if (f == SubmissionFilter{Text: f.Text, Sort: f.Sort, Desc: f.Desc, Limit: f.Limit, Offset: f.Offset}) && len(args) == 1 {
		query, args = searchCountSQL(a.eng, HitSubmission, f.Text) // the text alone: the index counts, not the table
	} else if q, qargs, ok := searchFacetCountSQL(a.eng, f); ok {
		query, args = q, qargs // the text and a unit, a kind, whole years: the index alone (search_facets.go)
	}
	var n int
	ctx = withSearchCounts(ctx, a.eng, &a.counts)
	err := a.read(ctx, func(tx *sql.Tx) (err error) {
		if q, qargs, ok, err := residualCountTx(ctx, tx, a.eng, f); err != nil {
			return fmt.Errorf("count submissions: %w", err)
		} else if ok {
			query, args = q, qargs // a status, or a period cutting a year, with the text (search_residual.go)
		}
		n, err = queryCount(ctx, tx, query, args...)
		if err != nil {
			return fmt.Errorf("count submissions: %w", err)
		}
		return nil
	})
	return n, err
}

// submissionWhere is the WHERE clause of a filter and its arguments.
func submissionWhere(eng *engine, f SubmissionFilter) (string, []any) {
	var conds []string
	var args []any
	add := func(cond string, arg any) {
		conds = append(conds, cond)
		args = append(args, arg)
	}
	if f.Status != "" {
		add("s.status = ?", string(f.Status))
	}
	switch {
	case f.UnitID > 0:
		add("s.unit_id = ?", f.UnitID)
	case f.UnitID < 0:
		conds = append(conds, "s.unit_id IS NULL")
	}
	if f.Kind != "" {
		add("s.kind = ?", f.Kind)
	}
	if !f.From.IsZero() {
		add("s.received >= ?", dateText(f.From))
	}
	if !f.To.IsZero() {
		add("s.received <= ?", dateText(f.To))
	}
	if cond, cargs := searchFilterCond(eng, HitSubmission, f.Text, conds, args); cond != "" {
		conds, args = append(conds, cond), append(args, cargs...)
	}
	if len(conds) == 0 {
		return "", nil
	}
	return " WHERE " + strings.Join(conds, " AND "), args
}

const submissionSelect = `SELECT s.id, COALESCE(s.unit_id, 0), COALESCE(u.name, ''), s.received, s.kind, s.title,
	s.text, s.contact, s.cover, s.status, s.words, s.source,
	COALESCE((SELECT MIN(d.id) FROM submissions d WHERE s.text_hash != '' AND d.text_hash = s.text_hash AND d.id < s.id), 0),
	COALESCE((SELECT string_agg(CAST(ad.item_id AS TEXT), ',') FROM adoptions ad WHERE ad.submission_id = s.id), ''),
	s.version, s.updated_at
	FROM submissions s LEFT JOIN units u ON u.id = s.unit_id`

func scanSubmissions(ctx context.Context, tx *sql.Tx, query string, args ...any) ([]Submission, error) {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("list submissions: %w", err)
	}
	defer rows.Close()
	var out []Submission
	for rows.Next() {
		var s Submission
		var received, items, updated string
		if err := rows.Scan(&s.ID, &s.UnitID, &s.UnitName, &received, &s.Kind, &s.Title, textColumn{&s.Text}, &s.Contact, &s.Cover,
			&s.Status, &s.Words, &s.Source, &s.DuplicateOf, &items, &s.Version, &updated); err != nil {
			return nil, err
		}
		s.Received, s.UpdatedAt = parseDateText(received), parseStamp(updated)
		for _, f := range strings.Split(items, ",") {
			var id int64
			if _, err := fmt.Sscan(f, &id); err == nil {
				s.ItemIDs = append(s.ItemIDs, id)
			}
		}
		slices.Sort(s.ItemIDs)
		out = append(out, s)
	}
	return out, rows.Err()
}

func submissionTx(ctx context.Context, tx *sql.Tx, id int64) (Submission, error) {
	subs, err := scanSubmissions(ctx, tx, submissionSelect+` WHERE s.id = ?`, id)
	if err != nil {
		return Submission{}, err
	}
	if len(subs) == 0 {
		return Submission{}, fmt.Errorf("submission %d: %w", id, ErrNotFound)
	}
	return subs[0], nil
}

// Kinds are the kinds of submission to offer: the defaults, then any
// other kind the archive holds.
func (a *Archive) Kinds(ctx context.Context) ([]string, error) {
	out := slices.Clone(DefaultKinds)
	err := a.read(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT DISTINCT kind FROM submissions ORDER BY kind`)
		if err != nil {
			return fmt.Errorf("list kinds: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			var k string
			if err := rows.Scan(&k); err != nil {
				return err
			}
			if k != "" && !slices.Contains(out, k) {
				out = append(out, k)
			}
		}
		return rows.Err()
	})
	return out, err
}

// SetSubmissionStatus sets the status of several submissions at once. An
// adopted submission's status follows the item using it: another status is
// refused with ErrAdopted (ReleaseSubmissions does it deliberately).
func (a *Archive) SetSubmissionStatus(ctx context.Context, ids []int64, st SubmissionStatus) error {
	if !slices.Contains(SubmissionStatuses, st) {
		return fmt.Errorf("set submission status: unknown status %q", st)
	}
	if len(ids) == 0 {
		return nil
	}
	return a.tx(ctx, func(tx *sql.Tx) error {
		if err := refuseAdoptedTx(ctx, tx, ids, st); err != nil {
			return err
		}
		return setSubmissionStatusTx(ctx, tx, ids, st)
	})
}

func setSubmissionStatusTx(ctx context.Context, tx *sql.Tx, ids []int64, st SubmissionStatus) error {
	if len(ids) == 0 {
		return nil
	}
	_, err := tx.ExecContext(ctx, `UPDATE submissions SET status = ?, version = version + 1, updated_at = ? WHERE id IN (`+sqlPlaceholders(len(ids))+`)`,
		append([]any{string(st), nowStamp()}, int64Args(ids)...)...)
	if err != nil {
		return fmt.Errorf("set submission status: %w", err)
	}
	return nil
}

// DeleteSubmission removes a submission no item, upstream adoption or 批示
// refers to; ErrInUse otherwise.
func (a *Archive) DeleteSubmission(ctx context.Context, id int64) error {
	return a.DeleteSubmissions(ctx, []int64{id})
}

// DeleteSubmissions removes several submissions in one transaction: all of
// them, or none when one is adopted or has records (ErrInUse) or is gone
// (ErrNotFound).
func (a *Archive) DeleteSubmissions(ctx context.Context, ids []int64) error {
	return a.tx(ctx, func(tx *sql.Tx) error {
		for _, id := range ids {
			s, err := submissionTx(ctx, tx, id)
			if err != nil {
				return fmt.Errorf("delete submission: %w", err)
			}
			if err := deleteSubmissionTx(ctx, tx, id); err != nil {
				return err
			}
			if err := a.auditTx(ctx, tx, AuditDelete, "submission", id, clip(s.Title, 40)); err != nil {
				return err
			}
		}
		return nil
	})
}

func deleteSubmissionTx(ctx context.Context, tx *sql.Tx, id int64) error {
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT (SELECT COUNT(*) FROM adoptions WHERE submission_id = ?1)
		+ (SELECT COUNT(*) FROM upstream_adoptions WHERE submission_id = ?1)
		+ (SELECT COUNT(*) FROM instructions WHERE submission_id = ?1)`, id).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return fmt.Errorf("delete submission %d: adopted or recorded upstream: %w", id, ErrInUse)
	}
	if err := unindexSearchTx(ctx, tx, HitSubmission, id); err != nil {
		return err
	}
	res, err := tx.ExecContext(ctx, `DELETE FROM submissions WHERE id = ?`, id)
	if n, err := rowsAffected(res, err); err != nil {
		return fmt.Errorf("delete submission %d: %w", id, err)
	} else if n == 0 {
		return fmt.Errorf("submission %d: %w", id, ErrNotFound)
	}
	return nil
}

// errSubmissionStatus rejects a status outside SubmissionStatuses.
var errSubmissionStatus = errors.New("unknown submission status")
