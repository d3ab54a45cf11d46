package editor

import (
	"fmt"
	"time"
)

// PeriodKind is the length of the periods statistics break down by and
// quotas are set for: a month, a quarter or a year.
type PeriodKind string

const (
	PeriodMonth   PeriodKind = "month"   // 月
	PeriodQuarter PeriodKind = "quarter" // 季度
	PeriodYear    PeriodKind = "year"    // 年
)

// PeriodKinds lists the period kinds in the order the UI offers them.
var PeriodKinds = []PeriodKind{PeriodMonth, PeriodQuarter, PeriodYear}

// PeriodKindName is the Chinese name of a period kind (月, 季度, 年), the key the UI translates.
func PeriodKindName(k PeriodKind) string {
	switch k {
	case PeriodQuarter:
		return "季度"
	case PeriodYear:
		return "年"
	}
	return "月"
}

// ParsePeriodKind accepts month, quarter or year ("" is month).
func ParsePeriodKind(s string) (PeriodKind, error) {
	switch PeriodKind(s) {
	case "":
		return PeriodMonth, nil
	case PeriodMonth, PeriodQuarter, PeriodYear:
		return PeriodKind(s), nil
	}
	return "", fmt.Errorf("unknown period %q (want month, quarter or year)", s)
}

// Period is one month, quarter or year.
type Period struct {
	Key      string // 2022-06, 2022-Q2, 2022: the archive's grouping key
	Label    string // 2022年6月, 2022年第2季度, 2022年
	From, To Date   // first and last day
}

// PeriodOf returns the period of kind k that contains day d.
func PeriodOf(k PeriodKind, d Date) Period {
	y, m := d.Year(), int(d.Month())
	day := func(y, m, dd int) Date { return time.Date(y, time.Month(m), dd, 0, 0, 0, 0, time.UTC) }
	switch k {
	case PeriodYear:
		return Period{fmt.Sprintf("%04d", y), fmt.Sprintf("%d年", y), day(y, 1, 1), day(y, 12, 31)}
	case PeriodQuarter:
		q := (m-1)/3 + 1
		return Period{fmt.Sprintf("%04d-Q%d", y, q), fmt.Sprintf("%d年第%d季度", y, q),
			day(y, 3*q-2, 1), day(y, 3*q+1, 0)}
	}
	return Period{fmt.Sprintf("%04d-%02d", y, m), fmt.Sprintf("%d年%d月", y, m), day(y, m, 1), day(y, m+1, 0)}
}

// periodsBetween lists the periods of kind k that overlap from..to, in order.
func periodsBetween(k PeriodKind, from, to Date) []Period {
	var ps []Period
	for p := PeriodOf(k, from); !p.From.After(to); p = PeriodOf(k, p.To.AddDate(0, 0, 1)) {
		ps = append(ps, p)
	}
	return ps
}

// wholePeriodsBetween lists the periods of kind k lying wholly inside from..to.
func wholePeriodsBetween(k PeriodKind, from, to Date) []Period {
	var ps []Period
	for _, p := range periodsBetween(k, from, to) {
		if !p.From.Before(from) && !p.To.After(to) {
			ps = append(ps, p)
		}
	}
	return ps
}

// periodKeySQL is the SQL expression giving Period.Key of the ISO date in col.
func periodKeySQL(k PeriodKind, col string) string {
	switch k {
	case PeriodYear:
		return "substr(" + col + ", 1, 4)"
	case PeriodQuarter:
		return "substr(" + col + ", 1, 4) || '-Q' || ((CAST(substr(" + col + ", 6, 2) AS INTEGER) + 2) / 3)"
	}
	return "substr(" + col + ", 1, 7)"
}
