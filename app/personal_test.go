package app

import (
	"context"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/bulletindesk/bulletindesk/editor"
)

// One person choosing English and the dark look changes their own window,
// not the next person's on the same archive (reviewer F22: on the office
// archive the choice was one row for everyone).
func TestLanguageAndThemeArePersonal(t *testing.T) {
	u, ar := newDeskTestUI(t)
	u.showKey(keySettings)
	u.settings.language.SetSelected("English")
	u.settings.themeSel.SetSelected("深色")

	other := test.NewTempApp(t)
	other.Preferences().SetString(prefLanguage, "zh") // the second person chose Chinese before
	w := test.NewWindow(nil)
	t.Cleanup(w.Close)
	v := newUI(other, ar, w)
	if v.lang != "zh" {
		t.Errorf("the second person's window is in %q, want zh", v.lang)
	}
	if l, th := personalLook(other); l != "zh" || th != "" {
		t.Errorf("the second person's look = %q %q, want zh and the system's theme", l, th)
	}
	setupLanguage("zh")
}

// A local archive of an earlier version, which kept the language and theme,
// gives them to the person once; later choices are the person's.
func TestEarlierArchiveLookIsAdoptedOnce(t *testing.T) {
	ctx := context.Background()
	ar, err := editor.Open(ctx, t.TempDir()+"/archive.db")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ar.Close() })
	p, _ := ar.Preferences(ctx)
	p.Language, p.Theme = "en", "dark"
	if err := ar.SavePreferences(ctx, p); err != nil {
		t.Fatal(err)
	}
	a := test.NewTempApp(t)
	adoptArchiveLook(a, ar, p)
	if l, th := personalLook(a); l != "en" || th != "dark" {
		t.Errorf("after the first start: %q %q, want en dark from the archive", l, th)
	}
	setPersonalLook(a, "zh", "light")
	adoptArchiveLook(a, ar, p)
	if l, th := personalLook(a); l != "zh" || th != "light" {
		t.Errorf("after the person chose zh light: %q %q (the archive's old value came back)", l, th)
	}
}
