package editor

import (
	"strings"
	"testing"
)

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
			if got := sqliteEngine.matchExpr(tt.query); got != tt.want {
				t.Errorf("matchExpr(%q) = %s, want %s", tt.query, got, tt.want)
			}
		})
	}
}

// searchTestPhraseAt says whether the query tokens occur in the document
// tokens as FTS5 matches a phrase: consecutive, the last one maybe a prefix.
func searchTestPhraseAt(doc, q []string, prefix bool) bool {
	for k := 0; k+len(q) <= len(doc); k++ {
		ok := true
		for m, tok := range q {
			last := m == len(q)-1
			if doc[k+m] != tok && !(last && prefix && strings.HasPrefix(doc[k+m], tok)) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// FuzzSearchFindsSubstrings: any piece of a text that does not start inside
// a word of Latin letters or digits is found in it by the index's phrase.
func FuzzSearchFindsSubstrings(f *testing.F) {
	f.Add("怀宁县积极推进村级联合党委建设，2021 年村均增收 5 万元。", 4, 9)
	f.Add("依托夜校、夜访、夜市等载体", 2, 7)
	f.Add("GDP增长32%，5G基站 12 座", 0, 6)
	f.Add("党", 0, 1)
	f.Fuzz(func(t *testing.T, text string, i, j int) {
		runes := []rune(text)
		if len(runes) == 0 || i < 0 || j <= i || j > len(runes) {
			return
		}
		if i > 0 && !isSearchCJK(runes[i]) && isSearchWordRune(runes[i]) && isSearchWordRune(runes[i-1]) && !isSearchCJK(runes[i-1]) {
			return // starts inside a word: words are matched from their start
		}
		query := string(runes[i:j])
		q, prefix := searchQueryTokens(query)
		if len(q) == 0 {
			return
		}
		doc := strings.Fields(searchDocTokens(text))
		if !searchTestPhraseAt(doc, q, prefix) {
			t.Errorf("%q not found in %q: query %v (prefix %v), document %v", query, text, q, prefix, doc)
		}
	})
}
