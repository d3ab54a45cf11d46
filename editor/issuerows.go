package editor

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// insertIssueTx stores a new issue with its sections, items and
// distribution; numbers 0 are proposed, Year 0 is the date's year (this
// year's for an issue without a date: an imported one whose source gave
// none keeps no date, asked for before 签发). match, when set, credits items
// without UnitIDs from their attribution.
func insertIssueTx(ctx context.Context, tx *sql.Tx, is *Issue, match func(*Item) []int64) error {
	return insertIssueRowTx(ctx, tx, is, match, true)
}

// insertIssueRowTx is insertIssueTx; proposeTotal false leaves a 总第 of 0
// empty (NULL), as an imported issue whose source printed none.
func insertIssueRowTx(ctx context.Context, tx *sql.Tx, is *Issue, match func(*Item) []int64, proposeTotal bool) error {
	if is.Year == 0 {
		is.Year = orToday(is.Date).Year()
	}
	if is.Status == "" {
		is.Status = IssueDraft
	}
	id, err := insertIssueHeaderTx(ctx, tx, is, is.Number == 0, is.TotalNumber == 0 && proposeTotal)
	if err != nil {
		return err
	}
	is.ID = id
	is.Version = 1
	if err := writeIssueMarksTx(ctx, tx, is); err != nil {
		return err
	}
	for i := range is.Sections {
		if err := insertSectionTx(ctx, tx, is.ID, i, &is.Sections[i], match); err != nil {
			return err
		}
	}
	return writeDistributionTx(ctx, tx, "issue_distribution", "issue_id", is.ID, is.Distribution)
}

// insertIssueHeaderTx inserts the issues row of is, proposing its 第N期
// and 总第 when asked. A proposed number may be taken meanwhile by another
// editor's new issue: on the office archive two imports (or two 新建一期)
// at once both propose 第10期, and the second waited on the unique index
// and then failed for a number nobody typed (review G28). So a proposed
// number is proposed again, after a rollback to a savepoint (a failed
// statement ends a PostgreSQL transaction otherwise), a few times; a typed
// one that is taken is ErrDuplicateNumber at once.
func insertIssueHeaderTx(ctx context.Context, tx *sql.Tx, is *Issue, number, total bool) (int64, error) {
	for try := 0; ; try++ {
		n, m, err := nextNumbersTx(ctx, tx, is.BulletinID, is.Year)
		if err != nil {
			return 0, err
		}
		if number {
			is.Number = n
		}
		if total {
			is.TotalNumber = m
		}
		again := (number || total) && try < 5
		if again {
			if _, err := tx.ExecContext(later(ctx), `SAVEPOINT proposed_number`); err != nil {
				return 0, fmt.Errorf("save issue: %w", err)
			}
		}
		id, err := insertID(ctx, tx, `INSERT INTO issues(bulletin_id, year, number, total_number, date, status, copy_count, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, is.BulletinID, is.Year, is.Number, totalNumberArg(is.TotalNumber), dateText(is.Date),
			is.Status, is.CopyCount, nowStamp())
		switch {
		case again && isUniqueViolation(err, "issues"):
			if _, err := tx.ExecContext(ctx, `ROLLBACK TO SAVEPOINT proposed_number`); err != nil {
				return 0, fmt.Errorf("save issue: %w", err)
			}
			continue // the other issue is committed now: the next proposal counts it
		case isUniqueViolation(err, "issues"):
			return 0, fmt.Errorf("%d年%s: %w", is.Year, IssueNumberText(is.Number, is.TotalNumber), ErrDuplicateNumber)
		case err != nil:
			return 0, fmt.Errorf("save issue: %w", err)
		}
		if again {
			if _, err := tx.ExecContext(later(ctx), `RELEASE SAVEPOINT proposed_number`); err != nil {
				return 0, fmt.Errorf("save issue: %w", err)
			}
		}
		return id, nil
	}
}

// insertSectionTx stores a new section of an issue with its items.
func insertSectionTx(ctx context.Context, tx *sql.Tx, issueID int64, pos int, s *Section, match func(*Item) []int64) error {
	id, err := insertID(ctx, tx, `INSERT INTO sections(issue_id, position, name) VALUES (?, ?, ?)`, issueID, pos, s.Name)
	if err != nil {
		return fmt.Errorf("save section %q: %w", s.Name, err)
	}
	s.IssueID, s.Position = issueID, pos
	s.ID = id
	for j := range s.Items {
		it := &s.Items[j]
		it.ID, it.SectionID, it.Position = 0, s.ID, j // always a new item
		if match != nil && len(it.UnitIDs) == 0 {
			it.UnitIDs = match(it)
		}
		if err := insertItemTx(ctx, tx, it); err != nil {
			return err
		}
	}
	return nil
}

// issueTx loads an issue with sections, items (credits, adoptions) and distribution.
func issueTx(ctx context.Context, tx *sql.Tx, id int64) (Issue, error) {
	is := Issue{ID: id}
	var date, updated, printed string
	// a signed issue's masthead as signed (migration 028), a draft's its bulletin's
	err := tx.QueryRowContext(ctx, `SELECT i.bulletin_id, COALESCE(i.masthead_name, b.name), COALESCE(i.masthead_unit, b.editing_unit), i.year, i.number, COALESCE(i.total_number, 0),
			i.date, `+stageSQL+`, i.copy_count, i.version, i.updated_at,
			EXISTS (SELECT 1 FROM audit_log l WHERE l.kind = 'issue' AND l.row_id = i.id AND l.action = 'import'), `+issueMarksSQL+`
		FROM issues i JOIN bulletins b ON b.id = i.bulletin_id WHERE i.id = ?`, id).
		Scan(append([]any{&is.BulletinID, &is.BulletinName, &is.EditingUnit, &is.Year, &is.Number, &is.TotalNumber,
			&date, &is.Status, &is.CopyCount, &is.Version, &updated, &is.Imported}, issueMarksDest(&is, &printed)...)...)
	if errors.Is(err, sql.ErrNoRows) {
		return is, fmt.Errorf("issue %d: %w", id, ErrNotFound)
	} else if err != nil {
		return is, fmt.Errorf("read issue %d: %w", id, err)
	}
	is.Date, is.UpdatedAt = parseDateText(date), parseStamp(updated)
	if printed != "" {
		is.Marks.PrintedDate = parseDateText(printed)
	}
	events, err := issueEventsTx(ctx, tx, id)
	if err != nil {
		return is, err
	}
	is.Review = currentReview(events, is.Status)
	if is.Sections, err = sectionsTx(ctx, tx, id); err != nil {
		return is, err
	}
	is.Distribution, err = distributionTx(ctx, tx, `issue_distribution WHERE issue_id = ?`, id)
	return is, err
}

// sectionsTx loads an issue's sections with their items, in order.
func sectionsTx(ctx context.Context, tx *sql.Tx, issueID int64) ([]Section, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id, name, position FROM sections WHERE issue_id = ? ORDER BY position, id`, issueID)
	if err != nil {
		return nil, fmt.Errorf("read sections: %w", err)
	}
	var out []Section
	at := map[int64]int{}
	for rows.Next() {
		s := Section{IssueID: issueID}
		if err := rows.Scan(&s.ID, &s.Name, &s.Position); err != nil {
			rows.Close()
			return nil, err
		}
		at[s.ID] = len(out)
		out = append(out, s)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	items, err := itemsTx(ctx, tx, `WHERE s.issue_id = ?`, issueID)
	for _, it := range items {
		s := &out[at[it.SectionID]]
		s.Items = append(s.Items, it)
	}
	return out, err
}

// requireDraftTx fails with ErrIssueSigned when the issue is signed off,
// and with ErrUnderReview when it is with the reviewer (送审 or 已审核) and
// this user is neither 审核 nor 签发: an editor does not change what the
// reviewer is reading; the reviewer may correct it, or send it back.
func requireDraftTx(ctx context.Context, tx *sql.Tx, issueID int64) error {
	st, err := issueStageTx(ctx, tx, issueID)
	if err != nil {
		return err
	}
	return requireDraftStageTx(ctx, tx, st)
}

// requireDraftStageTx is requireDraftTx for an issue at stage st.
func requireDraftStageTx(ctx context.Context, tx *sql.Tx, st IssueStatus) error {
	switch st {
	case IssueSigned:
		return ErrIssueSigned
	case IssueSubmitted, IssueReviewed:
		var reviewer, signer bool
		if err := tx.QueryRowContext(ctx, `SELECT reviewer, signer FROM bd_me`).Scan(&reviewer, &signer); err != nil {
			return fmt.Errorf("read your roles: %w", err)
		}
		if !reviewer && !signer {
			return ErrUnderReview
		}
	}
	return nil
}

// touchIssueTx marks an issue changed now (LatestIssue opens it).
func touchIssueTx(ctx context.Context, tx *sql.Tx, issueID int64) error {
	_, err := tx.ExecContext(later(ctx), `UPDATE issues SET updated_at = ? WHERE id = ?`, nowStamp(), issueID)
	return err
}

// sectionIssueTx is the issue a section belongs to, checked to be a draft.
func sectionIssueTx(ctx context.Context, tx *sql.Tx, sectionID int64) (int64, error) {
	var issueID int64
	var st IssueStatus
	// the issue and its stage in one statement: each is a round trip to the office archive's server
	err := tx.QueryRowContext(ctx, `SELECT i.id, `+stageSQL+` FROM sections s JOIN issues i ON i.id = s.issue_id WHERE s.id = ?`,
		sectionID).Scan(&issueID, &st)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, fmt.Errorf("section %d: %w", sectionID, ErrNotFound)
	} else if err != nil {
		return 0, err
	}
	return issueID, requireDraftStageTx(ctx, tx, st)
}

// totalNumberArg is a 总第 as stored: NULL for 0, an issue whose 总第 is
// empty (its source printed none); several of a bulletin may be so.
func totalNumberArg(total int) any {
	if total <= 0 {
		return nil
	}
	return total
}

// IssueNumberText is 第N期（总第M期）, or 第N期 when the 总第 is empty.
func IssueNumberText(number, total int) string {
	if total <= 0 {
		return fmt.Sprintf("第%d期", number)
	}
	return fmt.Sprintf("第%d期（总第%d期）", number, total)
}
