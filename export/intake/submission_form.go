package intake

import (
	"regexp"
	"strings"

	"github.com/bulletindesk/bulletindesk/editor"
)

// The 来稿 form header: many units send a piece under a few 标签：值 lines
// (报送单位：… 撰稿人：… 联系电话：… 标题：…), typed by hand or filled in
// from the office's template. None of them is the article: the 标题 line
// is the title without its label, the unit is the sending unit, the
// writer's name and telephone are the contact, a date is the received
// date. Read as text they became the title (撰稿人：张晓燕) and a hard-wrapped
// first paragraph (联系电话：…标题：… glued, no 。 between them).

// textFormLineRe is a 标签：值 line; the label is looked up with its spaces
// taken out (标　题：).
var textFormLineRe = regexp.MustCompile(`^([^：:，。！？、]{1,8})[：:]\s*(.*)$`)

// textFormLabels: what each label of a form header gives.
var textFormLabels = map[string]string{
	"报送单位": "unit", "来稿单位": "unit", "供稿单位": "unit", "投稿单位": "unit", "单位": "unit",
	"标题": "title", "题目": "title", "稿件标题": "title", "文章标题": "title", "信息标题": "title",
	"撰稿人": "contact", "撰稿": "contact", "作者": "contact", "供稿人": "contact", "通讯员": "contact",
	"联系人": "contact", "联系电话": "contact", "联系方式": "contact", "电话": "contact", "手机": "contact",
	"审核人": "contact", "审稿人": "contact", "签发人": "contact",
	"报送日期": "date", "报送时间": "date", "日期": "date",
}

// textForm is a form header, read.
type textForm struct {
	lines    int // how many lines it takes at the top
	unit     string
	received editor.Date
	title    string
	contact  []string // as written, label included (撰稿人：张晓燕)
}

// textReadForm reads the form header at the top of texts: two or more
// 标签：值 lines with known labels, or a 标题： line alone (标题：… over
// the text). Anything else reads as no form (lines 0).
func textReadForm(texts []string) textForm {
	var f textForm
	kinds := 0
	for _, t := range texts {
		m := textFormLineRe.FindStringSubmatch(strings.TrimSpace(t))
		if m == nil {
			break
		}
		kind := textFormLabels[strings.Join(strings.Fields(strings.ReplaceAll(m[1], "　", " ")), "")]
		value := strings.TrimSpace(m[2])
		if kind == "" || value == "" && kind != "contact" {
			break
		}
		f.lines++
		if kind == "title" {
			kinds |= 1
		}
		textFormTake(&f, kind, value, t)
	}
	if f.lines < 2 && kinds == 0 {
		return textForm{}
	}
	return f
}

// textFormTake puts one line's value where it belongs; a unit that names
// no unit (个人来稿) and a date that is no date are kept with the contact.
func textFormTake(f *textForm, kind, value, line string) {
	d, isDate := textDateAlone(value)
	switch {
	case kind == "title" && f.title == "":
		f.title = textCleanSpaces(value)
	case kind == "unit" && f.unit == "" && textNamesUnits(value):
		f.unit = value
	case kind == "date" && isDate:
		f.received = d
	default:
		f.contact = append(f.contact, strings.TrimSpace(line))
	}
}

// textSplitForm takes a form header off the top of lines; ok is false
// when there is none.
func textSplitForm(lines []textLine, sub *editor.Submission) (rest []textLine, f textForm, ok bool) {
	texts := make([]string, len(lines))
	for i, l := range lines {
		texts[i] = l.text
	}
	f = textReadForm(texts)
	if f.lines == 0 || f.lines == len(lines) {
		return lines, textForm{}, false
	}
	sub.Title = f.title
	if !f.received.IsZero() {
		sub.Received = f.received
	}
	return lines[f.lines:], f, true
}

// docxTakeForm takes a form header off the top of a Word 来稿's paragraphs
// (the office's template is often a .docx), as textSplitForm does.
func docxTakeForm(paras []docxPara, sub *editor.Submission) ([]docxPara, textForm) {
	f := textReadForm(docxCleanTexts(paras))
	if f.lines == 0 || f.lines == len(paras) {
		return paras, textForm{}
	}
	if !f.received.IsZero() {
		sub.Received = f.received
	}
	return paras[f.lines:], f
}

func docxCleanTexts(paras []docxPara) []string {
	texts := make([]string, len(paras))
	for i, p := range paras {
		texts[i] = textCleanSpaces(p.text)
	}
	return texts
}
