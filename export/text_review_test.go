package export

import (
	"strings"
	"testing"

	"github.com/bulletindesk/bulletindesk/editor"
)

// Shapes an independent review of the intake found misread (issue 10,
// review section A), each in our own words.

func TestMastheadUnitWithoutBian(t *testing.T) {
	const item = "\n△南坪县开展党员轮训。全县分五批完成轮训。（南坪县委组织部）\n"
	tests := []struct {
		name, top string
		number    int
		total     int
		date      string
		unit      string
	}{
		{"full-width spaces", "南坪组工\n中共南坪市委组织部　　第4期(总第52期)　　2024年5月7日", 4, 52, "2024-05-07", "中共南坪市委组织部"},
		{"ascii spaces, full-width brackets", "南坪组工\n中共南坪市委组织部 第4期（总第52期） 2024年5月7日", 4, 52, "2024-05-07", "中共南坪市委组织部"},
		{"no 总第", "南坪组工\n中共南坪市委组织部 第4期 2024年5月7日", 4, 0, "2024-05-07", "中共南坪市委组织部"},
		{"unit and number, no date", "南坪组工\n中共南坪市委组织部　第4期", 4, 0, "none", "中共南坪市委组织部"},
		{"university, parent line", "南坪师范学院\n组 工 简 报\n党委组织部　　第4期(总第52期)　　2024年5月7日", 4, 52, "2024-05-07", "南坪师范学院党委组织部"},
		{"unit on its own line", "南坪组工\n中共南坪市委组织部\n第4期(总第52期)\n2024年5月7日", 4, 52, "2024-05-07", "中共南坪市委组织部"},
		{"with 编 as before", "南坪组工\n中共南坪市委组织部编　第4期(总第52期)　2024年5月7日", 4, 52, "2024-05-07", "中共南坪市委组织部"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			is, err := ReadIssue(strings.NewReader(tt.top + "\n" + item))
			if err != nil {
				t.Fatal(err)
			}
			date := "none"
			if !is.Date.IsZero() {
				date = is.Date.Format(editor.DateLayout)
			}
			if is.Number != tt.number || is.TotalNumber != tt.total || date != tt.date || is.EditingUnit != tt.unit {
				t.Errorf("got 第%d期 总第%d期 %s unit %q, want 第%d期 总第%d期 %s unit %q",
					is.Number, is.TotalNumber, date, is.EditingUnit, tt.number, tt.total, tt.date, tt.unit)
			}
			if len(is.Sections) != 1 || len(is.Sections[0].Items) != 1 {
				t.Errorf("want the one item, got %d sections", len(is.Sections))
			}
		})
	}
}
