package editor

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// UnitMatcher recognises units in attributions and texts by name, short
// name and aliases. It is pure: build it from Units and reuse it.
type UnitMatcher struct {
	units []Unit
	exact map[string]int // full name, alias or short name → index in units
	long  []unitMatchName
	short []unitMatchName
}

// unitMatchName is one name a unit is known by.
type unitMatchName struct {
	name string
	unit int
}

// NewUnitMatcher indexes units' names. Full names and aliases win over
// short names when both would name different units. A name written with
// the party prefix (中共怀宁县委组织部) is also known without it, as
// attributions usually drop it.
func NewUnitMatcher(units []Unit) *UnitMatcher {
	m := &UnitMatcher{units: units, exact: map[string]int{}}
	for i, u := range units {
		for _, n := range unitLongNames(u) {
			if n = strings.TrimSpace(n); n != "" {
				m.long = append(m.long, unitMatchName{n, i})
				if _, ok := m.exact[n]; !ok {
					m.exact[n] = i
				}
			}
		}
	}
	for i, u := range units {
		if n := strings.TrimSpace(u.ShortName); n != "" {
			m.short = append(m.short, unitMatchName{n, i})
			if _, ok := m.exact[n]; !ok {
				m.exact[n] = i
			}
		}
	}
	return m
}

// unitLongNames are a unit's full name and aliases, each also without a
// leading 中共.
func unitLongNames(u Unit) []string {
	var out []string
	for _, n := range append([]string{u.Name}, u.Aliases...) {
		out = append(out, n)
		if rest, ok := strings.CutPrefix(strings.TrimSpace(n), "中共"); ok && utf8.RuneCountInString(rest) >= 3 {
			out = append(out, rest)
		}
	}
	return out
}

// unitListSeparators split a 综合 attribution into unit names.
const unitListSeparators = "、，,;；/／ \u3000"

// Match returns the units an attribution such as 怀宁县委组织部 or
// 怀宁县委组织部、太湖县委组织部 names, in order and without repeats;
// none when it names no unit. Parts may be joined by 和 too, which is only
// split on when the whole part is not itself a name (人力资源和社会保障局).
// The 供稿 forms and a writer's name are read as AttributionUnits says.
func (m *UnitMatcher) Match(attribution string) []Unit {
	attribution = AttributionUnits(attribution)
	if i, ok := m.exact[attribution]; ok {
		return []Unit{m.units[i]}
	}
	var out []Unit
	seen := map[int]bool{}
	add := func(i int) {
		if !seen[i] {
			seen[i] = true
			out = append(out, m.units[i])
		}
	}
	for _, part := range strings.FieldsFunc(attribution, func(r rune) bool { return strings.ContainsRune(unitListSeparators, r) }) {
		for _, i := range m.matchPart(part) {
			add(i)
		}
	}
	return out
}

// matchPart recognises one part of an attribution: an exact name, names
// joined by 和, or a text containing a full name or alias (中共怀宁县委组织部).
func (m *UnitMatcher) matchPart(part string) []int {
	if i, ok := m.exact[part]; ok {
		return []int{i}
	}
	if strings.Contains(part, "和") {
		var all []int
		for _, p := range strings.Split(part, "和") {
			i, ok := m.exact[p]
			if !ok {
				all = nil
				break
			}
			all = append(all, i)
		}
		if all != nil {
			return all
		}
	}
	if i, ok := earliestUnitName(part, m.long); ok {
		return []int{i}
	}
	return nil
}

// Find returns the unit a submission's text or file name most likely comes
// from: the full name or alias occurring earliest (the longest on a tie);
// short names only when no full name or alias occurs.
func (m *UnitMatcher) Find(text string) (Unit, bool) {
	if i, ok := earliestUnitName(text, m.long); ok {
		return m.units[i], true
	}
	if i, ok := earliestUnitName(text, m.short); ok {
		return m.units[i], true
	}
	return Unit{}, false
}

// earliestUnitName is the unit whose name occurs first in text, the longest
// name winning on a tie.
func earliestUnitName(text string, names []unitMatchName) (int, bool) {
	best, bestAt, bestLen := -1, 0, 0
	for _, n := range names {
		at := unitNameIndex(text, n.name)
		if at < 0 {
			continue
		}
		l := utf8.RuneCountInString(n.name)
		if best < 0 || at < bestAt || (at == bestAt && l > bestLen) {
			best, bestAt, bestLen = n.unit, at, l
		}
	}
	return best, best >= 0
}

// unitNameIndex is where name first occurs in text as a whole name, -1
// when it does not. A generic name (one without its place: 县委组织部,
// 镇党委) right after Han characters is the tail of a longer, different
// unit's name (北山县委组织部), and a false credit is worse than a missed
// one. The party prefix 中共 and a one-character word before the name
// (由, 经, 和…) leave it whole. A name that starts with its place is a
// proper name: 日前青山县委组织部 still names 青山县委组织部.
func unitNameIndex(text, name string) int {
	from := 0
	for {
		i := strings.Index(text[from:], name)
		if i < 0 {
			return -1
		}
		at := from + i
		if !unitNameIsGeneric(name) || unitNameStartsAt(text, at) {
			return at
		}
		from = at + len(name)
	}
}

// unitNameIsGeneric says whether a unit's name starts with an
// administrative level or an organ rather than a place, so that the same
// words end other units' names.
func unitNameIsGeneric(name string) bool {
	r, _ := utf8.DecodeRuneInString(name)
	return strings.ContainsRune("县区市镇乡省州旗盟党", r) || strings.HasPrefix(name, "组织部")
}

// unitNameStartsAt says whether a name can begin at byte at of text: not
// inside a run of Han characters that would make it part of a longer name.
func unitNameStartsAt(text string, at int) bool {
	before := text[:at]
	r, _ := utf8.DecodeLastRuneInString(before)
	if at == 0 || !unicode.Is(unicode.Han, r) || strings.HasSuffix(before, "中共") {
		return true
	}
	rest := strings.TrimSuffix(before, string(r))
	r2, _ := utf8.DecodeLastRuneInString(rest)
	return strings.ContainsRune(unitNameLeadWords, r) && (rest == "" || !unicode.Is(unicode.Han, r2) || strings.ContainsRune(unitNameLeadWords, r2))
}

// unitNameLeadWords are the one-character words that often stand right
// before a unit's name in a sentence (由县委组织部牵头, 经市委组织部同意).
const unitNameLeadWords = "由经据在和与及同向对从为是请被将把给到系按"

// unitNameSuffixes end the names of organisations that submit pieces.
var unitNameSuffixes = []string{"组织部", "部", "党委", "党工委", "工委", "委员会", "委", "局", "办", "办公室",
	"中心", "院", "厅", "会", "所", "站", "处", "队", "社", "团", "公司", "集团", "学校", "大学"}

// looksLikeUnitName says whether an attribution part unknown to the
// archive is still the name of an organisation (a new unit), rather than a
// person, a newspaper or a phrase.
func looksLikeUnitName(s string) bool {
	n := utf8.RuneCountInString(s)
	if n < 3 || n > 30 || strings.ContainsAny(s, "。！？：:“”\"《》()（）") {
		return false
	}
	for _, suf := range unitNameSuffixes {
		if strings.HasSuffix(s, suf) {
			return true
		}
	}
	return false
}

// guessUnit makes a new unit of an unknown name, its group as
// GuessUnitGroup says (a town's 党委 is 其他, not 市直: the import lists it
// for a look); the short name is the place (怀宁县).
func guessUnit(name string) Unit {
	u := Unit{Name: name, Group: GuessUnitGroup(name), Active: true}
	place := strings.TrimPrefix(name, "中共")
	for _, r := range []string{"县委", "区委", "市委"} {
		if i := strings.Index(place, r); i > 0 {
			u.ShortName = place[:i+len(r)-len("委")]
			break
		}
	}
	return u
}

// Existing is the unit a new unit's name already names: its full name or
// an alias, with or without 中共 (石桥县委组织部 for 中共石桥县委组织部 and
// the other way round), or its short name. Review F38: 新增单位 made a
// second unit for one the importer already takes as the same, splitting it
// in the statistics once somebody picked the copy.
func (m *UnitMatcher) Existing(name string) (Unit, bool) {
	name = strings.TrimSpace(name)
	for _, n := range []string{name, strings.TrimPrefix(name, "中共")} {
		if i, ok := m.exact[n]; ok && n != "" {
			return m.units[i], true
		}
	}
	return Unit{}, false
}

// bracketUnit is the unit the closing （…） of a 来稿's text credits — what
// the writer wrote, so it wins over a name in the file name or earlier in
// the text (review F32: 青山县 1+5 报送.docx ending （某某县委组织部） was
// credited to 青山县委组织部 without a word). It is the first part the
// archive knows (at its index), else the first that looks like an
// organisation (at -1: a new unit); "" and -1 when the text ends with no
// such bracket.
func (m *UnitMatcher) bracketUnit(text string) (name string, at int) {
	inner, ok := closingAttribution(submissionPiece(text))
	if !ok {
		return "", -1
	}
	parts := strings.FieldsFunc(AttributionUnits(inner), func(r rune) bool { return strings.ContainsRune(unitListSeparators, r) })
	for _, part := range parts {
		if i := m.matchPart(part); len(i) > 0 {
			return m.units[i[0]].Name, i[0]
		}
	}
	for _, part := range parts {
		if looksLikeUnitName(part) {
			return part, -1
		}
	}
	return "", -1
}

// SubmissionFileUnit is the unit a 来稿's file name names when saving
// credits another (the text's closing bracket names its own): the preview
// and the import line say both, since a file forwarded under another
// unit's name is common; "" when they agree or the name names none.
func SubmissionFileUnit(m *UnitMatcher, s *Submission) string {
	credited, _ := SubmissionUnitAsRead(m, s)
	u, ok := m.Find(s.Source)
	if !ok || credited == "" || u.Name == credited {
		return ""
	}
	return u.Name
}
