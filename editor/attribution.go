package editor

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// How attributions are written. The closing bracket of an item names who
// sent it, in several shapes that all credit the same unit:
//
//	（县委组织部）             the plain form
//	（县委组织部供稿）         with 供稿, 撰稿, 来稿, 报送 or 提供 after it
//	（教务处/供稿）            the same with a slash
//	（供稿：县委组织部）       the label first
//	（某县委组织部 张三）      the unit and the writer's name
//
// The item keeps the attribution as written; crediting works on the unit
// names AttributionUnits takes out of it. Anything else — （通讯员 某某）,
// （下转02版）, （来源：…） — names no unit: a false credit changes a unit's
// score, a missed one only leaves the editor a credit to add.

var (
	attributionLabelRe  = regexp.MustCompile(`^(?:供稿|撰稿|来稿|报送|供稿单位|来稿单位|报送单位)\s*[：:]\s*`)
	attributionSuffixRe = regexp.MustCompile(`\s*[/／]?\s*(?:供稿|撰稿|来稿|报送|提供|供)$`)
)

// AttributionUnits returns the unit names an attribution holds, separated
// as the attribution separates them (、 for several units), without the
// 供稿 words and without a writer's name after the last unit; "" when the
// attribution has no such shape.
func AttributionUnits(attr string) string {
	s := strings.TrimSpace(attr)
	s = attributionLabelRe.ReplaceAllString(s, "")
	s = strings.TrimSpace(attributionSuffixRe.ReplaceAllString(s, ""))
	return attributionDropWriter(s)
}

// attributionDropWriter drops a personal name (2–4 Han characters that do
// not end like an organisation) after the last space, when what precedes it
// still ends like an organisation: 某县委组织部 张三 → 某县委组织部.
func attributionDropWriter(s string) string {
	i := strings.LastIndexAny(s, " \u3000")
	if i < 0 {
		return s
	}
	head, name := strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+1:])
	if name == "" {
		return head
	}
	n := utf8.RuneCountInString(name)
	if n < 2 || n > 4 || !attributionAllHan(name) || looksLikeUnitName(name) {
		return s
	}
	if !looksLikeUnitName(attributionLastPart(head)) {
		return s
	}
	return head
}

func attributionLastPart(s string) string {
	parts := strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(unitListSeparators, r) })
	if len(parts) == 0 {
		return ""
	}
	return parts[len(parts)-1]
}

func attributionAllHan(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return true
}

// AttributionSeparatesUnits reports whether an attribution holds two or
// more unit names, each whole (four characters at least, ending like an
// organisation), separated as unitListSeparators say — spaces too:
// （白沙县委组织部 云溪县委组织部） credits both. A PDF's space inside one
// name (石门区 委组织部, 市委组织部 办公室) leaves a part that is no
// organisation's whole name, and so is not taken for two units.
func AttributionSeparatesUnits(attr string) bool {
	parts := strings.FieldsFunc(AttributionUnits(attr), func(r rune) bool { return strings.ContainsRune(unitListSeparators, r) })
	for _, p := range parts {
		if utf8.RuneCountInString(p) < 4 || !looksLikeUnitName(p) {
			return false
		}
	}
	return len(parts) > 1
}
