package intake

import (
	"bytes"
	"io/fs"
	"strings"
	"testing"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/resources"
)

// TestExampleIssue: the example the app offers on first start reads as a
// whole issue and is exactly what WriteIssue writes for it.
func TestExampleIssue(t *testing.T) {
	data, err := fs.ReadFile(resources.Example, "example/issue.txt")
	if err != nil {
		t.Fatal(err)
	}
	is, err := ReadIssue(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range is.Sections {
		for _, it := range s.Items {
			got = append(got, s.Name+"|"+it.Attribution)
		}
	}
	want := []string{"市内信息|青山县委组织部", "市内信息|临江区委组织部", "市内信息|云溪县委组织部",
		"市内信息|白沙县委组织部、北湖区委组织部", "市外参考|", "市外参考|"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("items = %q, want %q", got, want)
	}
	if is.BulletinName != "组工信息" || is.Number != 10 || is.TotalNumber != 286 || is.EditingUnit != "中共江州市委组织部" ||
		is.Date.Format(editor.DateLayout) != "2025-05-20" || is.CopyCount != 150 || len(is.Distribution) != 3 {
		t.Errorf("masthead or footer: %+v", *is)
	}
	var out bytes.Buffer
	if err := WriteIssue(&out, is, editor.Preferences{Indent: true}); err != nil {
		t.Fatal(err)
	}
	if out.String() != string(data) {
		t.Errorf("WriteIssue(example) differs from the file:\n%s", out.String())
	}
}

func TestExampleSubmissions(t *testing.T) {
	names, _ := fs.Glob(resources.Example, "example/submissions/*.txt")
	if len(names) != 3 {
		t.Fatalf("%d example submissions, want 3", len(names))
	}
	for _, n := range names {
		data, _ := fs.ReadFile(resources.Example, n)
		s, err := ReadSubmission(n, bytes.NewReader(data))
		if err != nil {
			t.Errorf("%s: %v", n, err)
			continue
		}
		if s.Title == "" || s.Text == "" || strings.ContainsAny(s.Title, "\n") || s.Words < 100 {
			t.Errorf("%s: title %q, %d字, text %q", n, s.Title, s.Words, s.Text)
		}
	}
}
