package editor

import (
	"context"
	"database/sql"
	"fmt"
)

// The 版头/版记 marks live in their own columns (migration 007) and are read
// and written here, beside the rows they belong to, so the queries of the
// issue and bulletin rows stay as they were.

// marksColumns are the columns of IssueMarks shared by bulletins and issues.
const marksColumns = `classification, secrecy_term, internal_mark, number_copies, signer, contents, printer`

func (m *IssueMarks) sharedArgs() []any {
	return []any{m.Classification, m.SecrecyTerm, m.Internal, m.NumberCopies, m.Signer, m.Contents, m.Printer}
}

func (m *IssueMarks) sharedDest() []any {
	return []any{&m.Classification, &m.SecrecyTerm, &m.Internal, &m.NumberCopies, &m.Signer, &m.Contents, &m.Printer}
}

// bulletinMarksTx reads a bulletin's default marks.
func bulletinMarksTx(ctx context.Context, tx *sql.Tx, id int64) (IssueMarks, error) {
	var m IssueMarks
	err := tx.QueryRowContext(ctx, `SELECT `+marksColumns+` FROM bulletins WHERE id = ?`, id).Scan(m.sharedDest()...)
	if err != nil {
		return m, fmt.Errorf("read bulletin %d marks: %w", id, err)
	}
	return m, nil
}

// writeBulletinMarksTx stores a bulletin's default marks.
func writeBulletinMarksTx(ctx context.Context, tx *sql.Tx, id int64, m IssueMarks) error {
	_, err := tx.ExecContext(ctx, `UPDATE bulletins SET classification = ?, secrecy_term = ?, internal_mark = ?,
		number_copies = ?, signer = ?, contents = ?, printer = ? WHERE id = ?`, append(m.sharedArgs(), id)...)
	if err != nil {
		return fmt.Errorf("save bulletin %d marks: %w", id, err)
	}
	return nil
}

// issueMarksTx reads an issue's marks and 编者按 into is.
// issueMarksSQL are an issue's marks and 编者按 as columns of issues i:
// issueTx reads them with the issue's row (each statement is a round trip
// to the office archive's server), into issueMarksDest.
const issueMarksSQL = `i.classification, i.secrecy_term, i.internal_mark, i.number_copies, i.signer, i.contents, i.printer,
	i.copy_number, i.printed_date, i.editor_note, i.contents_text, i.copy_line, i.unit_line`

// issueMarksDest scans issueMarksSQL into is, the 印发日期 as text into printed.
func issueMarksDest(is *Issue, printed *string) []any {
	return append(is.Marks.sharedDest(), &is.Marks.CopyNumber, printed, &is.EditorNote, &is.Marks.ContentsText, &is.Marks.CopyLine, &is.Marks.UnitLine)
}

// writeIssueMarksTx stores an issue's marks and 编者按. An issue with
// 本期要目 off keeps no list of its source's: turned on again, its list is
// made from the leads (the editor's way of asking for that, see
// IssueMarks.ContentsText).
func writeIssueMarksTx(ctx context.Context, tx *sql.Tx, is *Issue) error {
	printed := ""
	if !is.Marks.PrintedDate.IsZero() {
		printed = dateText(is.Marks.PrintedDate)
	}
	if !is.Marks.Contents {
		is.Marks.ContentsText = ""
	}
	args := append(is.Marks.sharedArgs(), is.Marks.CopyNumber, printed, is.EditorNote, is.Marks.ContentsText, is.Marks.CopyLine, is.Marks.UnitLine, is.ID)
	_, err := tx.ExecContext(ctx, `UPDATE issues SET classification = ?, secrecy_term = ?, internal_mark = ?,
		number_copies = ?, signer = ?, contents = ?, printer = ?, copy_number = ?, printed_date = ?, editor_note = ?,
		contents_text = ?, copy_line = ?, unit_line = ? WHERE id = ?`, args...)
	if err != nil {
		return fmt.Errorf("save issue %d marks: %w", is.ID, err)
	}
	return nil
}

// writeItemNoteTx stores an item's 编者按.
func writeItemNoteTx(ctx context.Context, tx *sql.Tx, it *Item) error {
	if _, err := tx.ExecContext(ctx, `UPDATE items SET editor_note = ? WHERE id = ?`, it.EditorNote, it.ID); err != nil {
		return fmt.Errorf("save item %d note: %w", it.ID, err)
	}
	return nil
}
