package workbook

import (
	"bytes"
	"errors"
	"fmt"
	"testing"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/xuri/excelize/v2"
)

// xlsxManyRows yields n 明细 rows titled 稿0001…, failing with fail (when
// set) in place of row failAt.
func xlsxManyRows(n, failAt int, fail error) StatsRows {
	return func(fn func(editor.DetailRow) error) error {
		for i := 1; i <= n; i++ {
			if i == failAt && fail != nil {
				return fail
			}
			r := editor.DetailRow{SubmissionID: int64(i), UnitName: "怀宁县委组织部", Group: "县区",
				Received: xlsxTestDay("2022-01-05"), Kind: "信息", Title: fmt.Sprintf("稿%04d", i), Words: i, Status: editor.SubmissionPending}
			if err := fn(r); err != nil {
				return err
			}
		}
		return nil
	}
}

// The 明细 rows are read ahead in batches: every row of several batches
// and a part batch comes out once, in order; a reading that fails half-way
// fails the workbook with its error.
func TestStatsDetailRowsReadAhead(t *testing.T) {
	const n = 3*detailBatch + 17
	var buf bytes.Buffer
	if err := WriteStatsWorkbook(&buf, xlsxTestStats(), xlsxManyRows(n, 0, nil)); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(StatsSheetDetail)
	if err != nil {
		t.Fatal(err)
	}
	if got := len(rows) - 2; got != n {
		t.Fatalf("明细 has %d rows, want %d", got, n)
	}
	for i, r := range rows[2:] {
		if want := fmt.Sprintf("稿%04d", i+1); r[0] != fmt.Sprint(i+1) || r[5] != want {
			t.Fatalf("明细 row %d is %q %q, want %d %s", i+3, r[0], r[5], i+1, want)
		}
	}
	broken := errors.New("the archive went away")
	err = WriteStatsWorkbook(&bytes.Buffer{}, xlsxTestStats(), xlsxManyRows(n, 2*detailBatch+5, broken))
	if !errors.Is(err, broken) {
		t.Errorf("a reading failing half-way gave %v, want %v", err, broken)
	}
}

// A row the workbook cannot write stops the reading: the error is the
// writer's, and the archive is not read to its end.
func TestStatsDetailWriteErrorStopsReading(t *testing.T) {
	full := xlsxManyRows(100*detailBatch, 0, nil)
	read := 0
	counting := func(fn func(editor.DetailRow) error) error {
		return full(func(r editor.DetailRow) error { read++; return fn(r) })
	}
	refused := errors.New("disk full")
	written := 0
	err := eachRowAhead(counting, func(editor.DetailRow) error {
		if written++; written == detailBatch+3 {
			return refused
		}
		return nil
	})
	if !errors.Is(err, refused) || written != detailBatch+3 {
		t.Errorf("eachRowAhead = %v after %d rows, want %v after %d", err, written, refused, detailBatch+3)
	}
	if read > 6*detailBatch {
		t.Errorf("%d rows read after the writing failed at %d, want the reading stopped", read, detailBatch+3)
	}
}
