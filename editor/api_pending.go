package editor

// This file is scaffolding for the session's parallel work: the archive's
// method set, so that other packages compile against it while it is being
// written. Each method moves to its real file (issues.go, items.go, …) with
// its implementation; this file must be empty and deleted before commit.

import (
	"context"
	"errors"
)

var errPending = errors.New("pending")

// IssueFilter selects issues for the list.
type IssueFilter struct {
	BulletinID int64 // 0: all bulletins
	Year       int   // 0: all years
}

// SubmissionFilter selects and pages submissions.
type SubmissionFilter struct {
	Status   SubmissionStatus // "": any
	UnitID   int64            // 0: any; -1: unit unknown
	Kind     string           // "": any
	From, To Date             // zero: open
	Text     string           // substring of title or text, "" any
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
	Rank       float64 // lower is better (bm25)
}

// Fragment is a piece of a snippet; Match marks the searched text.
type Fragment struct {
	Text  string
	Match bool
}




func (a *Archive) Issues(ctx context.Context, f IssueFilter) ([]IssueSummary, error) {
	return nil, errPending
}
func (a *Archive) Years(ctx context.Context, bulletinID int64) ([]int, error) { return nil, errPending }
func (a *Archive) Issue(ctx context.Context, id int64) (Issue, error)         { return Issue{}, errPending }
func (a *Archive) LatestIssue(ctx context.Context) (Issue, error)             { return Issue{}, errPending }
func (a *Archive) NextNumbers(ctx context.Context, bulletinID int64, date Date) (number, total int, err error) {
	return 0, 0, errPending
}
func (a *Archive) NewIssue(ctx context.Context, bulletinID int64, date Date) (Issue, error) {
	return Issue{}, errPending
}
func (a *Archive) ImportIssue(ctx context.Context, is *Issue) error       { return errPending }
func (a *Archive) UpdateIssueHeader(ctx context.Context, is *Issue) error { return errPending }
func (a *Archive) SetIssueStatus(ctx context.Context, id int64, s IssueStatus) error {
	return errPending
}
func (a *Archive) DuplicateIssue(ctx context.Context, id int64) (Issue, error) {
	return Issue{}, errPending
}
func (a *Archive) DeleteIssue(ctx context.Context, id int64) error { return errPending }

func (a *Archive) AddSection(ctx context.Context, issueID int64, name string) (Section, error) {
	return Section{}, errPending
}
func (a *Archive) RenameSection(ctx context.Context, id int64, name string) error { return errPending }
func (a *Archive) MoveSection(ctx context.Context, id int64, delta int) error     { return errPending }
func (a *Archive) DeleteSection(ctx context.Context, id int64) error              { return errPending }

func (a *Archive) AddItem(ctx context.Context, sectionID int64, it *Item) error { return errPending }
func (a *Archive) UpdateItem(ctx context.Context, it *Item) error               { return errPending }
func (a *Archive) MoveItem(ctx context.Context, id int64, delta int) error      { return errPending }
func (a *Archive) MoveItemToSection(ctx context.Context, id, sectionID int64) error {
	return errPending
}
func (a *Archive) DeleteItem(ctx context.Context, id int64) (Item, error) { return Item{}, errPending }
func (a *Archive) RestoreItem(ctx context.Context, it Item) error         { return errPending }
func (a *Archive) AdoptSubmission(ctx context.Context, submissionID, sectionID int64) (Item, error) {
	return Item{}, errPending
}

func (a *Archive) AddSubmissions(ctx context.Context, subs []*Submission) error { return errPending }
func (a *Archive) UpdateSubmission(ctx context.Context, s *Submission) error    { return errPending }
func (a *Archive) SetSubmissionStatus(ctx context.Context, ids []int64, st SubmissionStatus) error {
	return errPending
}
func (a *Archive) DeleteSubmission(ctx context.Context, id int64) error { return errPending }
func (a *Archive) Submission(ctx context.Context, id int64) (Submission, error) {
	return Submission{}, errPending
}
func (a *Archive) Submissions(ctx context.Context, f SubmissionFilter) ([]Submission, error) {
	return nil, errPending
}
func (a *Archive) CountSubmissions(ctx context.Context, f SubmissionFilter) (int, error) {
	return 0, errPending
}
func (a *Archive) Kinds(ctx context.Context) ([]string, error) { return nil, errPending }

func (a *Archive) AddUpstreamAdoption(ctx context.Context, u *UpstreamAdoption) error {
	return errPending
}
func (a *Archive) UpstreamAdoptions(ctx context.Context, submissionID, itemID int64) ([]UpstreamAdoption, error) {
	return nil, errPending
}
func (a *Archive) DeleteUpstreamAdoption(ctx context.Context, id int64) error { return errPending }
func (a *Archive) AddInstruction(ctx context.Context, in *Instruction) error  { return errPending }
func (a *Archive) Instructions(ctx context.Context, submissionID, itemID int64) ([]Instruction, error) {
	return nil, errPending
}
func (a *Archive) DeleteInstruction(ctx context.Context, id int64) error { return errPending }

func (a *Archive) Search(ctx context.Context, query string, limit int) ([]Hit, error) {
	return nil, errPending
}

