package pages

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/bulletindesk/bulletindesk/editor"
)

// Texts are the words the layout prints that are not the issue's own:
// the writers share them (export passes its constants), so the text
// export, Word, PDF and HTML say the same.
type Texts struct {
	Classification string   // 秘密★1年, "" none
	Internal       string   // 内部资料　注意保存, "" none
	Signer         string   // 签发人：王明, "" none
	ContentsTitle  string   // 本期要目
	Contents       []string // the leads, nil when off
	NoteLabel      string   // 编者按：
	Printed        string   // the 印发 line, "" none
	Date           string   // 2022年6月15日
	Copies         string   // （共印150份）, "" none
}

// Layout lays the issue out on pages: the masthead on page one, the
// 本期要目 and the issue's 编者按, each section's heading and its items, and
// the 版记 at the foot of the last page (on a page of its own when it does
// not fit under the text, flagged in FooterMoved).
func Layout(is *editor.Issue, t Texts, o Options, m Metrics) Document {
	d := Document{CopyRun: -1}
	f := &flow{doc: &d}
	f.newPage()
	masthead(f, is, t, m)
	body(f, is, t, o, m)
	footer(f, is, t, m)
	numberPages(&d, m)
	return d
}

// char is one character of body text, the unit of indents.
const char = TextWidth / GridChars

func masthead(f *flow, is *editor.Issue, t Texts, m Metrics) {
	if n := strings.TrimSpace(is.Marks.CopyNumber); n != "" {
		f.doc.CopyRun = len(f.page().Runs) // a writer of numbered copies puts each copy's number here
		f.paragraph(para{spans: []span{{text: n, face: FaceHeading}}, size: BodySize, align: alignLeft}, m)
	}
	for _, s := range []string{t.Classification, t.Internal} {
		if s != "" {
			f.paragraph(para{spans: []span{{text: s, face: FaceHeading}}, size: BodySize, align: alignLeft}, m)
		}
	}
	if name := strings.TrimSpace(is.BulletinName); name != "" {
		size, spacing := titleSize(name)
		f.paragraph(para{spans: []span{{text: name, face: FaceTitle, red: true}}, size: size, spacing: spacing,
			align: alignCenter, height: 3}, m)
	}
	if n := issueNumber(is); n != "" {
		f.paragraph(para{spans: []span{{text: n}}, size: BodySize, align: alignCenter}, m)
	}
	unit := editor.EditingUnitLine(is)
	left := setPara(para{spans: []span{{text: unit}}, size: BodySize, align: alignLeft}, m)
	right := setPara(para{spans: []span{{text: t.Date}}, size: BodySize, align: alignRight}, m)
	pl := placed{height: 1, rules: []Rule{{X1: MarginLeft, X2: MarginLeft + TextWidth, Y: LinePitch + 2, Width: 2.25, Red: true}}}
	for _, l := range append(left, right...) {
		pl.runs = append(pl.runs, l.runs...)
	}
	f.put(pl)
	if t.Signer != "" {
		f.paragraph(para{spans: []span{{text: t.Signer}}, size: BodySize, align: alignRight, right: char}, m)
	}
	f.blank(1)
}

// titleSize is the masthead name's size and letter spacing: 60 pt spaced
// out for a short name like 组工信息, smaller for a long one so it stays on
// one line (as the Word export does).
func titleSize(name string) (size, spacing float64) {
	n := utf8.RuneCountInString(name)
	if n <= 5 {
		return TitleSize, 12
	}
	return max(min(TextWidth*0.9/float64(n), TitleSize), BodySize), 0
}

func issueNumber(is *editor.Issue) string {
	switch {
	case is.Number > 0 && is.TotalNumber > 0:
		return fmt.Sprintf("第%d期（总第%d期）", is.Number, is.TotalNumber)
	case is.Number > 0:
		return fmt.Sprintf("第%d期", is.Number)
	}
	return ""
}

// bodyPara is a paragraph of body text, first line indented when asked.
func bodyPara(o Options, spans ...span) para {
	p := para{spans: spans, size: BodySize}
	if o.Indent {
		p.indent = 2 * char
	}
	return p
}

func body(f *flow, is *editor.Issue, t Texts, o Options, m Metrics) {
	if len(t.Contents) > 0 {
		f.paragraph(para{spans: []span{{text: t.ContentsTitle, face: FaceHeading}}, size: BodySize, align: alignCenter, keepNext: true}, m)
		for _, lead := range t.Contents {
			f.paragraph(para{spans: []span{{text: lead, face: FaceKai}}, size: BodySize, indent: 2 * char, hang: 2 * char, align: alignLeft}, m)
		}
		f.blank(1)
	}
	note(f, is.EditorNote, t, o, m)
	for _, sec := range is.Sections {
		if strings.TrimSpace(sec.Name) != "" {
			f.paragraph(para{spans: []span{{text: sec.Name, face: FaceHeading}}, size: BodySize, indent: 2 * char,
				align: alignLeft, keepNext: true}, m)
		}
		for _, it := range sec.Items {
			note(f, it.EditorNote, t, o, m)
			item(f, it, o, m)
		}
	}
}

// note sets a 编者按: the label in the heading face, the text in 楷体.
func note(f *flow, text string, t Texts, o Options, m Metrics) {
	text = strings.TrimSpace(strings.ReplaceAll(text, "\r", ""))
	if text == "" {
		return
	}
	for i, p := range strings.Split(text, "\n") {
		if p = strings.TrimSpace(p); p == "" {
			continue
		}
		spans := []span{{text: p, face: FaceKai}}
		if i == 0 {
			spans = append([]span{{text: t.NoteLabel, face: FaceHeading}}, spans...)
		}
		pp := bodyPara(o, spans...)
		pp.keepNext = i == 0
		f.paragraph(pp, m)
	}
}

// item sets △lead body（attribution）: the lead opens the first paragraph,
// the attribution closes the last, as the text export writes it.
func item(f *flow, it editor.Item, o Options, m Metrics) {
	paras := strings.Split(strings.ReplaceAll(it.Body, "\r", ""), "\n")
	var kept []string
	for i, p := range paras {
		if p = strings.TrimSpace(p); p != "" || i == 0 {
			kept = append(kept, p)
		}
	}
	leadFace := FaceBody
	if o.BoldLead {
		leadFace = FaceHeading
	}
	for i, p := range kept {
		var spans []span
		if i == 0 {
			spans = append(spans, span{text: "△" + strings.TrimSpace(it.Lead), face: leadFace})
		}
		spans = append(spans, span{text: p})
		if i == len(kept)-1 && it.Attribution != "" {
			spans = append(spans, span{text: "（" + it.Attribution + "）"})
		}
		f.paragraph(bodyPara(o, spans...), m)
	}
}
