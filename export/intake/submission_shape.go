package intake

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/bulletindesk/bulletindesk/editor"
)

// A 来稿 is one piece from one unit. A paste of several, or a whole issue
// saved as one file, came in as one 来稿 without a word, credited to
// whichever of its units the archive knew (review R12).

// shapeIssueNumber is a masthead's issue line: 第12期, 2026年第12期（总第231期）.
var shapeIssueNumber = regexp.MustCompile(`第\s*[0-9０-９一二三四五六七八九十百]+\s*期`)

// submissionShapeChecks adds to sub's checks when text, the file's lines,
// reads like a whole bulletin (two of: an issue number line, several △
// items, a 报：/送：/发： line) or holds attributions of more than one unit.
func submissionShapeChecks(sub *editor.Submission, text string) {
	lines := strings.Split(text, "\n")
	signs := 0
	if shapeHasIssueLine(lines) {
		signs++
	}
	if shapeCount(lines, func(l string) bool { return strings.HasPrefix(l, "△") }) >= 2 {
		signs++
	}
	if shapeCount(lines, shapeFooterLine) > 0 {
		signs++
	}
	if signs >= 2 {
		sub.Checks = append(sub.Checks, editor.ReadCheck{Text: "像是一期简报（期号、△条目、报送范围）：整期请用“导入一期”"})
	}
	if n := shapeAttributions(lines); n >= 2 {
		sub.Checks = append(sub.Checks, editor.ReadCheck{Text: "含{{.N}}个不同的署名，可能是几篇稿件：请核对报送单位，或分开导入", N: n})
	}
}

func shapeHasIssueLine(lines []string) bool {
	for _, l := range lines {
		if l = strings.TrimSpace(l); utf8.RuneCountInString(l) <= 30 && shapeIssueNumber.MatchString(l) && !strings.ContainsAny(l, "。，") {
			return true
		}
	}
	return false
}

func shapeFooterLine(l string) bool {
	l = strings.TrimSpace(l)
	for _, p := range []string{"报：", "送：", "发：", "抄送："} {
		if strings.HasPrefix(l, p) && utf8.RuneCountInString(l) <= 80 {
			return true
		}
	}
	return false
}

func shapeCount(lines []string, is func(string) bool) int {
	n := 0
	for _, l := range lines {
		if is(strings.TrimSpace(strings.TrimLeft(l, " 　"))) {
			n++
		}
	}
	return n
}

// shapeAttributions counts the different units' attributions ending the
// paragraphs.
func shapeAttributions(lines []string) int {
	seen := map[string]bool{}
	for _, l := range lines {
		if _, attr, ok := textSplitAttribution(strings.TrimSpace(l)); ok {
			seen[editor.AttributionUnits(attr)] = true
		}
	}
	return len(seen)
}
