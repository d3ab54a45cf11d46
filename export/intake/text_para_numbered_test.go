package intake

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// textWrapFlush hard-wraps paragraphs at width characters, flush left
// (no indent), never inside a Latin word or a number, with a blank line
// after every line (pdf) or none (an e-mail). It returns the text and,
// for each of its lines, whether a paragraph starts there.
func textWrapFlush(paras []string, width int, pdf bool) (string, []bool) {
	var b strings.Builder
	var starts []bool
	for _, p := range paras {
		rs := []rune(p)
		for first := true; len(rs) > 0; first = false {
			n := min(len(rs), width)
			for n < len(rs) && textIsLatinAlnum(rs[n-1]) && textIsLatinAlnum(rs[n]) {
				n++
			}
			b.WriteString(string(rs[:n]) + "\n")
			if pdf {
				b.WriteString("\n")
			}
			starts = append(starts, first)
			rs = rs[n:]
		}
	}
	return b.String(), starts
}

// textJoinedStarts is, for each line, whether the reader's paragraphs
// start there (paragraphs compared without spaces).
func textJoinedStarts(lines []textLine, paras []string) []bool {
	got := make([]bool, len(lines))
	k, acc := 0, ""
	for i, l := range lines {
		if acc == "" {
			got[i] = true
		}
		acc += strings.ReplaceAll(l.text, " ", "")
		if k < len(paras) && acc == strings.ReplaceAll(paras[k], " ", "") {
			k, acc = k+1, ""
		}
	}
	return got
}

// TestWrappedNumberedParagraphs measures, on the corpus in
// testdata/intake/wrap (texts written one paragraph a line, with numbered
// lists at paragraph starts and inline 1.…；2.… and 一是…二是… lists), what
// the reader makes of a numbered line after a sentence end in a wrapped,
// flush-left text — PDF-extracted (a blank line after every line) and
// e-mail (none) — at every width from 14 to 30 characters: a new
// paragraph or a wrap. The rule (text_para_numbered.go) must be right
// more often than wrong, and right more often than joining them all (the
// reader before it); the counts are in the README.
func TestWrappedNumberedParagraphs(t *testing.T) {
	files, _ := filepath.Glob("testdata/intake/wrap/*.txt")
	if len(files) < 5 {
		t.Fatalf("%d corpus files", len(files))
	}
	var right, wrong, joinRight, starts, wraps int
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		paras := strings.Split(strings.TrimSpace(string(data)), "\n")
		for width := 14; width <= 30; width++ {
			for _, pdf := range []bool{true, false} {
				text, truth := textWrapFlush(paras, width, pdf)
				lines := textSplitLines(text)
				got := textJoinedStarts(lines, textParagraphs(lines, textLayoutOf(lines).withNumbered(lines)))
				for i := 1; i < len(lines); i++ {
					if _, _, ok := textListNumber(lines[i].text); !ok || !textEndsParaLine(lines[i-1].text, textPageWidth(lines)*2/3) {
						continue
					}
					if truth[i] {
						starts++
					} else {
						wraps++
						joinRight++
					}
					if got[i] == truth[i] {
						right++
					} else {
						wrong++
						if wrong < 15 {
							t.Logf("%s w%d pdf=%v lay=%+v truth=%v: %q | %q", name, width, pdf, textLayoutOf(lines).withNumbered(lines), truth[i], lines[i-1].text, lines[i].text)
						}
					}
				}
			}
		}
	}
	t.Logf("numbered line after a clause end or a heading: %d paragraph starts, %d wraps; the rule right %d, wrong %d; joining all right %d",
		starts, wraps, right, wrong, joinRight)
	if right <= wrong || right <= joinRight {
		t.Errorf("the rule is right %d times, wrong %d; joining all was right %d", right, wrong, joinRight)
	}
}

// TestSubmissionNumberedFlushLeft: a 来稿 pasted from an e-mail, wrapped
// flush left, keeps its numbered paragraphs (they were all one before),
// and its other paragraphs too where the last line of the one before ends
// a sentence short of the wrap width (text_para_short.go); in this text
// every one does.
func TestSubmissionNumberedFlushLeft(t *testing.T) {
	data, err := os.ReadFile("testdata/intake/wrap/d_peixun.txt")
	if err != nil {
		t.Fatal(err)
	}
	paras := strings.Split(strings.TrimSpace(string(data)), "\n")
	text, _ := textWrapFlush(paras[1:], 24, false)
	sub, err := ReadTextSubmission("x.txt", strings.NewReader(paras[0]+"\n"+text))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := sub.Text, strings.Join(paras[1:], "\n"); got != want {
		t.Errorf("text\n%s\nwant\n%s", got, want)
	}
}
