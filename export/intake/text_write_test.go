package intake

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export/internal/exporttest"
)

var textUpdateGolden = flag.Bool("update-text", false, "rewrite the golden files in testdata/text")

func TestWriteIssueGolden(t *testing.T) {
	tests := []struct {
		golden string
		indent bool
	}{
		{"issue_indented.txt", true},
		{"issue_plain.txt", false},
	}
	for _, tt := range tests {
		t.Run(tt.golden, func(t *testing.T) {
			p := editor.DefaultPreferences()
			p.Indent = tt.indent
			var buf bytes.Buffer
			if err := WriteIssue(&buf, exporttest.TextTestIssue(), p); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", "text", tt.golden)
			if *textUpdateGolden {
				if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("read the golden file (run with -update-text to create it): %v", err)
			}
			if got := buf.String(); got != string(want) {
				t.Errorf("WriteIssue differs from %s:\n--- got\n%s\n--- want\n%s", path, got, want)
			}
		})
	}
}

func TestWriteIssueMasthead(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteIssue(&buf, exporttest.TextTestIssue(), editor.DefaultPreferences()); err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitN(buf.String(), "\n", 4)
	want := []string{"组工信息", "第9期（总第412期）", "中共江州市委组织部编        2023年4月18日"}
	if !reflect.DeepEqual(lines[:3], want) {
		t.Errorf("masthead = %q, want %q", lines[:3], want)
	}
}

// TestReadWriteRoundTrip: what we write reads back to the same issue, with
// and without the paragraph indent, and after CRLF/GB18030 conversion.
func TestReadWriteRoundTrip(t *testing.T) {
	for _, indent := range []bool{true, false} {
		p := editor.DefaultPreferences()
		p.Indent = indent
		want := exporttest.TextTestIssue()
		var buf bytes.Buffer
		if err := WriteIssue(&buf, want, p); err != nil {
			t.Fatal(err)
		}
		inputs := map[string][]byte{
			"utf-8":   buf.Bytes(),
			"crlf":    []byte(strings.ReplaceAll(buf.String(), "\n", "\r\n")),
			"gb18030": textMustGB18030(t, buf.String()),
		}
		for name, in := range inputs {
			got, err := ReadIssue(bytes.NewReader(in))
			if err != nil {
				t.Fatalf("indent=%v %s: %v", indent, name, err)
			}
			if diff := textIssueDiff(got, want); diff != "" {
				t.Errorf("indent=%v %s: read back differs: %s", indent, name, diff)
			}
		}
	}
}

// textIssueDiff names the first field where two issues differ, "" if none.
func textIssueDiff(got, want *editor.Issue) string {
	g, w := *got, *want
	g.Sections, w.Sections = nil, nil
	if !reflect.DeepEqual(g, w) {
		return textFmt("header %+v, want %+v", g, w)
	}
	if len(got.Sections) != len(want.Sections) {
		return textFmt("%d sections, want %d", len(got.Sections), len(want.Sections))
	}
	for i := range want.Sections {
		gs, ws := got.Sections[i], want.Sections[i]
		if gs.Name != ws.Name || gs.Position != ws.Position || len(gs.Items) != len(ws.Items) {
			return textFmt("section %d = %q (%d items), want %q (%d items)", i, gs.Name, len(gs.Items), ws.Name, len(ws.Items))
		}
		for j := range ws.Items {
			if !reflect.DeepEqual(gs.Items[j], ws.Items[j]) {
				return textFmt("section %d item %d = %+v, want %+v", i, j, gs.Items[j], ws.Items[j])
			}
		}
	}
	return ""
}

// The printed text (组版's preview, 复制全文) is the export's without the
// escapes that keep a paragraph from reading back as something else: the
// preview showed \第2页… where the PDF prints 第2页… (review R14).
func TestWriteIssuePrintedHasNoEscapes(t *testing.T) {
	is := exporttest.TextTestIssue()
	it := &is.Sections[0].Items[0]
	it.Body += "\n报：这一段像版记的开头。"
	p := editor.DefaultPreferences()
	var file, printed bytes.Buffer
	if err := WriteIssue(&file, is, p); err != nil {
		t.Fatal(err)
	}
	if err := WriteIssuePrinted(&printed, is, p); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(file.String(), `\报：这一段`) {
		t.Fatalf("the text export does not escape the paragraph:\n%s", file.String())
	}
	if got, want := printed.String(), strings.Replace(file.String(), `\报：`, "报：", 1); got != want {
		t.Errorf("printed text:\n%s\nwant the export without its escape:\n%s", got, want)
	}
}
