package intake

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/bulletindesk/bulletindesk/editor"
)

// The masthead of an issue, as printed:
//
//	组工信息
//	第12期（总第345期）
//	中共安庆市委组织部编            2022年6月15日
//
// It is optional when reading. PDFs add spaces (组 工 信 息, 第 12 期) and
// decorations (内部资料, a red rule); the unit and the date may be on lines
// of their own; dates may be written 二〇二二年六月十五日.

var (
	textNumberRe = regexp.MustCompile(`^(?:(\d{4})年)?第(\d+)期(?:[（(]?总第(\d+)期[）)]?)?$`)
	textTotalRe  = regexp.MustCompile(`^[（(]?总第(\d+)期[）)]?$`)
	textDateRe   = regexp.MustCompile(`^(.*?)(\d{4})[年.\-/](\d{1,2})[月.\-/](\d{1,2})日?$`)
	textUnitRe   = regexp.MustCompile(`^(.{2,40}?)(?:编印|编发|主办|编)$`)
	// textUnitLabelRe: the label some mastheads put before the editing
	// unit (主办：中共西河县委组织部　2025年11月5日, review G24).
	textUnitLabelRe = regexp.MustCompile(`^(?:主办单位|编辑单位|主办|主编|编印|编发|承办|编辑)[：:]`)
)

// textMastheadLook is how many lines from the top a masthead may span.
const textMastheadLook = 8

// textParseMasthead fills the masthead fields of is from the top lines and
// returns the index of the first line after the masthead.
func textParseMasthead(lines []textLine, is *editor.Issue) int {
	first := -1 // the first number, unit or date line
	for i := 0; i < len(lines) && i < textMastheadLook; i++ {
		if textIsItemStart(lines[i].text) {
			break
		}
		if textMastheadField(lines[i].text, is) {
			first = i
			break
		}
	}
	if first < 0 {
		// No number or date: the first line is a title only when it is
		// named like a bulletin (…信息, …简报) and not followed by an item
		// (else it is a section heading). A byline, a 文号 or a web page's
		// title is not a series: the caller puts the issue in its bulletin.
		if len(lines) > 1 && textIsHeadingText(lines[0].text) && !textIsItemStart(lines[1].text) &&
			!textIsNumberedHeading(lines[0].text) && textBulletinNameRe.MatchString(textHeadingName(lines[0].text)) {
			is.BulletinName = textHeadingName(lines[0].text)
			return 1
		}
		return 0
	}
	is.BulletinName = textPickTitle(lines[:first])
	i := first + 1
	for i < len(lines) && (textMastheadField(lines[i].text, is) || textMastheadUnitLine(lines, i, is)) {
		i++
	}
	for i < len(lines) && textIsRule(lines[i].text) {
		i++
	}
	textUnitBelowTitle(lines[:first], is)
	textParentUnit(lines[:first], is)
	return i
}

// textUnitBelowTitle takes a line naming a unit between the title and the
// number (组工信息 / 中共江州市委组织部 / 第3期) as the editing unit when no
// line said …编: it was the masthead's, not a line to drop.
func textUnitBelowTitle(lines []textLine, is *editor.Issue) {
	if is.EditingUnit != "" || is.BulletinName == "" {
		return
	}
	below := false
	for _, l := range lines {
		name := textHeadingName(l.text)
		if below && !textIsBracketed(l.text) && textNamesUnits(textCompact(name)) {
			is.EditingUnit = textCompact(name)
			return
		}
		below = below || strings.Contains(is.BulletinName, name)
	}
}

// textIsNumberedHeading: a line numbered 一、 (一、工作动态) is a section
// heading, never a bulletin's name, though it may end like one.
func textIsNumberedHeading(s string) bool { return textHanNumberRe.MatchString(s) }

// textParentOrgRe: how the names of parent organisations end (某某大学,
// 某某集团公司, 某某市委), on a line of their own above a bulletin's title.
var textParentOrgRe = regexp.MustCompile(`(?:大学|学院|学校|集团|公司|委员会|市委|县委|区委|局|厅|院)$`)

// textParentUnit keeps a parent organisation's line above the title (江州大学
// over 组工简报, edited by 党委组织部): it belongs to the editing unit, which
// is then 江州大学党委组织部 — not to the bulletin's name, and not lost.
func textParentUnit(lines []textLine, is *editor.Issue) {
	for _, l := range lines {
		name := textHeadingName(l.text)
		if name == is.BulletinName || !textParentOrgRe.MatchString(name) || textBulletinNameRe.MatchString(name) {
			continue
		}
		if !strings.HasPrefix(is.EditingUnit, name) {
			is.EditingUnit = name + is.EditingUnit
		}
		return
	}
}

// textPickTitle picks the bulletin name among the lines above the number:
// the last short line named like a bulletin (…信息, …简报), else the last
// short line that does not name an organisation (a parent organisation's
// line 某某大学 sits above the title) nor is a bracketed note like
// （内部资料）; a bracketed series mark right below it (（增刊）) belongs to
// the name.
func textPickTitle(lines []textLine) string {
	pick := -1
	for i := len(lines) - 1; i >= 0; i-- {
		t := lines[i].text
		if !textIsHeadingText(t) || textIsBracketed(t) {
			continue
		}
		if textBulletinNameRe.MatchString(textHeadingName(t)) {
			pick = i
			break
		}
		if pick < 0 && !textNamesUnits(textHeadingName(t)) {
			pick = i
		}
	}
	if pick < 0 {
		return ""
	}
	title := textHeadingName(lines[pick].text)
	for _, l := range lines[pick+1:] {
		if textIsBracketed(l.text) && textSeriesRe.MatchString(l.text) {
			title += textHeadingName(l.text)
		}
	}
	return title
}

// textBulletinNameRe: how the names of bulletins end.
var textBulletinNameRe = regexp.MustCompile(`(?:信息|简报|简讯|通讯|动态|专报|快报|要情|周报|月报|增刊|专刊|特刊|情况|参考|工作|交流|通报)$`)

var textSeriesRe = regexp.MustCompile(`增刊|专刊|特刊|专报|副刊|专辑`)

func textIsBracketed(s string) bool {
	return strings.HasPrefix(s, "（") || strings.HasPrefix(s, "【") || strings.HasPrefix(s, "(")
}

// textMastheadField fills the field line s holds — 第N期（总第M期） (the
// brackets optional, 总第M期 possibly on a line of its own), "unit编
// date", "unit编", or a date — and reports whether it held one.
func textMastheadField(s string, is *editor.Issue) bool {
	c := textYearNumber(textUnbracketNumber(textChineseNumber(textChineseDate(textCompact(s)))))
	if rest, ok := textInlineNumber(c, is); ok {
		// unit, number and date on one line: 某某编 第1期(总第7期) 2022年6月15日
		return rest == "" || textMastheadField(rest, is)
	}
	if m := textNumberRe.FindStringSubmatch(c); m != nil {
		is.Number, _ = strconv.Atoi(m[2])
		is.TotalNumber, _ = strconv.Atoi(m[3])
		if m[1] != "" && is.Year == 0 {
			is.Year, _ = strconv.Atoi(m[1])
		}
		return true
	}
	if m := textTotalRe.FindStringSubmatch(c); m != nil { // 总第M期 on a line of its own
		is.TotalNumber, _ = strconv.Atoi(m[1])
		return true
	}
	labelled := textUnitLabelRe.MatchString(c)
	c = textUnitLabelRe.ReplaceAllString(c, "")
	if m := textDateRe.FindStringSubmatch(c); m != nil && utf8Len(m[1]) <= 41 && !strings.ContainsAny(m[1], "，。：:,；！？") {
		d, ok := textMakeDate(m[2], m[3], m[4])
		if !ok || labelled && !textNamesUnits(m[1]) {
			return false
		}
		if um := textUnitRe.FindStringSubmatch(m[1]); um != nil {
			is.EditingUnit = um[1]
		} else if m[1] != "" {
			is.EditingUnit = m[1]
		}
		is.Date, is.Year = d, d.Year()
		return true
	}
	if m := textUnitRe.FindStringSubmatch(c); m != nil && !strings.ContainsAny(c, "：:，。") {
		is.EditingUnit = m[1]
		return true
	}
	if labelled && textNamesUnits(c) { // 主办：中共西河县委组织部, the date elsewhere
		is.EditingUnit = c
		return true
	}
	return false
}

// textMastheadUnitLine: line i, below a number or date line of the
// masthead, is the editing unit's name on a line of its own without 编
// (（第12期） / 中共西河县委组织部 / 2025年11月5日, review G24): it names
// units, and the date follows it or a blank line ends the masthead. Read
// as headings, the two lines had been two sections, the unit's printed
// nowhere.
func textMastheadUnitLine(lines []textLine, i int, is *editor.Issue) bool {
	if is.EditingUnit != "" || textIsBracketed(lines[i].text) || textIsItemStart(lines[i].text) || !textNamesUnits(textCompact(lines[i].text)) {
		return false
	}
	var probe editor.Issue
	if i+1 < len(lines) && (lines[i+1].blankAbove || textMastheadField(lines[i+1].text, &probe) && !probe.Date.IsZero()) {
		is.EditingUnit = textCompact(lines[i].text)
		return true
	}
	return false
}

// textInlineNumberRe finds 第N期（总第M期） inside a masthead line that also
// holds the editing unit or the date.
var textInlineNumberRe = regexp.MustCompile(`(?:(\d{4})年)?第(\d+)期(?:[（(]?总第(\d+)期[）)]?)?`)

// textInlineNumber takes the number off a line that has more on it and
// returns the rest; only when the rest is an editing unit (…编, or a
// unit's name on its own beside the number) or a date, so a sentence
// mentioning 第3期 is left alone.
func textInlineNumber(c string, is *editor.Issue) (string, bool) {
	loc := textInlineNumberRe.FindStringSubmatchIndex(c)
	if loc == nil || loc[0] == 0 && loc[1] == len(c) {
		return "", false
	}
	var probe editor.Issue
	var unit string
	var fields []string
	for _, part := range strings.Fields(c[:loc[0]] + " " + c[loc[1]:]) {
		switch {
		case textMastheadField(part, &probe) && probe.Number == 0:
			fields = append(fields, part)
		case unit == "" && textNamesUnits(part):
			unit = part // the unit without 编: 中共江州市委组织部　第3期　2024年3月5日
		default:
			return "", false
		}
	}
	num := func(k int) int {
		if loc[2*k] < 0 {
			return 0
		}
		n, _ := strconv.Atoi(c[loc[2*k]:loc[2*k+1]])
		return n
	}
	is.Number, is.TotalNumber = num(2), num(3)
	if y := num(1); y != 0 && is.Year == 0 {
		is.Year = y
	}
	if unit != "" {
		is.EditingUnit = unit
	}
	return strings.Join(fields, " "), true
}

func utf8Len(s string) int { return len([]rune(s)) }

func textMakeDate(y, m, d string) (editor.Date, bool) {
	yy, _ := strconv.Atoi(y)
	mm, _ := strconv.Atoi(m)
	dd, _ := strconv.Atoi(d)
	t := time.Date(yy, time.Month(mm), dd, 0, 0, 0, 0, time.UTC)
	if yy < 1949 || yy > 2200 || t.Month() != time.Month(mm) || t.Day() != dd {
		return editor.Date{}, false
	}
	return t, true
}

// textChineseDate rewrites a date in Chinese numerals (二〇二二年六月十五日)
// in digits, leaving any other text alone.
func textChineseDate(s string) string {
	return textCNDateRe.ReplaceAllStringFunc(s, func(m string) string {
		sub := textCNDateRe.FindStringSubmatch(m)
		var y strings.Builder
		for _, r := range sub[1] {
			y.WriteByte(byte('0' + strings.IndexRune(textCNDigits, r)/len("〇")))
		}
		return y.String() + "年" + strconv.Itoa(textCNSmall(sub[2])) + "月" + strconv.Itoa(textCNSmall(sub[3])) + "日"
	})
}

// textUnbracketNumber takes the brackets off a number line that has them
// all round — （第15期）, (2024年第3期), 〔第15期〕, the usual 简报 masthead
// (review F23: read as no number, and the issue stored as 第1期).
func textUnbracketNumber(c string) string {
	m := textBracketedRe.FindStringSubmatch(c)
	if m == nil || !textNumberRe.MatchString(m[1]) {
		return c
	}
	return m[1]
}

// textYearNumber writes the 公文 forms of a number with its year —
// 〔2025〕第12期, [2025]第12期, 【2025】12期, 2025年12期 — as 2025年第12期, the
// form the number lines are read in (review G23: the line was dropped and
// the issue printed as 第1期).
func textYearNumber(c string) string {
	c = textBracketYearRe.ReplaceAllString(c, "${1}年第${2}期")
	return textYearNoDiRe.ReplaceAllString(c, "${1}年第${2}期")
}

var (
	textBracketYearRe = regexp.MustCompile(`[〔［\[【（(](\d{4})[〕］\]】）)]第?(\d{1,3})期`)
	textYearNoDiRe    = regexp.MustCompile(`(\d{4})年(\d{1,3})期`)
)

var textBracketedRe = regexp.MustCompile(`^[（(〔［\[]\s*(.+?)\s*[）)〕］\]]$`)

// textChineseNumber writes 第十五期 and 总第一百二十期 in digits, as the
// number lines are read.
func textChineseNumber(c string) string {
	return textCNIssueRe.ReplaceAllStringFunc(c, func(m string) string {
		sub := textCNIssueRe.FindStringSubmatch(m)
		n, ok := textCNCount(sub[1])
		if !ok {
			return m
		}
		return "第" + strconv.Itoa(n) + "期"
	})
}

var textCNIssueRe = regexp.MustCompile(`第([〇零一二两三四五六七八九十百]{1,7})期`)

// textCNCount reads a count from 一 to 九百九十九 (十五, 一百零五, 二百三十);
// false for what is not one (十十, 百).
func textCNCount(s string) (int, bool) {
	total, digit, seen := 0, -1, false
	for _, r := range s {
		switch r {
		case '百', '十':
			unit := map[rune]int{'百': 100, '十': 10}[r]
			if digit == 0 || digit < 0 && (r == '百' || seen) {
				return 0, false
			}
			total += max(digit, 1) * unit
			digit = -1
		case '零', '〇':
			digit = 0
		default:
			digit = strings.IndexRune("一二三四五六七八九", r)/len("一") + 1
			if r == '两' {
				digit = 2
			}
		}
		seen = true
	}
	if digit > 0 {
		total += digit
	}
	return total, total > 0
}

// textCNDigits are the Chinese digits 0–9, each three bytes in UTF-8.
const textCNDigits = "〇一二三四五六七八九"

var textCNDateRe = regexp.MustCompile(`([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日`)

// textCNSmall reads 一 … 三十一.
func textCNSmall(s string) int {
	n, tens := 0, 0
	for _, r := range s {
		if r == '十' {
			tens = max(n, 1)
			n = 0
			continue
		}
		n = strings.IndexRune(textCNDigits, r) / len("〇")
	}
	return tens*10 + n
}
