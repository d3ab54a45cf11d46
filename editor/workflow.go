package editor

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// The review of an issue: 草稿 → 送审 → 已审核 (with the reviewer's
// opinion) → 已签发 (签发人, time), sent back to 草稿 with a note at each
// step, and a signed issue reopened deliberately. Every step goes through
// StepIssue, the one place an issue's stage changes: the archive records
// it in issue_events (a trigger, so no step goes unrecorded), and on the
// office archive the server checks the login's role and stamps the step
// with the login and the server's time.

const (
	IssueSubmitted IssueStatus = "submitted" // 送审: waiting for the reviewer
	IssueReviewed  IssueStatus = "reviewed"  // 已审核: waiting for 签发
)

// IssueAction is one step of the review; stored as the English code.
type IssueAction string

const (
	ActionSend   IssueAction = "send"   // 送审
	ActionReview IssueAction = "review" // 审核通过
	ActionSign   IssueAction = "sign"   // 签发
	ActionReturn IssueAction = "return" // 退回 to 草稿
	ActionReopen IssueAction = "reopen" // 重新打开 a signed issue
)

// IssueEvent is one step on record: who, when, and the note (the
// reviewer's opinion, why it was sent back). Actor "" and At zero: a step
// from before the record (an issue signed before this version).
type IssueEvent struct {
	ID      int64
	IssueID int64
	Action  IssueAction
	Actor   string
	At      time.Time
	Note    string
}

// IssueReview is the current round of an issue's review, for its header:
// the last 送审, 审核 and 签发 since it was last sent back or reopened, and
// that sending back (its note kept) while the issue is a draft again.
type IssueReview struct {
	Sent, Reviewed, Signed, Returned *IssueEvent
}

// ErrWrongStage is a step the issue's stage does not allow (签发 before 审核).
var ErrWrongStage = errors.New("the issue is not at the stage for this step")

// ErrUnderReview is an editor changing an issue that is with the reviewer:
// it is sent back first, or the reviewer makes the change.
var ErrUnderReview = errors.New("the issue is under review; the reviewer may change it, or send it back first")

// stageSQL reads an issue's IssueStatus from its two columns.
const stageSQL = `CASE WHEN i.status = 'signed' THEN 'signed' WHEN i.review_stage <> '' THEN i.review_stage ELSE 'draft' END`

// step is what a step needs: the stages it starts from, where it leads,
// and the role it takes.
type step struct {
	from []IssueStatus
	to   IssueStatus
	role []Role // any of them
}

var steps = map[IssueAction]step{
	ActionSend:   {[]IssueStatus{IssueDraft}, IssueSubmitted, []Role{RoleEditor}},
	ActionReview: {[]IssueStatus{IssueSubmitted}, IssueReviewed, []Role{RoleReviewer}},
	ActionSign:   {[]IssueStatus{IssueReviewed}, IssueSigned, []Role{RoleSigner}},
	ActionReturn: {[]IssueStatus{IssueSubmitted, IssueReviewed}, IssueDraft, []Role{RoleReviewer, RoleSigner}},
	ActionReopen: {[]IssueStatus{IssueSigned}, IssueDraft, []Role{RoleSigner}},
}

// StepIssue takes issue id one step through its review, with note (the
// reviewer's opinion, the reason for sending back; may be empty). On
// ActionSign, day is the 签发 date, which becomes the issue's date (the
// masthead's) and its 印发日期 when that is set and earlier; a zero day keeps
// the issue's date (ErrNoDate when it has none). ErrWrongStage when the
// issue is not where the step starts, ErrDenied when this user's role does
// not allow it.
func (a *Archive) StepIssue(ctx context.Context, id int64, act IssueAction, note string, day Date) error {
	return a.tx(ctx, func(tx *sql.Tx) error {
		if err := a.stepIssueTx(ctx, tx, id, act, note, day, nil); err != nil {
			return fmt.Errorf("%s issue %d: %w", act, id, err)
		}
		return nil
	})
}

// stepIssueTx is StepIssue in tx; a non-nil signer is the 签发人 that
// ActionSign puts on the masthead, written after the checks and before the
// stage changes (a signed issue's marks are locked, 025).
func (a *Archive) stepIssueTx(ctx context.Context, tx *sql.Tx, id int64, act IssueAction, note string, day Date, signer *string) error {
	st, ok := steps[act]
	if !ok {
		return fmt.Errorf("unknown step %q", act)
	}
	// the role first: an editor told to sign learns that the role is
	// missing, not that the issue is at another stage
	me, err := a.meTx(ctx, tx)
	if err != nil {
		return err
	}
	if !me.HasAny(st.role...) {
		return &RoleError{Login: me.Login, What: string(act), Need: st.role}
	}
	cur, err := issueStageTx(ctx, tx, id)
	if err != nil {
		return err
	}
	if !hasStatus(st.from, cur) {
		return fmt.Errorf("%w (it is %s)", ErrWrongStage, cur)
	}
	if act == ActionSign {
		if err := signDateTx(ctx, tx, id, day); err != nil {
			return err
		}
		if err := setSignerTx(ctx, tx, id, signer); err != nil {
			return err
		}
	}
	status, stage := storedStage(st.to)
	_, err = tx.ExecContext(ctx, `UPDATE issues SET status = ?, review_stage = ?, stage_by = ?, stage_at = ?, stage_note = ?,
		updated_at = ? WHERE id = ?`, status, stage, me.Login, nowStamp(), note, nowStamp(), id)
	if err != nil {
		return err
	}
	if act == ActionSign || act == ActionReopen { // the audit list's; issue_events has every step
		return a.auditIssueStatusTx(ctx, tx, id, st.to)
	}
	a.noteChange(tx, "issue", id) // other desktops show the new stage
	return nil
}

// storedStage is how the archive stores stage s: status draft or signed,
// and where a draft is in its review.
func storedStage(s IssueStatus) (status IssueStatus, reviewStage string) {
	switch s {
	case IssueSigned:
		return IssueSigned, ""
	case IssueSubmitted, IssueReviewed:
		return IssueDraft, string(s)
	}
	return IssueDraft, ""
}

func hasStatus(list []IssueStatus, s IssueStatus) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// issueStageTx is issue id's stage; ErrNotFound when there is no such issue.
func issueStageTx(ctx context.Context, tx *sql.Tx, id int64) (IssueStatus, error) {
	var st IssueStatus
	err := tx.QueryRowContext(ctx, `SELECT `+stageSQL+` FROM issues i WHERE i.id = ?`, id).Scan(&st)
	if errors.Is(err, sql.ErrNoRows) {
		return "", fmt.Errorf("issue %d: %w", id, ErrNotFound)
	}
	return st, err
}

// signDateTx puts the 签发 day on the issue: its date, and its 印发日期 when
// set and earlier. A zero day keeps the date, which must be there.
func signDateTx(ctx context.Context, tx *sql.Tx, id int64, day Date) error {
	if day.IsZero() {
		if err := requireDateToSignTx(ctx, tx, id, IssueSigned); err != nil {
			return err
		}
		return requireTotalToSignTx(ctx, tx, id)
	}
	if err := requireTotalToSignTx(ctx, tx, id); err != nil {
		return err
	}
	d := dateText(day)
	_, err := tx.ExecContext(ctx, `UPDATE issues SET date = ?,
		printed_date = CASE WHEN printed_date <> '' AND printed_date < ? THEN ? ELSE printed_date END WHERE id = ?`, d, d, d, id)
	return err
}

// walkTo is the steps that take an issue from one stage to another by the
// shortest way SetIssueStatus knows (签发 from 草稿 goes through 送审 and 审核).
func walkTo(from, to IssueStatus) []IssueAction {
	switch {
	case from == to:
		return nil
	case to == IssueDraft && from == IssueSigned:
		return []IssueAction{ActionReopen}
	case to == IssueDraft:
		return []IssueAction{ActionReturn}
	}
	order := []IssueStatus{IssueDraft, IssueSubmitted, IssueReviewed, IssueSigned}
	acts := []IssueAction{ActionSend, ActionReview, ActionSign}
	var out []IssueAction
	for i := 0; i < len(acts); i++ {
		if indexStatus(order, from) <= i && i < indexStatus(order, to) {
			out = append(out, acts[i])
		}
	}
	return out
}

func indexStatus(list []IssueStatus, s IssueStatus) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}

// IssueEvents is every step of issue id's review on record, oldest first.
func (a *Archive) IssueEvents(ctx context.Context, id int64) ([]IssueEvent, error) {
	var out []IssueEvent
	err := a.read(ctx, func(tx *sql.Tx) (err error) {
		out, err = issueEventsTx(ctx, tx, id)
		return err
	})
	return out, err
}

func issueEventsTx(ctx context.Context, tx *sql.Tx, id int64) ([]IssueEvent, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id, action, actor, at, note FROM issue_events WHERE issue_id = ? ORDER BY id`, id)
	if err != nil {
		return nil, fmt.Errorf("read the review of issue %d: %w", id, err)
	}
	defer rows.Close()
	var out []IssueEvent
	for rows.Next() {
		e := IssueEvent{IssueID: id}
		var at string
		if err := rows.Scan(&e.ID, &e.Action, &e.Actor, &at, &e.Note); err != nil {
			return nil, err
		}
		if at != "" {
			e.At = parseStamp(at)
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// currentReview is the round of events since the issue was last sent back
// or reopened, with that step as Returned while the issue is a draft.
func currentReview(events []IssueEvent, st IssueStatus) IssueReview {
	var r IssueReview
	for i := range events {
		e := &events[i]
		switch e.Action {
		case ActionSend:
			r = IssueReview{Sent: e}
		case ActionReview:
			r.Reviewed = e
		case ActionSign:
			r.Signed = e
		case ActionReturn, ActionReopen:
			r = IssueReview{Returned: e}
		}
	}
	if st != IssueDraft {
		r.Returned = nil
	}
	return r
}
