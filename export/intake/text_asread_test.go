package intake

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export/issueprint"
)

// Reading keeps what the source wrote and invents nothing: the tests of
// the intake faults that remained after issue 10's first sessions (review
// A1, A3, A5, A10, A20, A25).

// TestIntakeCorpusReadsBackAsRead: every intake text, read, written and
// read again, is the same issue — kept 要目 lists, copy lines as written,
// spaced attributions, two 编者按 of one item and paragraphs that end
// without a mark included — and the second writing is the first's bytes.
func TestIntakeCorpusReadsBackAsRead(t *testing.T) {
	files, _ := filepath.Glob("testdata/intake/*.txt")
	for _, name := range files {
		t.Run(filepath.Base(name), func(t *testing.T) {
			data, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			want, err := ReadIssue(bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			want = issueprint.PrintedIssue(want)
			var first, second bytes.Buffer
			if err := WriteIssue(&first, want, editor.Preferences{Indent: true}); err != nil {
				t.Fatal(err)
			}
			got, err := ReadIssue(bytes.NewReader(first.Bytes()))
			if err != nil {
				t.Fatal(err)
			}
			if diff := textIssueDiff(got, want); diff != "" {
				t.Fatalf("%s\n%s", diff, first.String())
			}
			if err := WriteIssue(&second, got, editor.Preferences{Indent: true}); err != nil {
				t.Fatal(err)
			}
			if second.String() != first.String() {
				t.Errorf("written again:\n%s\nwant\n%s", second.String(), first.String())
			}
		})
	}
}

// TestItemParagraphsWithoutMarkRoundTrip (A3): a hard wrap inside an item
// is joined when read, so the writer marks a paragraph of ours that
// follows one ending without a mark; both read back as they were.
func TestItemParagraphsWithoutMarkRoundTrip(t *testing.T) {
	tests := []struct{ name, body string }{
		{"a paragraph without its 。 before another", "会议强调做好全年工作\n下一步将持续推进"},
		{"one ending in a comma", "全县推行三项制度，\n各乡镇对照执行。"},
		{"one ending in ……", "活动内容包括……\n群众反响良好。"},
		{"a real backslash after one", "会议强调做好全年工作\n\\各乡镇对照执行。"},
		{"a heading-like line stays apart", "\n主要做法\n建立台账。"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			it := editor.Item{Lead: "某县召开组织工作会议。", Body: tt.body, Attribution: ""}
			it.Words = editor.CountWords(it.Lead) + editor.CountWords(it.Body)
			want := &editor.Issue{BulletinName: "组工信息", Number: 2, Sections: []editor.Section{{Name: "市内信息", Items: []editor.Item{it}}}}
			textRoundTripsWithBothIndents(t, want)
		})
	}
}

// TestHardWrapInsideItemJoined (A3): an e-mail's wrap in mid-sentence
// inside one item of a text of one paragraph a line is joined; a title
// line and a sub-heading are not.
func TestHardWrapInsideItemJoined(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"mid-sentence wrap", "△江口区推行夜访制度。区委组织部牵头，每周四晚组织\n机关干部进村入户，收集意见412条。\n△石门镇建强党建联盟。共建项目15个。",
			"区委组织部牵头，每周四晚组织机关干部进村入户，收集意见412条。"},
		{"sub-heading stays", "△江口区推行夜访制度。\n一、主要做法\n机关干部进村入户。\n△石门镇建强党建联盟。共建项目15个。",
			"\n一、主要做法\n机关干部进村入户。"},
		{"spaces between words kept", "△江口区推行夜访制度。联系人：周晓燕  电话：5551234。\n△石门镇建强党建联盟。共建项目 15 个。",
			"联系人：周晓燕  电话：5551234。"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			is, err := ReadIssue(strings.NewReader(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			if got := is.Sections[0].Items[0].Body; got != tt.want {
				t.Errorf("body = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestKeptMarksPrinted (A1, A20): a back issue's own 本期要目 and copy line
// print as its source wrote them, in every format that prints them; a
// changed copy count, or 本期要目 made from the leads, print as ours.
func TestKeptMarksPrinted(t *testing.T) {
	is := &editor.Issue{BulletinName: "南湖组工", Number: 4, CopyCount: 120,
		Marks:    editor.IssueMarks{Contents: true, ContentsText: "一、南湖区建立党员先锋岗\n二、新港街道推行楼栋长制度", CopyLine: "共印120份"},
		Sections: []editor.Section{{Name: "工作动态", Items: []editor.Item{{Lead: "南湖区建立党员先锋岗。"}, {Lead: "新港街道推行楼栋长制度。"}, {Lead: "柳岸社区开展邻里节活动。"}}}}}
	tests := []struct {
		name   string
		change func(*editor.Issue)
		want   []string
		absent []string
	}{
		{"as the source wrote them", func(*editor.Issue) {}, []string{"\n一、南湖区建立党员先锋岗\n二、新港街道推行楼栋长制度\n", "\n共印120份\n"}, []string{"（共印120份）", "\n柳岸社区开展邻里节活动。\n"}},
		{"count changed", func(is *editor.Issue) { is.CopyCount = 150 }, []string{"（共印150份）"}, []string{"共印120份"}},
		{"list from the leads", func(is *editor.Issue) { is.Marks.ContentsText = "" }, []string{"本期要目\n南湖区建立党员先锋岗。\n新港街道推行楼栋长制度。\n柳岸社区开展邻里节活动。\n"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := *is
			tt.change(&c)
			var buf bytes.Buffer
			if err := WriteIssue(&buf, &c, editor.Preferences{}); err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !strings.Contains(buf.String(), w) {
					t.Errorf("no %q in\n%s", w, buf.String())
				}
			}
			for _, a := range tt.absent {
				if strings.Contains(buf.String(), a) {
					t.Errorf("%q in\n%s", a, buf.String())
				}
			}
		})
	}
}
