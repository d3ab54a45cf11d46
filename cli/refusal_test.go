package cli

import (
	"fmt"
	"testing"

	"github.com/bulletindesk/bulletindesk/editor"
)

// TestRefusalsInChinese (review B2/B3): a refusal by role says once, in
// the review's words, which role is missing and who to ask — no English
// internals repeated behind it.
func TestRefusalsInChinese(t *testing.T) {
	denied := fmt.Errorf("postgres://zhangmin@/bulletin: %w (%w)", editor.ErrDenied, &editor.NewUnitError{Unit: "东山乡党委", Source: "n1.txt", Err: editor.ErrDenied})
	tests := []struct {
		name string
		err  error
		want string
	}{
		{"review", fmt.Errorf("review issue 47: %w", &editor.RoleError{Login: "zhangmin", What: "review", Need: []editor.Role{editor.RoleReviewer}}),
			"审核需要“审核”角色，zhangmin 没有（请管理员在“用户”中授予）"},
		{"sign", &editor.RoleError{Login: "liwei", What: "sign", Need: []editor.Role{editor.RoleSigner}},
			"签发需要“签发”角色，liwei 没有（请管理员在“用户”中授予）"},
		{"return", &editor.RoleError{Login: "zhangmin", What: "return", Need: []editor.Role{editor.RoleReviewer, editor.RoleSigner}},
			"退回需要“审核”或“签发”角色，zhangmin 没有（请管理员在“用户”中授予）"},
		{"roles", &editor.RoleError{Login: "zhangmin", What: "roles", Need: []editor.Role{editor.RoleAdmin}},
			"更改角色需要“管理员”角色，zhangmin 没有（请管理员在“用户”中授予）"},
		{"new unit", denied, "n1.txt：新单位“东山乡党委”未能加入档案：你的角色不允许（请管理员在“单位”中先添加它，再导入）；什么也没有保存"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := cliRefusal(tt.err)
			if !ok || got != tt.want {
				t.Errorf("got %q, %v; want %q", got, ok, tt.want)
			}
		})
	}
	if _, ok := cliRefusal(editor.ErrNotFound); ok {
		t.Error("a missing issue is said as a refusal")
	}
}
