package app

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/editor"
)

func unitsIn(t *testing.T, ar *editor.Archive) []editor.Unit {
	t.Helper()
	units, err := ar.Units(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return units
}

func TestUnitsAddEditDelete(t *testing.T) {
	u, ar := newDeskTestUI(t)
	u.showKey(keyUnits)
	s := u.units
	s.addUnit("怀宁县委组织部")
	s.addUnit("太湖县委组织部")
	if got := unitsIn(t, ar); len(got) != 2 || got[0].Name != "怀宁县委组织部" || !got[0].Active {
		t.Fatalf("units after adding = %+v", got)
	}

	s.table.Select(widgetCell(0))
	test.Type(s.short, "怀宁县")
	s.aliases.SetText("怀宁县委组织部办公室，怀宁组工")
	s.active.SetChecked(false)
	got := unitsIn(t, ar)[0]
	if got.ShortName != "怀宁县" || len(got.Aliases) != 2 || got.Aliases[1] != "怀宁组工" || got.Active {
		t.Errorf("unit after editing = %+v", got)
	}

	s.name.SetText("")
	if unitsIn(t, ar)[0].Name != "怀宁县委组织部" || s.status.Text == "" {
		t.Errorf("an empty name was saved or not explained: %q", s.status.Text)
	}
	s.name.SetText("怀宁县委组织部")

	// a unit that a submission credits cannot be deleted
	taihu := unitsIn(t, ar)[1]
	addTestSubmissions(t, ar, &editor.Submission{Title: "太湖稿", Text: "太湖县开展培训。", UnitID: taihu.ID})
	s.deleteUnit(taihu.ID)
	if len(unitsIn(t, ar)) != 2 {
		t.Errorf("a unit in use was deleted")
	}
	s.deleteUnit(unitsIn(t, ar)[0].ID)
	if got := unitsIn(t, ar); len(got) != 1 || got[0].ID != taihu.ID {
		t.Errorf("units after deleting 怀宁 = %+v", got)
	}
	if len(s.units) != 1 {
		t.Errorf("the table shows %d units, want 1", len(s.units))
	}
}

// A cleared name keeps only itself out of the archive: aliases typed while
// it is empty are saved and survive selecting another unit.
func TestUnitsEmptyNameSavesTheRest(t *testing.T) {
	u, ar := newDeskTestUI(t)
	u.showKey(keyUnits)
	s := u.units
	s.addUnit("怀宁县委组织部")
	s.addUnit("太湖县委组织部")
	s.table.Select(widgetCell(0))
	s.name.SetText("")
	s.aliases.SetText("怀宁组工")
	s.table.Select(widgetCell(1))
	got := unitsIn(t, ar)[0]
	if got.Name != "怀宁县委组织部" || len(got.Aliases) != 1 || got.Aliases[0] != "怀宁组工" {
		t.Errorf("unit %+v: want the stored name and the alias typed meanwhile", got)
	}
}

// Renaming a unit to the name of another says so in words.
func TestUnitsDuplicateNameInWords(t *testing.T) {
	u, _ := newDeskTestUI(t)
	u.showKey(keyUnits)
	s := u.units
	s.addUnit("怀宁县委组织部")
	s.addUnit("太湖县委组织部")
	s.table.Select(widgetCell(1))
	s.name.SetText("怀宁县委组织部")
	if got := s.status.Text; !strings.Contains(got, "同名") || strings.Contains(got, "already") {
		t.Errorf("status %q", got)
	}
}

func TestNewUnitDialogTakesNameAndEnter(t *testing.T) {
	u, ar := newDeskTestUI(t)
	u.showKey(keyUnits)
	u.units.onAdd()
	e, ok := u.win.Canvas().Focused().(*widget.Entry)
	if !ok {
		t.Fatalf("the 新增单位 dialog leaves the cursor in %T, want its name", u.win.Canvas().Focused())
	}
	if w, want := e.Size().Width, fyne.MeasureText("如：怀宁县委组织部", e.Theme().Size(theme.SizeNameText), fyne.TextStyle{}).Width; w < want {
		t.Errorf("the name field is %v wide, too narrow for a unit's name (%v)", w, want)
	}
	e.SetText("望江县委组织部")
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if got := unitsIn(t, ar); len(got) != 1 || got[0].Name != "望江县委组织部" {
		t.Errorf("units after Enter = %+v", got)
	}
}

// Renaming a unit keeps its old name as an alias, once, so pieces written
// under the old name still credit it; the names typed on the way are not kept.
func TestUnitsRenameKeepsOldName(t *testing.T) {
	u, ar := newDeskTestUI(t)
	u.showKey(keyUnits)
	s := u.units
	s.addUnit("江州市人事局")
	s.table.Select(widgetCell(0))
	s.name.SetText("")
	test.Type(s.name, "江州市人社局")
	got := unitsIn(t, ar)[0]
	if got.Name != "江州市人社局" || strings.Join(got.Aliases, "，") != "江州市人事局" {
		t.Errorf("renamed unit = %q aliases %q, want 江州市人社局 with alias 江州市人事局", got.Name, got.Aliases)
	}
	if s.aliases.Text != "江州市人事局" {
		t.Errorf("aliases field shows %q, want the old name", s.aliases.Text)
	}
	s.aliases.SetText("")
	if got := unitsIn(t, ar)[0]; len(got.Aliases) != 0 {
		t.Errorf("the editor removed the alias but it came back: %q", got.Aliases)
	}
}

// TestNewUnitGroupFromName: every new unit went into 县区, 市委网信办 too.
func TestNewUnitGroupFromName(t *testing.T) {
	u, ar := newDeskTestUI(t)
	u.showKey(keyUnits)
	for _, name := range []string{"市委网信办", "望江县委组织部", "国网江州供电公司"} {
		u.units.addUnit(name)
	}
	want := map[string]string{"市委网信办": "市直", "望江县委组织部": "县区", "国网江州供电公司": "其他"}
	for _, un := range unitsIn(t, ar) {
		if un.Group != want[un.Name] {
			t.Errorf("new unit %s is in group %q, want %q", un.Name, un.Group, want[un.Name])
		}
	}
}

// TestUnitsAddNamesAnExistingUnit (review F38): with 中共石桥县委组织部 (简称
// 石桥县) in 单位, 新增单位 石桥县委组织部 asks first; 转到已有单位 selects
// the existing one and adds nothing, 仍然新增 adds it as asked.
func TestUnitsAddNamesAnExistingUnit(t *testing.T) {
	u, ar := newDeskTestUI(t)
	if err := ar.SaveUnit(context.Background(), &editor.Unit{Name: "中共石桥县委组织部", ShortName: "石桥县", Active: true}); err != nil {
		t.Fatal(err)
	}
	u.showKey(keyUnits)
	s := u.units
	s.reload()
	for _, c := range []struct {
		answer string
		want   int
	}{{"转到已有单位", 1}, {"仍然新增", 2}} {
		t.Run(c.answer, func(t *testing.T) {
			s.addUnit("石桥县委组织部")
			if got := overlayTexts(u); !strings.Contains(got, "已有“中共石桥县委组织部”") {
				t.Fatalf("新增单位 石桥县委组织部 shows %q, want it to name 中共石桥县委组织部", got)
			}
			tapOverlayButton(t, u, c.answer)
			if got := unitsIn(t, ar); len(got) != c.want {
				t.Errorf("units after %s = %d, want %d", c.answer, len(got), c.want)
			}
			if c.want == 1 && (s.sel != 0 || s.name.Text != "中共石桥县委组织部") {
				t.Errorf("转到已有单位 selected row %d (%q), want 中共石桥县委组织部", s.sel, s.name.Text)
			}
		})
	}
}

// tapOverlayButton taps the top dialog's button labelled text.
func tapOverlayButton(t *testing.T, u *ui, text string) {
	t.Helper()
	var b *widget.Button
	bWalk(u.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) bool {
		if w, ok := o.(*widget.Button); ok && w.Text == text {
			b = w
		}
		return b != nil
	})
	if b == nil {
		t.Fatalf("no button %q in the dialog", text)
	}
	test.Tap(b)
}
