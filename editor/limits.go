package editor

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// Limits that fit the content: a 来稿's title is one line, and no item of a
// bulletin is ever longer than a few thousand 字 — a text of 200,000 字 is a
// book, a log or a mistake, and the screens cannot show it responsively.
const (
	MaxTitleRunes = 120
	MaxTextWords  = 200000
)

// ErrTooLong is a text longer than any item could ever be (MaxTextWords).
var ErrTooLong = errors.New("the text is longer than any bulletin item could be")

// FitSubmission makes the title one line of at most MaxTitleRunes
// characters — the rest of a longer title goes to the start of the text,
// unless the text already holds it — and refuses (ErrTooLong) a text over
// MaxTextWords 字. Readers' results pass through it before they are saved.
func FitSubmission(s *Submission) error {
	if n := CountWords(s.Text); n > MaxTextWords {
		return fmt.Errorf("%w: %d字, more than the %d字 accepted", ErrTooLong, n, MaxTextWords)
	}
	full := strings.TrimSpace(s.Title)
	title := full
	if i := strings.IndexAny(title, "\r\n"); i >= 0 {
		title = strings.TrimSpace(title[:i])
	}
	if utf8.RuneCountInString(title) > MaxTitleRunes {
		title = string([]rune(title)[:MaxTitleRunes])
	}
	if title != full && !strings.Contains(s.Text, full) {
		s.Text = strings.TrimRight(full, "\r\n") + "\n" + s.Text
		s.Words = CountWords(s.Text)
	}
	s.Title = title
	return nil
}
