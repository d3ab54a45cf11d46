package pages

import (
	"strconv"
	"strings"

	"github.com/bulletindesk/bulletindesk/editor"
)

// footer sets the 版记 (GB/T 9704 §7.4): the 报/送/发 lines in 4号 type, one
// character in from either side, wrapped lines aligned after the colon;
// then the 印发 line and the copy count; a rule above, between and below.
// It sits on the last grid lines of the last page, or of a new page when
// the text leaves no room (FooterMoved).
func footer(f *flow, is *editor.Issue, t Texts, m Metrics) {
	fc := TextWidth / GridChars * FooterSize / BodySize // one character of 4号
	var lines []placed
	for _, d := range is.Distribution {
		label := d.Label + "："
		if d.Label == "" {
			label = "" // a 责任编辑 line, printed as it stands
		}
		hang := measure(label, FaceBody, FooterSize, m)
		lines = append(lines, setPara(para{spans: []span{{text: label + d.Text}}, size: FooterSize,
			left: fc, right: fc, hang: hang, align: alignJustify}, m)...)
	}
	split := len(lines)
	if t.Printed != "" {
		lines = append(lines, printedLine(t.Printed, fc, m))
	}
	if t.Copies != "" {
		lines = append(lines, setPara(para{spans: []span{{text: t.Copies}}, size: FooterSize, right: fc, align: alignRight}, m)...)
	}
	if len(lines) == 0 {
		f.doc.LastPageLines = f.line
		return
	}
	if len(lines) > f.room() {
		f.doc.FooterMoved = true
		f.newPage()
	}
	f.doc.LastPageLines = f.line + len(lines)
	f.line = GridLines - len(lines)
	rule := func(y, w float64) Rule { return Rule{X1: MarginLeft, X2: MarginLeft + TextWidth, Y: y, Width: w} }
	lines[0].rules = append(lines[0].rules, rule(0, 1))
	if split > 0 && split < len(lines) {
		lines[split].rules = append(lines[split].rules, rule(0, 0.7))
	}
	last := &lines[len(lines)-1]
	last.rules = append(last.rules, rule(LinePitch, 1))
	for _, l := range lines {
		f.put(l)
	}
}

// printedLine is 印发机关 flush left and 印发日期 flush right, one
// character in, as §7.4.3 has it; the text has them apart with 　　.
func printedLine(s string, fc float64, m Metrics) placed {
	org, date, ok := strings.Cut(s, "　　")
	if !ok {
		return setPara(para{spans: []span{{text: s}}, size: FooterSize, left: fc, align: alignLeft}, m)[0]
	}
	l := setPara(para{spans: []span{{text: org}}, size: FooterSize, left: fc, align: alignLeft}, m)[0]
	r := setPara(para{spans: []span{{text: date}}, size: FooterSize, right: fc, align: alignRight}, m)[0]
	l.runs = append(l.runs, r.runs...)
	return l
}

// numberPages prints — N — under the type area, on the outer side: right on
// odd pages, left on even ones, one character in (§7.5).
func numberPages(d *Document, m Metrics) {
	fc := TextWidth / GridChars * FooterSize / BodySize
	y := MarginTop + TextHeight + 7*mm + 0.88*FooterSize
	for i := range d.Pages {
		pg := &d.Pages[i]
		text := "— " + strconv.Itoa(pg.Number) + " —"
		w := measure(text, FaceBody, FooterSize, m)
		x := MarginLeft + TextWidth - fc - w
		if pg.Number%2 == 0 {
			x = MarginLeft + fc
		}
		pg.Runs = append(pg.Runs, Run{X: x, Y: y, Size: FooterSize, Face: FaceBody, Text: text})
	}
}
