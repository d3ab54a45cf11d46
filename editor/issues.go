package editor

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// IssueFilter selects issues for the list.
type IssueFilter struct {
	BulletinID int64 // 0: all bulletins
	Year       int   // 0: all years
}

// Issues lists issues, newest first, with their item count and 字数.
func (a *Archive) Issues(ctx context.Context, f IssueFilter) ([]IssueSummary, error) {
	var out []IssueSummary
	err := a.read(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT i.id, i.bulletin_id, COALESCE(i.masthead_name, b.name), i.year, i.number, COALESCE(i.total_number, 0),
				i.date, `+stageSQL+`,
				(SELECT COUNT(*) FROM sections s JOIN items it ON it.section_id = s.id WHERE s.issue_id = i.id),
				(SELECT COALESCE(SUM(it.words), 0) FROM sections s JOIN items it ON it.section_id = s.id WHERE s.issue_id = i.id)
			FROM issues i JOIN bulletins b ON b.id = i.bulletin_id
			WHERE (?1 = 0 OR i.bulletin_id = ?1) AND (?2 = 0 OR i.year = ?2)
			ORDER BY i.date DESC, COALESCE(i.total_number, 0) DESC, i.id DESC`, f.BulletinID, f.Year)
		if err != nil {
			return fmt.Errorf("list issues: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			var s IssueSummary
			var date string
			if err := rows.Scan(&s.ID, &s.BulletinID, &s.BulletinName, &s.Year, &s.Number, &s.TotalNumber,
				&date, &s.Status, &s.Items, &s.Words); err != nil {
				return err
			}
			s.Date = parseDateText(date)
			out = append(out, s)
		}
		return rows.Err()
	})
	return out, err
}

// Years lists the years that have issues, newest first; bulletinID 0: any bulletin.
func (a *Archive) Years(ctx context.Context, bulletinID int64) ([]int, error) {
	var out []int
	err := a.read(ctx, func(tx *sql.Tx) error {
		ids, err := queryIDs(ctx, tx, `SELECT DISTINCT year FROM issues WHERE ?1 = 0 OR bulletin_id = ?1 ORDER BY year DESC`, bulletinID)
		for _, y := range ids {
			out = append(out, int(y))
		}
		return err
	})
	return out, err
}

// Issue is one issue with its sections, their items in order, and its distribution.
func (a *Archive) Issue(ctx context.Context, id int64) (Issue, error) {
	var is Issue
	err := a.read(ctx, func(tx *sql.Tx) (err error) {
		is, err = issueTx(ctx, tx, id)
		return err
	})
	return is, err
}

// IssueForExport is Issue with the names of the units its items credit
// (Issue.UnitNames), read in the same transaction.
func (a *Archive) IssueForExport(ctx context.Context, id int64) (Issue, error) {
	var is Issue
	err := a.read(ctx, func(tx *sql.Tx) (err error) {
		if is, err = issueTx(ctx, tx, id); err != nil {
			return err
		}
		units, err := unitsTx(ctx, tx)
		if err != nil {
			return err
		}
		is.UnitNames = make(map[int64]string, len(units))
		for _, u := range units {
			is.UnitNames[u.ID] = u.Name
		}
		return nil
	})
	return is, err
}

// LatestIssue is the issue changed most recently (the app opens it on
// start); ErrNotFound when the archive has none.
func (a *Archive) LatestIssue(ctx context.Context) (Issue, error) {
	var is Issue
	err := a.read(ctx, func(tx *sql.Tx) error {
		var id int64
		err := tx.QueryRowContext(ctx, `SELECT id FROM issues ORDER BY updated_at DESC, id DESC LIMIT 1`).Scan(&id)
		if errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("latest issue: %w", ErrNotFound)
		} else if err != nil {
			return err
		}
		is, err = issueTx(ctx, tx, id)
		return err
	})
	return is, err
}

// NextNumbers proposes the numbers of a new issue of the bulletin dated
// date: the year's highest 第N期 plus one, the highest 总第M期 plus one.
func (a *Archive) NextNumbers(ctx context.Context, bulletinID int64, date Date) (number, total int, err error) {
	err = a.read(ctx, func(tx *sql.Tx) (err error) {
		number, total, err = nextNumbersTx(ctx, tx, bulletinID, orToday(date).Year())
		return err
	})
	return number, total, err
}

func nextNumbersTx(ctx context.Context, tx *sql.Tx, bulletinID int64, year int) (number, total int, err error) {
	err = tx.QueryRowContext(ctx, `SELECT
		COALESCE((SELECT MAX(number) FROM issues WHERE bulletin_id = ?1 AND year = ?2), 0) + 1,
		COALESCE((SELECT MAX(total_number) FROM issues WHERE bulletin_id = ?1), 0) + 1`, bulletinID, year).Scan(&number, &total)
	if err != nil {
		return 0, 0, fmt.Errorf("propose issue numbers: %w", err)
	}
	return number, total, nil
}

// NewIssue creates a draft issue of the bulletin (date zero: today) with the
// proposed numbers and the bulletin's default sections and distribution.
func (a *Archive) NewIssue(ctx context.Context, bulletinID int64, date Date) (Issue, error) {
	var is Issue
	err := a.tx(ctx, func(tx *sql.Tx) error {
		b, err := bulletinTx(ctx, tx, bulletinID)
		if err != nil {
			return fmt.Errorf("new issue: %w", err)
		}
		is = Issue{BulletinID: b.ID, Date: orToday(date), CopyCount: b.CopyCount, Distribution: b.Distribution, Marks: b.Marks}
		for _, name := range b.Sections {
			is.Sections = append(is.Sections, Section{Name: name})
		}
		if err := insertIssueTx(ctx, tx, &is, nil); err != nil {
			return fmt.Errorf("new issue: %w", err)
		}
		is, err = issueTx(ctx, tx, is.ID)
		return err
	})
	return is, err
}

// UpdateIssueHeader saves an issue's numbers, date, copy count, marks,
// 编者按 and distribution; ErrDuplicateNumber when another issue has those numbers.
// is.Version says which header version the caller read; when the stored
// header has moved on since, nothing is written and a *ConflictError
// (ErrConflict) carries both. On success is.Version is the new version.
func (a *Archive) UpdateIssueHeader(ctx context.Context, is *Issue) error {
	return a.updateIssueHeader(ctx, is, nil)
}

// updateIssueHeader is UpdateIssueHeader; from is the revision a restore brings back (a
// new revision, recorded in the audit list), nil for a save.
func (a *Archive) updateIssueHeader(ctx context.Context, is *Issue, from *Revision) error {
	return a.saveChecked(ctx, func(tx *sql.Tx) (*ConflictError, error) {
		if err := a.lockRowTx(ctx, tx, "issues", is.ID); err != nil {
			return nil, err
		}
		if err := requireDraftTx(ctx, tx, is.ID); err != nil {
			return nil, fmt.Errorf("update issue: %w", err)
		}
		old, err := issueTx(ctx, tx, is.ID)
		if err != nil {
			return nil, fmt.Errorf("update issue: %w", err)
		}
		if old.Version != is.Version {
			old.Sections, is.Sections = nil, nil // the header only: items have their own versions
			return &ConflictError{Kind: "issue", ID: is.ID, ReadVersion: is.Version, StoredVersion: old.Version,
				StoredAt: old.UpdatedAt, Stored: old, Mine: *is}, nil
		}
		if err := updateIssueHeaderTx(ctx, tx, is); err != nil {
			return nil, err
		}
		return nil, a.keepRevisionTx(ctx, tx, "issue", is.ID, *is, old, from)
	})
}

func updateIssueHeaderTx(ctx context.Context, tx *sql.Tx, is *Issue) error {
	if err := issueHeaderYearTx(ctx, tx, is); err != nil {
		return err
	}
	_, err := tx.ExecContext(ctx, `UPDATE issues SET year = ?, number = ?, total_number = ?, date = ?,
		copy_count = ?, version = version + 1, updated_at = ? WHERE id = ?`,
		is.Year, is.Number, totalNumberArg(is.TotalNumber), dateText(is.Date), is.CopyCount, nowStamp(), is.ID)
	if isUniqueViolation(err, "issues") {
		return fmt.Errorf("update issue: %s: %w", IssueNumberText(is.Number, is.TotalNumber), ErrDuplicateNumber)
	} else if err != nil {
		return fmt.Errorf("update issue %d: %w", is.ID, err)
	}
	is.Version++
	if err := writeIssueMarksTx(ctx, tx, is); err != nil {
		return err
	}
	return writeDistributionTx(ctx, tx, "issue_distribution", "issue_id", is.ID, is.Distribution)
}

// issueHeaderYearTx settles the year an issue is numbered in: given, or
// its date's; when only the date moved to another year, the year follows.
func issueHeaderYearTx(ctx context.Context, tx *sql.Tx, is *Issue) error {
	var year int
	var date string
	if err := tx.QueryRowContext(ctx, `SELECT year, date FROM issues WHERE id = ?`, is.ID).Scan(&year, &date); err != nil {
		return fmt.Errorf("update issue %d: %w", is.ID, err)
	}
	if is.Date.IsZero() { // no date yet (an import without one): the year stays
		if is.Year == 0 {
			is.Year = year
		}
		return nil
	}
	if is.Year == 0 || (is.Year == year && parseDateText(date).Year() != is.Date.Year()) {
		is.Year = is.Date.Year()
	}
	return nil
}

// SetIssueStatus takes an issue to status s by the steps of its review
// (StepIssue), each on record: 签发 from 草稿 is 送审, 审核 and 签发 at
// once, for the user who holds all three roles (a local file's one user);
// 草稿 from 已签发 reopens it, from 送审 or 已审核 sends it back. The issue
// keeps its date (ErrNoDate when it has none and is to be signed).
func (a *Archive) SetIssueStatus(ctx context.Context, id int64, s IssueStatus) error {
	if indexStatus([]IssueStatus{IssueDraft, IssueSubmitted, IssueReviewed, IssueSigned}, s) < 0 {
		return fmt.Errorf("set issue status: unknown status %q", s)
	}
	return a.tx(ctx, func(tx *sql.Tx) error {
		cur, err := issueStageTx(ctx, tx, id)
		if err != nil {
			return fmt.Errorf("set issue status: %w", err)
		}
		for _, act := range walkTo(cur, s) {
			if err := a.stepIssueTx(ctx, tx, id, act, "", Date{}, nil); err != nil {
				return fmt.Errorf("set issue status: %w", err)
			}
		}
		return nil
	})
}

// DuplicateIssue makes a new draft from an issue: the next numbers, today's
// date, the same sections, items, credits and distribution, but no
// adoptions (the new items do not use the old submissions again).
func (a *Archive) DuplicateIssue(ctx context.Context, id int64) (Issue, error) {
	var is Issue
	err := a.tx(ctx, func(tx *sql.Tx) error {
		src, err := issueTx(ctx, tx, id)
		if err != nil {
			return fmt.Errorf("duplicate issue: %w", err)
		}
		is = src
		is.ID, is.Year, is.Number, is.TotalNumber, is.Status, is.Date = 0, 0, 0, 0, IssueDraft, Today()
		for i := range is.Sections {
			for j := range is.Sections[i].Items {
				is.Sections[i].Items[j].ID, is.Sections[i].Items[j].Submissions = 0, nil
			}
		}
		if err := insertIssueTx(ctx, tx, &is, nil); err != nil {
			return fmt.Errorf("duplicate issue: %w", err)
		}
		is, err = issueTx(ctx, tx, is.ID)
		return err
	})
	return is, err
}

// DeleteIssue removes a draft issue with its sections and items; the
// submissions it used go back to 待处理 unless another item uses them.
// Signed issues are refused (ErrIssueSigned), and so are issues whose items
// carry upstream adoptions or 批示 (ErrInUse), which would be lost.
func (a *Archive) DeleteIssue(ctx context.Context, id int64) error {
	return a.tx(ctx, func(tx *sql.Tx) error {
		if err := requireDraftTx(ctx, tx, id); err != nil {
			return fmt.Errorf("delete issue: %w", err)
		}
		if err := a.auditIssueTx(ctx, tx, AuditDelete, id); err != nil {
			return err
		}
		items, err := queryIDs(ctx, tx, `SELECT it.id FROM items it JOIN sections s ON s.id = it.section_id WHERE s.issue_id = ?`, id)
		if err != nil {
			return err
		}
		for _, item := range items {
			if err := deleteItemRowTx(ctx, tx, item); err != nil {
				return fmt.Errorf("delete issue: %w", err)
			}
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM issues WHERE id = ?`, id); err != nil {
			return fmt.Errorf("delete issue %d: %w", id, err)
		}
		return nil
	})
}
