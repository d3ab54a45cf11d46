package intake

import (
	"github.com/bulletindesk/bulletindesk/export/issueprint"
	"regexp"
	"strconv"
)

// Structures of other offices' bulletins, read before the lines are
// sorted (text_read.go): items started by numbers or 【标题】 where a
// bulletin has no △ (the page furniture a PDF leaves is text_read_pages.go).

// textNumberStyle is one way of numbering items: 一、 or 1. (1、 1．).
type textNumberStyle int

const (
	textNumberNone textNumberStyle = iota
	textNumberHan
	textNumberArabic
)

var (
	textHanNumberRe    = regexp.MustCompile(`^([一二三四五六七八九十]{1,3})、\s*`)
	textArabicNumberRe = regexp.MustCompile(`^(\d{1,2})\s*[.．、]\s*`)
	textBracketTitleRe = regexp.MustCompile(`^【([^【】]{2,40})】\s*`)
)

// textItemNumber reads the item number that starts s in a style: the
// number and the text after it, ok false when s does not start so (1.5倍
// is a number, not an item).
func textItemNumber(s string, style textNumberStyle) (n int, rest string, ok bool) {
	re := textArabicNumberRe
	if style == textNumberHan {
		re = textHanNumberRe
	}
	m := re.FindStringSubmatchIndex(s)
	if m == nil {
		return 0, "", false
	}
	rest = s[m[1]:]
	if style == textNumberHan {
		n = textCNSmall(s[m[2]:m[3]])
	} else {
		n, _ = strconv.Atoi(s[m[2]:m[3]])
		if rest != "" && rest[0] >= '0' && rest[0] <= '9' {
			return 0, "", false
		}
	}
	return n, rest, n > 0 && rest != ""
}

// textMarkItemStarts turns the item starts of a bulletin without any △
// into △ lines, so they are read as items: numbered items (1. 2. 3. or
// 一、二、, each the next number or 1 again) and 【标题】 lines. A numbered
// or 【】 line that is a heading — short, and with no text of its own
// under it, like 一、市内信息 over 1.…, or 【简讯】 over 【…】 — stays a
// heading; the numbers of a 本期要目 list are not items. It returns how
// many items it found.
func textMarkItemStarts(lines []textLine) int {
	for _, l := range lines {
		if textIsItemStart(l.text) {
			return 0
		}
	}
	style := textItemStyle(lines)
	count, expect, contents := textMarkBracketSections(lines), 1, false // 【栏目】 over headlines (text_read_sections.go)
	for i := range lines {
		t := lines[i].text
		if textCompact(t) == issueprint.ContentsTitle {
			contents = true
			continue
		}
		if m := textBracketTitleRe.FindStringSubmatchIndex(t); m != nil && !textStartHeading(lines, i, style) {
			if t[m[1]:] == "" {
				t = t[m[2]:m[3]]
			}
			lines[i].text, contents = "△"+t, false
			count++
			continue
		}
		n, rest, ok := textItemNumber(t, style)
		if !ok || n != expect && n != 1 || textStartHeading(lines, i, style) {
			continue
		}
		if contents && n == 1 && expect > 1 {
			contents = false // the 要目 list ends where the numbers start again
		}
		expect = n + 1
		if !contents {
			lines[i].text = "△" + rest
			count++
		}
	}
	return count
}

// textItemStyle is the numbering of items: the style of the first line
// numbered 1 that is not a heading over a list numbered in the other
// style (一、市内信息 over 1.…).
func textItemStyle(lines []textLine) textNumberStyle {
	for i, l := range lines {
		for _, st := range []textNumberStyle{textNumberHan, textNumberArabic} {
			if n, _, ok := textItemNumber(l.text, st); !ok || n != 1 {
				continue
			}
			other := textNumberHan + textNumberArabic - st
			if i+1 < len(lines) && textIsHeadingText(l.text) {
				if m, _, ok := textItemNumber(lines[i+1].text, other); ok && m == 1 {
					return other
				}
			}
			return st
		}
	}
	return textNumberNone
}

// textStartHeading: line i, numbered or in 【】, is a heading and not an
// item: short, without sentence punctuation, and with no text of its own
// under it — the next line is another start, a heading, an 编者按, the
// footer, or the end. (An item whose text is one such short line is
// missed, and stays text: a missed start is better than an invented one.)
func textStartHeading(lines []textLine, i int, style textNumberStyle) bool {
	if !textIsHeadingText(lines[i].text) {
		return false
	}
	if i+1 == len(lines) {
		return true
	}
	next := lines[i+1].text
	_, _, numbered := textItemNumber(next, style)
	return numbered || textBracketTitleRe.MatchString(next) || textFooterStart(next) || textIsHeadingText(next) || textIsNote(next) ||
		textIsItemStart(next)
}
