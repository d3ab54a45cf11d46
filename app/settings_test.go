package app

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

func widgetCell(row int) widget.TableCellID { return widget.TableCellID{Row: row} }

func TestSettingsPersist(t *testing.T) {
	u, ar := newDeskTestUI(t)
	u.showKey(keySettings)
	s := u.settings
	s.title.SetText("组工信息（增刊）")
	test.Type(s.unit, "中共安庆市委组织部")
	s.copies.SetText("120")
	s.sections.SetText("市内信息\n工作动态\n\n市外参考\n工作动态")
	s.dist[0].SetText("省委组织部。")
	s.indent.SetChecked(false)
	s.color.SetText("#ff0000")
	s.themeSel.SetSelected("深色")
	s.language.SetSelected("English")

	ctx := context.Background()
	bs, err := ar.Bulletins(ctx)
	if err != nil || len(bs) == 0 {
		t.Fatalf("bulletins: %v %v", bs, err)
	}
	b := bs[0]
	if b.Name != "组工信息（增刊）" || b.EditingUnit != "中共安庆市委组织部" || b.CopyCount != 120 {
		t.Errorf("bulletin = %q %q %d", b.Name, b.EditingUnit, b.CopyCount)
	}
	if got, want := strings.Join(b.Sections, "|"), "市内信息|工作动态|市外参考"; got != want {
		t.Errorf("sections = %s, want %s", got, want)
	}
	if len(b.Distribution) == 0 || b.Distribution[0].Label != "报" || b.Distribution[0].Text != "省委组织部。" {
		t.Errorf("distribution = %+v", b.Distribution)
	}
	p, err := ar.Preferences(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if p.Indent || p.MastheadColor != "FF0000" || p.Theme != "" || p.Language != "" {
		t.Errorf("preferences = %+v, want the export settings and no language or theme (those are the person's)", p)
	}
	if l, th := personalLook(u.app); l != "en" || th != "dark" {
		t.Errorf("the person's language and theme = %q %q, want en dark", l, th)
	}

	// a second window on the same archive shows what was saved
	s.reload()
	if s.copies.Text != "120" || s.themeSel.Selected != "深色" {
		t.Errorf("after reload: copies %q theme %q", s.copies.Text, s.themeSel.Selected)
	}
}

// A 印数 that is not a number keeps only itself out of the archive: the
// sections typed meanwhile are saved and survive choosing another bulletin.
func TestSettingsBadCopiesSavesTheRest(t *testing.T) {
	u, ar := newDeskTestUI(t)
	u.showKey(keySettings)
	s := u.settings
	s.copies.SetText("300份")
	s.sections.SetText("市内信息\n工作动态")
	if !strings.Contains(s.status.Text, "印数") {
		t.Errorf("status %q does not explain the 印数", s.status.Text)
	}
	s.reload()
	bs, err := ar.Bulletins(context.Background())
	if err != nil || len(bs) == 0 {
		t.Fatalf("bulletins: %v %v", bs, err)
	}
	if got := strings.Join(bs[0].Sections, "|"); got != "市内信息|工作动态" {
		t.Errorf("sections %q: typed while 印数 was wrong, not saved", got)
	}
}
