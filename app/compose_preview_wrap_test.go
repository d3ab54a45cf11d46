package app

import (
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
)

// The preview (and 档案 阅读) wraps by the Chinese rules: at every width no
// line starts with ，。、 or ends with “（, 2019 and 98.6% stay whole, and the
// text shown is the text given, line breaks aside.
func TestIssueTextWrapsByChineseRules(t *testing.T) {
	test.NewTempApp(t)
	para := "　　△青阳县推行“村事夜议”，每月固定两个晚上召开议事会（每次约2小时），2019年以来办结率达98.6%。"
	src := "组工信息\n中共江州市委组织部编        2023年4月18日\n\n" + strings.Repeat(para, 6) + "\n" + para
	l := issueTextLabel(src)
	for w := float32(150); w <= 600; w += 13 {
		l.Resize(fyne.NewSize(w, 400))
		lines := strings.Split(l.Text, "\n")
		for i, ln := range lines {
			if ln == "" {
				continue
			}
			first, _ := utf8.DecodeRuneInString(ln)
			last, _ := utf8.DecodeLastRuneInString(ln)
			if strings.ContainsRune("，。、；：？！）》」』”’", first) || strings.ContainsRune("（《「『“‘", last) {
				t.Fatalf("width %.0f, line %d breaks a rule: %q", w, i, ln)
			}
			if strings.HasSuffix(ln, "201") || strings.HasSuffix(ln, "98.") || strings.HasSuffix(ln, "98") {
				t.Fatalf("width %.0f, line %d cuts a number: %q", w, i, ln)
			}
		}
		noBreaks := strings.NewReplacer("\n", "", " ", "") // spaces at a break vanish, as in print
		if noBreaks.Replace(l.Text) != noBreaks.Replace(src) {
			t.Fatalf("width %.0f: the text changed", w)
		}
		if len(lines) < 4 {
			t.Fatalf("width %.0f: %d lines, not wrapped", w, len(lines))
		}
	}
	if l.Source != src {
		t.Error("Source is not the text given")
	}
	l.Resize(fyne.NewSize(900, 400))
	if !strings.Contains(l.Text, "部编        2023年") {
		t.Error("spaces inside a line are not kept")
	}
}

// The preview's rows in sight show the text as typed: a row is drawn anew
// only when its text changed, so the rows typing left alone are kept and
// the one typed in is not.
func TestComposePreviewRowsFollowTyping(t *testing.T) {
	u, ar := newComposeTestUI(t)
	s := composeOf(t, u)
	is := bFindIssue(t, ar)
	u.openIssue(is.ID)
	u.showKey(keyCompose)
	drawn := func() string {
		var b strings.Builder
		bWalk(s.preview.lines, func(o fyne.CanvasObject) bool {
			if tx, ok := o.(*canvas.Text); ok {
				b.WriteString(tx.Text + "\n")
			}
			return false
		})
		return b.String()
	}
	before := drawn()
	if !strings.Contains(before, "△甲县建立周例会。") {
		t.Fatalf("the preview does not show the first lead:\n%s", before)
	}
	ie := s.editors[is.Sections[0].Items[0].ID]
	s.u.win.Canvas().Focus(ie.lead)
	ie.lead.CursorColumn = 2
	test.Type(ie.lead, "全")
	s.preview.update()
	after := drawn()
	if !strings.Contains(after, "△甲县全建立周例会。") || strings.Contains(after, "△甲县建立周例会。") {
		t.Errorf("after typing 全 into the lead the preview shows:\n%s", after)
	}
	if strings.Count(after, "\n") != strings.Count(before, "\n") {
		t.Errorf("the preview drew %d rows after typing, %d before", strings.Count(after, "\n"), strings.Count(before, "\n"))
	}
}
