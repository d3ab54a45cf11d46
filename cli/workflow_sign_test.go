package cli

import (
	"strings"
	"testing"

	"github.com/bulletindesk/bulletindesk/editor"
)

// TestSignWarnings (review B9, found-s13d item 4): 签发 without --date says
// when it keeps a back issue's date or changes the issue's date, and names
// empty 栏目 and a missing editing unit.
func TestSignWarnings(t *testing.T) {
	today := editor.Today()
	lastYear := today.AddDate(-1, 0, 0)
	full := []editor.Section{{Name: "市内信息", Items: []editor.Item{{Lead: "一条。"}}}}
	tests := []struct {
		name string
		is   editor.Issue
		day  editor.Date
		want []string
		not  []string
	}{
		{"a back issue keeps its date", editor.Issue{Year: lastYear.Year(), Date: lastYear, EditingUnit: "中共江州市委组织部", Sections: full}, editor.Date{},
			[]string{"kept the issue's own date " + lastYear.Format(editor.DateLayout)}, []string{"changes", "栏目", "editing unit"}},
		{"--date moves it", editor.Issue{Year: lastYear.Year(), Date: lastYear, EditingUnit: "中共江州市委组织部", Sections: full}, today,
			[]string{"changes from " + lastYear.Format(editor.DateLayout) + " to the 签发 day " + today.Format(editor.DateLayout)}, []string{"kept"}},
		{"an empty 栏目 and no editing unit", editor.Issue{BulletinName: "组工信息", Year: today.Year(), Date: today,
			Sections: append(full, editor.Section{Name: "市外参考"})}, editor.Date{},
			[]string{"栏目 市外参考 has no item", "组工信息 has no editing unit"}, []string{"kept", "changes"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := strings.Join(cliSignWarnings(&tt.is, tt.day), "\n")
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("got %q, want %q in it", got, w)
				}
			}
			for _, n := range tt.not {
				if strings.Contains(got, n) {
					t.Errorf("got %q, want no %q", got, n)
				}
			}
		})
	}
}

// TestArchiveCheckOnTheServer (review B5): check on an office archive says
// what it checks instead of "stat postgres://…: no such file".
func TestArchiveCheckOnTheServer(t *testing.T) {
	code, _, errOut := cliRun(t, "archive", "check", "--db", "postgres://zhangmin:secret@10.1.2.3/bulletin")
	if code != 1 || !strings.Contains(errOut, "checks a local archive file") || strings.Contains(errOut, "stat ") || strings.Contains(errOut, "secret") {
		t.Errorf("archive check on the server = %d: %s", code, errOut)
	}
}

// TestUsersListsThisArchivesOnly (review B6): logins without a role here
// (another office's people on the same server) are counted, not listed.
func TestUsersListsThisArchivesOnly(t *testing.T) {
	all := []editor.User{{Login: "bulletin_owner", Super: true}, {Login: "liwei", Roles: []editor.Role{editor.RoleAdmin}, Me: true},
		{Login: "zhangmin", Roles: []editor.Role{editor.RoleEditor}}, {Login: "guest"}, {Login: "other_office"}}
	got, unlisted := editor.ArchiveUsers(all)
	var names []string
	for _, u := range got {
		names = append(names, u.Login)
	}
	if strings.Join(names, " ") != "bulletin_owner liwei zhangmin" || unlisted != 2 {
		t.Errorf("listed %v, %d unlisted; want the owner, liwei, zhangmin and 2 unlisted", names, unlisted)
	}
}
