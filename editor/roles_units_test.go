package editor

import (
	"context"
	"errors"
	"testing"
)

// TestEditorImportAddsANewUnit (review B1): on the office archive a 编辑's
// import of a 来稿 and of an issue from a unit the archive does not know yet
// creates the unit, as on a local file ("a first submission from an unknown
// unit may add it"); it used to fail with permission denied on
// unit_aliases, the whole batch lost.
func TestEditorImportAddsANewUnit(t *testing.T) {
	ctx := context.Background()
	owner, logins, open := rolesTestLogins(t)
	ed := open(logins["editor"])
	subs := []*Submission{{Title: "东山乡推进田间党课", Text: "全乡累计培训村干部120人次。（东山乡党委供稿）", Source: "n1.txt"}}
	if err := ed.AddSubmissions(ctx, subs); err != nil {
		t.Fatalf("the editor's import of a 来稿 from a new unit: %v", err)
	}
	is := &Issue{Sections: []Section{{Name: "市内信息", Items: []Item{
		{Lead: "西坪镇开展党员冬训。", Body: "全镇参训党员560人。", Attribution: "西坪镇党委"}}}}}
	if err := ed.ImportIssue(ctx, is); err != nil {
		t.Fatalf("the editor's import of an issue from a new unit: %v", err)
	}
	units, err := owner.Units(ctx)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int64{}
	for _, u := range units {
		got[u.Name] = u.ID
	}
	for _, name := range []string{"东山乡党委", "西坪镇党委"} {
		if got[name] == 0 {
			t.Errorf("unit %s was not created; units: %v", name, units)
		}
	}
	if subs[0].UnitID == 0 || subs[0].UnitID != got["东山乡党委"] {
		t.Errorf("the 来稿 is credited to unit %d, want 东山乡党委 (%d)", subs[0].UnitID, got["东山乡党委"])
	}
}

// TestRefusedNewUnitNamesFileAndUnit: when the server does refuse a new
// unit (IT took INSERT away), the error names the file and the unit.
func TestRefusedNewUnitNamesFileAndUnit(t *testing.T) {
	ctx := context.Background()
	owner, logins, open := rolesTestLogins(t)
	if _, err := owner.db.ExecContext(ctx, `DO $$ BEGIN EXECUTE format('REVOKE INSERT ON units FROM %I',
		(SELECT name FROM bd_roles WHERE code = 'editor')); END $$`); err != nil {
		t.Fatal(err)
	}
	ed := open(logins["editor"])
	subs := []*Submission{{Title: "东山乡推进田间党课", Text: "全乡累计培训村干部120人次。（东山乡党委供稿）", Source: "n1.txt"}}
	err := ed.AddSubmissions(ctx, subs)
	var ue *NewUnitError
	if !errors.As(err, &ue) || !errors.Is(err, ErrDenied) {
		t.Fatalf("err = %v, want a NewUnitError that is ErrDenied", err)
	}
	if ue.Unit != "东山乡党委" || ue.Source != "n1.txt" {
		t.Errorf("the refusal names unit %q from %q, want 东山乡党委 from n1.txt", ue.Unit, ue.Source)
	}
}

// TestRoleCheckedBeforeStage (review B3): an editor told to sign a draft
// learns it is the role, not the stage.
func TestRoleCheckedBeforeStage(t *testing.T) {
	ctx := context.Background()
	owner, logins, open := rolesTestLogins(t)
	is := workflowTestIssue(t, owner)
	err := open(logins["editor"]).StepIssue(ctx, is.ID, ActionSign, "", Date{})
	var re *RoleError
	if !errors.As(err, &re) || errors.Is(err, ErrWrongStage) {
		t.Fatalf("an editor signing a draft: err = %v, want a RoleError, not the stage", err)
	}
	if re.Login != logins["editor"] || len(re.Need) != 1 || re.Need[0] != RoleSigner {
		t.Errorf("RoleError = %+v, want the editor lacking 签发", re)
	}
}
