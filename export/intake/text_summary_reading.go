package intake

import "fmt"

// WithReading is s — the summary of an issue as it now stands, made by
// SummarizeIssue after the caller changed it (import-issue --date) —
// with what only the reading of its text knew, from read (ReadIssueSummary
// or ReadIssueMasthead): the page lines removed, the items found by their
// numbers, the top lines, a web page's lines removed and their check
// lines, a two-column page read column by column, a 版记 moved to the end,
// and, while the issue still has a date, that it is a web page's 发布时间
// (set read.DateProposed false when the date was given otherwise).
func (s IssueSummary) WithReading(read IssueSummary) IssueSummary {
	s.Removed, s.NumberedItems, s.Top = read.Removed, read.NumberedItems, read.Top
	s.MarkedItems, s.ItemMarks = read.MarkedItems, read.ItemMarks
	s.WebLines, s.DateProposed, s.readChecks = read.WebLines, read.DateProposed && s.HasDate, read.readChecks
	s.Columns, s.ColumnCount, s.FooterMoved, s.UnitWithoutBian = read.Columns, read.ColumnCount, read.FooterMoved, read.UnitWithoutBian
	if s.DateProposed {
		s.Uncertain = append(s.Uncertain, "the date is the web page's 发布时间, proposed: the issue's own date may differ")
	}
	s.Uncertain = append(s.Uncertain, s.readChecks...)
	return s
}

// textReadChecks are the check lines of what the reading did to the text.
func textReadChecks(facts textReadFacts) []string {
	var out []string
	for _, l := range facts.web {
		out = append(out, "web page line removed: "+l)
	}
	switch {
	case facts.columns > 0 && facts.columnCount > 2:
		out = append(out, textManyColumnsCheck(facts.columns, facts.columnCount))
	case facts.columns > 0:
		out = append(out, textColumnCheck(facts.columns))
	}
	if facts.footerMoved {
		out = append(out, textFooterMovedCheck)
	}
	out = append(out, textTitleChecks(facts.titles)...)
	out = append(out, facts.lostTop...)
	if facts.unitWithoutBian != "" {
		out = append(out, fmt.Sprintf("the editing unit line has no 编: kept so, exports print %s as the source did", facts.unitWithoutBian))
	}
	return out
}
