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

func (a *Archive) ImportIssue(ctx context.Context, is *Issue) error { return errPending }

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
