package workbook

import (
	"errors"

	"github.com/bulletindesk/bulletindesk/editor"
)

// The 明细 rows are read from the archive on a goroutine of their own
// while excelize writes the rows read before: stepping SQLite through the
// ten years' 52,410 rows and writing their cells are each about a third of
// the workbook's time, and a desktop has a second core for one of them.
// The rows travel in batches, each handed back for reuse once written.

const detailBatch = 512 // rows a batch

// errWriteStopped ends the reading when the writing has failed.
var errWriteStopped = errors.New("the workbook stopped writing")

// eachRowAhead calls fn with every row of rows, in order, reading ahead on
// another goroutine; it returns fn's first error, else the reading's.
func eachRowAhead(rows StatsRows, fn func(editor.DetailRow) error) error {
	full, empty := make(chan []editor.DetailRow, 2), make(chan []editor.DetailRow, 3)
	for range cap(empty) {
		empty <- make([]editor.DetailRow, 0, detailBatch)
	}
	stop := make(chan struct{})
	var readErr error
	go func() {
		defer close(full)
		batch := <-empty
		send := func() error {
			select {
			case full <- batch:
			case <-stop:
				return errWriteStopped
			}
			select {
			case batch = <-empty:
			case <-stop:
				return errWriteStopped
			}
			return nil
		}
		readErr = rows(func(r editor.DetailRow) error {
			if batch = append(batch, r); len(batch) < detailBatch {
				return nil
			}
			return send()
		})
		if readErr == nil && len(batch) > 0 {
			readErr = send()
		}
	}()
	var err error
	for batch := range full {
		for i := 0; i < len(batch) && err == nil; i++ {
			if err = fn(batch[i]); err != nil {
				close(stop) // the reader stops at its next row; full is drained below
			}
		}
		clear(batch) // the rows' strings may go
		empty <- batch[:0]
	}
	if err != nil {
		return err
	}
	if errors.Is(readErr, errWriteStopped) {
		return nil // cannot happen: stop is closed only on fn's error
	}
	return readErr
}
