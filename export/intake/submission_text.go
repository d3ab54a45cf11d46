package intake

import (
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/bulletindesk/bulletindesk/editor"
)

// textTitleMaxWords is the longest first line taken as a title (字数).
const textTitleMaxWords = 40

// ReadTextSubmission reads a submission sent as a text file (Notepad, WPS
// "save as text", an e-mail body): any encoding DecodeText accepts, wrapped
// lines joined as in a bulletin (text_para.go).
//
//   - An e-mail's header blocks (submission_text_mail.go) come off the top:
//     the 发送时间 is Received, the subject the title when the body has no
//     headline line; a forwarder's note between blocks stays in the text.
//   - A greeting (各位老师好，…请审阅。), a cover letter (…关于报送…的函,
//     submission_text_front.go) and a forwarder's note are set apart in
//     Cover, each its own paragraph, so that 字数 and adoption hold the
//     piece alone; none is the title. The letter's 落款 or its 关于 gives
//     the unit, its date Received.
//   - A header of the sending unit's name and a date (白沙县委组织部
//     2025年5月12日, on one line or two) is taken off the top: the date
//     becomes Received, the unit is the one credited (UnitName) unless the
//     text ends with an attribution of its own, and the line is kept in
//     Cover. Nothing is added to the text (review G8).
//   - The title is the next line when it is short (at most 40 字, no
//     sentence end before its last character), not a salutation (各位领导：)
//     and not the only line, and Text is what follows;
//     otherwise the subject, or the first sentence and Text is the whole
//     text, so that 字数 (counted on Text) and adoption keep every sentence.
//   - At the end: a mail signature (under --) and trailing 联系人/电话
//     lines go to Contact as written; a trailing date to Received; a 落款
//     unit line (kept in Cover) gives the unit credited, as does the
//     signature's unit, when the text names none in a closing bracket.
//
// UnitID stays 0: the archive recognises the unit when it saves the submission.
func ReadTextSubmission(name string, r io.Reader) (*editor.Submission, error) {
	s, checks, err := DecodeTextChecked(r)
	if err != nil {
		return nil, err
	}
	sub := &editor.Submission{Source: filepath.Base(name), Checks: checks}
	mail, body := textReadMail(s)
	body, quoted := textSplitQuoted(body)
	sub.Received, sub.Intake = mail.received, mail.notes
	var front [][]textLine
	for _, f := range mail.front {
		front = append(front, textSplitLines(f))
	}
	lines, sig := textSplitSignature(textDropItemMarks(textSplitLines(body)))
	greet, lines := textSplitGreeting(lines)
	letter, lines, letterUnit := textSplitLetter(lines, sub)
	front = append(append(front, greet), textLetterParagraphs(letter)...)
	lines, unit, formContact := textTakeHead(lines, mail.subject, sub)
	lines, sub.Contact = textSplitContact(lines)
	sub.Contact = strings.Join(append(formContact, textNonEmpty(sub.Contact)...), "；")
	if n := len(lines); n > 1 && textSubmissionDate(lines[n-1].text, sub) {
		lines = lines[:n-1]
	}
	lines, signOff := textSplitSignOff(lines)
	paras := textParagraphs(lines, textLayoutOf(lines).withNumbered(lines))
	if first := textFirstNonSalutation(paras); sub.Title == "" && first != "" {
		sub.Title, _ = textSplitLead(first)
	}
	sub.Text = strings.Join(paras, "\n")
	textCredit(sub, textSignedBy(signOff, letterUnit, sig, sub), unit)
	sub.Cover = textCoverWith(unit, textGroupParagraphs(front...), signOff)
	if quoted != "" { // the thread a reply quotes, as written
		sub.Cover = strings.TrimPrefix(sub.Cover+"\n"+quoted, "\n")
	}
	textCoverBack(sub)
	// a tab left inside a line (a table copied from WPS) as the .docx
	// reader takes w:tab: the window drew it as a box, Word as a tab stop
	sub.Title, sub.Text, sub.Cover = docxTabText(sub.Title), docxTabText(sub.Text), docxTabText(sub.Cover)
	if sub.Title == "" && sub.Text == "" {
		return nil, fmt.Errorf("no text: %w", ErrEmpty)
	}
	sub.Words = editor.CountWords(sub.Text)
	return sub, nil
}

// textTakeHead takes what is above the article: a form header
// (submission_form.go), else a unit-and-date header; then the title
// unless the form's 标题 gave it.
func textTakeHead(lines []textLine, subject string, sub *editor.Submission) ([]textLine, string, []string) {
	lines, form, ok := textSplitForm(lines, sub)
	unit := form.unit
	if !ok {
		lines, unit = textSubmissionHeader(lines, sub)
	}
	contact := form.contact
	if sub.Title == "" {
		var byline string
		lines, unit, byline = textTakeTitle(lines, unit, subject, sub)
		contact = append(contact, textNonEmpty(byline)...)
	}
	return lines, unit, contact
}

// textTakeTitle takes the title: the first line when it is a title line or
// a headline standing alone (a byline under it gives the unit) — in an
// e-mail, one that ends no sentence: a short first sentence is text there,
// the subject names it — else the
// e-mail's subject (a first line repeating it is dropped); sub.Title
// stays "" when neither. contact is what a byline gives besides its unit.
func textTakeTitle(lines []textLine, unit, subject string, sub *editor.Submission) (rest []textLine, _ string, contact string) {
	switch {
	case len(lines) > 1 && !textIsSalutation(lines[0].text) && (textIsTitleLine(lines[0].text) || textIsHeadline(lines)) &&
		(subject == "" || !textEndsOpen(lines[0].text)): // with a subject, a headline ends no sentence
		sub.Title = textCleanSpaces(lines[0].text)
		lines = lines[1:]
		if len(lines) > 1 && textIsSubtitle(lines[0].text) { // ——…纪实 under the title is the title's
			sub.Title += textCleanSpaces(lines[0].text)
			lines = lines[1:]
		}
		if unit == "" {
			lines, unit, contact = textByline(lines, sub)
		}
	case subject != "":
		sub.Title = subject
		if len(lines) > 0 && textCleanSpaces(lines[0].text) == subject {
			lines = lines[1:]
		}
	}
	return lines, unit, contact
}

// textSubtitleRe: a subtitle under a headline, set off by a dash
// (——青山县推进“五星支部”创建纪实).
var textSubtitleRe = regexp.MustCompile(`^(?:——|—|--|－－)\s*\S`)

// textIsSubtitle: a short dash line that is a title line, the headline's
// second part; left in the text it opened the body of an adopted item.
func textIsSubtitle(s string) bool {
	s = strings.TrimSpace(s)
	return textSubtitleRe.MatchString(s) && textIsTitleLine(s) && !textEndsOpen(s) && !textSigDashRe.MatchString(s)
}

// textSignedBy is the unit the end of the text names — its 落款, else the
// cover letter's unit, else the signature's — and puts the signature in
// Contact (after any 联系人 lines) and the 落款 and signature in Intake.
func textSignedBy(signOff, letterUnit string, sig []string, sub *editor.Submission) string {
	if len(sig) > 0 {
		sub.Intake = append(sub.Intake, editor.IntakeNote{Label: "签名", Value: strings.Join(sig, " ")})
		sub.Contact = strings.Join(append(textNonEmpty(sub.Contact), sig...), "；")
	}
	if signOff != "" {
		sub.Intake = append(sub.Intake, editor.IntakeNote{Label: "落款", Value: signOff})
		return signOff
	}
	if letterUnit != "" {
		return letterUnit
	}
	return textSignatureUnit(sig)
}

func textNonEmpty(s string) []string {
	if s == "" {
		return nil
	}
	return []string{s}
}

// textCredit gives the piece the unit it comes from when its text does
// not end with its own attribution: the header's unit, else the one it is
// signed by, as the reader's Submission.UnitName (saving credits it). It
// is not added to the text as a bracket: a text signed under -- got
// 「（青山县委组织部 李青）（青山县委组织部）」 and a 落款 line was joined to
// the last sentence in brackets the file never had (review G8).
func textCredit(sub *editor.Submission, signedBy, unit string) {
	if textEndsWithAttribution(sub.Text) {
		return
	}
	if unit == "" {
		unit = signedBy
	}
	sub.UnitName = unit
}

// textEndsWithAttribution: the last paragraph ends with an attribution,
// or is one on a line of its own (（青山县委组织部 李青）).
func textEndsWithAttribution(text string) bool {
	last := strings.TrimSpace(text[strings.LastIndex(text, "\n")+1:])
	_, _, ok := textSplitAttribution(last)
	return ok
}

// textCoverWith is the cover: the header's unit line (or a byline's, a
// form's 报送单位) before what was set apart at the top, the 落款 after
// it — what came with the piece, each its own paragraph.
func textCoverWith(head string, front []string, signOff string) string {
	var out []string
	if head != "" {
		out = append(out, head)
	}
	out = append(out, front...)
	if signOff != "" {
		out = append(out, signOff)
	}
	return strings.Join(out, "\n")
}

// textSubmissionHeader takes the header of an official submission off the
// top: the unit and the date, on one line or two (either order), or a
// date alone. A unit name alone is not taken: a title can end like one
// (东溪镇成立联合党委).
func textSubmissionHeader(lines []textLine, sub *editor.Submission) ([]textLine, string) {
	if len(lines) < 2 {
		return lines, ""
	}
	a := lines[0].text
	if u := textCoverUnit(a); u != "" {
		if len(lines) > 2 && textSubmissionDate(lines[1].text, sub) {
			return lines[2:], u
		}
		return lines[1:], u
	}
	if m := textDateRe.FindStringSubmatch(textChineseDate(textCompact(a))); m != nil && textNamesUnits(m[1]) {
		if d, ok := textMakeDate(m[2], m[3], m[4]); ok {
			sub.Received = d
			return lines[1:], m[1]
		}
	}
	if len(lines) > 2 && textNamesUnits(a) && textSubmissionDate(lines[1].text, sub) {
		return lines[2:], a
	}
	if textSubmissionDate(a, sub) {
		if len(lines) > 2 && textNamesUnits(lines[1].text) {
			return lines[2:], lines[1].text
		}
		return lines[1:], ""
	}
	return lines, ""
}

var textCoverRe = regexp.MustCompile(`^(?:报送单位|来稿单位|供稿单位)\s*[：:]\s*(.+)$|^(.+?)\s*(?:报送|供稿|来稿|呈报)$`)

// textCoverUnit is the unit of a cover line (临江区委组织部报送, 报送单位：
// 临江区委组织部), "" when the line is no such thing. It was taken as the title.
func textCoverUnit(s string) string {
	m := textCoverRe.FindStringSubmatch(textCleanSpaces(s))
	if m == nil {
		return ""
	}
	u := strings.TrimSpace(m[1] + m[2])
	if !textNamesUnits(u) {
		return ""
	}
	return u
}

// textSubmissionDate sets Received when s is a date alone (2025年5月12日,
// 2025-05-12, 二〇二五年五月十二日).
func textSubmissionDate(s string, sub *editor.Submission) bool {
	d, ok := textDateAlone(s)
	if ok {
		sub.Received = d
	}
	return ok
}

// textLayoutOf tells the layout of a whole text (a submission is one block).
func textLayoutOf(lines []textLine) textLayout {
	var c textLayoutCounter
	for i := 1; i < len(lines); i++ {
		c.add(lines[i-1], lines[i], false)
	}
	return c.layout()
}

// textHeadlineMaxWords is the longest first line taken as a headline when
// the layout says it stands alone (see textIsHeadline).
const textHeadlineMaxWords = 64

// textIsHeadline: a first line longer than textTitleMaxWords is still the
// headline when it ends no sentence (no 。！？ and no ，、：； at its end)
// and stands alone: a blank line or an indent follows, or the text has one
// paragraph a line (Word and WPS copy so). A 46-字 headline was glued to
// the body as its first paragraph.
func textIsHeadline(lines []textLine) bool {
	if len(lines) < 2 {
		return false
	}
	first := lines[0].text
	if editor.CountWords(first) > textHeadlineMaxWords || strings.ContainsAny(first, textSentenceEnds) {
		return false
	}
	if strings.ContainsAny(lastRune(first), "，,、：:；;") {
		return false
	}
	return lines[1].blankAbove || lines[1].indented || !textLayoutOf(lines).wrapped
}

// textSalutationRe: how a letter or an e-mail greets its reader (各位领导：,
// 王科长：, 张三同志：, 您好！) — a line kept in the text, never the title.
var textSalutationRe = regexp.MustCompile(`^(?:尊敬的)?[^，。！？；]{0,12}(?:领导|同志|同事|老师|主任|科长|部长|书记|局长|处长|主席|各位|大家|您好|你好)(?:们)?(?:好)?[：:！!，,]$|^(?:您好|你好|大家好)[！!，,。]?$`)

func textIsSalutation(s string) bool { return textSalutationRe.MatchString(strings.TrimSpace(s)) }

// textFirstNonSalutation is the first paragraph that is not a salutation, "" when none.
func textFirstNonSalutation(paras []string) string {
	for _, p := range paras {
		if !textIsSalutation(p) {
			return p
		}
	}
	return ""
}

// textDropItemMarks takes the △ (or ▲) off lines copied out of a bulletin:
// kept, the exported item printed 「△△」.
func textDropItemMarks(lines []textLine) []textLine {
	for i := range lines {
		t := strings.TrimLeft(lines[i].text, "△▲")
		if t != lines[i].text {
			lines[i].text = strings.TrimSpace(t)
		}
	}
	return lines
}

// textIsTitleLine: short, and no 。！？ before its last character.
func textIsTitleLine(s string) bool {
	if editor.CountWords(s) > textTitleMaxWords {
		return false
	}
	body := strings.TrimRight(s, textSentenceEnds+textClosers)
	return !strings.ContainsAny(body, textSentenceEnds)
}

var textContactRe = regexp.MustCompile(`^[（(]?\s*(联系人|联系电话|联系方式|电话|手机|通讯员|撰稿人|撰稿|供稿人|审核人|审稿人|签发人)\s*[：:]`)

// textSplitContact moves the trailing contact lines (联系人：… 电话：…) out
// of the text, joined with "；".
func textSplitContact(lines []textLine) ([]textLine, string) {
	i := len(lines)
	for i > 0 && len(lines)-i < 3 && textContactRe.MatchString(lines[i-1].text) {
		i--
	}
	var parts []string
	for _, l := range lines[i:] {
		parts = append(parts, l.text) // as written: 周晓燕  电话 keeps its spaces
	}
	return lines[:i], strings.Join(parts, "；")
}
