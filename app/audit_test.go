package app

import (
	"strings"
	"testing"

	"github.com/bulletindesk/bulletindesk/editor"
)

// 操作记录 shows a restore's date as the UI shows dates, not the ISO form
// the archive keeps, and without its stray spaces: it read
// 「恢复到 2026-12-01 19:17 最初 的版本」 (review R14).
func TestAuditDetailShowsTheDateAsTheUIDoes(t *testing.T) {
	u, _ := newComposeTestUI(t)
	u.lang = "zh"
	day, _ := editor.ParseDate("2026-12-01")
	cases := []struct {
		name, detail string
		has          []string
		hasNot       []string
	}{
		{"first text", "恢复到 2026-12-01 19:17 最初 的版本", []string{u.dateLabel(day) + " 19:17", "最初的文字"}, []string{"2026-12-01", " 的", "最初 "}},
		{"a login's", "恢复到 2026-12-01 09:05 liwei 的版本", []string{u.dateLabel(day) + " 09:05", "liwei"}, []string{"2026-12-01", " 的"}},
		{"other detail", "第3期 △甲县开展党员积分管理", []string{"第3期 △甲县开展党员积分管理"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := u.auditDetail(editor.AuditEntry{Action: editor.AuditRestore, Kind: "item", Detail: c.detail})
			for _, w := range c.has {
				if !strings.Contains(got, w) {
					t.Errorf("got %q, want it to hold %q", got, w)
				}
			}
			for _, w := range c.hasNot {
				if strings.Contains(got, w) {
					t.Errorf("got %q, want no %q in it", got, w)
				}
			}
		})
	}
}
