package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bulletindesk/bulletindesk/editor"
)

// TestImportPreviewNamesTheDuplicate: the preview of a 来稿 already in the
// archive, or ≥90% the same (the same paragraphs under another headline),
// said nothing; the list said 重复 only after saving (review G15). Now the
// file's line names the 来稿 it repeats with its number and date.
func TestImportPreviewNamesTheDuplicate(t *testing.T) {
	u, ar := newDeskTestUI(t)
	text := "　　松岭镇党委在全镇14个村推行“院落议事会”，由村民推选议事代表，每月集中议事一次，今年以来累计化解邻里纠纷217件，办成民生实事63件，群众满意率达到98.6%。\n" +
		"　　镇里还建立议事事项台账，实行“收集、议定、办理、反馈”闭环管理，确保件件有着落、事事有回音。\n"
	stored := &editor.Submission{Title: "松岭镇推行院落议事会", Text: text,
		Received: time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC), Kind: "信息", Status: editor.SubmissionPending}
	addTestSubmissions(t, ar, stored)
	dir := t.TempDir()
	files := map[string]string{
		"1same.txt":  "松岭镇推行院落议事会\n" + text,
		"2near.txt":  "院落议事会化解邻里纠纷\n" + strings.Replace(text, "63件", "64件", 1),
		"3other.txt": "东溪镇建强网格党支部\n　　东溪镇把全镇划分为46个网格，每个网格建立党支部，选派党员中心户联系群众。\n",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	u.subs.importPaths([]string{dir})
	p := u.subs.preview
	if p == nil || len(p.good) != 3 {
		t.Fatalf("preview = %+v, want the 3 files", p)
	}
	id := allSubmissions(t, ar)[0].ID
	for i, tc := range []struct{ file, want string }{
		{"1same.txt", "与来稿#" + itoa64(id) + "（2026年11月20日收到）重复"},
		{"2near.txt", "与来稿#" + itoa64(id) + "（2026年11月20日收到）相似9"},
		{"3other.txt", ""},
	} {
		t.Run(tc.file, func(t *testing.T) {
			got := p.fileLabel(i, p.good[i]).Text
			if !strings.Contains(p.good[i].Source, tc.file) {
				t.Fatalf("file %d is %s, want %s", i, p.good[i].Source, tc.file)
			}
			if tc.want == "" && strings.Contains(got, "与来稿#") || tc.want != "" && !strings.Contains(got, tc.want) {
				t.Errorf("line = %q, want it to say %q", got, tc.want)
			}
		})
	}
}
