package intake

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/bulletindesk/bulletindesk/editor"
)

// What surrounds the piece in a 来稿 text: a greeting to the editors, a
// cover letter (…关于报送…的函) before the article, a 落款 (the unit's name
// and the date) and a mail signature after it. None of them is the title;
// the greeting and the letter are set apart in the submission's Cover,
// each its own paragraph (nothing is lost: the import preview shows them
// and can put them back), so that 字数 and an adopted item's body hold the
// article alone; the 落款 and the signature give the unit and the contact.

var (
	// textGreetingStartRe: 各位老师好，… / 各位领导： / 您好！…
	textGreetingStartRe = regexp.MustCompile(`^(?:尊敬的)?(?:各位)?(?:老师|领导|同志|同事|编辑)(?:们)?(?:好|，|,|：|:)|^(?:您好|你好|大家好)`)
	// textGreetingWordsRe: what a covering sentence says (附上我县信息一篇，请审阅。).
	textGreetingWordsRe = regexp.MustCompile(`附上|附件|现将|现报送|现上报|报上|请审阅|请审核|请查收|请审定|请指正|烦请|敬请|请再审阅|请再审核|按您的意见|按照您的意见`)
	// textGreetingEndRe: the request a covering sentence ends with, often
	// typed without its 。 (现将…报上，请审阅) — a headline never ends so.
	textGreetingEndRe = regexp.MustCompile(`(?:审阅|审核|查收|审定|指正|采用)[”"]?$`)
	// textLetterTitleRe: a cover letter's title; group 1 or 2 is the unit
	// before 关于 (石门镇党委关于报送“夜间议事厅”经验做法的函). A 报告 is a
	// letter only when it 报送s something: 关于…情况的报告 can be the piece.
	textLetterTitleRe = regexp.MustCompile(`^(.{0,30}?)(?:关于)?(?:报送|上报|呈报|报来)[^。！？]{1,60}的(?:函|报告|说明)$|^(.{0,30}?)关于[^。！？]{1,60}的函$|^报送说明(?:[：:].*)?$`)
	// textSigDashRe: the line a mail signature starts under (--, ——).
	textSigDashRe = regexp.MustCompile(`^(?:-{2,6}|—{1,4}|－{2,6}|_{2,6})$`)
	// textPhoneRe: a telephone number in a signature (0571-8888xxxx, 13912345678).
	textPhoneRe = regexp.MustCompile(`0\d{2,3}[-－]?[\dxX*]{7,8}|1[3-9]\d{9}`)
)

// textIsGreeting: a line that greets the editors or says what is sent.
func textIsGreeting(s string) bool {
	if textIsSalutation(s) {
		return true
	}
	if editor.CountWords(s) > 60 {
		return false
	}
	return textGreetingStartRe.MatchString(s) || textIsCovering(s)
}

// textIsCovering: a sentence that says what is sent (附上我县信息一篇，请审阅。),
// with or without its final 。.
func textIsCovering(s string) bool {
	s = strings.TrimSpace(s)
	return textGreetingWordsRe.MatchString(s) && (textEndsClause(s) || textGreetingEndRe.MatchString(s))
}

// textSplitGreeting takes the greeting lines (up to three) off the top
// when something follows them.
func textSplitGreeting(lines []textLine) (greet, rest []textLine) {
	i := 0
	for i < 3 && i < len(lines)-1 && textIsGreeting(lines[i].text) {
		i++
	}
	return lines[:i], lines[i:]
}

// textSplitLetter takes a cover letter off the top: its title line and
// what follows up to its date (and contact lines), or up to the
// article's headline. It returns the letter's unit (its 落款, or who
// writes 关于) and sets Received from its date.
func textSplitLetter(lines []textLine, sub *editor.Submission) (letter, rest []textLine, unit string) {
	if len(lines) < 2 {
		return nil, lines, ""
	}
	m := textLetterTitleRe.FindStringSubmatch(textCleanSpaces(lines[0].text))
	if m == nil {
		return nil, lines, ""
	}
	if u := strings.TrimSpace(m[1] + m[2]); textNamesUnits(u) {
		unit = u
	}
	end := textLetterEnd(lines)
	for _, l := range lines[1:end] {
		if textNamesUnits(l.text) {
			unit = l.text
		}
		if d, ok := textDateAlone(l.text); ok {
			sub.Received = d
		}
	}
	sub.Intake = append(sub.Intake, editor.IntakeNote{Label: "报送函", Value: textCleanSpaces(lines[0].text)})
	return lines[:end], lines[end:], unit
}

// textLetterEnd is the index of the first line after the letter whose
// title is lines[0]: after its date line (and contact lines), or the
// article's headline — a short line that ends no clause, standing after
// a line that does or after a blank line; 1 when neither is found.
func textLetterEnd(lines []textLine) int {
	prevEnds := true
	for i := 1; i < len(lines); i++ {
		t := lines[i].text
		switch {
		case textIsDateAlone(t):
			j := i + 1
			for j < len(lines) && textContactRe.MatchString(lines[j].text) {
				j++
			}
			if j < len(lines) {
				return j
			}
			return 1
		case textIsSalutation(t) || textNamesUnits(t) || textContactRe.MatchString(t) || textIsCovering(t):
			// the letter's own lines: 请审阅 without its 。 is no headline
			prevEnds = true
			continue
		case (prevEnds || lines[i].blankAbove) && textIsTitleLine(t) && !textEndsOpen(t) && i+1 < len(lines):
			return i
		}
		prevEnds = textEndsClause(t)
	}
	return 1
}

// textEndsOpen: s ends with a sentence end or a clause mark (。，：；),
// so it is no headline.
func textEndsOpen(s string) bool {
	return strings.ContainsAny(lastRune(s), textSentenceEnds+"，、：；,:;")
}

// textDateAlone is the date s is, when s is a date alone.
func textDateAlone(s string) (editor.Date, bool) {
	m := textDateRe.FindStringSubmatch(textChineseDate(textCompact(s)))
	if m == nil || m[1] != "" {
		return editor.Date{}, false
	}
	return textMakeDate(m[2], m[3], m[4])
}

func textIsDateAlone(s string) bool { _, ok := textDateAlone(s); return ok }

// textSplitSignature takes a mail signature off the end: the lines under a
// -- or —— line (at most five), or a last line that gives a unit with a
// person or a telephone number (江北区委组织部 李娜 0571-8888xxxx). It
// returns the signature's lines, kept as they are written.
func textSplitSignature(lines []textLine) (rest []textLine, sig []string) {
	n := len(lines)
	for k := max(0, n-6); k < n-1; k++ {
		if k > 0 && textSigDashRe.MatchString(lines[k].text) {
			for _, l := range lines[k+1:] {
				sig = append(sig, l.text)
			}
			return lines[:k], sig
		}
	}
	if n > 1 && textIsSignatureLine(lines[n-1].text) {
		return lines[:n-1], []string{lines[n-1].text}
	}
	return lines, nil
}

// textIsSignatureLine: a line of parts separated by spaces, one naming a
// unit and one a telephone number, and no sentence in it; or a unit and
// the writer's name (白沙县委组织部 刘芳, as 163 mail users sign: review
// G2 — it stayed the text's last paragraph and the unit was not read).
func textIsSignatureLine(s string) bool {
	if textEndsOpen(s) {
		return false
	}
	if _, contact, ok := textBylineParts(s); ok && contact != "" {
		return true
	}
	parts := strings.Fields(s)
	if len(parts) < 2 || !textPhoneRe.MatchString(s) {
		return false
	}
	return textSignatureUnit([]string{s}) != ""
}

// textSignatureUnit is the unit the first part of a signature that names
// one belongs to: 西岭县委组织部 for 周晓燕 西岭县委组织部组织科 (units are
// credited, not their offices); "" when no part names a unit.
func textSignatureUnit(sig []string) string {
	for _, l := range sig {
		for _, part := range strings.Fields(l) {
			if utf8.RuneCountInString(part) >= 4 && textNamesUnits(part) {
				if m := textOfficeRe.FindStringSubmatch(part); m != nil {
					return m[1]
				}
				return part
			}
		}
	}
	return ""
}

// textOfficeRe: an office inside a unit (组织部组织科, 办公室秘书科).
var textOfficeRe = regexp.MustCompile(`^(.+?(?:组织部|宣传部|统战部|委员会|党委|党工委|工委|局|办公室))[^部委局]{1,6}(?:科|股|室|处)$`)

// textSplitSignOff takes the 落款 off the end: the unit's name on the last
// line, after a line that ends a clause, a blank line or an indent (set
// to the right, as Notepad users do). A wrapped sentence's last piece can
// end like a unit (…助力乡村振兴工作站), hence the conditions.
func textSplitSignOff(lines []textLine) ([]textLine, string) {
	n := len(lines)
	if n < 2 {
		return lines, ""
	}
	l := lines[n-1]
	if utf8.RuneCountInString(l.text) < 4 || !textNamesUnits(l.text) {
		return lines, ""
	}
	if !l.blankAbove && !l.indented && !textEndsClause(lines[n-2].text) {
		return lines, ""
	}
	return lines[:n-1], l.text
}

// textLetterParagraphs makes the letter's paragraphs: its title, its
// salutation, its 落款 unit and date and contact lines each one of their
// own, the lines between them joined as the text's layout says.
func textLetterParagraphs(letter []textLine) [][]textLine {
	var groups [][]textLine
	var run []textLine
	for i, l := range letter {
		t := l.text
		if i == 0 || textIsSalutation(t) || textNamesUnits(t) || textIsDateAlone(t) || textContactRe.MatchString(t) {
			groups = append(groups, run, []textLine{l})
			run = nil
			continue
		}
		run = append(run, l)
	}
	return append(groups, run)
}

// textGroupParagraphs joins each group of lines into paragraphs of its own.
func textGroupParagraphs(groups ...[]textLine) []string {
	var out []string
	for _, g := range groups {
		if len(g) > 0 {
			out = append(out, textParagraphs(g, textLayoutOf(g))...)
		}
	}
	return out
}

// textCoverBack puts the cover back before the text when nothing else is
// left: what was set apart was all the file said, so it is the text.
func textCoverBack(sub *editor.Submission) {
	if sub.Cover != "" && strings.TrimSpace(sub.Text) == "" {
		sub.Text, sub.Cover = sub.Cover, ""
	}
}

// textReplyRe: the line a mail client puts over the message replied to —
// 网易/QQ 在 2025-07-16 10:20:11，"…" <…> 写道：, Outlook and Thunderbird
// On …, … wrote:.
var textReplyRe = regexp.MustCompile(`^(?:在.{4,120}写道[：:]|.{2,80}于.{4,80}写道[：:]|On .{4,160} wrote:)$`)

// textSplitQuoted takes the thread a reply quotes off the end of body:
// from a 写道： line, or from a line starting with > when every line after
// it that is not blank does too. It is kept as written, with what came
// with the piece; left in, it was text and 字数 (review G27: a re-sent
// piece counted 177字 for an article of 70).
func textSplitQuoted(body string) (rest, quoted string) {
	lines := strings.Split(body, "\n")
	seen := false
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if seen && (textReplyRe.MatchString(t) || strings.HasPrefix(t, ">") && textAllQuoted(lines[i:])) {
			return strings.Join(lines[:i], "\n"), strings.TrimSpace(strings.Join(lines[i:], "\n"))
		}
		seen = seen || t != ""
	}
	return body, ""
}

func textAllQuoted(lines []string) bool {
	for _, l := range lines {
		if t := strings.TrimSpace(l); t != "" && !strings.HasPrefix(t, ">") {
			return false
		}
	}
	return true
}
