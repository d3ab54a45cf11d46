package pages

import (
	"strings"
	"testing"

	"github.com/bulletindesk/bulletindesk/editor"
)

// testIssue has sections of items whose bodies are n characters each.
func testIssue(bodies ...[]int) *editor.Issue {
	is := &editor.Issue{BulletinName: "组工信息", EditingUnit: "中共江州市委组织部", Number: 9, TotalNumber: 412,
		Distribution: []editor.DistributionLine{{Label: "报", Text: "省委组织部，市委领导。"}, {Label: "发", Text: "各县（区）委组织部。"}}}
	for i, sec := range bodies {
		s := editor.Section{Name: []string{"市内信息", "市外参考", "工作动态"}[i%3]}
		for _, n := range sec {
			s.Items = append(s.Items, editor.Item{Lead: "某县推进工作。", Body: cjk(n), Attribution: "某县委组织部"})
		}
		is.Sections = append(is.Sections, s)
	}
	return is
}

func testTexts() Texts {
	return Texts{NoteLabel: "编者按：", ContentsTitle: "本期要目", Date: "2023年4月18日"}
}

// pageText is a page's text, runs in order.
func pageText(p Page) string {
	var b strings.Builder
	for _, r := range p.Runs {
		b.WriteString(r.Text)
	}
	return b.String()
}

// pageLines is the text of each grid line of a page, runs in order;
// the page number is not in the type area and not among them.
func pageLines(p Page) map[int]string {
	out := map[int]string{}
	for _, r := range p.Runs {
		if r.Y < MarginTop+TextHeight {
			out[runLine(r)] += r.Text
		}
	}
	return out
}

// runLine is the grid line a run's baseline is on.
func runLine(r Run) int { return int((r.Y - MarginTop) / LinePitch) }

func TestLayoutMastheadAndPageNumbers(t *testing.T) {
	d := Layout(testIssue([]int{600, 600}), testTexts(), Options{Indent: true}, gridMetrics{})
	if len(d.Pages) < 2 {
		t.Fatalf("%d pages, want at least 2 for 1,200 characters", len(d.Pages))
	}
	first := d.Pages[0]
	if !strings.HasPrefix(pageText(first), "组工信息") || !first.Runs[0].Red || first.Runs[0].Size != TitleSize {
		t.Errorf("page one opens with %+v, want the red 60 pt masthead", first.Runs[0])
	}
	if !strings.Contains(pageText(first), "第9期（总第412期）") || strings.Contains(pageText(d.Pages[1]), "组工信息") {
		t.Error("the masthead is not on page one alone")
	}
	red := 0
	for _, r := range first.Rules {
		if r.Red {
			red++
		}
	}
	if red != 1 {
		t.Errorf("%d red rules on page one, want 1 under the masthead", red)
	}
	for _, p := range d.Pages[:2] {
		num := p.Runs[len(p.Runs)-1]
		mid := MarginLeft + TextWidth/2
		if want := "— " + []string{"", "1", "2"}[p.Number] + " —"; num.Text != want {
			t.Errorf("page %d number %q, want %q", p.Number, num.Text, want)
		}
		if outer := (p.Number%2 == 1) == (num.X > mid); !outer {
			t.Errorf("page %d number at x %.0f: not on the outer side", p.Number, num.X)
		}
		if num.Y < MarginTop+TextHeight {
			t.Errorf("page %d number inside the type area", p.Number)
		}
	}
}

// A heading that would be a page's last line starts the next page.
func TestLayoutHeadingNotOrphaned(t *testing.T) {
	for body := 800; body < 1000; body += 7 {
		d := Layout(testIssue([]int{body}, []int{100}), testTexts(), Options{Indent: true}, gridMetrics{})
		for _, p := range d.Pages {
			for i, r := range p.Runs {
				if r.Text != "市" || !strings.HasPrefix(pageLines(p)[runLine(r)], "市外参考") {
					continue
				}
				if runLine(r) >= GridLines-1 {
					t.Fatalf("body %d: the heading is on the page's last line %d", body, runLine(r))
				}
				if i+4 >= len(p.Runs) || runLine(p.Runs[i+4]) != runLine(r)+1 {
					t.Fatalf("body %d: the heading has no text under it on page %d", body, p.Number)
				}
			}
		}
	}
}

// The 版记 sits on the last lines of the last page; when the text leaves no
// room, it moves to a page of its own and the document says so.
func TestLayoutFooter(t *testing.T) {
	short := Layout(testIssue([]int{100}), testTexts(), Options{}, gridMetrics{})
	if len(short.Pages) != 1 || short.FooterMoved {
		t.Fatalf("short issue: %d pages, moved %v; want one page", len(short.Pages), short.FooterMoved)
	}
	lines := pageLines(short.Pages[0])
	if got := lines[GridLines-1]; got != "发：各县（区）委组织部。" {
		t.Errorf("last grid line %q, want the 发 line", got)
	}
	for _, r := range short.Pages[0].Runs {
		if r.Text == "发" && r.Size != FooterSize {
			t.Errorf("发 line in %.0f pt, want 4号 (%.0f pt)", r.Size, FooterSize)
		}
	}
	moved := false
	for body := 100; body < 900 && !moved; body += 5 {
		d := Layout(testIssue([]int{body}), testTexts(), Options{}, gridMetrics{})
		if !d.FooterMoved {
			continue
		}
		moved = true
		lastPage := d.Pages[len(d.Pages)-1]
		if !strings.HasPrefix(pageText(lastPage), "报：") {
			t.Errorf("body %d: the moved 版记 page holds %q", body, pageText(lastPage))
		}
		if !d.NearlyEmpty() {
			t.Errorf("body %d: a page with only the 版记 is not flagged nearly empty (%d lines)", body, d.LastPageLines)
		}
	}
	if !moved {
		t.Error("no body length made the 版记 move to a new page")
	}
}

// Every character of the items is laid out, in order.
func TestLayoutKeepsEveryCharacter(t *testing.T) {
	is := testIssue([]int{300, 500}, []int{200})
	is.Sections[0].Items[0].Body = "青阳县推行“村事夜议”，办结率达96.5%。\n第二段2019年。"
	is.EditorNote = "本期刊发。"
	tx := testTexts()
	tx.Contents = []string{"某县推进工作。"}
	d := Layout(is, tx, Options{Indent: true, BoldLead: true}, gridMetrics{})
	var all strings.Builder
	for _, p := range d.Pages {
		all.WriteString(pageText(p))
	}
	for _, want := range []string{"本期要目某县推进工作。", "编者按：本期刊发。", "市内信息△某县推进工作。青阳县推行“村事夜议”，办结率达96.5%。第二段2019年。（某县委组织部）"} {
		if !strings.Contains(all.String(), want) {
			t.Errorf("layout lacks %q", want)
		}
	}
}

// A paragraph broken by a page's end keeps at least two of its lines on
// each page (Word's widow and orphan control), whatever its length.
func TestLayoutKeepsTwoLinesAtPageBreak(t *testing.T) {
	for n := 300; n < 1000; n += 5 {
		is := testIssue([]int{100})
		is.Sections[0].Items = append(is.Sections[0].Items,
			editor.Item{Lead: "某区推进工作。", Body: strings.Repeat("乙", n) + "。"})
		d := Layout(is, testTexts(), Options{Indent: true}, gridMetrics{})
		var counts []int
		for _, p := range d.Pages {
			c := 0
			for _, l := range pageLines(p) {
				if strings.Contains(l, "乙") {
					c++
				}
			}
			if c > 0 {
				counts = append(counts, c)
			}
		}
		if len(counts) > 1 && (counts[0] < 2 || counts[len(counts)-1] < 2) {
			t.Errorf("body of %d characters: its lines per page are %v, want at least 2 on each", n, counts)
		}
	}
}
