package app

import (
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/theme"

	"github.com/bulletindesk/bulletindesk/editor"
)

func TestHasCJKFont(t *testing.T) {
	cases := []struct {
		file string
		want bool
	}{
		{"truetype/wqy/wqy-microhei.ttc", true},
		{"opentype/noto/NotoSansCJK-Regular.ttc", true},
		{"truetype/droid/DroidSansFallbackFull.ttf", true},
		{"truetype/dejavu/DejaVuSans.ttf", false},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			dir := t.TempDir()
			p := filepath.Join(dir, c.file)
			os.MkdirAll(filepath.Dir(p), 0o755)
			os.WriteFile(p, nil, 0o644)
			if got := hasCJKFont([]string{dir, filepath.Join(dir, "missing")}); got != c.want {
				t.Errorf("got %v, want %v", got, c.want)
			}
		})
	}
}

func TestSubmissionPagesStayBounded(t *testing.T) {
	s := &submissionsScreen{pages: map[int][]editor.Submission{}, asked: map[int]bool{}}
	for p := 0; p <= 20; p++ {
		s.pages[p], s.asked[p] = []editor.Submission{{ID: int64(p)}}, true
		s.evictPages(p)
	}
	if len(s.pages) != subPagesKept || len(s.asked) != subPagesKept {
		t.Errorf("kept %d pages (%d asked), want %d", len(s.pages), len(s.asked), subPagesKept)
	}
	if _, ok := s.pages[20]; !ok {
		t.Error("the page in view was dropped")
	}
	if _, ok := s.pages[0]; ok {
		t.Error("the farthest page was kept")
	}
}

// TestFollowSystemIsLightWithoutDesktopAnswer: on Linux without a desktop
// theme Fyne reports dark, and the window opened dark.
func TestFollowSystemIsLightWithoutDesktopAnswer(t *testing.T) {
	if !systemSaysNothing {
		t.Skip("the system always answers light or dark here")
	}
	systemDark.Store(false)
	th := newDeskTheme("")
	light := theme.DefaultTheme().Color(theme.ColorNameBackground, theme.VariantLight)
	if got := th.Color(theme.ColorNameBackground, theme.VariantDark); got != light {
		t.Errorf("following a silent system gives background %v, want light %v", got, light)
	}
	systemDark.Store(true)
	defer systemDark.Store(false)
	dark := theme.DefaultTheme().Color(theme.ColorNameBackground, theme.VariantDark)
	if got := newDeskTheme("").Color(theme.ColorNameBackground, theme.VariantDark); got != dark {
		t.Errorf("a desktop that prefers dark gets background %v, want dark %v", got, dark)
	}
}
