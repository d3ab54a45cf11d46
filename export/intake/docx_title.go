package intake

import (
	"encoding/xml"
	"io"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/bulletindesk/bulletindesk/editor"
)

// docxTitleMaxRunes is the longest paragraph taken for a title by its looks
// alone; a submission's headline is rarely longer than 40 characters.
const docxTitleMaxRunes = 40

// docxTitleLookahead is how many paragraphs from the start may hold the
// title: a unit's name or a 信息 label often comes before it.
const docxTitleLookahead = 3

// docxTitleStyles are paragraph style names (lower case) that mark a title,
// as Word, WPS and LibreOffice name them in English and Chinese.
var docxTitleStyles = map[string]bool{
	"title": true, "标题": true, "heading 1": true, "heading1": true, "标题 1": true, "标题1": true,
}

// docxDateLine matches a line that is only a date (2022年6月15日, 2022-06-15):
// short and unpunctuated, but never a title.
var docxDateLine = regexp.MustCompile(`^[0-9０-９]{2,4}\s*[年\-./]\s*[0-9０-９]{1,2}\s*[月\-./]\s*[0-9０-９]{1,2}\s*日?$`)

// docxPickTitle finds the title among the first paragraphs and returns it
// with the remaining paragraphs. A paragraph in a title style wins; then a
// short centred one; then the first paragraph when it is a title line by
// the rule of text submissions (short, no sentence end inside). Failing
// those, the first sentence is the title, as for a text submission.
//
// at is where the title stood among the paragraphs returned (a byline
// under it is paras[at]), -1 when the title is the first sentence.
func docxPickTitle(paras []docxPara, styles map[string]string) (title string, rest []string, at int) {
	texts := make([]string, len(paras))
	for i, p := range paras {
		texts[i] = textCleanSpaces(p.text)
	}
	if pick := docxTitleIndex(paras, texts, styles); pick >= 0 {
		title, end := docxUnspaceTitle(texts[pick]), pick+1
		if end < len(texts)-1 && textIsSubtitle(texts[end]) { // ——…纪实 under it
			title, end = title+texts[end], end+1
		}
		return title, append(texts[:pick:pick], texts[end:]...), pick
	}
	for _, t := range texts {
		if docxDateLine.MatchString(t) {
			continue // a date line before the text stays where it is
		}
		// The first sentence names the piece but stays in the text, as
		// for a text submission: 字数 and adoption keep every sentence.
		title, _ := textSplitLead(t)
		return title, texts, -1
	}
	return "", texts, -1
}

// docxUnspaceTitle removes the spaces that letter-space a title
// (租　赁　合　同, 通 知) between single Chinese characters.
func docxUnspaceTitle(s string) string {
	rs := []rune(s)
	var b strings.Builder
	for i := 0; i < len(rs); i++ {
		if (rs[i] == '　' || rs[i] == ' ') && i > 0 && editor.IsEastAsianRune(rs[i-1]) && rs[i-1] != '　' {
			j := i
			for j < len(rs) && (rs[j] == '　' || rs[j] == ' ') {
				j++
			}
			if j < len(rs) && editor.IsEastAsianRune(rs[j]) && !strings.ContainsRune("（(《“", rs[j]) {
				i = j - 1
				continue
			}
		}
		b.WriteRune(rs[i])
	}
	return b.String()
}

// docxTitleIndex is the index of the title paragraph, -1 when none looks like one.
func docxTitleIndex(paras []docxPara, texts []string, styles map[string]string) int {
	n := min(len(paras), docxTitleLookahead)
	for i := 0; i < n; i++ {
		if docxHasStyle(paras[i], styles, docxTitleOnlyStyles) {
			return i
		}
	}
	// Then the first that looks like a heading, in order: a short centred
	// title above a chapter heading (outline level 0, 第一章) is the title.
	for i := 0; i < n; i++ {
		if paras[i].centred && docxShortLine(texts[i]) || docxHasTitleStyle(paras[i], styles) {
			return i
		}
	}
	if n > 0 && docxShortLine(texts[0]) && textIsTitleLine(texts[0]) {
		return 0
	}
	return -1
}

func docxHasTitleStyle(p docxPara, styles map[string]string) bool {
	return p.outline0 || docxHasStyle(p, styles, docxTitleStyles)
}

// docxTitleOnlyStyles name the document title itself, not a heading in it.
var docxTitleOnlyStyles = map[string]bool{"title": true, "标题": true}

func docxHasStyle(p docxPara, styles map[string]string, set map[string]bool) bool {
	if p.styleID == "" {
		return false
	}
	if name, ok := styles[p.styleID]; ok && set[name] {
		return true
	}
	return set[strings.ToLower(p.styleID)]
}

func docxShortLine(s string) bool {
	return utf8.RuneCountInString(s) <= docxTitleMaxRunes && !docxDateLine.MatchString(s)
}

// docxStyleNames reads styles.xml into styleId → lower-case name.
func docxStyleNames(r io.Reader) (map[string]string, error) {
	var doc struct {
		Styles []struct {
			ID   string `xml:"styleId,attr"`
			Name struct {
				Val string `xml:"val,attr"`
			} `xml:"name"`
		} `xml:"style"`
	}
	if err := xml.NewDecoder(r).Decode(&doc); err != nil {
		return nil, err
	}
	names := make(map[string]string, len(doc.Styles))
	for _, s := range doc.Styles {
		names[s.ID] = strings.ToLower(strings.TrimSpace(s.Name.Val))
	}
	return names, nil
}

// docxOfficeDocumentTarget reads _rels/.rels for the main document's path.
func docxOfficeDocumentTarget(r io.Reader) (string, error) {
	var rels struct {
		Rel []struct {
			Type   string `xml:"Type,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if err := xml.NewDecoder(r).Decode(&rels); err != nil {
		return "", err
	}
	for _, rel := range rels.Rel {
		if strings.HasSuffix(rel.Type, "/officeDocument") {
			return rel.Target, nil
		}
	}
	return "", nil
}
