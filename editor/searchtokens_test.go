package editor

import "testing"

func TestSearchTokens(t *testing.T) {
	tests := []struct{ text, doc string }{
		{"村级联合党委", "村级 级联 联合 合党 党委 委"},
		{"2021 年，试点", "2021 年 试点 点"},
		{"年 村均\n增收", "年村 村均 均增 增收 收"},
		{"hello world", "hello world"},
		{"GDP增长32%", "gdp 增长 长 32"},
		{"夜校、夜访", "夜校 校 夜访 访"},
		{"党", "党"},
		{"，。", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := searchDocTokens(tt.text); got != tt.doc {
				t.Errorf("searchDocTokens(%q) = %q, want %q", tt.text, got, tt.doc)
			}
		})
	}
}

func TestSearchMatchExpr(t *testing.T) {
	tests := []struct{ query, want string }{
		{"党委", `"党委"`},
		{"党", `"党" *`},
		{"村级联合党委", `"村级 级联 联合 合党 党委"`},
		{"2021年", `"2021 年" *`},
		{"夜校、夜访", `"夜校 校 夜访"`},
		{"GDP", `"gdp" *`},
		{"联合党委 GDP", `"联合 合党 党委 委 gdp" *`},
		{"  ，", ""},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			if got := searchMatchExpr(tt.query); got != tt.want {
				t.Errorf("searchMatchExpr(%q) = %s, want %s", tt.query, got, tt.want)
			}
		})
	}
}
