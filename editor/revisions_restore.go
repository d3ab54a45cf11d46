package editor

import (
	"context"
	"database/sql"
	"fmt"
)

// keepRevisionTx keeps a save's new state (see reviseTx); after a restore
// (from is the revision brought back) in a revision of its own, and says so
// in the audit list.
func (a *Archive) keepRevisionTx(ctx context.Context, tx *sql.Tx, kind string, id int64, saved, before any, from *Revision) error {
	if err := a.reviseTx(ctx, tx, kind, id, saved, before, from != nil); err != nil {
		return err
	}
	if from == nil {
		return nil
	}
	who := from.Author
	if who == "" {
		who = "最初"
	}
	detail := fmt.Sprintf("恢复到 %s %s 的版本", from.Saved.Local().Format("2006-01-02 15:04"), who)
	return a.auditTx(ctx, tx, AuditRestore, kind, id, detail)
}

// RestoreRevision makes revision id's text the record's current one again,
// as a new revision — so that restoring the one before undoes it. version
// is the record's version the caller shows: when another desktop saved
// since, nothing changes and a *ConflictError (ErrConflict) says so, as for
// any save. It returns the record as now saved (an Item, Submission or
// Issue header).
func (a *Archive) RestoreRevision(ctx context.Context, id, version int64) (any, error) {
	var r Revision
	err := a.read(ctx, func(tx *sql.Tx) (err error) {
		r, err = revisionTx(ctx, tx, id)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("restore a revision: %w", err)
	}
	switch r.Kind {
	case "item":
		return a.restoreItem(ctx, r, version)
	case "submission":
		return a.restoreSubmission(ctx, r, version)
	case "issue":
		return a.restoreIssueHeader(ctx, r, version)
	}
	return nil, fmt.Errorf("restore revision %d: unknown kind %q", id, r.Kind)
}

// restoreItem brings back an item's text, 编者按 and credits; its
// adoptions stay as they are (a submission may be in another item since).
func (a *Archive) restoreItem(ctx context.Context, r Revision, version int64) (Item, error) {
	old, err := r.Item()
	if err != nil {
		return Item{}, err
	}
	it, err := a.Item(ctx, r.RowID)
	if err != nil {
		return Item{}, fmt.Errorf("restore a revision: %w", err)
	}
	it.Lead, it.Body, it.Attribution, it.EditorNote, it.UnitIDs = old.Lead, old.Body, old.Attribution, old.EditorNote, old.UnitIDs
	it.Version = version
	return it, a.updateItem(ctx, &it, &r)
}

// restoreSubmission brings back a submission's text and fields but not its
// status, which follows its adoption.
func (a *Archive) restoreSubmission(ctx context.Context, r Revision, version int64) (Submission, error) {
	old, err := r.Submission()
	if err != nil {
		return Submission{}, err
	}
	s, err := a.Submission(ctx, r.RowID)
	if err != nil {
		return Submission{}, fmt.Errorf("restore a revision: %w", err)
	}
	status := s.Status
	s = old
	s.ID, s.Status, s.Version = r.RowID, status, version
	return s, a.updateSubmission(ctx, &s, &r)
}

// restoreIssueHeader brings back an issue's numbers, date, marks, 编者按
// and distribution; its sections and items have their own revisions.
func (a *Archive) restoreIssueHeader(ctx context.Context, r Revision, version int64) (Issue, error) {
	is, err := r.Issue()
	if err != nil {
		return Issue{}, err
	}
	is.ID, is.Version = r.RowID, version
	if err := a.updateIssueHeader(ctx, &is, &r); err != nil {
		return Issue{}, err
	}
	return a.Issue(ctx, r.RowID)
}
