package editor

import (
	"os"
	"slices"
	"strings"
	"testing"
)

func TestSearchTokens(t *testing.T) {
	tests := []struct{ text, doc, chars string }{
		{"村级联合党委", "村 村级 级联 联合 合党 党委 委", "党 合 委 村 级 联"},
		{"2021 年，试点", "2021 年 试 试点 点", "年 点 试"},
		{"年 村均\n增收", "年 年村 村均 均增 增收 收", "均 增 年 收 村"},
		{"hello world", "hello world", ""},
		{"GDP增长32%", "gdp 增 增长 长 32", "增 长"},
		{"夜校、夜访", "夜 夜校 校 夜 夜访 访", "夜 校 访"},
		{"“1+5”模式", "1 ＋ 5 模 模式 式", "式 模"},
		{"ＧＤＰ增长３．５％", "gdp 增 增长 长 3 ． 5", "增 长"},
		{"党", "党", "党"},
		{"，。", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := searchDocTokens(tt.text); got != tt.doc {
				t.Errorf("searchDocTokens(%q) = %q, want %q", tt.text, got, tt.doc)
			}
			if got := searchDocChars(tt.text); got != tt.chars {
				t.Errorf("searchDocChars(%q) = %q, want %q", tt.text, got, tt.chars)
			}
		})
	}
}

// The query's FTS5 expression on SQLite (submission_chars for one character).
func TestParseSearchQuery(t *testing.T) {
	tests := []struct{ query, want string }{
		{"党委", `"党委"`},
		{"党", `submission_chars "党"`},
		{"“党”", `submission_chars "党"`},
		{"村级联合党委", `"村级 级联 联合 合党 党委"`},
		{"2021年", `"2021 年"`},
		{"2021年度", `"2021 年 年度"`},
		{"夜校、夜访", `"夜校 校 夜 夜访" OR "夜校 校夜 夜访"`},
		{"党建-联盟", `"党建 建 联 联盟" OR "党建 建联 联盟"`},
		{"GDP", `"gdp" *`},
		{"1+5", `"1 ＋ 5" *`},
		{"“1+5”", `"1 ＋ 5"`},
		{`"1+5"`, `"1 ＋ 5"`},
		{"联合党委 GDP", `"联合 合党 党委 委 gdp" *`},
		{"  ，", ""},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			table, got := sqliteEngine.match(parseSearchQuery(tt.query), HitSubmission)
			if table == "submission_chars" {
				got = table + " " + got
			}
			if got != tt.want {
				t.Errorf("parseSearchQuery(%q) = %s, want %s", tt.query, got, tt.want)
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
	f.Add("“1+5”模式，党建-联盟", 1, 9)
	f.Add("第1期刊发", 1, 3)
	f.Fuzz(func(t *testing.T, text string, i, j int) {
		runes := []rune(text)
		if len(runes) == 0 || i < 0 || j <= i || j > len(runes) {
			return
		}
		if i > 0 && isSearchWord(foldSearchRune(runes[i])) && isSearchWord(foldSearchRune(runes[i-1])) {
			return // starts inside a word: words are matched from their start
		}
		query := string(runes[i:j])
		segs := searchSegments(query)
		if len(segs) == 0 {
			return
		}
		if q := parseSearchQuery(query); q.char != 0 {
			if !slices.Contains(strings.Fields(searchDocChars(text)), string(q.char)) {
				t.Errorf("%q not found in the characters of %q", query, text)
			}
			return
		}
		q := searchPhrase(segs)
		prefix := segs[len(segs)-1].kind == segWord
		doc := strings.Fields(searchDocTokens(text))
		if !searchTestPhraseAt(doc, q, prefix) {
			t.Errorf("%q not found in %q: query %v (prefix %v), document %v", query, text, q, prefix, doc)
		}
	})
}

// BenchmarkSearchDocTokens tokenises a real-shaped bulletin page (both indexes' text).
func BenchmarkSearchDocTokens(b *testing.B) {
	page, err := os.ReadFile("../../shared/samples/bulletin-page.txt")
	if err != nil {
		b.Skip(err)
	}
	text := string(page)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		searchDocTokens(text)
		searchDocChars(text)
	}
}
