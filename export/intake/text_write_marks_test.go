package intake

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export/internal/exporttest"
)

func TestWriteIssueMarksGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteIssue(&buf, exporttest.MarksTestIssue(), editor.DefaultPreferences()); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("testdata", "text", "issue_marks.txt")
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
}

// Each mark is printed only when set: a mark's words appear with it and
// never without it.
func TestWriteIssueMarksOnlyWhenSet(t *testing.T) {
	tests := []struct {
		name string
		set  func(is *editor.Issue)
		want string
	}{
		{"密级", func(is *editor.Issue) { is.Marks.Classification = "机密" }, "机密\n"},
		{"保密期限", func(is *editor.Issue) { is.Marks.Classification, is.Marks.SecrecyTerm = "秘密", "6个月" }, "秘密★6个月\n"},
		{"内部资料", func(is *editor.Issue) { is.Marks.Internal = true }, "内部资料　注意保存\n"},
		{"份号", func(is *editor.Issue) { is.Marks.CopyNumber = "000150" }, "000150\n组工信息\n"},
		{"签发人", func(is *editor.Issue) { is.Marks.Signer = "李华" }, "签发人：李华\n"},
		{"要目", func(is *editor.Issue) { is.Marks.Contents = true }, "本期要目\n青阳县推行“村事夜议”破解基层治理难题。\n"},
		{"编者按", func(is *editor.Issue) { is.EditorNote = "请阅。" }, "　　编者按：请阅。\n"},
		{"条目编者按", func(is *editor.Issue) { is.Sections[1].Items[0].EditorNote = "供参考。" }, "　　编者按：供参考。\n　　△北湖市"},
		{"印发机关", func(is *editor.Issue) { is.Marks.Printer = "市委组织部办公室" }, "市委组织部办公室印发\n"},
		{"印发日期", func(is *editor.Issue) { is.Marks.PrintedDate = time.Date(2023, 4, 19, 0, 0, 0, 0, time.UTC) }, "2023年4月19日印发\n"},
	}
	var plain bytes.Buffer
	if err := WriteIssue(&plain, exporttest.TextTestIssue(), editor.DefaultPreferences()); err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			is := exporttest.TextTestIssue()
			tt.set(is)
			var buf bytes.Buffer
			if err := WriteIssue(&buf, is, editor.DefaultPreferences()); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(buf.String(), tt.want) {
				t.Errorf("text lacks %q:\n%s", tt.want, buf.String())
			}
			if strings.Contains(plain.String(), tt.want) {
				t.Errorf("text without the mark has %q too", tt.want)
			}
		})
	}
}

// What the writer prints of the marks, the reader keeps in their fields,
// not in the first item: the whole 版头/版记 survives a round trip.
func TestMarksRoundTrip(t *testing.T) {
	is := exporttest.MarksTestIssue()
	var buf bytes.Buffer
	if err := WriteIssue(&buf, is, editor.DefaultPreferences()); err != nil {
		t.Fatal(err)
	}
	got, err := ReadIssue(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	want := is.Marks
	want.NumberCopies = false // a setting of printing, not printed
	if got.Marks != want {
		t.Errorf("marks read back %+v, want %+v", got.Marks, want)
	}
	if got.EditorNote != is.EditorNote {
		t.Errorf("issue 编者按 %q, want %q", got.EditorNote, is.EditorNote)
	}
	for i, sec := range is.Sections {
		for j, it := range sec.Items {
			if g := got.Sections[i].Items[j]; g.Lead != it.Lead || g.EditorNote != it.EditorNote {
				t.Errorf("item %d.%d read back %q/%q, want %q/%q", i, j, g.Lead, g.EditorNote, it.Lead, it.EditorNote)
			}
		}
	}
}
