package export

import (
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/bulletindesk/bulletindesk/editor"
)

func init() { RegisterSubmissionFormat(".txt", ReadTextSubmission) }

// textTitleMaxWords is the longest first line taken as a title (字数).
const textTitleMaxWords = 40

// ReadTextSubmission reads a submission sent as a text file (Notepad, WPS
// "save as text", an e-mail body): any encoding DecodeText accepts, wrapped
// lines joined as in a bulletin (text_para.go). The title is the first line
// when it is short (at most 40 字, no sentence end before its last
// character), else the first sentence; Text is the rest, paragraphs joined
// by "\n". Trailing 联系人/电话 lines go to Contact. UnitID stays 0: the
// archive recognises the unit when it saves the submission.
func ReadTextSubmission(name string, r io.Reader) (*editor.Submission, error) {
	s, err := DecodeText(r)
	if err != nil {
		return nil, err
	}
	lines := textSplitLines(s)
	sub := &editor.Submission{Source: filepath.Base(name)}
	if len(lines) > 0 && textIsTitleLine(lines[0].text) {
		sub.Title = textCleanSpaces(lines[0].text)
		lines = lines[1:]
	}
	lines, sub.Contact = textSplitContact(lines)
	paras := textParagraphs(lines, textLayoutOf(lines))
	if sub.Title == "" && len(paras) > 0 {
		var rest string
		sub.Title, rest = textSplitLead(paras[0])
		paras[0] = rest
		if rest == "" {
			paras = paras[1:]
		}
	}
	sub.Text = strings.Join(paras, "\n")
	if sub.Title == "" && sub.Text == "" {
		return nil, fmt.Errorf("no text: %w", ErrEmpty)
	}
	sub.Words = editor.CountWords(sub.Title) + editor.CountWords(sub.Text)
	return sub, nil
}

// textLayoutOf tells the layout of a whole text (a submission is one block).
func textLayoutOf(lines []textLine) textLayout {
	var c textLayoutCounter
	for i := 1; i < len(lines); i++ {
		c.add(lines[i-1], lines[i])
	}
	return c.layout()
}

// textIsTitleLine: short, and no 。！？ before its last character.
func textIsTitleLine(s string) bool {
	if editor.CountWords(s) > textTitleMaxWords {
		return false
	}
	body := strings.TrimRight(s, textSentenceEnds+textClosers)
	return !strings.ContainsAny(body, textSentenceEnds)
}

var textContactRe = regexp.MustCompile(`^[（(]?\s*(联系人|联系电话|联系方式|电话|手机|通讯员|撰稿人|撰稿|供稿人|审核人|审稿人|签发人)\s*[：:]`)

// textSplitContact moves the trailing contact lines (联系人：… 电话：…) out
// of the text, joined with "；".
func textSplitContact(lines []textLine) ([]textLine, string) {
	i := len(lines)
	for i > 0 && len(lines)-i < 3 && textContactRe.MatchString(lines[i-1].text) {
		i--
	}
	var parts []string
	for _, l := range lines[i:] {
		parts = append(parts, textCleanSpaces(l.text))
	}
	return lines[:i], strings.Join(parts, "；")
}
