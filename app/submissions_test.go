package app

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export/intake"
)

const pastedText = "望江县推行“党建+积分”模式激活村级治理。\r\n\r\n今年以来，望江县在全县村（社区）推行积分管理，\r\n把党员参与志愿服务、环境整治的情况量化为积分。\r\n\r\n　　下一步，该县将总结经验，在全县推广。\r\n"

func TestPasteAddsSubmissionAndEditsSave(t *testing.T) {
	u, ar := newDeskTestUI(t)
	u.app.Clipboard().SetContent(pastedText)
	u.onPasteSubmission()
	if subs := allSubmissions(t, ar); len(subs) != 0 || u.subs.preview == nil {
		t.Fatalf("%d submissions saved before the preview's 导入", len(subs))
	}
	u.subs.preview.onImport()

	subs := allSubmissions(t, ar)
	if len(subs) != 1 {
		t.Fatalf("got %d submissions after paste, want 1", len(subs))
	}
	got := subs[0]
	if got.Status != editor.SubmissionPending {
		t.Errorf("status = %q, want pending", got.Status)
	}
	if !strings.Contains(got.Text, "下一步") || strings.Contains(got.Text, "\r") {
		t.Errorf("text lost paragraphs or kept CR: %q", got.Text)
	}
	if n := strings.Count(strings.TrimSpace(got.Text), "\n"); n < 1 {
		t.Errorf("text has %d paragraph breaks, want the paragraphs kept: %q", n, got.Text)
	}
	if u.subs.selected != got.ID || u.subs.detail.title.Text != got.Title {
		t.Errorf("detail shows %d %q, want the pasted submission %d %q", u.subs.selected, u.subs.detail.title.Text, got.ID, got.Title)
	}

	test.Type(u.subs.detail.contact, "张三 0556-1234567")
	u.subs.detail.title.SetText("望江县积分制激活村级治理")
	got = allSubmissions(t, ar)[0]
	if got.Title != "望江县积分制激活村级治理" || got.Contact != "张三 0556-1234567" {
		t.Errorf("archive has title %q contact %q after editing", got.Title, got.Contact)
	}
	u.subs.detail.status.SetSelected("采用")
	if got = allSubmissions(t, ar)[0]; got.Status != editor.SubmissionAdopted {
		t.Errorf("status after choosing 采用 = %q", got.Status)
	}
}

func TestFilterByStatusUnitAndText(t *testing.T) {
	u, ar := newDeskTestUI(t)
	unit := editor.Unit{Name: "怀宁县委组织部", ShortName: "怀宁县", Active: true}
	if err := ar.SaveUnit(context.Background(), &unit); err != nil {
		t.Fatal(err)
	}
	addTestSubmissions(t, ar,
		&editor.Submission{Title: "甲稿", Text: "怀宁县开展党员冬训。", UnitID: unit.ID},
		&editor.Submission{Title: "乙稿", Text: "太湖县推进乡村振兴。"},
		&editor.Submission{Title: "丙稿", Text: "岳西县加强干部培训。"},
	)
	u.subs.reload()
	if u.subs.total != 3 {
		t.Fatalf("list shows %d, want 3", u.subs.total)
	}
	first := allSubmissions(t, ar)[1]
	u.subs.setStatus(first.ID, editor.SubmissionReserve)

	cases := []struct {
		name   string
		set    func()
		want   int
		wantID int64
	}{
		{"status 备用", func() { u.subs.fStatus.SetSelected("备用") }, 1, first.ID},
		{"all statuses", func() { u.subs.fStatus.SetSelectedIndex(0) }, 3, 0},
		{"unit 怀宁", func() { u.subs.fUnit.SetSelected("怀宁县委组织部") }, 1, 0},
		{"unit any", func() { u.subs.fUnit.SetSelectedIndex(0) }, 3, 0},
		{"text 乡村振兴", func() { u.subs.fText.SetText("乡村振兴") }, 1, first.ID},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			c.set()
			if u.subs.total != c.want {
				t.Fatalf("got %d rows, want %d", u.subs.total, c.want)
			}
			if c.wantID != 0 {
				if sub, ok := u.subs.row(0); !ok || sub.ID != c.wantID {
					t.Errorf("first row = %d (%v), want %d", sub.ID, ok, c.wantID)
				}
			}
		})
	}
}

func TestImportFolderReportsBadFilesAndSavesTheRest(t *testing.T) {
	u, ar := newDeskTestUI(t)
	dir := t.TempDir()
	write := func(name, body string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("潜山市.txt", "潜山市创新开展“红色夜校”。\n\n今年以来，潜山市依托村级党群服务中心开办夜校。\n")
	write("空白.txt", "")
	write("说明.pdf", "%PDF")
	u.subs.importPaths([]string{dir})
	if got := allSubmissions(t, ar); len(got) != 0 {
		t.Fatalf("%d submissions saved before the preview's 导入", len(got))
	}
	u.subs.preview.onImport()

	subs := allSubmissions(t, ar)
	if len(subs) != 1 || !strings.Contains(subs[0].Title+subs[0].Text, "红色夜校") {
		t.Fatalf("archive after import = %+v, want the one readable file", subs)
	}
	if subs[0].Source != "潜山市.txt" {
		t.Errorf("source = %q", subs[0].Source)
	}
}

// 导入文件夹 takes a folder's 来稿 files; a PDF named directly is read, to
// say what to do with it.
func TestCollectSubmissionFiles(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"a.txt", "b.DOCX", "~$c.docx", "d.pdf", "e.xls"} {
		os.WriteFile(filepath.Join(dir, n), []byte("x"), 0o644)
	}
	files, bad := collectSubmissionFiles([]string{dir, filepath.Join(dir, "d.pdf"), filepath.Join(dir, "e.xls")})
	var names []string
	for _, f := range files {
		names = append(names, filepath.Base(f))
	}
	if got, want := strings.Join(names, ","), "a.txt,b.DOCX,d.pdf"; got != want {
		t.Errorf("files = %s, want %s", got, want)
	}
	if len(bad) != 1 || filepath.Base(bad[0].name) != "e.xls" || !strings.Contains(importProblem(bad[0].err), "不支持的文件类型") {
		t.Errorf("bad = %+v, want e.xls named directly, of a type no reader takes", bad)
	}
}

func TestParseDeskDate(t *testing.T) {
	cases := []struct {
		in   string
		want string
		ok   bool
	}{
		{"2022-06-15", "2022-06-15", true},
		{"2022年6月15日", "2022-06-15", true},
		{"2022/6/5", "2022-06-05", true},
		{" 2022.12.01 ", "2022-12-01", true},
		{"2022-02-30", "", false},
		{"六月", "", false},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			got, ok := editor.ParseDate(c.in)
			if ok != c.ok || (ok && got.Format("2006-01-02") != c.want) {
				t.Errorf("editor.ParseDate(%q) = %v %v, want %s %v", c.in, got, ok, c.want, c.ok)
			}
		})
	}
}

func TestImportProblemNamesTheProblem(t *testing.T) {
	setupLanguage("zh")
	cases := []struct {
		err  error
		want string
	}{
		{fmt.Errorf("read a.txt: %w", intake.ErrEmpty), "文件是空的"},
		{intake.ErrDocxNotZip, "不是 Word .docx 文件（可能已损坏或没有下载完整）"},
		{errors.New("disk on fire"), "disk on fire"},
	}
	for _, c := range cases {
		if got := importProblem(c.err); got != c.want {
			t.Errorf("importProblem(%v) = %q, want %q", c.err, got, c.want)
		}
	}
}

// Leaving a screen takes the cursor out of its fields: the edit waiting for
// the pause is written at once, and keys typed next never go on into a field
// that is no longer on screen.
func TestSwitchingScreenLeavesTheField(t *testing.T) {
	u, ar := newDeskTestUI(t)
	addTestSubmissions(t, ar, &editor.Submission{Title: "来稿", Text: "正文。"})
	u.subs.reload()
	u.subs.selectSubmission(allSubmissions(t, ar)[0].ID)
	u.clock = &fakeClock{now: time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)} // saves wait for the pause in typing, as in the app
	u.win.Canvas().Focus(u.subs.detail.title)
	test.Type(u.subs.detail.title, "新")
	u.showKey(keyIssues) // 检索 takes the cursor into its query (TestSearchScreenTakesTheCursor)
	if f := u.win.Canvas().Focused(); f != nil {
		t.Errorf("after switching to 档案 the keyboard is still in %T", f)
	}
	if got := allSubmissions(t, ar)[0].Title; !strings.Contains(got, "新") {
		t.Errorf("title %q: the edit was not written on leaving the screen", got)
	}
	if f := u.win.Canvas().Focused(); f != nil { // where the window sends the next key
		f.TypedRune('错')
	}
	u.jobs.flushAll()
	if got := allSubmissions(t, ar)[0].Title; strings.Contains(got, "错") {
		t.Errorf("title %q: keys typed on 档案 went into the hidden submission", got)
	}
}

// Deleting a submission an item adopted says why it cannot go.
func TestDeleteAdoptedSubmissionExplained(t *testing.T) {
	u, ar := newDeskTestUI(t)
	is := bIssueWithItems(t, ar)
	addTestSubmissions(t, ar, &editor.Submission{Title: "来稿", Text: "甲县开展党员积分管理。做法。"})
	sub := allSubmissions(t, ar)[0]
	if _, err := ar.AdoptSubmission(context.Background(), sub.ID, is.Sections[0].ID); err != nil {
		t.Fatal(err)
	}
	u.subs.reload()
	u.subs.selectSubmission(sub.ID)
	u.subs.detail.onDelete()
	bTap(t, u, "删除")
	if !bDialogSays(u, "已被条目采用") {
		t.Errorf("refused delete of an adopted submission not explained")
	}
}
