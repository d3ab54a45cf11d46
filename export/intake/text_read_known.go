package intake

import (
	"io"
	"regexp"
	"strings"

	"github.com/bulletindesk/bulletindesk/editor"
)

// Known sections (issue 10, review R9): a bulletin's earlier issues name
// their 栏目 (市内信息, 市外参考, 工作动态 …). Imported into that bulletin, a
// line that is one of those names — spaced out, in 【】, numbered 一、 or
// marked ■ as layouts dress headings — is taken as that section even where
// its shape alone says nothing: after an item whose last sentence lacks
// its 。, or with no △ item under it. The section keeps the bulletin's own
// name for it, so the statistics and 组版 see one 栏目, not two spellings.
// Any other heading is read by the usual rules.

// ReadOptions is what the caller knows that the text does not say.
type ReadOptions struct {
	// Roles marks the top lines (ReadIssueMasthead); nil lets the reader pick the masthead.
	Roles []MastheadRole
	// Sections are the 栏目 the bulletin's issues use (editor.Archive.BulletinSectionNames).
	Sections []string
}

// ReadIssueWith is ReadIssueSummary reading with what opt says.
func ReadIssueWith(r io.Reader, opt ReadOptions) (*editor.Issue, IssueSummary, error) {
	s, err := issueSourceText(r) // a text file, or a Word one (text_read_word.go)
	if err != nil {
		return nil, IssueSummary{}, err
	}
	is, facts := textParseIssueOpts(s, opt)
	if len(is.Sections) == 0 && is.BulletinName == "" && is.Number == 0 && is.EditorNote == "" {
		return nil, IssueSummary{}, ErrNoIssue
	}
	return is, textSummaryOf(is, facts), nil
}

// textKnownDressRe: what a layout puts around a heading's words: a number
// (一、 （一） 1. 第一部分), brackets, bullets.
var textKnownDressRe = regexp.MustCompile(`^(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十]+[）)]|[0-9０-９]{1,2}[、．.]|[■□◆◇●○★☆▲▶►◎·•])`)

// textKnownKey is the words of a heading without its dress and spaces.
func textKnownKey(s string) string {
	s = textCompact(s)
	for {
		t := textKnownDressRe.ReplaceAllString(s, "")
		for _, pair := range []string{"【】", "〔〕", "[]", "《》", "“”"} {
			o, c := string([]rune(pair)[0]), string([]rune(pair)[1])
			if strings.HasPrefix(t, o) && strings.HasSuffix(t, c) {
				t = strings.TrimSuffix(strings.TrimPrefix(t, o), c)
			}
		}
		if t == s {
			return s
		}
		s = t
	}
}

// textKnownSections maps each known section's key to its name.
func textKnownSections(names []string) map[string]string {
	m := map[string]string{}
	for _, n := range names {
		if n = strings.TrimSpace(n); n != "" {
			if k := textKnownKey(n); k != "" {
				m[k] = n
			}
		}
	}
	return m
}

// knownHeading is the known section line l names, ok false when none.
func (p *textIssueParser) knownHeading(l textLine) (string, bool) {
	if len(p.known) == 0 || p.inFoot || len([]rune(l.text)) > 30 {
		return "", false
	}
	name, ok := p.known[textKnownKey(l.text)]
	return name, ok
}
