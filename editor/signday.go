package editor

// DefaultSignDay is the 签发 day to propose for issue is on day today. The
// 签发 day becomes the issue's date, which is right for the issue being
// composed (proposed on the day it was started, signed days later). It is
// wrong for a back issue being archived: imported as 草稿 and signed now, a
// 2025年第7期 dated 2025年4月18日 would read 2026年12月1日 — a date outside its
// own year, and not the day it went out (review B9). An experienced editor
// treats the year as part of the issue's name: when today is in another
// year than the issue's, its own date is kept. So is the date of an
// issue imported from a file, of any year: it is the source's, the day the
// issue went out (review F20). An issue without a date gets today.
func DefaultSignDay(is *Issue, today Date) Date {
	if is.Date.IsZero() {
		return today
	}
	if is.Imported {
		return is.Date
	}
	year := is.Year
	if year == 0 {
		year = is.Date.Year()
	}
	if today.Year() != year {
		return is.Date
	}
	return today
}
