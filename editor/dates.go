package editor

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// ChineseDate is a day as the bulletin prints it: 2022年6月15日.
func ChineseDate(d Date) string {
	return fmt.Sprintf("%d年%d月%d日", d.Year(), int(d.Month()), d.Day())
}

var typedDate = regexp.MustCompile(`^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$`)

// ParseDate reads a day as an editor types it: 2022-06-15, 2022/6/15,
// 2022.6.15 or 2022年6月15日. A day that does not exist (2月30日) is refused.
func ParseDate(s string) (Date, bool) {
	m := typedDate.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return Date{}, false
	}
	y, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	d, _ := strconv.Atoi(m[3])
	t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
	if t.Month() != time.Month(mo) || t.Day() != d {
		return Date{}, false
	}
	return t, true
}
