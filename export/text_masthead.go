package export

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
	textUnitRe   = regexp.MustCompile(`^(.{2,40})编$`)
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
		// No number or date: the first line is a title when it is a short
		// line not followed by an item (else it is a section heading).
		if len(lines) > 1 && textIsHeadingText(lines[0].text) && !textIsItemStart(lines[1].text) {
			is.BulletinName = textHeadingName(lines[0].text)
			return 1
		}
		return 0
	}
	is.BulletinName = textPickTitle(lines[:first])
	i := first + 1
	for i < len(lines) && textMastheadField(lines[i].text, is) {
		i++
	}
	for i < len(lines) && textIsRule(lines[i].text) {
		i++
	}
	return i
}

// textPickTitle picks the bulletin name among the lines above the number:
// the last short line that is not a bracketed note like （内部资料）; a
// bracketed series mark right below it (（增刊）) belongs to the name.
func textPickTitle(lines []textLine) string {
	for i := len(lines) - 1; i >= 0; i-- {
		t := lines[i].text
		if !textIsHeadingText(t) || textIsBracketed(t) {
			continue
		}
		title := textHeadingName(t)
		for _, l := range lines[i+1:] {
			if textIsBracketed(l.text) && textSeriesRe.MatchString(l.text) {
				title += textHeadingName(l.text)
			}
		}
		return title
	}
	return ""
}

var textSeriesRe = regexp.MustCompile(`增刊|专刊|特刊|专报|副刊|专辑`)

func textIsBracketed(s string) bool {
	return strings.HasPrefix(s, "（") || strings.HasPrefix(s, "【") || strings.HasPrefix(s, "(")
}

// textMastheadField fills the field line s holds — 第N期（总第M期） (the
// brackets optional, 总第M期 possibly on a line of its own), "unit编
// date", "unit编", or a date — and reports whether it held one.
func textMastheadField(s string, is *editor.Issue) bool {
	c := textChineseDate(textCompact(s))
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
	if m := textDateRe.FindStringSubmatch(c); m != nil && utf8Len(m[1]) <= 41 && !strings.ContainsAny(m[1], "，。：:,；！？") {
		d, ok := textMakeDate(m[2], m[3], m[4])
		if !ok {
			return false
		}
		if unit := strings.TrimSuffix(m[1], "编"); unit != "" {
			is.EditingUnit = unit
		}
		is.Date, is.Year = d, d.Year()
		return true
	}
	if m := textUnitRe.FindStringSubmatch(c); m != nil && !strings.ContainsAny(c, "：:，。") {
		is.EditingUnit = m[1]
		return true
	}
	return false
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
