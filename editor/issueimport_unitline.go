package editor

import (
	"regexp"
	"strings"
)

// EditingUnitLine is the editing unit as an issue prints it under its
// numbers: 「中共某市委组织部编」, or the source's own line when an imported
// issue's masthead named the unit without 编, or with 主办：/编印 (Marks.UnitLine) — an import
// keeps what the source said and invents no 编. The kept line gives way
// to 「…编」 once the bulletin's editing unit is corrected to another; ""
// when the issue has no editing unit. Every format prints this.
func EditingUnitLine(is *Issue) string {
	unit := strings.TrimSpace(is.EditingUnit)
	if unit == "" {
		return ""
	}
	if kept := strings.TrimSpace(is.Marks.UnitLine); kept != "" && unitLineNames(kept, unit) {
		return kept
	}
	return unit + "编"
}

// unitLineNames: the kept line is the unit's name, spaces aside (a PDF's
// 中共某市委 组织部), maybe with the label the masthead gave it instead of
// 编 (主办：…, …编印).
func unitLineNames(line, unit string) bool {
	drop := func(s string) string { return strings.Join(strings.Fields(s), "") }
	return drop(line) == drop(unit) || unitLineLabelRe.ReplaceAllString(drop(line), "") == drop(unit)
}

// unitLineLabelRe: the labels a masthead puts around its editing unit
// instead of 编.
var unitLineLabelRe = regexp.MustCompile(`^(?:主办单位|编辑单位|主办|主编|编印|编发|承办|编辑)[：:]|(?:编印|编发|主办)$`)
