package editor

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"io"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// AddSubmissions stores new submissions in one transaction, filling in
// their ids, 字数, unit (recognised from title, text and file name when
// UnitID is 0), received date (today when zero), status (待处理) and kind
// (信息) when empty, and DuplicateOf when an earlier one has the same text.
func (a *Archive) AddSubmissions(ctx context.Context, subs []*Submission) error {
	return a.tx(ctx, func(tx *sql.Tx) error { return addSubmissionsTx(ctx, tx, a.eng, subs) })
}

func addSubmissionsTx(ctx context.Context, tx *sql.Tx, eng *engine, subs []*Submission) error {
	w, err := newSubmissionWriter(ctx, tx, eng)
	if err != nil {
		return err
	}
	defer w.close()
	b, err := newUnitBookTx(ctx, tx)
	if err != nil {
		return err
	}
	dup, err := tx.PrepareContext(ctx, `SELECT COALESCE(MIN(id), 0) FROM submissions WHERE text_hash = ? AND text_hash != '' AND id < ?`)
	if err != nil {
		return fmt.Errorf("prepare the duplicate check: %w", err)
	}
	defer dup.Close()
	recognise := func(s *Submission) error {
		if s.UnitID == 0 {
			if err := recogniseUnitTx(ctx, tx, b, s); err != nil {
				return withSource(err, s.Source)
			}
		}
		s.UnitName = b.name(s.UnitID)
		return nil
	}
	stored := func(s *Submission, hash string) error {
		return dup.QueryRowContext(ctx, hash, s.ID).Scan(&s.DuplicateOf)
	}
	if err := w.addAll(ctx, subs, recognise, stored); err != nil {
		return err
	}
	return w.flush(ctx)
}

// recogniseUnitTx finds the unit of a submission: the one its closing
// （…） credits (m.bracketUnit), created when the archive does not know it
// yet (a first submission from a new unit); failing that, the unit its
// title, text or file name names. A UnitName without a UnitID is the
// unit the editor typed in the import preview: that unit, created when new.
func recogniseUnitTx(ctx context.Context, tx *sql.Tx, b *unitBook, s *Submission) error {
	if named := strings.TrimSpace(s.UnitName); named != "" {
		return creditNamedUnitTx(ctx, tx, b, s, named)
	}
	name, at := b.m.bracketUnit(s.Text)
	if name != "" && at < 0 {
		inner, _ := closingAttribution(submissionPiece(s.Text))
		if err := b.learnTx(ctx, tx, inner); err != nil {
			return err
		}
		_, at = b.m.bracketUnit(s.Text)
	}
	if at >= 0 {
		s.UnitID = b.m.units[at].ID
		return nil
	}
	if u, ok := b.m.Find(s.Title + "\n" + s.Text + "\n" + s.Source); ok {
		s.UnitID = u.ID
	}
	return nil
}

// creditNamedUnitTx credits s to the unit called name (its full name,
// short name or alias), adding it as a new unit (its group guessed, or
// the one chosen) when the archive has none of that name.
func creditNamedUnitTx(ctx context.Context, tx *sql.Tx, b *unitBook, s *Submission, name string) error {
	if u, ok := b.m.Existing(name); ok {
		s.UnitID = u.ID
		return nil
	}
	u := guessUnit(name)
	if g := strings.TrimSpace(b.groups[u.Name]); g != "" {
		u.Group = g
	}
	if err := findOrAddUnitTx(ctx, tx, &u); err != nil {
		return &NewUnitError{Unit: u.Name, Err: err}
	}
	b.units = append(b.units, u)
	b.m = NewUnitMatcher(b.units)
	s.UnitID = u.ID
	return nil
}

// closingAttribution is what the bracket closing a 来稿's text holds, in
// full-width （…） or half-width (…) brackets, as an issue's items are read
// (export's textSplitAttribution): the 来稿 path recognises the same forms
// on an empty archive — （某县委组织部 孙丽）, （…孙丽供稿）, (某县委组织部).
func closingAttribution(text string) (string, bool) {
	if _, inner, ok := trailingGroup(text); ok {
		return inner, true
	}
	text = strings.TrimSpace(text)
	open := strings.LastIndex(text, "(")
	if !strings.HasSuffix(text, ")") || open < 0 {
		return "", false
	}
	inner := strings.TrimSpace(text[open+1 : len(text)-1])
	return inner, inner != "" && !strings.ContainsAny(inner, "()（）")
}

// submissionNoteRe: a note a Word file's footnote or endnote left after
// the piece (注1：…, 尾注1：…); submissionNoteMarkRe: its mark in the text.
var (
	submissionNoteRe     = regexp.MustCompile(`^(?:注|尾注)\d+：`)
	submissionNoteMarkRe = regexp.MustCompile(`(?:\[(?:注|尾注)\d+\])+$`)
)

// submissionPiece is a submission's text without the notes after it and
// a note mark after its closing bracket, so that （某县委组织部）[尾注1] and
// the 注1： lines under it still end the piece with its attribution: a
// .docx with footnotes was 未识别 on an empty archive.
func submissionPiece(text string) string {
	paras := strings.Split(strings.TrimSpace(text), "\n")
	n := len(paras)
	for n > 1 && submissionNoteRe.MatchString(paras[n-1]) {
		n--
	}
	paras[n-1] = submissionNoteMarkRe.ReplaceAllString(strings.TrimSpace(paras[n-1]), "")
	return strings.Join(paras[:n], "\n")
}

// SubmissionUnitAsRead is the unit AddSubmissions will give s, for a
// preview before saving: the unit the editor typed (UnitName), else the unit its closing （…） credits — known, or a
// new one saving adds (known false) — else a known unit named in its
// title, text or file name; "" when none (未识别). It follows
// recogniseUnitTx without writing anything.
func SubmissionUnitAsRead(m *UnitMatcher, s *Submission) (name string, known bool) {
	if s.UnitID != 0 {
		return s.UnitName, true
	}
	if named := strings.TrimSpace(s.UnitName); named != "" { // typed in the preview
		if u, ok := m.Existing(named); ok {
			return u.Name, true
		}
		return named, false
	}
	if name, at := m.bracketUnit(s.Text); name != "" {
		return name, at >= 0
	}
	if u, ok := m.Find(s.Title + "\n" + s.Text + "\n" + s.Source); ok {
		return u.Name, true
	}
	return "", false
}

// UpdateSubmission saves a submission's fields (字数 and search index
// recomputed). s.Version says which version the caller read; when the stored
// submission has moved on since, nothing is written and a *ConflictError
// (ErrConflict) carries both, the refused one kept as an unsaved draft. On
// success s.Version is the new version.
func (a *Archive) UpdateSubmission(ctx context.Context, s *Submission) error {
	return a.updateSubmission(ctx, s, nil)
}

// updateSubmission is UpdateSubmission; from is the revision a restore brings back (a
// new revision, recorded in the audit list), nil for a save.
func (a *Archive) updateSubmission(ctx context.Context, s *Submission, from *Revision) error {
	if err := normaliseSubmission(s); err != nil {
		return fmt.Errorf("update submission: %w", err)
	}
	return a.saveChecked(ctx, func(tx *sql.Tx) (*ConflictError, error) {
		if err := a.lockRowTx(ctx, tx, "submissions", s.ID); err != nil {
			return nil, err
		}
		old, err := submissionTx(ctx, tx, s.ID)
		if err != nil {
			return nil, fmt.Errorf("update submission: %w", err)
		}
		if err := refuseAdoptedTx(ctx, tx, []int64{s.ID}, s.Status); err != nil {
			return nil, err // its status follows its item (ReleaseSubmissions)
		}
		if old.Version != s.Version {
			return &ConflictError{Kind: "submission", ID: s.ID, ReadVersion: s.Version, StoredVersion: old.Version,
				StoredAt: old.UpdatedAt, Stored: old, Mine: *s}, nil
		}
		if err := updateSubmissionTx(ctx, tx, a.eng, s); err != nil {
			return nil, err
		}
		return nil, a.keepRevisionTx(ctx, tx, "submission", s.ID, *s, old, from)
	})
}

func updateSubmissionTx(ctx context.Context, tx *sql.Tx, eng *engine, s *Submission) error {
	now := nowStamp()
	p, err := textPackerTx(ctx, tx, eng)
	if err != nil {
		return err
	}
	res, err := tx.ExecContext(ctx, `UPDATE submissions SET unit_id = ?, received = ?, kind = ?, title = ?, text = ?,
		contact = ?, cover = ?, status = ?, words = ?, source = ?, text_hash = ?, version = version + 1, updated_at = ? WHERE id = ?`,
		nullID(s.UnitID), dateText(s.Received), s.Kind, s.Title, p.value(s.Text), s.Contact, s.Cover, string(s.Status), s.Words,
		s.Source, submissionHash(s.Text), now, s.ID)
	if n, err := rowsAffected(res, err); err != nil {
		return fmt.Errorf("update submission %d: %w", s.ID, err)
	} else if n == 0 {
		return fmt.Errorf("submission %d: %w", s.ID, ErrNotFound)
	}
	s.Version, s.UpdatedAt = s.Version+1, parseStamp(now)
	return replaceSearchTx(ctx, tx, eng, HitSubmission, s.ID, submissionSearchText(s), submissionFacets(eng, s.UnitID, s.Kind, s.Received))
}

// submissionHash identifies a text regardless of spacing and line breaks;
// "" for a text without content (never a duplicate). It is the SHA-256 of
// the text without its spaces (an invalid byte as U+FFFD, as strings.Map
// gives it), fed run by run instead of from a copy of the whole text.
func submissionHash(text string) string {
	h := sha256.New()
	start, any := -1, false // start of the run of non-spaces being read
	for i, r := range text {
		switch {
		case r == utf8.RuneError && !strings.HasPrefix(text[i:], "\uFFFD"): // an invalid byte
			if start >= 0 {
				io.WriteString(h, text[start:i])
			}
			io.WriteString(h, "\uFFFD")
			start, any = -1, true
		case unicode.IsSpace(r):
			if start >= 0 {
				io.WriteString(h, text[start:i])
			}
			start = -1
		case start < 0:
			start, any = i, true
		}
	}
	if start >= 0 {
		io.WriteString(h, text[start:])
	}
	if !any {
		return ""
	}
	return hex.EncodeToString(h.Sum(nil))
}

// submissionSearchText is what the search index holds for a submission.
func submissionSearchText(s *Submission) string {
	return s.Title + "\n" + s.Text + "\n" + s.Source
}

// normaliseSubmission fills defaults and 字数, checks the status and fits
// title and text to their limits.
func normaliseSubmission(s *Submission) error {
	if err := FitSubmission(s); err != nil {
		return err
	}
	s.Received = orToday(s.Received)
	if s.Status == "" {
		s.Status = SubmissionPending
	}
	if !slices.Contains(SubmissionStatuses, s.Status) {
		return fmt.Errorf("%w %q", errSubmissionStatus, s.Status)
	}
	if s.Kind == "" {
		s.Kind = "信息"
	}
	s.Words = SubmissionWords(s)
	return nil
}

// SubmissionWords is the 字数 a submission is stored and counted with: its
// text's (a title line of its own is not counted), so a preview before
// saving shows the number saved.
func SubmissionWords(s *Submission) int { return CountWords(s.Text) }

// submissionWriter inserts many submissions with prepared statements.
type submissionWriter struct {
	tx     *sql.Tx
	eng    *engine
	ins    *sql.Stmt   // one row (see insertBatch)
	batch  *sql.Stmt   // submissionBatch rows, once prepared
	extra  []*sql.Stmt // the shorter last batches
	fts    *searchIndexer
	packer *textPacker
}

func newSubmissionWriter(ctx context.Context, tx *sql.Tx, eng *engine) (*submissionWriter, error) {
	packer, err := textPackerTx(ctx, tx, eng)
	if err != nil {
		return nil, err
	}
	ins, err := tx.PrepareContext(ctx, submissionInsertSQL(1))
	if err != nil {
		return nil, fmt.Errorf("prepare submissions: %w", err)
	}
	fts, err := newSearchIndexer(ctx, tx, HitSubmission)
	if err != nil {
		ins.Close()
		return nil, err
	}
	return &submissionWriter{tx: tx, eng: eng, ins: ins, fts: fts, packer: packer}, nil
}

func (w *submissionWriter) close() {
	w.ins.Close()
	if w.batch != nil {
		w.batch.Close()
	}
	for _, st := range w.extra {
		st.Close()
	}
	w.fts.close()
}

// addAll stores new submissions and queues them for the index, setting
// their ids. before, when set, is called with each in turn first (before
// its defaults and 字数 are filled in); after, when set, with each once it
// is stored, and its text's hash.
//
// The hashes and packed texts are made first, on every core: they depend
// on nothing stored, and were a quarter of a ten-year demo's time on the
// one goroutine that also steps SQLite.
func (w *submissionWriter) addAll(ctx context.Context, subs []*Submission, before func(*Submission) error,
	after func(*Submission, string) error) error {
	for _, s := range subs {
		if before != nil {
			if err := before(s); err != nil {
				return err
			}
		}
		if err := normaliseSubmission(s); err != nil {
			return fmt.Errorf("add submission %q: %w", s.Title, err)
		}
	}
	rows := prepareSubmissionRows(subs, w.packer)
	if err := w.insertAll(ctx, subs, rows); err != nil { // submissionbatch.go
		return err
	}
	for i, s := range subs {
		if after != nil { // what it reads of earlier submissions (id < s.ID) is as it was after s was stored
			if err := after(s, rows[i].hash); err != nil {
				return err
			}
		}
	}
	return nil
}

// submissionRow is what a new submission's row stores beside its fields.
type submissionRow struct {
	text any // as the archive stores it (textPacker.value)
	hash string
}

// prepareSubmissionRows makes each submission's row values, the work
// shared by as many goroutines as there are cores, each a stretch of subs.
func prepareSubmissionRows(subs []*Submission, p *textPacker) []submissionRow {
	rows := make([]submissionRow, len(subs))
	workers := min(runtime.GOMAXPROCS(0), max(1, len(subs)/16)) // a few texts are not worth a goroutine
	var wg sync.WaitGroup
	for k := range workers {
		wg.Go(func() {
			for i := k * len(subs) / workers; i < (k+1)*len(subs)/workers; i++ {
				rows[i] = submissionRow{text: p.value(subs[i].Text), hash: submissionHash(subs[i].Text)}
			}
		})
	}
	wg.Wait()
	return rows
}

// insert stores one normalised submission and queues it for the index,
// setting s.ID.
func (w *submissionWriter) insert(ctx context.Context, s *Submission, row submissionRow) error {
	err := w.ins.QueryRowContext(ctx, nullID(s.UnitID), dateText(s.Received), s.Kind, s.Title, row.text, s.Contact, s.Cover,
		string(s.Status), s.Words, s.Source, row.hash, nowStamp()).Scan(&s.ID)
	if err != nil {
		if containsFK(err) {
			return fmt.Errorf("unit %d: %w", s.UnitID, ErrNotFound)
		}
		return err
	}
	s.Version = 1
	w.fts.add(s.ID, submissionSearchText(s), submissionFacets(w.eng, s.UnitID, s.Kind, s.Received))
	return nil
}

// flush indexes what addAll stored; call it before the transaction ends.
// An archive that packed them without a dictionary makes its dictionary
// once it holds enough texts (trainTextsTx).
func (w *submissionWriter) flush(ctx context.Context) error {
	if err := w.fts.flush(ctx); err != nil {
		return err
	}
	if w.packer == nil || w.packer.id != 0 {
		return nil
	}
	trained, err := trainTextsTx(ctx, w.tx, w.eng, nil)
	if err == nil && trained {
		w.packer, err = textPackerTx(ctx, w.tx, w.eng)
	}
	return err
}
