package intake

import (
	"regexp"
	"strings"

	"github.com/bulletindesk/bulletindesk/editor"
)

// A whole issue saved from a web page (a 先锋网's 组工信息 page, issue 10
// review R3) comes with the site around it: the navigation bar and 当前位置
// above, the article's 来源/发布时间/浏览次数 line and 【字体：大 中 小】【打印】
// 【关闭】, and below it 上一篇/下一篇, 【打印本页】【关闭窗口】, 主办, 版权所有
// and 备案号. They had become a printed △ item the source never had and
// been glued into the last item. Those lines, before the first item and
// after the last item's start, are removed before anything else is read and
// listed in the summary, the way a PDF's page numbers are; nothing else is
// dropped. The page title 组工信息（2026年第12期） is the masthead, and the
// 发布时间 is proposed as the issue's date (flagged: it is the day the site
// posted the page, which is often, not always, the issue's).

var (
	// textWebStrongRe: lines no bulletin prints, so one of them marks a web page.
	textWebStrongRe = regexp.MustCompile(`^(?:上一篇|下一篇|上一条|下一条|上一页|下一页)\s*[：:]|^(?:当前位置|您的位置|您现在的位置|当前的位置)\s*[：:]|` +
		`版权所有|[Cc]opyright|©|ICP备|ICP证|公网安备|(?:备案号|网站标识码|浏览次数|点击数|阅读次数|访问次数|点击量|阅读量)\s*[：:]`)
	// textWebMetaRe: an article's 来源/作者/发布时间 line: two of those fields.
	textWebMetaRe = regexp.MustCompile(`(?:来源|作者|发布时间|发布日期|发稿时间|时间|日期)\s*[：:]`)
	// textWebWeakRe: lines of a site's foot that a bulletin could print in
	// another sense, dropped only on a page already known to be one.
	textWebWeakRe = regexp.MustCompile(`^(?:主办|承办|协办|主办单位|承办单位|技术支持|联系我们|地址|邮编|联系电话|分享到)\s*[：:]?`)
	// textWebButtonRe: a line of page buttons only: 【打印】【关闭】, [打印本页].
	textWebButtonRe = regexp.MustCompile(`^(?:\s*[【\[]\s*(?:字体|字号|打印|关闭|收藏|分享|返回|顶部|窗口|本页|默认|大|中|小|\s|：|:)+[】\]]\s*)+$`)
	// textWebTitleRe: the page's title, 组工信息（2026年第12期）.
	textWebTitleRe = regexp.MustCompile(`^(\p{Han}{2,12})\s*[（(]\s*((?:\d{4})\s*年\s*第\s*\d+\s*期)\s*[）)]$`)
	textWebDateRe  = regexp.MustCompile(`(?:发布时间|发布日期|发稿时间|日期|时间)\s*[：:]\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})`)
)

// textWebPage is what the web page around an issue gave: the lines
// removed, as they stood, and the date it was posted.
type textWebPage struct {
	removed []string
	date    editor.Date
}

// textIsWebStrong: s is a line only a web page has: 上一篇：, 当前位置：, a
// row of buttons, 版权所有, a 备案号, a navigation bar (首页 | …), or an
// article's 来源 and 发布时间 together.
func textIsWebStrong(s string) bool {
	if strings.ContainsAny(s, textSentenceEnds) {
		return false // a sentence (网站浏览次数突破10万次。) is text, whatever it speaks of
	}
	return textWebStrongRe.MatchString(s) || textWebButtonRe.MatchString(s) || textIsWebNav(s) ||
		len(textWebMetaRe.FindAllString(s, -1)) >= 2
}

// textIsWebNav: a navigation bar or breadcrumb: 首页 | 工作动态 | …, or
// 首页 > 组工信息, every part short.
func textIsWebNav(s string) bool {
	parts := strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune("|｜>»›", r) })
	if len(parts) < 2 || !strings.HasPrefix(strings.TrimSpace(parts[0]), "首页") && len(parts) < 4 {
		return false
	}
	for _, p := range parts {
		if n := len([]rune(strings.TrimSpace(p))); n == 0 || n > 10 || strings.ContainsAny(p, "。，；！？") {
			return false
		}
	}
	return true
}

// textDropWebChrome removes the web page's lines around the issue: before
// the first △ (or, with none, before the first heading-like line under
// them) and after the last △ from the first line only a page has. It
// does nothing to a text with no such line at all.
func textDropWebChrome(lines []textLine) ([]textLine, textWebPage) {
	var web textWebPage
	first, last := len(lines), -1
	strong := false
	for i, l := range lines {
		if textIsItemStart(l.text) {
			first, last = min(first, i), i
		}
		strong = strong || textIsWebStrong(l.text)
	}
	if !strong {
		return lines, web
	}
	tail := len(lines)
	for i := last + 1; i < len(lines); i++ {
		if textIsWebStrong(lines[i].text) {
			tail = i
			break
		}
	}
	var out []textLine
	for i, l := range lines {
		if (i < first || i >= tail) && (textIsWebStrong(l.text) || textWebWeakRe.MatchString(l.text)) {
			web.removed = append(web.removed, l.text)
			web.takeDate(l.text)
			continue
		}
		if i < first {
			out = append(out, textWebTitle(l)...)
			continue
		}
		out = append(out, l)
	}
	return out, web
}

// takeDate keeps the first 发布时间 the page gives.
func (w *textWebPage) takeDate(s string) {
	if !w.date.IsZero() {
		return
	}
	if m := textWebDateRe.FindStringSubmatch(s); m != nil {
		if d, ok := textMakeDate(m[1], m[2], m[3]); ok {
			w.date = d
		}
	}
}

// textWebTitle splits the page title 组工信息（2026年第12期） into the
// masthead's name and number lines; any other line stays as it is.
func textWebTitle(l textLine) []textLine {
	m := textWebTitleRe.FindStringSubmatch(l.text)
	if m == nil {
		return []textLine{l}
	}
	num := l
	l.text, num.text, num.blankAbove = m[1], m[2], false
	return []textLine{l, num}
}

// proposeDate gives is the page's date when its masthead had none.
func (w textWebPage) proposeDate(is *editor.Issue) bool {
	if w.date.IsZero() || !is.Date.IsZero() {
		return false
	}
	is.Date = w.date
	if is.Year == 0 {
		is.Year = w.date.Year()
	}
	return true
}
