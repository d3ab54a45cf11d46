package editor

import (
	"encoding/hex"
	"strconv"
	"strings"
	"time"
)

// Counting the 来稿 list filtered by a text and by a unit, a kind or whole
// years gathered every match of the text and kept those the other
// conditions keep: 52,000 for 党, 3-6 times the text alone. In an archive
// file (engine.searchFacets) each submission's index rows therefore end
// with facet tokens naming its unit, kind and year, and such a count is
// one FTS5 query, the text AND the facets, which steps through the shorter
// lists instead. A facet token starts with facetMark, which no token of a
// text can hold (the tokeniser parts words there), so no text matches one.
// The status is not a facet: adopting a submission changes it without
// indexing the text again. The office archive's search (PostgreSQL's own
// parser over the tokens) has none.
const facetMark = "\uffff"

// submissionFacets are the facet tokens of a submission, "" where the
// engine keeps none.
func submissionFacets(eng *engine, unitID int64, kind string, received Date) string {
	if !eng.searchFacets {
		return ""
	}
	return facetUnit(unitID) + " " + facetKind(kind) + " " + facetYear(received.Year())
}

// facetUnit names the unit id (0: none).
func facetUnit(id int64) string { return facetMark + "u" + strconv.FormatInt(max(id, 0), 10) }

// facetKind names the kind in hex: a kind may hold characters the index
// would part it at.
func facetKind(kind string) string { return facetMark + "k" + hex.EncodeToString([]byte(kind)) }

func facetYear(y int) string { return facetMark + "y" + strconv.Itoa(y) }

// withFacets is a record's index text with its facets.
func withFacets(tokens, facets string) string {
	if facets == "" {
		return tokens
	}
	return tokens + " " + facets
}

// facetFilterExpr is the FTS5 expression of f's conditions other than its
// text, when they are all facets: a unit (or none), a kind, a period of
// whole calendar years; ok false when the filter has any other condition
// (a status, a period that cuts a year) or none at all.
func facetFilterExpr(f SubmissionFilter) (string, bool) {
	if f.Status != "" {
		return "", false
	}
	var terms []string
	switch {
	case f.UnitID > 0:
		terms = append(terms, `"`+facetUnit(f.UnitID)+`"`)
	case f.UnitID < 0:
		terms = append(terms, `"`+facetUnit(0)+`"`)
	}
	if f.Kind != "" {
		terms = append(terms, `"`+facetKind(f.Kind)+`"`)
	}
	if !f.From.IsZero() || !f.To.IsZero() {
		years, ok := wholeYears(f.From, f.To)
		if !ok {
			return "", false
		}
		var any []string
		for _, y := range years {
			any = append(any, `"`+facetYear(y)+`"`)
		}
		terms = append(terms, "("+strings.Join(any, " OR ")+")")
	}
	return strings.Join(terms, " AND "), len(terms) > 0
}

// facetMaxYears is how many years a period may span and still be counted
// through the facets.
const facetMaxYears = 30

// wholeYears are the years from..to spans when it runs from a 1 January to
// a 31 December.
func wholeYears(from, to Date) ([]int, bool) {
	if from.IsZero() || to.IsZero() || from.YearDay() != 1 || to.Month() != time.December || to.Day() != 31 ||
		to.Year() < from.Year() || to.Year()-from.Year() >= facetMaxYears {
		return nil, false
	}
	var ys []int
	for y := from.Year(); y <= to.Year(); y++ {
		ys = append(ys, y)
	}
	return ys, true
}

// searchFacetCountSQL counts the submissions f selects through the index
// alone, with its arguments; ok false when it cannot (see facetFilterExpr).
func searchFacetCountSQL(eng *engine, f SubmissionFilter) (string, []any, bool) {
	if !eng.searchFacets || f.Text == "" {
		return "", nil, false
	}
	facets, ok := facetFilterExpr(f)
	if !ok {
		return "", nil, false
	}
	table, expr := eng.match(parseSearchQuery(f.Text), HitSubmission)
	if expr == "" {
		return "", nil, false
	}
	return `SELECT count(*) FROM (` + eng.search.MatchIDsSQL(table) + `) m`, []any{"(" + expr + ") AND " + facets}, true
}
