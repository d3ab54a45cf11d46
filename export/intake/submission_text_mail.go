package intake

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/bulletindesk/bulletindesk/editor"
)

// How an e-mail 来稿 is read. Units send their pieces by e-mail and the
// editor saves or pastes the message as text. Outlook, Foxmail, QQ mail and
// 163 mail write a header block (发件人/发送时间/收件人/主题, or From:/Sent:/
// To:/Subject:); a forwarded message repeats the original's block under a
// separator (-----原始邮件-----, -----Original Message-----, -------- 转发邮件
// 信息 --------). The blocks come off the top; the innermost one is the
// unit's own message: its 发送时间 is the 收稿日期, its subject (without
// 报送信息：, 【信息】, 转发：, Fw: …) the title when the body has no headline
// line of its own. A forwarder's note between blocks is kept as a
// paragraph. A subject folded onto a second line is joined again.

// textMail is what the header blocks of an e-mail say.
type textMail struct {
	subject  string // the unit's subject, marks taken off
	received editor.Date
	notes    []editor.IntakeNote // the header fields as written: 发件人, 发送时间, 主题 first
	front    []string            // text between the blocks (a forwarder's note), kept before the piece
}

var (
	textMailFieldRe = regexp.MustCompile(`^\s*(?i:(发件人|寄件者|收件人|收件者|抄送|抄送人|密送|发送时间|发件时间|发送日期|日期|时间|主题|主旨|附件|重要性|from|to|cc|bcc|date|sent|subject|attachments|importance))\s*[：:]\s*(.*)$`)
	textMailSepRe   = regexp.MustCompile(`^[-－—_=*\s]*(?:&nbsp;)*\s*(?i:原始邮件|原邮件|邮件原文|转发邮件信息|转发的邮件|original message|forwarded message|begin forwarded message:?)\s*(?:&nbsp;)*[-－—_=*\s]*$|^_{10,}$`)
	// textMailMarkRe: what mail clients and units put before a subject.
	textMailMarkRe = regexp.MustCompile(`^(?:(?i:re|fw|fwd|aw|wg)\s*[：:]\s*|(?:转发|回复|答复|报送信息|报送|投稿|来稿|信息|组工信息)\s*[：:]\s*|【(?:信息|组工信息|报送|报送信息|投稿|来稿|简讯|稿件)】\s*|\[(?:信息|投稿|来稿)\]\s*)+`)
)

// textMailLabels gives each header field its Chinese name for the preview.
var textMailLabels = map[string]string{
	"发件人": "发件人", "寄件者": "发件人", "from": "发件人",
	"发送时间": "发送时间", "发件时间": "发送时间", "发送日期": "发送时间", "日期": "发送时间", "时间": "发送时间", "sent": "发送时间", "date": "发送时间",
	"主题": "主题", "主旨": "主题", "subject": "主题",
	"收件人": "收件人", "收件者": "收件人", "to": "收件人", "抄送": "抄送", "抄送人": "抄送", "cc": "抄送", "密送": "密送", "bcc": "密送",
	"附件": "附件", "attachments": "附件", "重要性": "重要性", "importance": "重要性",
}

// textMailShown are the fields the preview names first; the others follow
// them (a folded 收件人 list is kept as well: nothing of a file is dropped).
var textMailShown = map[string]bool{"发件人": true, "发送时间": true, "主题": true}

// textMailBlock is one header block: its fields by Chinese label, in order.
type textMailBlock struct {
	fields []editor.IntakeNote
	sender bool // a 发件人 or 主题 was among them: an e-mail's, not 时间：/地点：
}

func (b textMailBlock) get(label string) string {
	for _, f := range b.fields {
		if f.Label == label {
			return f.Value
		}
	}
	return ""
}

// textReadMail takes the header blocks off the top of s; it returns what
// they say and the rest of the text. A text that does not start with a
// header block (or a forwarder's few lines and a separator before one) is
// returned whole.
func textReadMail(s string) (textMail, string) {
	raw := strings.Split(s, "\n")
	var m textMail
	var last textMailBlock
	var blocks []textMailBlock
	from, found := 0, false
	for {
		sep, at := textNextMailBlock(raw, from, !found)
		if at < 0 {
			break
		}
		blk, end := textMailBlockAt(raw, at)
		if note := strings.TrimSpace(strings.Join(raw[from:sep], "\n")); note != "" {
			m.front = append(m.front, strings.Join(raw[from:sep], "\n"))
		}
		blocks = append(blocks, blk)
		last, from, found = blk, end, true
	}
	if !found {
		return m, s
	}
	// the forwarders' blocks above the piece's own are shown too, as
	// 转发人/转发时间/转发主题, and every block's other fields after them:
	// what their (folded) field lines held is not dropped
	var rest []editor.IntakeNote
	for i, b := range blocks {
		for _, f := range b.fields {
			if !textMailShown[f.Label] {
				if f.Value != "" {
					rest = append(rest, f)
				}
				continue
			}
			if f.Label == "发件人" {
				f.Value = textMailSender(f.Value)
			}
			if i < len(blocks)-1 {
				f.Label = textForwardLabels[f.Label]
			}
			m.notes = append(m.notes, f)
		}
	}
	m.notes = append(m.notes, rest...)
	m.subject = textCleanSpaces(textMailMarkRe.ReplaceAllString(last.get("主题"), ""))
	m.received, _ = textMailDate(last.get("发送时间"))
	return m, strings.Join(raw[from:], "\n")
}

// textForwardLabels name a forwarder's fields in the preview.
var textForwardLabels = map[string]string{"发件人": "转发人", "发送时间": "转发时间", "主题": "转发主题"}

// textMailFirstReach is how many non-blank lines a forwarder's note before
// the first separator may have.
const textMailFirstReach = 6

// textNextMailBlock finds the next header block from line from: sep is
// where the text before it ends (its separator line, or the block itself),
// at its first field line; at < 0 when there is none. The first block must
// start the text, or follow a separator within a few lines; later ones may
// stand anywhere in the text, with or without a separator.
func textNextMailBlock(raw []string, from int, first bool) (sep, at int) {
	seen := 0
	for i := from; i < len(raw); i++ {
		t := strings.TrimSpace(raw[i])
		if t == "" {
			continue
		}
		if textMailSepRe.MatchString(t) {
			if j := textNextNonBlank(raw, i+1); j >= 0 && textIsMailBlock(raw, j) {
				return i, j
			}
		} else if (first && seen == 0 || !first && textMailLabelOf(t) == "发件人") && textIsMailBlock(raw, i) {
			return i, i // without a separator, a later block must start with its 发件人
		}
		if seen++; first && seen > textMailFirstReach {
			break
		}
	}
	return -1, -1
}

// textMailLabelOf is the Chinese label of the header field line t, "" when
// t is no field or one the preview does not show.
func textMailLabelOf(t string) string {
	m := textMailFieldRe.FindStringSubmatch(t)
	if m == nil {
		return ""
	}
	return textMailLabels[strings.ToLower(m[1])]
}

func textNextNonBlank(raw []string, i int) int {
	for ; i < len(raw); i++ {
		if strings.TrimSpace(raw[i]) != "" {
			return i
		}
	}
	return -1
}

// textIsMailBlock: two header fields or more from line i, one of them a
// 发件人 or a 主题.
func textIsMailBlock(raw []string, i int) bool {
	blk, _ := textMailBlockAt(raw, i)
	return len(blk.fields) >= 2 && blk.sender
}

// textMailBlockAt reads the header fields from line i; end is the line
// after the block. A line that continues a field (folded: it starts with a
// space, or a field line follows it) is joined to that field's value.
func textMailBlockAt(raw []string, i int) (textMailBlock, int) {
	var b textMailBlock
	for i < len(raw) {
		m := textMailFieldRe.FindStringSubmatch(raw[i])
		if m == nil {
			if len(b.fields) == 0 || !textMailContinues(raw, i, b.fields[len(b.fields)-1].Label) {
				break
			}
			f := &b.fields[len(b.fields)-1]
			next := strings.TrimSpace(raw[i])
			if textNeedsSpace(f.Value, next) {
				f.Value += " "
			}
			f.Value += next
			i++
			continue
		}
		key := strings.ToLower(m[1])
		label := textMailLabels[key]
		if label == "" {
			label = key
		}
		b.sender = b.sender || label == "发件人" || label == "主题"
		b.fields = append(b.fields, editor.IntakeNote{Label: label, Value: strings.TrimSpace(m[2])})
		i++
	}
	return b, i
}

// textMailContinues: line i is not blank and continues the field above
// it: it starts with a space or a tab (folded, as mail clients wrap a long
// subject), or a field follows it, or it ends the header of a subject (a
// blank line follows) and is no greeting and no sentence.
func textMailContinues(raw []string, i int, field string) bool {
	t := raw[i]
	if strings.TrimSpace(t) == "" {
		return false
	}
	if t[0] == ' ' || t[0] == '\t' {
		return true
	}
	if i+1 < len(raw) && textMailFieldRe.MatchString(raw[i+1]) {
		return true
	}
	t = strings.TrimSpace(t)
	last := i+1 >= len(raw) || strings.TrimSpace(raw[i+1]) == ""
	return field == "主题" && last && !textIsGreeting(t) && !textEndsOpen(t) && editor.CountWords(t) <= textTitleMaxWords
}

var (
	textMailDateRe   = regexp.MustCompile(`(\d{4})\s*[年/\-.]\s*(\d{1,2})\s*[月/\-.]\s*(\d{1,2})`)
	textMailMonthRe  = regexp.MustCompile(`(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})`)
	textMailDayMonRe = regexp.MustCompile(`(?i)\b(\d{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(\d{4})`)
)

const textMailMonths = "janfebmaraprmayjunjulaugsepoctnovdec"

// textMailDate reads the date of a 发送时间 (2025年3月14日 9:02, 2025-03-14
// 09:02, 2025年3月14日(星期五) 上午9:02, Friday, March 14, 2025 9:02 AM,
// Fri, 14 Mar 2025 09:02:11 +0800); the time of day is not kept.
func textMailDate(v string) (editor.Date, bool) {
	v = textCompactDigits(v)
	if m := textMailDateRe.FindStringSubmatch(v); m != nil {
		return textMakeDate(m[1], m[2], m[3])
	}
	month := func(s string) string { return strconv.Itoa(strings.Index(textMailMonths, strings.ToLower(s))/3 + 1) }
	if m := textMailMonthRe.FindStringSubmatch(v); m != nil {
		return textMakeDate(m[3], month(m[1]), m[2])
	}
	if m := textMailDayMonRe.FindStringSubmatch(v); m != nil {
		return textMakeDate(m[3], month(m[2]), m[1])
	}
	return editor.Date{}, false
}

// textCompactDigits turns full-width digits into ASCII ones.
func textCompactDigits(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '０' && r <= '９' {
			return r - '０' + '0'
		}
		return r
	}, s)
}

// textMailQuotedNameRe: a display name in quotes before the address, as
// Outlook and Coremail (163, 126) write it: "李青" <liqing@…>.
var textMailQuotedNameRe = regexp.MustCompile(`^"\s*([^"]*?)\s*"\s*(<[^<>]*>)$`)

// textMailSender is a 发件人 as a person reads it: 李青 <liqing@…> for
// "李青" <liqing@…> (review G2: the preview showed the quotes escaped).
func textMailSender(v string) string {
	if m := textMailQuotedNameRe.FindStringSubmatch(strings.TrimSpace(v)); m != nil {
		if m[1] == "" {
			return m[2]
		}
		return m[1] + " " + m[2]
	}
	return v
}
