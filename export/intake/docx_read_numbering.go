package intake

import (
	"encoding/xml"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Generated list numbers. Word and WPS print 一、 1. 1、 1） a) 1.1 in front
// of a paragraph from numbering.xml rather than from its text: the
// paragraph's w:numPr names a w:num, which points at a w:abstractNum whose
// w:lvl gives the format (decimal, chineseCounting, …), the text around the
// number (w:lvlText "%1、", "%1.%2") and where counting starts; a w:num may
// override a level's start (w:lvlOverride/w:startOverride). Each w:num
// counts on its own, and a level restarts when a higher one moves on. A
// reader that ignores this shows a heading without its 一、 next to one
// that typed 二、 by hand.

// docxLevel is one level of a list's definition.
type docxLevel struct {
	format string // w:numFmt
	text   string // w:lvlText
	start  int
	suff   string // w:suff: "tab" (Word's default), "space" or "nothing"
	legal  bool   // w:isLgl: every level's number printed in Arabic (1.1, not 一.1)
}

// docxNumbering is numbering.xml, read: each w:num's levels.
type docxNumbering struct {
	nums map[string]*docxList // numId → list
}

// docxList is one w:num while the document is read: its levels and counters.
type docxList struct {
	levels [9]docxLevel
	count  [9]int
	used   [9]bool
}

type docxNumberingXML struct {
	Abstract []struct {
		ID     string       `xml:"abstractNumId,attr"`
		Levels []docxLvlXML `xml:"lvl"`
	} `xml:"abstractNum"`
	Num []struct {
		ID        string      `xml:"numId,attr"`
		Abstract  docxValAttr `xml:"abstractNumId"`
		Overrides []struct {
			Lvl   string      `xml:"ilvl,attr"`
			Start docxValAttr `xml:"startOverride"`
			Level *docxLvlXML `xml:"lvl"`
		} `xml:"lvlOverride"`
	} `xml:"num"`
}

type docxLvlXML struct {
	Lvl   string       `xml:"ilvl,attr"`
	Start docxValAttr  `xml:"start"`
	Fmt   docxValAttr  `xml:"numFmt"`
	Text  docxValAttr  `xml:"lvlText"`
	Suff  docxValAttr  `xml:"suff"`
	Legal *docxValAttr `xml:"isLgl"`
}

type docxValAttr struct {
	Val string `xml:"val,attr"`
}

// docxReadNumbering parses numbering.xml.
func docxReadNumbering(r io.Reader) (*docxNumbering, error) {
	var x docxNumberingXML
	if err := xml.NewDecoder(r).Decode(&x); err != nil {
		return nil, err
	}
	abstract := map[string][9]docxLevel{}
	for _, a := range x.Abstract {
		var lv [9]docxLevel
		for i := range lv {
			lv[i].start = 1
		}
		for _, l := range a.Levels {
			docxSetLevel(&lv, l)
		}
		abstract[a.ID] = lv
	}
	n := &docxNumbering{nums: map[string]*docxList{}}
	for _, num := range x.Num {
		l := &docxList{levels: abstract[num.Abstract.Val]}
		for _, o := range num.Overrides {
			if o.Level != nil {
				o.Level.Lvl = o.Lvl
				docxSetLevel(&l.levels, *o.Level)
			}
			if i, err := strconv.Atoi(o.Lvl); err == nil && i >= 0 && i < 9 && o.Start.Val != "" {
				l.levels[i].start, _ = strconv.Atoi(o.Start.Val)
			}
		}
		n.nums[num.ID] = l
	}
	return n, nil
}

func docxSetLevel(lv *[9]docxLevel, l docxLvlXML) {
	i, err := strconv.Atoi(l.Lvl)
	if err != nil || i < 0 || i >= 9 {
		return
	}
	lv[i].format, lv[i].text, lv[i].suff = l.Fmt.Val, l.Text.Val, l.Suff.Val
	lv[i].legal = l.Legal != nil && (l.Legal.Val == "" || docxOn(l.Legal.Val)) // the element alone is on
	if l.Start.Val != "" {
		lv[i].start, _ = strconv.Atoi(l.Start.Val)
	}
}

// label is the number of the next paragraph of list numID at level ilvl
// ("" for none: an unknown list, a bullet, numId 0 which switches
// numbering off), advancing the counters.
func (n *docxNumbering) label(numID string, ilvl int) string {
	if n == nil || ilvl < 0 || ilvl >= 9 {
		return ""
	}
	l, ok := n.nums[numID]
	if !ok {
		return ""
	}
	if l.used[ilvl] {
		l.count[ilvl]++
	} else {
		l.count[ilvl], l.used[ilvl] = l.levels[ilvl].start, true
	}
	for k := ilvl + 1; k < 9; k++ {
		l.used[k] = false // deeper levels start again
	}
	lv := l.levels[ilvl]
	if lv.format == "bullet" || lv.format == "none" {
		return ""
	}
	var b strings.Builder
	for i := 0; i < len(lv.text); i++ {
		c := lv.text[i]
		if c == '%' && i+1 < len(lv.text) && lv.text[i+1] >= '1' && lv.text[i+1] <= '9' {
			k := int(lv.text[i+1] - '1')
			v := l.count[k]
			if !l.used[k] {
				v = l.levels[k].start
			}
			format := l.levels[k].format
			if lv.legal {
				format = "decimal"
			}
			b.WriteString(docxFormatNumber(v, format))
			i++
			continue
		}
		b.WriteByte(c)
	}
	return docxLabelSuffix(b.String(), lv.suff)
}

// docxLabelSuffix adds what Word prints between the number and the text
// (w:suff: a tab unless it says space or nothing). After 一、 1. （一） the
// gap is only the layout's, so nothing is added; after a number that ends
// in a character (第一条, 1.1) the words would run into it, so a tab is put
// in, which docxTabText turns into 　 between Chinese and a space
// otherwise, the rule of a w:tab in the text.
func docxLabelSuffix(label, suff string) string {
	if label == "" || suff == "nothing" {
		return label
	}
	last, _ := utf8.DecodeLastRuneInString(label)
	if unicode.IsPunct(last) || unicode.IsSymbol(last) || unicode.IsSpace(last) {
		return label
	}
	return label + "\t"
}
