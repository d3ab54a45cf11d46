package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
)

// TestSettingsPDFFontsWrapByTheChineseRules: the 设置 line saying which
// font stands in for one the machine lacks never puts its closing ） alone
// at the start of a row, at any width (review G5: at 1024×700 「…以此替代」
// then 「）」 on the next row).
func TestSettingsPDFFontsWrapByTheChineseRules(t *testing.T) {
	u, _ := newComposeTestUI(t)
	u.showKey(keySettings)
	l := u.settings.pdfFonts
	l.SetText("正文：仿宋_GB2312 → DroidSansFallbackFull.ttf（本机没有该字体，以此替代）\n栏目与标题句：黑体 → DroidSansFallbackFull.ttf（本机没有该字体，以此替代）")
	for w := float32(120); w <= 600; w += 7 {
		l.Resize(fyne.NewSize(w, l.MinSize().Height))
		for _, row := range strings.Split(l.label.Text, "\n") {
			if strings.HasPrefix(row, "）") || strings.HasPrefix(row, "，") {
				t.Fatalf("at %.0f px a row starts with a closing mark: %q", w, row)
			}
		}
	}
}
