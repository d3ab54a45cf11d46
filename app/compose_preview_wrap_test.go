package app

import (
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
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
