// Package workbook writes the Excel workbooks — the issue workbook (one row
// an item, with its units and scores) and the statistics workbook (summary,
// breakdowns, the rules, the chart, the 明细 rows streamed into the zip) — and
// the 通报 text that quotes the same figures. Only this package of export
// uses excelize.
package workbook
