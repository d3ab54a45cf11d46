package intake

import (
	"fmt"
	"slices"
	"strings"

	"github.com/bulletindesk/bulletindesk/editor"
)

// Pages of three or more columns (issue 10). pdftotext -layout prints a
// row of the page across all its columns, each column's piece after a
// run of spaces; a column's piece starts at about the same character
// index on every row, but less steadily than two columns' (digits and
// Latin letters are narrower than Han characters, and a short column's
// rows fall between its neighbours'). So the columns are found from where
// the pieces after a gap start, clustered; a page is read that way only
// when several rows show three columns at once. Each column is then read
// top to bottom, left to right, as the two-column reader does.

// textManyClusterGap is how far apart two piece starts may lie in one column.
const textManyClusterGap = 3

// textChunk is one piece of a row: where it starts (in characters) and its text.
type textChunk struct {
	start int
	text  string
}

// textChunks cuts a row at each run of textGutterMinSpaces spaces or more.
func textChunks(l []rune) []textChunk {
	var out []textChunk
	for i := 0; i < len(l); {
		for i < len(l) && l[i] == ' ' {
			i++
		}
		if i >= len(l) {
			break
		}
		start, end := i, i
		for i < len(l) {
			if l[i] != ' ' {
				end, i = i+1, i+1
				continue
			}
			j := i
			for j < len(l) && l[j] == ' ' {
				j++
			}
			if j-i >= textGutterMinSpaces || j == len(l) {
				break
			}
			i = j
		}
		out = append(out, textChunk{start: start, text: string(l[start:end])})
		i = max(i, end)
	}
	return out
}

// textManyStarts are the columns' start indexes after the first, each the
// smallest start of a cluster of pieces after a gap; nil when fewer than
// two such clusters (a one- or two-column page).
func textManyStarts(rows [][]textChunk) []int {
	var votes []int
	for _, cs := range rows {
		for _, c := range cs[min(1, len(cs)):] {
			votes = append(votes, c.start)
		}
	}
	slices.Sort(votes)
	var starts []int
	for i := 0; i < len(votes); {
		j := i + 1
		for j < len(votes) && votes[j]-votes[j-1] <= textManyClusterGap {
			j++
		}
		s := votes[i]
		last := 0
		if len(starts) > 0 {
			last = starts[len(starts)-1]
		}
		if j-i >= textColumnsMin && s >= 10 && s-last >= textColumnMinWidth {
			starts = append(starts, s)
		}
		i = j
	}
	if len(starts) < 2 {
		return nil
	}
	return starts
}

// textManyColumn is the column a piece starting at at stands in.
func textManyColumn(starts []int, at int) int {
	k := 0
	for k < len(starts) && at >= starts[k]-1 {
		k++
	}
	return k
}

// textSplitManyColumns reads a page of three or more columns column by
// column; it returns the page unchanged and 0, 0 when it has none.
func textSplitManyColumns(s string) (string, int, int) {
	raw := strings.Split(s, "\n")
	if !textManyGapRows(raw) {
		return s, 0, 0 // most texts: no row with two gaps, nothing to cluster
	}
	rows := make([][]textChunk, len(raw))
	var probe editor.Issue
	for i, l := range raw {
		if t := strings.TrimSpace(l); t != "" && !textMastheadField(t, &probe) { // 某某编   2026年9月18日 is no row of columns
			rows[i] = textChunks([]rune(l))
		}
	}
	starts := textManyStarts(rows)
	if starts == nil {
		return s, 0, 0
	}
	first, last, three := -1, -1, 0
	for i, cs := range rows {
		cols := map[int]bool{}
		for _, c := range cs {
			cols[textManyColumn(starts, c.start)] = true
		}
		if len(cols) >= 3 {
			three++
		}
		if len(cols) >= 2 && first < 0 {
			first = i
		}
		if len(cs) > 0 && (len(cols) > 1 || !cols[0]) {
			last = i
		}
	}
	if three < textColumnsMin || first < 0 {
		return s, 0, 0
	}
	end := last + 1
	for end < len(raw) && rows[end] != nil && len(rows[end]) == 1 && textManyColumn(starts, rows[end][0].start) == 0 &&
		!textFooterStart(strings.TrimSpace(raw[end])) {
		end++ // the first column's rows under the others', up to the 版记
	}
	streams := textManyStreams(rows[first:end], starts)
	for _, st := range streams {
		if !textColumnsOfText(st) {
			return s, 0, 0
		}
	}
	out := append([]string(nil), raw[:first]...)
	for _, st := range streams {
		out = append(out, st...)
	}
	return strings.Join(append(out, raw[end:]...), "\n"), end - first, len(starts) + 1
}

// textManyStreams are the rows' pieces column by column, each with the
// indent it has from its column's start; a column's two pieces on one
// row (a wide gap inside it) stay one line.
func textManyStreams(rows [][]textChunk, starts []int) [][]string {
	streams := make([][]string, len(starts)+1)
	for _, cs := range rows {
		line := map[int]string{}
		for _, c := range cs {
			k := textManyColumn(starts, c.start)
			from := 0
			if k > 0 {
				from = starts[k-1]
			}
			if prev, ok := line[k]; ok {
				line[k] = prev + "   " + c.text
				continue
			}
			line[k] = strings.Repeat(" ", max(0, c.start-from)) + c.text
		}
		for k := range streams {
			if l, ok := line[k]; ok {
				streams[k] = append(streams[k], l)
			}
		}
	}
	return streams
}

// textManyColumnsCheck is the summary's line when a page had three or more columns.
func textManyColumnsCheck(lines, cols int) string {
	return fmt.Sprintf("read as %d columns, left to right: %d lines of a %d-column block (pdftotext -layout); look at the items at the column breaks", cols, lines, cols)
}

// textManyGapRows: at least textColumnsMin rows have two gaps inside their
// text, as three columns side by side give (a cheap look before the work).
func textManyGapRows(raw []string) bool {
	n := 0
	for _, l := range raw {
		if strings.Count(strings.TrimSpace(l), strings.Repeat(" ", textGutterMinSpaces)) >= 2 {
			if n++; n >= textColumnsMin {
				return true
			}
		}
	}
	return false
}
