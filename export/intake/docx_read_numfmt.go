package intake

import (
	"strconv"
	"strings"
)

// docxFormatNumber writes n in a w:numFmt: the formats Chinese documents
// use (一、 甲、 ① （一）) and the Western ones. An unknown format is
// written in digits: a number shown plainly beats a number lost.
func docxFormatNumber(n int, format string) string {
	switch format {
	case "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "japaneseCounting",
		"taiwaneseCounting", "taiwaneseCountingThousand", "ideographDigital":
		if format == "chineseLegalSimplified" {
			return docxChineseLegal(n)
		}
		return docxChineseCount(n)
	case "ideographTraditional":
		return docxCycle(n, "甲乙丙丁戊己庚辛壬癸")
	case "ideographZodiac":
		return docxCycle(n, "子丑寅卯辰巳午未申酉戌亥")
	case "lowerLetter":
		return docxLetters(n, 'a')
	case "upperLetter":
		return docxLetters(n, 'A')
	case "lowerRoman":
		return strings.ToLower(docxRoman(n))
	case "upperRoman":
		return docxRoman(n)
	case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
		if n >= 1 && n <= 20 {
			return string(rune('①' + n - 1))
		}
	case "decimalEnclosedParen":
		if n >= 1 && n <= 20 {
			return string(rune('⑴' + n - 1))
		}
	case "decimalEnclosedFullstop":
		if n >= 1 && n <= 20 {
			return string(rune('⒈' + n - 1))
		}
	case "decimalFullWidth", "decimalFullWidth2":
		return strings.Map(func(r rune) rune { return r - '0' + '０' }, strconv.Itoa(n))
	case "decimalZero":
		if n < 10 {
			return "0" + strconv.Itoa(n)
		}
	}
	return strconv.Itoa(n)
}

const docxCNDigits = "〇一二三四五六七八九"

// docxChineseCount is 一 … 十 … 十一 … 二十 … 一百零一, as Word counts.
func docxChineseCount(n int) string {
	if n <= 0 || n >= 10000 {
		return strconv.Itoa(n)
	}
	digits := []rune(docxCNDigits)
	units := []string{"千", "百", "十", ""}
	s := strconv.Itoa(n)
	s = strings.Repeat("0", 4-len(s)) + s
	var b strings.Builder
	zero := false
	for i, c := range s {
		d := int(c - '0')
		if d == 0 {
			zero = b.Len() > 0
			continue
		}
		if zero {
			b.WriteRune('〇')
			zero = false
		}
		if !(d == 1 && i == 2 && b.Len() == 0) { // 十一, not 一十一
			b.WriteRune(digits[d])
		}
		b.WriteString(units[i])
	}
	return strings.ReplaceAll(b.String(), "〇", "零")
}

// docxChineseLegal is the financial form: 壹 贰 叁 ….
func docxChineseLegal(n int) string {
	return strings.NewReplacer("一", "壹", "二", "贰", "三", "叁", "四", "肆", "五", "伍", "六", "陆",
		"七", "柒", "八", "捌", "九", "玖", "十", "拾", "百", "佰", "千", "仟").Replace(docxChineseCount(n))
}

func docxCycle(n int, set string) string {
	rs := []rune(set)
	if n <= 0 {
		return strconv.Itoa(n)
	}
	return string(rs[(n-1)%len(rs)])
}

// docxLetters: a … z, then aa … zz, as Word continues.
func docxLetters(n int, base rune) string {
	if n <= 0 {
		return strconv.Itoa(n)
	}
	return strings.Repeat(string(base+rune((n-1)%26)), (n-1)/26+1)
}

func docxRoman(n int) string {
	if n <= 0 || n >= 4000 {
		return strconv.Itoa(n)
	}
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range vals {
		for n >= v {
			b.WriteString(syms[i])
			n -= v
		}
	}
	return b.String()
}
