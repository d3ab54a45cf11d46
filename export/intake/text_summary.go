package intake

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/bulletindesk/bulletindesk/editor"
)

// IssueSummary is what a reader recognised in one file, for the editor to
// check before (or right after) an import: the masthead fields found, the
// counts of sections, items and attributions, whether there was a footer,
// and the things it was unsure of, each worth a look rather than a guess.
type IssueSummary struct {
	BulletinName string // "" when the text names none: the chosen or default bulletin takes it
	Number       int
	TotalNumber  int
	HasDate      bool
	EditingUnit  string
	Sections     int
	Items        int
	Attributions int  // items whose closing bracket was taken as an attribution
	Footer       bool // 报/送/发 lines or a copy count
	Contents     bool // a 本期要目 list was read
	KeptContents int  // lines of it kept as the source wrote them (0: made again from the leads, which it repeats)
	EditorNotes  int  // 编者按: the issue's and the items'
	Uncertain    []string
	// Brackets are the items (numbered from 1 through the issue) that end
	// in a bracket not taken as an attribution (（通讯员 某某）), for a look.
	Brackets []SummaryBracket
	// Removed is how many page numbers and running headers (a repeated
	// masthead line) a PDF left inside the text and the reader dropped;
	// NumberedItems how many items started by 1. 一、 or 【标题】, the text
	// having no △. Only ReadIssueSummary knows them.
	Removed, NumberedItems int
	// MarkedItems is how many items were marked ◆ ■ ● ★ (ItemMarks, the
	// marks seen) instead of △; they print with △. Only ReadIssueSummary
	// knows them.
	MarkedItems int
	ItemMarks   string
	// WebLines are the lines of a web page around the issue that the
	// reader removed (navigation, 来源/发布时间, 上一篇, 版权所有), as they
	// stood; DateProposed says the date is the page's 发布时间, not the
	// masthead's. Only ReadIssueSummary knows them.
	WebLines     []string
	DateProposed bool
	// Columns is how many lines of a two-column page were read left
	// column first; FooterMoved that a 版记 standing mid-text was read as
	// the end; UnitWithoutBian the editing unit a masthead names without
	// 编. Only ReadIssueSummary knows them.
	Columns         int
	ColumnCount     int // the most columns a page had: 2, 3 …
	FooterMoved     bool
	UnitWithoutBian string

	readChecks []string // the check lines only the reading knew (WithReading)
	// Top is the text's top lines (down to the first item) and what the
	// reader took each for, for the editor to mark (ReadIssueMasthead).
	Top []MastheadLine

	namedSections bool // a section heading with items under it was found (see CheckStructure)
}

// SummaryBracket is an item's closing bracket that credits no unit.
type SummaryBracket struct {
	Item    int
	Bracket string
}

// SummarizeIssue describes an issue as ReadIssue returned it.
func SummarizeIssue(is *editor.Issue) IssueSummary {
	s := IssueSummary{BulletinName: is.BulletinName, Number: is.Number, TotalNumber: is.TotalNumber,
		HasDate: !is.Date.IsZero(), EditingUnit: is.EditingUnit, Sections: len(is.Sections),
		Footer: textHasDistribution(is) || is.CopyCount > 0, Contents: is.Marks.Contents}
	if kept := strings.TrimSpace(is.Marks.ContentsText); kept != "" {
		s.KeptContents = strings.Count(kept, "\n") + 1
	}
	if is.EditorNote != "" {
		s.EditorNotes++
	}
	if is.BulletinName == "" {
		s.Uncertain = append(s.Uncertain, "no bulletin name: the issue goes into the bulletin chosen (or the first one)")
	}
	if s.Number == 0 {
		s.Uncertain = append(s.Uncertain, "no 第N期: the next number is proposed")
	} else if s.TotalNumber == 0 {
		// nothing is made up for it: a proposed 总第 would print as the source's
		s.Uncertain = append(s.Uncertain, "no 总第M期: left empty and not printed, to be filled in before 签发")
	}
	if !s.HasDate {
		s.Uncertain = append(s.Uncertain, "no date: stored without one, to be filled in before 签发")
	}
	for _, sec := range is.Sections {
		s.namedSections = s.namedSections || (sec.Name != "" && len(sec.Items) > 0)
		if sec.Name == "" {
			s.Uncertain = append(s.Uncertain, "items before any section heading: they stay in a section without a name, printed without a heading")
		} else if textBylineRe.MatchString(sec.Name) {
			s.Uncertain = append(s.Uncertain, fmt.Sprintf("section %s looks like a byline, not a 栏目: look at it in 组版 after the import (重命名)", sec.Name))
		}
		for _, it := range sec.Items {
			s.Items++
			if it.EditorNote != "" {
				s.EditorNotes++
			}
			if it.Attribution != "" {
				s.Attributions++
			} else if b := textTrailingBracket(it.Lead + it.Body); b != "" {
				s.Brackets = append(s.Brackets, SummaryBracket{Item: s.Items, Bracket: b})
				s.Uncertain = append(s.Uncertain, fmt.Sprintf("item %d ends in %s, not taken as an attribution", s.Items, b))
			}
			if it.Lead == "" && it.Body == "" {
				s.Uncertain = append(s.Uncertain, fmt.Sprintf("item %d is empty", s.Items))
			}
		}
	}
	s.Uncertain = append(s.Uncertain, textTrailerChecks(is)...)
	return s
}

// textTrailingBracket is the closing bracket group that ends s, "" when none.
func textTrailingBracket(s string) string {
	for _, pair := range [][2]rune{{'（', '）'}, {'(', ')'}} {
		if r, _ := utf8.DecodeLastRuneInString(s); r == pair[1] {
			if i := textMatchingOpen(s, pair[0], pair[1]); i >= 0 {
				return s[i:]
			}
		}
	}
	return ""
}

// String is the summary as the command line prints it, one fact a line.
func (s IssueSummary) String() string {
	var b strings.Builder
	name := s.BulletinName
	if name == "" {
		name = "(none)"
	}
	fmt.Fprintf(&b, "masthead: bulletin %s; number %s; date %s; editing unit %s\n", name,
		summaryNumber(s.Number, s.TotalNumber), summaryYesNo(s.HasDate, "yes", "none"), summaryOr(s.EditingUnit, "(none)"))
	fmt.Fprintf(&b, "%d sections, %d items, %d attributions; footer %s\n", s.Sections, s.Items, s.Attributions,
		summaryYesNo(s.Footer, "present", "none"))
	if s.Contents || s.EditorNotes > 0 {
		contents := summaryYesNo(s.Contents, "kept apart from the items (the leads it lists)", "none")
		if s.KeptContents > 0 {
			contents = fmt.Sprintf("kept as the source wrote it (%d lines; turn it off and on in 组版 to list the leads)", s.KeptContents)
		}
		fmt.Fprintf(&b, "本期要目 %s; %d 编者按\n", contents, s.EditorNotes)
	}
	if s.NumberedItems > 0 {
		fmt.Fprintf(&b, "%d items started by a number, a 【标题】 or a headline line (the text has no △; they print with △, without their numbers or 【】)\n", s.NumberedItems)
	}
	if s.MarkedItems > 0 {
		fmt.Fprintf(&b, "%d items marked %s instead of △ (they print with △)\n", s.MarkedItems, s.ItemMarks)
	}
	if s.Removed > 0 {
		fmt.Fprintf(&b, "removed: %d page numbers and running headers (page layout of a PDF)\n", s.Removed)
	}
	if len(s.WebLines) > 0 {
		fmt.Fprintf(&b, "removed: %d lines of the web page around the issue (navigation, 来源/发布时间, 上一篇/下一篇, 版权所有)\n", len(s.WebLines))
	}
	for _, u := range s.Uncertain {
		fmt.Fprintf(&b, "check: %s\n", u)
	}
	return b.String()
}

func summaryNumber(n, total int) string {
	switch {
	case n == 0:
		return "(none)"
	case total == 0:
		return fmt.Sprintf("第%d期", n)
	}
	return fmt.Sprintf("第%d期（总第%d期）", n, total)
}

func summaryYesNo(ok bool, yes, no string) string {
	if ok {
		return yes
	}
	return no
}

func summaryOr(s, empty string) string {
	if s == "" {
		return empty
	}
	return s
}

// textBylineRe: a reporter's byline (本报记者 李明, 通讯员 王小明), which
// stands above the items like a heading but is no 栏目.
var textBylineRe = regexp.MustCompile(`^(?:(?:本报|本刊)(?:特约)?记者|特约记者|通讯员)\s*\p{Han}{2,4}(?:[\s、]+\p{Han}{2,4})*$`)
