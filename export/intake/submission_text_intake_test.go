package intake

import (
	"archive/zip"
	"bytes"
	"flag"
	"fmt"
	"html"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/bulletindesk/bulletindesk/editor"
)

// The 来稿 intake corpus: real-shaped texts under testdata/submissions —
// e-mails saved or pasted from Outlook (Chinese and English, forwarded),
// QQ mail and 163 mail, cover letters (…关于报送…的函) in GB18030 with CRLF
// and as a page of their own, a Notepad 落款 — each with a golden dump of
// what the reader made of it and the unit saving gives it on an empty
// archive.

var submissionUpdateGolden = flag.Bool("update-submissions", false, "rewrite testdata/submissions/*.golden from the reader")

// submissionDump writes a submission one fact a line.
func submissionDump(sub *editor.Submission) string {
	var b strings.Builder
	received := "none"
	if !sub.Received.IsZero() {
		received = sub.Received.Format(editor.DateLayout)
	}
	unit, known := editor.SubmissionUnitAsRead(editor.NewUnitMatcher(nil), sub)
	fmt.Fprintf(&b, "title %q\nreceived %s\nunit %q known %v\ncontact %q\nwords %d\n", sub.Title, received, unit, known, sub.Contact, sub.Words)
	for _, n := range sub.Intake {
		fmt.Fprintf(&b, "read %s %q\n", n.Label, n.Value)
	}
	if sub.Cover != "" { // set apart: not in 字数, not adopted
		for _, p := range strings.Split(sub.Cover, "\n") {
			fmt.Fprintf(&b, "cover %q\n", p)
		}
	}
	for _, p := range strings.Split(sub.Text, "\n") {
		fmt.Fprintf(&b, "para %q\n", p)
	}
	return b.String()
}

func TestSubmissionCorpusGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/submissions/*.txt")
	words, _ := filepath.Glob("testdata/submissions/*.docx")
	if len(files) == 0 || len(words) == 0 {
		t.Fatal("no submission corpus")
	}
	for _, name := range append(files, words...) {
		t.Run(filepath.Base(name), func(t *testing.T) {
			data, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			sub, err := ReadSubmission(name, bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			got := submissionDump(sub)
			golden := strings.TrimSuffix(name, filepath.Ext(name)) + ".golden"
			if *submissionUpdateGolden {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update-submissions to create it, then read it)", err)
			}
			if got != string(want) {
				t.Errorf("read as\n%s\nwant\n%s", got, want)
			}
			if filepath.Ext(name) == ".docx" {
				submissionAssertKept(t, docxTestRunText(t, data), sub)
				return
			}
			submissionAssertNothingLost(t, data, sub)
		})
	}
}

// docxTestRunText is the text of a .docx's w:t elements, a paragraph a
// line, read with a regular expression rather than the reader under test.
func docxTestRunText(t *testing.T, data []byte) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		if f.Name != "word/document.xml" {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		defer rc.Close()
		doc, err := io.ReadAll(rc)
		if err != nil {
			t.Fatal(err)
		}
		doc = regexp.MustCompile(`</w:p>`).ReplaceAll(doc, []byte("\n"))
		var b strings.Builder
		for _, m := range regexp.MustCompile(`<w:t(?:\s[^>]*)?>([^<]*)</w:t>|\n`).FindAllSubmatch(doc, -1) {
			b.WriteString(html.UnescapeString(string(m[1])))
			if len(m[1]) == 0 && string(m[0]) == "\n" {
				b.WriteByte('\n')
			}
		}
		return b.String()
	}
	t.Fatal("no word/document.xml")
	return ""
}

// submissionAssertNothingLost: every character of the source outside the
// mail header lines (收件人 and the like are no content) is in the title,
// the text, the cover set apart, the contact or what the preview shows.
func submissionAssertNothingLost(t *testing.T, data []byte, sub *editor.Submission) {
	t.Helper()
	src, err := DecodeText(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	submissionAssertKept(t, src, sub)
}

// submissionAssertKept: every character of src, line by line, outside
// the mail header lines and dates, is somewhere in what was read.
func submissionAssertKept(t *testing.T, src string, sub *editor.Submission) {
	t.Helper()
	have := map[rune]bool{}
	kept := []string{sub.Title, sub.Text, sub.Cover, sub.Contact}
	if !sub.Received.IsZero() { // a date read off a line is in 收稿日期
		kept = append(kept, sub.Received.Format("2006年1月2日"), sub.Received.Format("2006年01月02日"))
	}
	for _, n := range sub.Intake {
		kept = append(kept, n.Value)
	}
	for _, r := range strings.Join(kept, "") {
		have[r] = true
	}
	for _, l := range strings.Split(src, "\n") {
		// header lines and the -- over a signature are no content; a date alone is 收稿日期
		if t := strings.TrimSpace(l); textMailFieldRe.MatchString(l) || textMailSepRe.MatchString(t) || textIsDateAlone(t) || textSigDashRe.MatchString(t) {
			continue
		}
		for _, r := range l {
			// spaces, and the △ of a bulletin copied in, are no content
			if strings.ContainsRune(" \t\r\n　△▲", r) || unicode.IsSpace(r) || have[r] {
				continue
			}
			t.Errorf("%q of the source line %q is nowhere in what was read", r, l)
			return
		}
	}
}

// FuzzTextSubmissionKeepsAll: whatever the text, every character of
// content outside the mail header lines and dates is somewhere in what the
// reader gives (title, text, the cover set apart, contact, what the
// preview shows) — nothing
// of a 来稿 is lost by taking its header, greeting, letter or signature.
func FuzzTextSubmissionKeepsAll(f *testing.F) {
	files, _ := filepath.Glob("testdata/submissions/*.txt")
	for _, name := range files {
		if data, err := os.ReadFile(name); err == nil {
			f.Add(data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		sub, err := ReadTextSubmission("x.txt", bytes.NewReader(data))
		if err != nil {
			return
		}
		submissionAssertNothingLost(t, data, sub)
	})
}

// coverAndText is a submission's cover set apart, " ‖ ", and its text; the
// text alone when nothing was set apart.
func coverAndText(sub *editor.Submission) string {
	if sub.Cover == "" {
		return sub.Text
	}
	return sub.Cover + " ‖ " + sub.Text
}
