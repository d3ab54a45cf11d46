package editor

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FitSubmission leaves a title of one line of at most MaxTitleRunes
// characters, loses no text of the title (it is in the title or the text),
// and refuses only texts over MaxTextWords.
func FuzzFitSubmission(f *testing.F) {
	f.Add("某县推行村级议事清单", "全县186个村逐项明确议事范围。")
	f.Add(strings.Repeat("某县坚持把党的建设贯穿基层治理全过程", 10), "正文。")
	f.Add("标题\n第二行", "正文")
	f.Add("\r\n\r\n", "")
	f.Fuzz(func(t *testing.T, title, text string) {
		s := &Submission{Title: title, Text: text}
		if err := FitSubmission(s); err != nil {
			if CountWords(text) <= MaxTextWords {
				t.Fatalf("refused a text of %d字: %v", CountWords(text), err)
			}
			return
		}
		if strings.ContainsAny(s.Title, "\r\n") || utf8.RuneCountInString(s.Title) > MaxTitleRunes {
			t.Errorf("title %q is not one line of at most %d characters", s.Title, MaxTitleRunes)
		}
		full := strings.TrimSpace(title)
		if !strings.Contains(s.Text, full) && s.Title != full {
			t.Errorf("title %q lost: now title %q, text %q", title, s.Title, s.Text)
		}
		if !strings.Contains(s.Text, text) {
			t.Errorf("text %q lost: now %q", text, s.Text)
		}
	})
}
