package intake

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export/docx"
)

// TestReadIssueFromWord (reviewer F33): a back issue kept as .docx — here
// our own Word export of each text fixture — reads back as the issue it
// was made from (compared through the text export, which prints every
// item, section, credit, masthead and footer line), where it was refused
// as "not a text file".
func TestReadIssueFromWord(t *testing.T) {
	for _, name := range []string{"issue_plain.txt", "issue_indented.txt", "issue_marks.txt"} {
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile("testdata/text/" + name)
			if err != nil {
				t.Fatal(err)
			}
			is, err := ReadIssue(bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			var word bytes.Buffer
			if err := docx.WriteIssueDocx(&word, is, editor.Preferences{}); err != nil {
				t.Fatal(err)
			}
			back, _, err := ReadIssueSummary(bytes.NewReader(word.Bytes()))
			if err != nil {
				t.Fatalf("reading our own .docx: %v", err)
			}
			want, got := issueText(t, is), issueText(t, back)
			if got != want {
				t.Errorf("read back from .docx:\n%s\nwant\n%s", got, want)
			}
		})
	}
}

func issueText(t *testing.T, is *editor.Issue) string {
	t.Helper()
	var b strings.Builder
	if err := WriteIssue(&b, is, editor.Preferences{}); err != nil {
		t.Fatal(err)
	}
	return b.String()
}
