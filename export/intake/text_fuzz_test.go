package intake

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export/issueprint"
)

// FuzzReadIssue: no input makes ReadIssue (or ReadIssueMasthead, with
// top lines marked) panic, and whatever it returns is well formed.
func FuzzReadIssue(f *testing.F) {
	for _, path := range []string{textSamplePath, "testdata/text/issue_indented.txt", "testdata/text/issue_plain.txt"} {
		if data, err := os.ReadFile(path); err == nil {
			f.Add(data)
		}
	}
	intake, _ := filepath.Glob("testdata/intake/*.txt") // every shape of issue 10's corpus
	for _, path := range intake {
		if data, err := os.ReadFile(path); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte("组工信息\n第1期\n市内信息\n△甲。（乙县委组织部）\n报：丙。\n（共印5份）"))
	f.Add([]byte("\xff\xfe\x00"))
	f.Add([]byte("△\n△（）\n报：\n送"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if bytes.HasPrefix(data, OLEMagic) {
			return // a .doc: handed to LibreOffice (text_read_word.go), not these readers
		}
		if is, err := ReadIssue(bytes.NewReader(data)); err == nil {
			textCheckWellFormed(t, is)
		}
		// the same text with its top lines marked as the import preview
		// lets the editor mark them (roles from the first bytes)
		var roles []MastheadRole
		for _, b := range data[:min(len(data), 4)] {
			roles = append(roles, MastheadRole(b%6))
		}
		if is, _, err := ReadIssueMasthead(bytes.NewReader(data), roles); err == nil {
			textCheckWellFormed(t, is)
		}
		// read into a bulletin whose issues use these sections, and each
		// item of several paragraphs split as the import preview splits it
		known := ReadOptions{Sections: []string{"市内信息", "市外参考", "工作动态", "【经验交流】"}}
		if is, _, err := ReadIssueWith(bytes.NewReader(data), known); err == nil {
			textCheckWellFormed(t, is)
			textCheckSplits(t, is)
		}
	})
}

// textCheckSplits splits every item of two or more paragraphs at its
// second and checks that the two items hold the item's characters, its
// brackets and line breaks aside, and are well formed.
func textCheckSplits(t *testing.T, is *editor.Issue) {
	t.Helper()
	drop := strings.NewReplacer("\n", "", "（", "", "）", "", "(", "", ")", "")
	for i := range is.Sections {
		for j := len(is.Sections[i].Items) - 1; j >= 0; j-- {
			it := is.Sections[i].Items[j]
			if len(ItemParagraphs(it)) < 2 {
				continue
			}
			c := *is
			c.Sections = append([]editor.Section(nil), is.Sections...)
			c.Sections[i].Items = append([]editor.Item(nil), is.Sections[i].Items...)
			if !SplitItem(&c, i, j, 1) {
				t.Fatalf("item %d of section %d has %d paragraphs but did not split", j, i, len(ItemParagraphs(it)))
			}
			a, b := c.Sections[i].Items[j], c.Sections[i].Items[j+1]
			if got, want := drop.Replace(a.Lead+a.Body+a.Attribution+b.Lead+b.Body+b.Attribution), drop.Replace(it.Lead+it.Body+it.Attribution); got != want {
				t.Errorf("split changed the text: %q from %q", got, want)
			}
			textCheckWellFormed(t, &c)
		}
	}
}

// textCheckWellFormed: no line breaks in leads, attributions or headings;
// 字数 consistent.
func textCheckWellFormed(t *testing.T, is *editor.Issue) {
	t.Helper()
	if strings.Contains(is.BulletinName, "\n") || strings.Contains(is.EditingUnit, "\n") {
		t.Errorf("masthead with a line break: %q %q", is.BulletinName, is.EditingUnit)
	}
	for _, s := range is.Sections {
		if strings.Contains(s.Name, "\n") {
			t.Errorf("section name with a line break: %q", s.Name)
		}
		for _, it := range s.Items {
			if strings.Contains(it.Lead, "\n") || strings.Contains(it.Attribution, "\n") {
				t.Errorf("lead or attribution with a line break: %+v", it)
			}
			if want := editor.CountWords(it.Lead) + editor.CountWords(it.Body) + editor.CountWords(it.Attribution); it.Words != want {
				t.Errorf("words %d, want %d", it.Words, want)
			}
		}
	}
}

// FuzzRoundTrip: an issue built from the fuzz input, written and read
// back, is the same issue — with and without the paragraph indent.
func FuzzRoundTrip(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte("组工信息第12期"))
	f.Add(bytes.Repeat([]byte{7, 200, 13, 42, 99, 1, 0, 255}, 40))
	f.Fuzz(func(t *testing.T, data []byte) {
		// an empty 栏目 is not printed, so it does not come back (printed.go)
		want := issueprint.PrintedIssue((&textGen{b: data}).issue())
		for _, indent := range []bool{true, false} {
			var buf bytes.Buffer
			if err := WriteIssue(&buf, want, editor.Preferences{Indent: indent}); err != nil {
				t.Fatal(err)
			}
			got, err := ReadIssue(bytes.NewReader(buf.Bytes()))
			if err != nil {
				t.Fatalf("indent=%v: ReadIssue: %v\n%s", indent, err, buf.String())
			}
			if diff := textIssueDiff(got, want); diff != "" {
				t.Fatalf("indent=%v: %s\n%s", indent, diff, buf.String())
			}
		}
	})
}

// textGen builds a well-formed issue from fuzz bytes: sentences from a
// vocabulary (digits, Latin words, quotes, brackets) and raw Han
// characters, in every layout the format allows.
type textGen struct {
	b []byte
	i int
	// strict: items always end a sentence. A hard-wrapped PDF (blank
	// lines everywhere) cannot show where an item ending without 。 stops
	// and a section heading starts; our own export and e-mail can.
	strict bool
	// wholeLine: a paragraph of textGenLines was made.
	wholeLine bool
	// headline: the item being made has a headline lead over its text,
	// whose first paragraph then ends a sentence: a headline over a line
	// without its mark is two lines of a wrapped text, the one evidence
	// there is, and reads so (the limit of text_para.go).
	headline bool
}

func (g *textGen) n(k int) int {
	if g.i >= len(g.b) || k <= 1 {
		return 0
	}
	v := int(g.b[g.i]) % k
	g.i++
	return v
}

var textGenWords = []string{"党建", "引领", "乡村振兴", "基层治理", "村", "社区", "干部", "2023年", "128个", "3-5个",
	"96.5%", "IP", "Windows 10", "4A景区", "“夜”字", "《条例》", "17个村（社区）", "、", "，", "：", "——", "……",
	"APP", "e", "①", "ａｂ", "　", "通讯员 王小明", "周晓燕  电话"}

var textGenUnits = []string{"江州市青阳县委组织部", "石门区委组织部", "江州市委党校", "东溪镇党委", "市人社局", "青阳县"}

var textGenSections = []string{"市内信息", "市外参考", "经验交流", "一、工作动态", "【简讯】", "基层 动态"}

func (g *textGen) word() string {
	if g.n(4) == 0 {
		return string(rune(0x4E00 + g.n(256)*64 + g.n(64)))
	}
	return textGenWords[g.n(len(textGenWords))]
}

func (g *textGen) sentence() string {
	var b strings.Builder
	b.WriteString(string(rune(0x4E00 + g.n(200)*100))) // never starts with a mark
	for k := g.n(8); k > 0; k-- {
		b.WriteString(g.word())
	}
	b.WriteString(string(rune(0x4E00 + g.n(200)*100)))
	return b.String() + []string{"。", "！", "？", "。”"}[g.n(4)]
}

func (g *textGen) paragraph() string {
	var b strings.Builder
	for k := 1 + g.n(3); k > 0; k-- {
		b.WriteString(g.sentence())
	}
	return b.String()
}

// textGenEndings end an item's last paragraph in the shapes real items
// end (issue 10): no final punctuation, a closing bracket or quote that is
// not an attribution.
var textGenEndings = []string{"", "（试行）", "》", "”", "……"}

// textGenStarts begin paragraphs the way headings do.
var textGenStarts = []string{"一、", "（一）", "1.", "二是", "【简讯】", "△", "▲", "报：", "送:", "编者按：", `\`, `\△`, "（共印5份）",
	"◆", "●", "■"} // marks other 简报 start items with (review F28)

// textGenLines are whole paragraphs the reader would take for something
// else: a page number, the masthead, a heading (ending the item), a rule.
var textGenLines = []string{"—3—", "第2页", "组工信息", "第12期", "本期要目", "某地经验做法", "一、主要做法", "签发人：王明", "──────", `\某地`, "报：省委。"}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func (g *textGen) item() editor.Item {
	it := editor.Item{Lead: g.sentence()}
	if strings.HasSuffix(it.Lead, "。”") {
		it.Lead = strings.TrimSuffix(it.Lead, "”")
	}
	var paras []string
	for k := g.n(4); k > 0; k-- {
		p := g.paragraph()
		if g.n(5) == 0 {
			// Wrapped (strict), a line may break right before a paragraph
			// that follows the lead on its line: a △ or 报： there would be
			// a wrap no reader can tell from an item or the footer.
			p = textGenStarts[g.n(len(textGenStarts)-11*b2i(g.strict))] + p
		} else if !g.strict && !g.wholeLine && len(paras) > 0 && g.n(8) == 0 {
			// One such line an issue, never on the △ line: lines without a
			// final mark are the evidence of a wrapped text (text_para.go),
			// and a wrap would cut them.
			p, g.wholeLine = textGenLines[g.n(len(textGenLines))], true
		}
		paras = append(paras, p)
	}
	if len(paras) > 1 && g.n(3) == 0 {
		paras[0] = "" // the lead is a paragraph of its own
		if !g.strict && !g.wholeLine && g.n(2) == 0 {
			// a headline over its text (review F25); a line without a
			// final mark, so the issue's one such line (see below)
			it.Lead, g.wholeLine, g.headline = strings.TrimRight(it.Lead, "。！？”"), true, true
		}
	} else if !g.strict && len(paras) > 0 && g.n(5) == 0 {
		it.Lead = strings.TrimRight(it.Lead, "。！？”") // typed without its 。 before the body (review F12)
	}
	for k := g.n(3); k > 0; k-- {
		if it.Attribution != "" {
			it.Attribution += "、"
		}
		it.Attribution += textGenUnits[g.n(len(textGenUnits))]
	}
	if n := len(paras); n > 0 && paras[n-1] != "" && !strings.ContainsRune(textSentenceEnds+textClosers+"…", []rune(paras[n-1])[len([]rune(paras[n-1]))-1]) {
		it.Attribution = "" // a whole line of textGenLines: an attribution must follow a sentence end
	}
	// Without an attribution (which must follow a sentence end, or 17个村
	// （社区） would credit a 社区), the last sentence may lack its mark or
	// end in a bracket or quote.
	if n := len(paras); !g.strict && it.Attribution == "" && n > 0 && strings.Count(paras[n-1], "。") > 1 && g.n(3) == 0 {
		last := []rune(paras[n-1])
		paras[n-1] = string(last[:len(last)-1]) + textGenEndings[g.n(len(textGenEndings))]
	} else if !g.strict && it.Attribution == "" && n == 0 && g.n(4) == 0 {
		it.Lead = strings.TrimRight(it.Lead, "。！？”") // a lead alone, no mark: 某地经验做法
	}
	if !g.strict {
		g.unpunctuate(paras)
	}
	g.headline = false
	it.Body = strings.Join(paras, "\n")
	it.Words = editor.CountWords(it.Lead) + editor.CountWords(it.Body) + editor.CountWords(it.Attribution)
	return it
}

// unpunctuate takes the final mark off some body paragraphs followed by
// one starting with a Han character — the shape a reader joins as a hard
// wrap unless the writer marks it (text_read_escape.go). A heading-like
// line so made would be evidence of a wrapped text, and is not made.
func (g *textGen) unpunctuate(paras []string) {
	for k := 0; k+1 < len(paras); k++ {
		if g.headline && k == 1 {
			continue
		}
		rs, next := []rune(paras[k]), []rune(paras[k+1])
		if len(rs) < 2 || len(next) == 0 || !unicode.Is(unicode.Han, next[0]) || g.n(4) != 0 {
			continue
		}
		if p := string(rs[:len(rs)-1]); !textIsHeadingText(p) && strings.ContainsRune(textSentenceEnds, rs[len(rs)-1]) {
			paras[k] = p
		}
	}
}

func (g *textGen) issue() *editor.Issue {
	is := &editor.Issue{}
	if g.n(4) != 0 {
		is.BulletinName = []string{"组工信息", "组工信息增刊", "人才工作简报"}[g.n(3)]
		is.Number, is.TotalNumber = 1+g.n(60), g.n(3)*(1+g.n(250))
		if g.n(3) != 0 {
			is.EditingUnit = "中共江州市委组织部"
		}
		if g.n(3) != 0 {
			is.Date = time.Date(2000+g.n(40), time.Month(1+g.n(12)), 1+g.n(28), 0, 0, 0, 0, time.UTC)
			is.Year = is.Date.Year()
		}
	}
	for k := g.n(4); k > 0 || (len(is.Sections) == 0 && is.Number == 0); k-- {
		sec := editor.Section{Name: textGenSections[g.n(len(textGenSections))], Position: len(is.Sections)}
		if sec.Name == "基层 动态" {
			sec.Name = "基层动态"
		}
		if len(is.Sections) == 0 && g.n(5) == 0 {
			sec.Name = "" // items before any heading
		}
		for j := g.n(4); j > 0 || (sec.Name == "" || (len(is.Sections) == 0 && is.Number == 0)) && len(sec.Items) == 0; j-- {
			it := g.item()
			it.Position = len(sec.Items)
			sec.Items = append(sec.Items, it)
		}
		is.Sections = append(is.Sections, sec)
	}
	if is.BulletinName != "" && g.n(3) == 0 {
		g.marks(is)
	}
	for _, label := range []string{"报", "送", "发"}[:g.n(4)] {
		is.Distribution = append(is.Distribution, editor.DistributionLine{Label: label, Text: g.paragraph()})
	}
	if g.n(2) == 1 {
		is.CopyCount = 1 + g.n(500)
		if g.n(3) == 0 {
			is.Marks.CopyLine = fmt.Sprintf("共印%d份", is.CopyCount) // as a back issue wrote it
		}
	}
	return is
}

// marks sets some of h13's 版头/版记 marks and 编者按s.
func (g *textGen) marks(is *editor.Issue) {
	m := &is.Marks
	if g.n(2) == 0 {
		m.CopyNumber = fmt.Sprintf("%06d", 1+g.n(200))
	}
	if g.n(2) == 0 {
		m.Classification = []string{"秘密", "机密", "绝密"}[g.n(3)]
		m.SecrecyTerm = []string{"", "1年", "6个月"}[g.n(3)]
	}
	m.Internal = g.n(2) == 0
	if g.n(2) == 0 {
		m.Signer = "王明"
	}
	m.Contents = g.n(2) == 0 && len(issueprint.ContentsLeads(&editor.Issue{Marks: editor.IssueMarks{Contents: true}, Sections: is.Sections})) > 0 // 要目 of no item is not printed
	if leads := issueprint.ContentsFromLeads(is); m.Contents && len(leads) > 1 && g.n(3) == 0 {
		// a back issue's own list: numbered, one lead short
		mark := g.n(2) // numbered, or marked △ as the items are (review F1)
		for k, l := range leads[:len(leads)-1] {
			leads[k] = []string{fmt.Sprintf("%d.", k+1), "△"}[mark] + strings.TrimRight(l, "。！？”")
		}
		m.ContentsText = strings.Join(leads[:len(leads)-1], "\n")
	}
	if g.n(2) == 0 {
		m.Printer = "中共江州市委组织部办公室"
	}
	if g.n(2) == 0 {
		m.PrintedDate = time.Date(2000+g.n(40), time.Month(1+g.n(12)), 1+g.n(28), 0, 0, 0, 0, time.UTC)
	}
	if g.n(2) == 0 {
		is.EditorNote = g.paragraph()
	}
	for i := range is.Sections {
		for j := range is.Sections[i].Items {
			if g.n(4) == 0 {
				is.Sections[i].Items[j].EditorNote = g.paragraph()
			}
		}
	}
}

// FuzzReadWrapped: an issue written with indented paragraphs and then
// mangled the way a PDF or an e-mail mangles it — every paragraph
// hard-wrapped at the page width, stray spaces at line starts, in PDF
// style a blank line after every line, ASCII spaces
// next to Chinese characters — still reads back to the same issue, when
// there is evidence of wrapping to go on: more than a quarter of the line
// breaks in mid-sentence (text_para.go); a text whose lines mostly end a
// sentence is indistinguishable from one paragraph per line.
func FuzzReadWrapped(f *testing.F) {
	f.Add([]byte("组工信息"), []byte{5, 9, 1, 3})
	f.Add(bytes.Repeat([]byte{7, 200, 13, 42, 99, 1, 0, 255}, 40), []byte{20, 4, 0, 1, 2, 3})
	f.Add(bytes.Repeat([]byte{7, 200, 13, 42, 99, 1, 0, 255}, 40), []byte{0, 0, 1, 0, 1, 1}) // PDF, 8 wide
	f.Add(bytes.Repeat([]byte{7, 200, 13, 42, 99, 1, 0, 255}, 40), []byte{3, 1, 0, 1, 1, 0}) // e-mail, 11 wide
	f.Fuzz(func(t *testing.T, issueBytes, wrapBytes []byte) {
		want := issueprint.PrintedIssue((&textGen{b: issueBytes, strict: true}).issue())
		var buf bytes.Buffer
		if err := WriteIssue(&buf, want, editor.Preferences{Indent: true}); err != nil {
			t.Fatal(err)
		}
		mangled, soft, breaks := textMangleLikePDF(buf.String(), &textGen{b: wrapBytes})
		if soft < 2 || soft*4 <= breaks {
			t.Skip("too little wrapping to tell the layout")
		}
		got, err := ReadIssue(strings.NewReader(mangled))
		if err != nil {
			t.Fatalf("ReadIssue: %v\n%s", err, mangled)
		}
		if diff := textIssueDiff(got, want); diff != "" {
			t.Fatalf("%s\n%s", diff, mangled)
		}
	})
}

// textMangleLikePDF hard-wraps the indented paragraph lines of our own
// output at one page width (8 to 31 characters, two less on a paragraph's
// first line) and counts the line breaks the reader takes as evidence of
// wrapping (not those after a title or a sub-heading, or inside a bracket:
// textNeutralBreak), and those in mid-sentence.
func textMangleLikePDF(s string, g *textGen) (out string, soft, breaks int) {
	width := 8 + g.n(24)
	seps := []string{"\n", "\n "} // e-mail: no blank lines in a paragraph
	if g.n(2) == 0 {
		seps = []string{"\n\n", "\n\n "} // PDF: a blank line after every line
	}
	var b strings.Builder
	for _, line := range strings.Split(s, "\n") {
		body, ok := strings.CutPrefix(line, textIndent)
		if !ok {
			b.WriteString(line + "\n")
			continue
		}
		b.WriteString(textIndent)
		rs, w := []rune(body), width-2
		var pieces []string
		for len(rs) > 0 {
			n := min(len(rs), w)
			// Word never breaks inside a Latin word or a number, and leaves
			// spaces at the end of a line; a full-width one there would be
			// whitespace lost to the reader, not content.
			// Nor does a line end right after a space: the reader keeps a
			// space between two Chinese words, and one at a wrap is gone.
			for n < len(rs) && (textIsLatinAlnum(rs[n-1]) && textIsLatinAlnum(rs[n]) ||
				rs[n] == ' ' || rs[n] == '　' || rs[n-1] == '　' || rs[n-1] == ' ') {
				n++
			}
			piece := textSpaceNearHan(string(rs[:n]), g)
			b.WriteString(piece)
			pieces = append(pieces, strings.TrimSpace(piece))
			rs, w = rs[n:], width
			if len(rs) > 0 {
				b.WriteString(seps[g.n(2)])
			}
		}
		item := strings.HasPrefix(body, "△")
		if item {
			pieces[0] = strings.TrimSpace(strings.TrimPrefix(pieces[0], "△"))
		}
		// The reader takes an 编者按's text after its label, as the △ item's.
		if rest, ok := strings.CutPrefix(textCompact(pieces[0]), "编者按："); ok && strings.HasPrefix(body, "编者按") {
			pieces[0] = rest
		}
		// The breaks the reader takes as evidence (textLayoutCounter.add).
		for k := 1; k < len(pieces); k++ {
			if !textNeutralBreak(pieces[k-1], pieces[k], item && k == 1) {
				breaks++
				if !textEndsClause(pieces[k-1]) {
					soft++
				}
			}
		}
		b.WriteString("\n")
	}
	return b.String(), soft, breaks
}

// textSpaceNearHan puts an ASCII space between some Chinese characters and
// the digits or Latin letters next to them, as PDF text does around
// numbers (DESIGN.md); a space between two Chinese characters separates
// words, and the reader keeps it.
func textSpaceNearHan(s string, g *textGen) string {
	var b strings.Builder
	rs := []rune(s)
	for i, r := range rs {
		b.WriteRune(r)
		if i+1 == len(rs) {
			continue
		}
		next := rs[i+1]
		near := editor.IsEastAsianRune(r) && r != '　' && textIsLatinAlnum(next) || textIsLatinAlnum(r) && editor.IsEastAsianRune(next) && next != '　'
		if near && g.n(2) == 0 {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// FuzzReadTextSubmission: no input makes the .txt submission reader panic,
// and what it returns has a one-line title and 字数 of its text.
func FuzzReadTextSubmission(f *testing.F) {
	f.Add([]byte("白沙县委组织部\n2025年5月12日\n标题\n　　正文。\n联系人：王晓东\n"))
	f.Add([]byte("甲。乙\n\n丙"))
	f.Add([]byte("青阳县探索积分管理\n一、主要做法\n建立台账。\n（一）定期评议\n对照清单（含上年度未整改\n到位的事项）销号。\n\n按月公示。\n"))
	f.Add([]byte("\xef\xbb\xbf（）\n二〇二五年五月十二日"))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := ReadTextSubmission("x.txt", bytes.NewReader(data))
		if err != nil {
			return
		}
		if strings.Contains(s.Title, "\n") || s.Words != editor.CountWords(s.Text) {
			t.Errorf("title %q, words %d for text %q", s.Title, s.Words, s.Text)
		}
	})
}
