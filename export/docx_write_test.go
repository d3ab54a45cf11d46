package export

import (
	"bytes"
	"flag"
	"os"
	"testing"

	"github.com/bulletindesk/bulletindesk/editor"
)

var docxOut = flag.String("docx-out", "", "also write the test issue's .docx to this path (to render it)")

// docxWriteTestIssue writes the test issue with the given preferences.
func docxWriteTestIssue(t *testing.T, is *editor.Issue, p editor.Preferences) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteIssueDocx(&buf, is, p); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestWriteIssueDocxOut(t *testing.T) {
	if *docxOut == "" {
		t.Skip("no -docx-out")
	}
	data := docxWriteTestIssue(t, docxTestIssue(), editor.DefaultPreferences())
	if err := os.WriteFile(*docxOut, data, 0o644); err != nil {
		t.Fatal(err)
	}
}
