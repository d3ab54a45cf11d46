package intake

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/bulletindesk/bulletindesk/editor"
)

// textMakeItemLead turns the paragraphs of one △ entry into an item: the
// attribution comes off the end of the last paragraph, the lead off the
// start of the first, and what is left is the body, paragraphs joined by
// "\n". When the lead is a paragraph of its own, the body starts with "\n"
// so that writing the item back keeps that paragraph break. Paragraphs
// come from textItemParagraphs: spaces in a closing bracket group are
// kept until it is known whether they separate a unit from a writer.
//
// With wholeLead the first paragraph is the whole lead and the second the
// body's first, on one line in print (textCutLeadLine).
func textMakeItemLead(paras []string, wholeLead bool) editor.Item {
	var it editor.Item
	if n := len(paras); n > 0 {
		rest, attr, ok := textSplitAttribution(paras[n-1])
		if !ok {
			paras[n-1] = textCleanSpaces(paras[n-1])
		}
		if ok {
			it.Attribution = attr
			if rest == "" && n > 1 {
				paras = paras[:n-1]
			} else {
				paras = append(paras[:n-1:n-1], rest)
			}
		}
	}
	switch {
	case wholeLead && len(paras) > 1:
		it.Lead, it.Body = paras[0], strings.Join(paras[1:], "\n")
	case len(paras) > 0:
		lead, rest := textSplitLead(paras[0])
		it.Lead = lead
		it.Body = strings.Join(append([]string{rest}, paras[1:]...), "\n")
	}
	it.Words = editor.CountWords(it.Lead) + editor.CountWords(it.Body) + editor.CountWords(it.Attribution)
	return it
}

// textSplitLead cuts p after its first sentence: up to the first 。！？
// together with the sentence ends and closing quotes right after it
// (……好！”), so the body never starts with a stray ”. Without a sentence
// end the whole paragraph is the lead.
func textSplitLead(p string) (lead, rest string) {
	i := strings.IndexAny(p, textSentenceEnds)
	if i < 0 {
		return p, ""
	}
	_, size := utf8.DecodeRuneInString(p[i:])
	i += size
	for i < len(p) {
		r, size := utf8.DecodeRuneInString(p[i:])
		if !strings.ContainsRune(textSentenceEnds+textClosers, r) {
			break
		}
		i += size
	}
	return p[:i], p[i:]
}

// textSplitAttribution takes the closing （…） group off p when it credits
// units: it must end the paragraph, follow a sentence end (或 stand alone),
// and name organisations (怀宁县委组织部、太湖县委组织部), maybe in one of the
// 供稿 forms editor.AttributionUnits reads (（县委组织部供稿）, （供稿：…）,
// （…组织部 张三）). Half-width brackets (县委组织部) count too. A parenthesis
// that belongs to a sentence — 17个村（社区） — stays in the text.
func textSplitAttribution(p string) (rest, attr string, ok bool) {
	openR, closeR := '（', '）'
	if strings.HasSuffix(p, ")") {
		openR, closeR = '(', ')'
	} else if !strings.HasSuffix(p, "）") {
		return p, "", false
	}
	open := textMatchingOpen(p, openR, closeR)
	if open < 0 {
		return p, "", false
	}
	before, inner := p[:open], p[open+utf8.RuneLen(openR):len(p)-utf8.RuneLen(closeR)]
	last, _ := utf8.DecodeLastRuneInString(before)
	if before != "" && !strings.ContainsRune(textSentenceEnds+textClosers+"…", last) {
		return p, "", false
	}
	inner = strings.TrimSpace(inner)
	// Spaces between whole unit names separate units (白沙县委组织部
	// 云溪县委组织部: a 综合 item, each credited), and stay as written;
	// otherwise they are a PDF's (石门区 委组织部) unless only they make it
	// an attribution (石门区委组织部 李明: the unit and its writer).
	if strings.ContainsAny(inner, " 　") && editor.AttributionSeparatesUnits(inner) {
		return before, inner, true
	}
	if compact := textDropSoftSpaces(inner); textNamesUnits(editor.AttributionUnits(compact)) {
		return before, compact, true
	}
	if !textNamesUnits(editor.AttributionUnits(inner)) {
		return p, "", false
	}
	return before, inner, true
}

// textMatchingOpen finds the opening bracket that the final closing one of
// p closes, counting nested pairs.
func textMatchingOpen(p string, openR, closeR rune) int {
	depth := 0
	for i := len(p); i > 0; {
		r, size := utf8.DecodeLastRuneInString(p[:i])
		i -= size
		switch r {
		case closeR:
			depth++
		case openR:
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}

// textUnitEndings are the last characters of organisation names: 组织部,
// 县委, 党组, 委员会, 局, 办, 中心, 学校, 公司, 街道, 怀宁县, 社区 ….
const textUnitEndings = "部委组会局办厅处科室心院校所站队馆司团社联协县区市镇乡道村署台网旗州盟府省厂场"

// textPersonRe: words that make a bracket about a person or a source, not
// a unit (（作者系县委组织部干部）, （本报记者 …）, （摘自…）), or a photo
// caption (（图为培训现场）: 场 ends 农场 and 市场).
var textPersonRe = regexp.MustCompile(`作者|记者|通讯员|摘自|来源|转自|干部$|图为|图片|摄影|摄$`)

// textNamesUnits reports whether s reads as one or more unit names separated
// by 、 (or spaces): each 2–30 characters, with no sentence punctuation,
// ending the way organisation names end.
func textNamesUnits(s string) bool {
	if s == "" || utf8.RuneCountInString(s) > 80 || strings.ContainsAny(s, "。！？，；：,;:!?“”\"") || textPersonRe.MatchString(s) {
		return false
	}
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '、' || r == ' ' || r == '　' })
	if len(parts) == 0 {
		return false
	}
	for _, part := range parts {
		n := utf8.RuneCountInString(part)
		last, _ := utf8.DecodeLastRuneInString(part)
		if n < 2 || n > 30 || !strings.ContainsRune(textUnitEndings, last) {
			return false
		}
	}
	return true
}

// textCutLeadLine splits a △ line's text written by textLeadLine at the
// backslash after a lead the reader would not end there: ok false when s
// holds none, or the backslash is text: the lead ends before it
// (某区推行积分制。C:\Windows), where the writer puts none.
func textCutLeadLine(s string) (lead, first string, ok bool) {
	k := strings.Index(s, textEscape)
	if k <= 0 || k+1 == len(s) {
		return s, "", false
	}
	lead, first = s[:k], s[k+1:]
	if got, _ := textSplitLead(lead + first); len(got) <= len(lead) {
		return s, "", false
	}
	return lead, first, true
}
