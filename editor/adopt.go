package editor

// Adopting a 来稿: the item it becomes, one item per submission, and its
// status following the items that use it.

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
)

// Errors of adoption callers branch on.
var (
	// ErrAlreadyAdopted: the submission is already used by an item; one
	// 来稿 is adopted once (a 综合 item credits several 来稿 instead), so
	// statistics and the 通报 never count it twice.
	ErrAlreadyAdopted = errors.New("the submission is already adopted by an item")
	// ErrAdopted: a status other than 采用 was asked for a submission an
	// item still uses; ReleaseSubmissions takes it out of the item first.
	ErrAdopted = errors.New("the submission is adopted by an item")
)

// LeadFrom says where the lead of an adopted submission's item comes from.
type LeadFrom int

const (
	// LeadFromTitle: the title, made a sentence, is the lead and the text
	// the body (the text's first sentence when the submission has no title).
	LeadFromTitle LeadFrom = iota
	// LeadFromText: the text's first sentence is the lead; the title is left out.
	LeadFromText
)

// AdoptSubmission makes an item of a submission at the end of a section,
// its lead taken from the title (LeadFromTitle).
func (a *Archive) AdoptSubmission(ctx context.Context, submissionID, sectionID int64) (Item, error) {
	return a.AdoptSubmissionAs(ctx, submissionID, sectionID, LeadFromTitle)
}

// AdoptSubmissionAs makes an item of a submission at the end of a section:
// the lead from where lead says, the rest the body, its unit's full name the
// attribution and credit; the submission becomes 采用. A submission an item
// already uses is refused with ErrAlreadyAdopted.
func (a *Archive) AdoptSubmissionAs(ctx context.Context, submissionID, sectionID int64, lead LeadFrom) (Item, error) {
	var it Item
	err := a.tx(ctx, func(tx *sql.Tx) error {
		var err error
		it, err = a.adoptTx(ctx, tx, submissionID, sectionID, lead)
		return err
	})
	return it, err
}

// AdoptSubmissions makes items of several submissions at the end of a
// section, in the order given, in one transaction: all are adopted or,
// when one cannot be (ErrAlreadyAdopted among others), none.
func (a *Archive) AdoptSubmissions(ctx context.Context, submissionIDs []int64, sectionID int64, lead LeadFrom) ([]Item, error) {
	var items []Item
	err := a.tx(ctx, func(tx *sql.Tx) error {
		items = items[:0]
		for _, id := range submissionIDs {
			it, err := a.adoptTx(ctx, tx, id, sectionID, lead)
			if err != nil {
				return err
			}
			items = append(items, it)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return items, nil
}

// adoptTx is one adoption inside tx (AdoptSubmissionAs).
func (a *Archive) adoptTx(ctx context.Context, tx *sql.Tx, submissionID, sectionID int64, lead LeadFrom) (Item, error) {
	var it Item
	issueID, err := sectionIssueTx(ctx, tx, sectionID)
	if err != nil {
		return it, fmt.Errorf("adopt submission: %w", err)
	}
	s, err := submissionTx(ctx, tx, submissionID)
	if err != nil {
		return it, fmt.Errorf("adopt submission: %w", err)
	}
	if used, err := queryIDs(ctx, tx, `SELECT item_id FROM adoptions WHERE submission_id = ?`, submissionID); err != nil {
		return it, err
	} else if len(used) > 0 {
		return it, fmt.Errorf("adopt submission %d (item %d): %w", submissionID, used[0], ErrAlreadyAdopted)
	}
	ids, err := sectionItemIDs(ctx, tx, sectionID)
	if err != nil {
		return it, err
	}
	units, err := unitsTx(ctx, tx)
	if err != nil {
		return it, err
	}
	it = itemFromSubmission(s, NewUnitMatcher(units), lead)
	it.SectionID, it.Position = sectionID, len(ids)
	if err := insertItemTx(ctx, tx, &it); err != nil {
		return it, fmt.Errorf("adopt submission %d: %w", submissionID, err)
	}
	if err := a.auditTx(ctx, tx, AuditAdopt, "submission", submissionID, clip(s.Title, 40)); err != nil {
		return it, err
	}
	return it, touchIssueTx(ctx, tx, issueID)
}

// itemFromSubmission is the item an adopted submission first becomes. A
// submission that already closes with its attribution, such as
// （青山县委组织部） or a 综合 （青山县委组织部、临江区委组织部）, keeps
// that wording and credits the units it names, so the item does not show the
// unit twice; otherwise the submission's unit is the attribution.
func itemFromSubmission(s Submission, m *UnitMatcher, lead LeadFrom) Item {
	text := s.Text
	if strings.TrimSpace(text) == "" {
		text, lead = s.Title, LeadFromText
	}
	it := Item{Attribution: s.UnitName, Submissions: []int64{s.ID}}
	if s.UnitID != 0 {
		it.UnitIDs = []int64{s.UnitID}
	}
	if rest, inner, ok := trailingGroup(text); ok {
		if named := m.Match(inner); len(named) > 0 || inner == s.UnitName {
			text, it.Attribution = rest, inner
			if len(named) > 0 {
				it.UnitIDs = unitIDs(named)
			}
		}
	}
	if it.Attribution == s.UnitName && creditedInBody(text, s, m) {
		it.Attribution = "" // printed after the body, it said the unit twice
	}
	it.Lead, it.Body = AdoptedLead(s.Title, text, lead)
	return it
}

// creditedInBody says one of the text's last paragraphs ends in a bracket
// naming the submission's unit — its attribution, above a line that is
// not (a page number, a contact line) — so the body already credits it.
func creditedInBody(text string, s Submission, m *UnitMatcher) bool {
	if s.UnitName == "" {
		return false
	}
	paras := strings.Split(strings.TrimSpace(text), "\n")
	for i := len(paras) - 1; i >= 0 && i >= len(paras)-3; i-- {
		_, inner, ok := trailingGroup(paras[i])
		if !ok {
			continue
		}
		if strings.Contains(inner, s.UnitName) {
			return true
		}
		for _, u := range m.Match(inner) {
			if u.ID == s.UnitID && u.ID != 0 {
				return true
			}
		}
	}
	return false
}

// AdoptedLead is the lead and body a submission's title and text become
// (the adopt dialog shows it before adopting). From the title: the title
// made a sentence, and the whole text as body; when the text opens with the
// title as its own line or sentence, that is not repeated, and when its
// first sentence starts with the title and goes on, that fuller sentence is
// the lead. Without a title, or LeadFromText: the text's first sentence.
func AdoptedLead(title, text string, from LeadFrom) (lead, body string) {
	t := TitleSentence(title)
	first, rest := splitLead(text)
	if from == LeadFromText || t == "" {
		return first, rest
	}
	core := strings.TrimRight(t, "。！？")
	firstCore := strings.TrimRight(strings.TrimSpace(strings.TrimPrefix(first, "△")), "。！？，；：,.;:")
	switch {
	case firstCore == core:
		return t, rest
	case strings.HasPrefix(firstCore, core) && strings.ContainsAny(first, "。！？"):
		return first, rest
	}
	return t, strings.TrimSpace(text)
}

// TitleSentence makes a 来稿 title a lead sentence: spaces and a pasted △
// trimmed, a trailing comma-like mark replaced by 。 and 。 added when the
// title does not already end a sentence. "" for an empty title.
func TitleSentence(title string) string {
	t := strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(title), "△ 　"))
	t = strings.TrimRight(t, "，、；：,;: 　")
	if t == "" {
		return ""
	}
	r := []rune(t)
	last := r[len(r)-1]
	switch {
	case strings.ContainsRune("。！？!?", last):
		return t
	case strings.ContainsRune("”’」』）", last) && len(r) > 1 && strings.ContainsRune("。！？!?", r[len(r)-2]):
		return t // 。” already closes the sentence
	case last == '.':
		return string(r[:len(r)-1]) + "。"
	}
	return t + "。"
}

// trailingGroup splits a closing full-width （…） group off the end of text.
func trailingGroup(text string) (rest, inner string, ok bool) {
	text = strings.TrimSpace(text)
	if !strings.HasSuffix(text, "）") {
		return text, "", false
	}
	open := strings.LastIndex(text, "（")
	if open < 0 {
		return text, "", false
	}
	inner = strings.TrimSpace(text[open+len("（") : len(text)-len("）")])
	if inner == "" || strings.ContainsAny(inner, "（）") {
		return text, "", false
	}
	return strings.TrimSpace(text[:open]), inner, true
}

// ItemPlace is where an item stands: its issue and lead, for messages such
// as 已被第12期“…”采用.
type ItemPlace struct {
	ItemID       int64
	IssueID      int64
	BulletinName string
	Year         int
	Number       int
	TotalNumber  int
	Signed       bool
	Stage        IssueStatus // 草稿, 送审, 已审核 or 已签发: what may change the adoption
	Lead         string
}

// AdoptedBy lists the items using a submission (at most one since
// migration 004), with their issues.
func (a *Archive) AdoptedBy(ctx context.Context, submissionID int64) ([]ItemPlace, error) {
	var out []ItemPlace
	err := a.read(ctx, func(tx *sql.Tx) error {
		var err error
		out, err = adoptedByTx(ctx, tx, submissionID)
		return err
	})
	return out, err
}

func adoptedByTx(ctx context.Context, tx *sql.Tx, submissionID int64) ([]ItemPlace, error) {
	rows, err := tx.QueryContext(ctx, `SELECT it.id, i.id, b.name, i.year, i.number, COALESCE(i.total_number, 0),
		`+stageSQL+`, it.lead
		FROM adoptions ad JOIN items it ON it.id = ad.item_id JOIN sections sec ON sec.id = it.section_id
		JOIN issues i ON i.id = sec.issue_id JOIN bulletins b ON b.id = i.bulletin_id
		WHERE ad.submission_id = ? ORDER BY it.id`, submissionID)
	if err != nil {
		return nil, fmt.Errorf("items adopting submission %d: %w", submissionID, err)
	}
	defer rows.Close()
	var out []ItemPlace
	for rows.Next() {
		var p ItemPlace
		if err := rows.Scan(&p.ItemID, &p.IssueID, &p.BulletinName, &p.Year, &p.Number, &p.TotalNumber, &p.Stage, &p.Lead); err != nil {
			return nil, err
		}
		p.Signed = p.Stage == IssueSigned
		out = append(out, p)
	}
	return out, rows.Err()
}

// ReleaseSubmissions gives adopted submissions another status on purpose:
// the items using them stay in their issues, with their text and credited
// units, but no longer name these submissions as their source, so 统计
// stops counting the 来稿 as adopted. What a signed issue adopted stays
// adopted until its 签发 reopens it (ErrIssueSigned), and under review
// only 审核 and 签发 may change it (ErrUnderReview): the signed period's
// 被采用来稿 and 采用率 must not move (review G25). Migration 029 refuses
// the same on the office archive's server, for logins writing their SQL.
func (a *Archive) ReleaseSubmissions(ctx context.Context, ids []int64, st SubmissionStatus) error {
	if !slices.Contains(SubmissionStatuses, st) {
		return fmt.Errorf("release submissions: %w %q", errSubmissionStatus, st)
	}
	return a.tx(ctx, func(tx *sql.Tx) error {
		for _, id := range ids {
			places, err := adoptedByTx(ctx, tx, id)
			if err != nil {
				return err
			}
			for _, p := range places {
				if err := requireDraftStageTx(ctx, tx, p.Stage); err != nil {
					return fmt.Errorf("release submission %d: %w", id, err)
				}
				if err := touchIssueTx(ctx, tx, p.IssueID); err != nil {
					return err
				}
			}
			if _, err := tx.ExecContext(ctx, `DELETE FROM adoptions WHERE submission_id = ?`, id); err != nil {
				return fmt.Errorf("release submission %d: %w", id, err)
			}
		}
		return setSubmissionStatusTx(ctx, tx, ids, st)
	})
}

// SubmissionLocked is nil when the status of a submission may change now;
// ErrIssueSigned or ErrUnderReview when an item of an issue so locked
// adopted it (the rule of ReleaseSubmissions, for the window to grey its
// status before anyone chooses one).
func (a *Archive) SubmissionLocked(ctx context.Context, submissionID int64) error {
	return a.read(ctx, func(tx *sql.Tx) error {
		places, err := adoptedByTx(ctx, tx, submissionID)
		if err != nil {
			return err
		}
		for _, p := range places {
			if err := requireDraftStageTx(ctx, tx, p.Stage); err != nil {
				return fmt.Errorf("submission %d: %w", submissionID, err)
			}
		}
		return nil
	})
}

// refuseAdoptedTx is ErrAdopted when st is not 采用 and an item uses one of ids.
func refuseAdoptedTx(ctx context.Context, tx *sql.Tx, ids []int64, st SubmissionStatus) error {
	if st == SubmissionAdopted || len(ids) == 0 {
		return nil
	}
	used, err := queryIDs(ctx, tx, `SELECT DISTINCT submission_id FROM adoptions WHERE submission_id IN (`+
		sqlPlaceholders(len(ids))+`) ORDER BY 1`, int64Args(ids)...)
	if err != nil {
		return err
	}
	if len(used) > 0 {
		return fmt.Errorf("set the status of submission %d: %w", used[0], ErrAdopted)
	}
	return nil
}

// unadoptedTx is ids without those an item uses, in order.
func unadoptedTx(ctx context.Context, tx *sql.Tx, ids []int64) ([]int64, error) {
	var out []int64
	for _, id := range ids {
		used, err := queryIDs(ctx, tx, `SELECT item_id FROM adoptions WHERE submission_id = ?`, id)
		if err != nil {
			return nil, err
		}
		if len(used) == 0 {
			out = append(out, id)
		}
	}
	return out, nil
}
