package workbook

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"strconv"
	"strings"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/xuri/excelize/v2"
)

// xlsxParts is the zip writer of a workbook whose 明细 rows are written
// while the workbook is zipped, straight into the sheet's part, instead of
// being kept by excelize's stream writer until then (see xlsx_detail_xml.go).
// excelize writes the 明细 sheet with its title, header and a stand-in row
// holding detailMarker; when the sheet's part is zipped, the stand-in row
// is replaced by the rows, read from the archive as they are written, and
// the filter's last row, unknown until then, is put into the sheet and into
// the workbook's part (excelize writes streamed sheets first, then the
// workbook part; TestStatsWorkbookDetailFilter checks that the range fits).
// Worksheets and the workbook part are small otherwise and are held until
// they are complete to be looked at; every other part goes through.
type xlsxParts struct {
	zw      *zip.Writer
	detail  *detailSplice // nil: nothing to splice
	name    string        // the part being held, "" when none
	held    bytes.Buffer
	spliced bool  // the 明细 rows are in
	err     error // the first part that failed (excelize may go on after it)
}

// detailSplice is what the 明细 sheet gets when it is zipped.
type detailSplice struct {
	rows  StatsRows
	xml   *detailRowXML
	last  int // the last row written, once spliced
	sheet string
}

// detailMarker is the text of the stand-in row, and detailFilterEnd the
// last row of the filter until the rows are counted (the sheet's last
// row, so that the filter still covers them all should it stay).
const (
	detailMarker    = "bulletindesk:明细:rows"
	detailFirstRow  = 3
	detailFilterEnd = excelize.TotalRows
)

// detailStandIn is the stand-in row as excelize writes it, the last of
// the sheet's rows: a whole row at A3, which no other sheet's text can be.
var detailStandIn = []byte(`<row r="` + strconv.Itoa(detailFirstRow) + `"><c r="A3" t="inlineStr"><is><t>` + detailMarker + `</t></is></c></row>`)

func newXlsxParts(w io.Writer) *xlsxParts { return &xlsxParts{zw: xlsxZip(w)} }

// Create starts the part name, finishing the part before it.
func (p *xlsxParts) Create(name string) (io.Writer, error) {
	if err := p.finish(); err != nil {
		return nil, err
	}
	if p.detail != nil && (strings.HasPrefix(name, "xl/worksheets/sheet") || name == "xl/workbook.xml") {
		p.name = name
		p.held.Reset()
		return &p.held, nil
	}
	return p.zw.Create(name)
}

// AddFS is zip.Writer's: excelize does not use it for a workbook of ours.
func (p *xlsxParts) AddFS(fsys fs.FS) error {
	if err := p.finish(); err != nil {
		return err
	}
	return p.zw.AddFS(fsys)
}

// Close finishes the last part and the zip.
func (p *xlsxParts) Close() error {
	if err := p.finish(); err != nil {
		return err
	}
	if p.err != nil {
		return p.err
	}
	if p.detail != nil && !p.spliced {
		return fmt.Errorf("the %s sheet was not written", p.detail.sheet)
	}
	return p.zw.Close()
}

// finish writes the part being held, with the 明细 rows or their filter
// range put in.
func (p *xlsxParts) finish() error {
	if p.name == "" || p.err != nil {
		return p.err
	}
	p.err = p.writeHeld()
	return p.err
}

func (p *xlsxParts) writeHeld() error {
	name, part := p.name, p.held.Bytes()
	p.name = ""
	w, err := p.zw.Create(name)
	if err != nil {
		return err
	}
	switch {
	case bytes.Contains(part, detailStandIn):
		return p.spliceRows(w, part)
	case name == "xl/workbook.xml" && p.spliced:
		_, err = w.Write(bytes.Replace(part, []byte(p.filterRef(detailFilterEnd)), []byte(p.filterRef(p.detail.last)), 1))
	default:
		_, err = w.Write(part)
	}
	return err
}

// filterRef is the filter range of the 明细 sheet ending at row last, as excelize writes it.
func (p *xlsxParts) filterRef(last int) string {
	return "$A$2:$" + detailColumns[len(detailColumns)-1] + "$" + strconv.Itoa(last)
}

// spliceRows writes the 明细 sheet's part with its rows in place of the
// stand-in row, reading them ahead of the writing (eachRowAhead).
func (p *xlsxParts) spliceRows(w io.Writer, part []byte) error {
	start := bytes.Index(part, detailStandIn)
	end := start + len(detailStandIn)
	if !bytes.HasPrefix(part[end:], []byte(`</sheetData>`)) {
		return fmt.Errorf("the %s sheet has no place for its rows", p.detail.sheet)
	}
	if _, err := w.Write(part[:start]); err != nil {
		return err
	}
	d := p.detail
	row, buf := detailFirstRow, make([]byte, 0, 64<<10)
	err := eachRowAhead(d.rows, func(r editor.DetailRow) error {
		buf = d.xml.appendRow(buf, row, r, row-detailFirstRow+1)
		row++
		if len(buf) < 60<<10 {
			return nil
		}
		_, err := w.Write(buf)
		buf = buf[:0]
		return err
	})
	if err != nil {
		return err
	}
	if _, err := w.Write(buf); err != nil {
		return err
	}
	d.last, p.spliced = max(row-1, detailFirstRow), true
	rest := bytes.Replace(part[end:], []byte(p.filterRef(detailFilterEnd)), []byte(p.filterRef(d.last)), 1)
	_, err = w.Write(rest)
	return err
}
