package export

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
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
	if len(files) == 0 {
		t.Fatal("no submission corpus")
	}
	for _, name := range files {
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
			golden := strings.TrimSuffix(name, ".txt") + ".golden"
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
			submissionAssertNothingLost(t, data, sub)
		})
	}
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
