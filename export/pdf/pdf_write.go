package pdf

import (
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/go-pdf/fpdf"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export/issueprint"
	"github.com/bulletindesk/bulletindesk/pages"
)

// LayoutTexts are the words the page layout prints besides the issue's
// own, the same as the text export writes.
func LayoutTexts(is *editor.Issue) pages.Texts {
	t := pages.Texts{
		Classification: issueprint.ClassificationLine(is.Marks),
		ContentsTitle:  issueprint.ContentsTitle,
		Contents:       issueprint.ContentsLeads(is),
		NoteLabel:      issueprint.EditorNoteLabel,
		Printed:        issueprint.PrintedLine(is.Marks),
	}
	if is.Marks.Internal {
		t.Internal = issueprint.InternalMark
	}
	if s := strings.TrimSpace(is.Marks.Signer); s != "" {
		t.Signer = issueprint.SignerLabel + s
	}
	if !is.Date.IsZero() {
		t.Date = issueprint.TextDate(is.Date)
	}
	if is.CopyCount > 0 {
		t.Copies = issueprint.IssueCopyLine(is)
	}
	return t
}

// PDFFontNames are the font names the preferences ask for, face by face
// (楷体 for 编者按 and 要目 is not a preference: 楷体_GB2312).
func PDFFontNames(p editor.Preferences) pages.FontNames {
	def := editor.DefaultPreferences()
	pick := func(s, d string) string {
		if strings.TrimSpace(s) == "" {
			return d
		}
		return s
	}
	return pages.FontNames{Body: pick(p.BodyFont, def.BodyFont), Heading: pick(p.HeadingFont, def.HeadingFont),
		Title: pick(p.TitleFont, def.TitleFont), Kai: "楷体_GB2312"}
}

// fontCache keeps loaded fonts: a CJK font file is megabytes, and reading
// it again for every export (or every keystroke of the pages view) would
// cost more than the layout.
var fontCache = struct {
	sync.Mutex
	sets map[pages.FontNames]*pages.FontSet
}{sets: map[pages.FontNames]*pages.FontSet{}}

// PDFFonts loads (once) the fonts for the preferences' names.
func PDFFonts(p editor.Preferences) (*pages.FontSet, error) {
	names := PDFFontNames(p)
	fontCache.Lock()
	defer fontCache.Unlock()
	if s, ok := fontCache.sets[names]; ok {
		return s, nil
	}
	s, err := pages.LoadFonts(names)
	if err != nil {
		return nil, err
	}
	fontCache.sets[names] = s
	return s, nil
}

// LayoutIssue lays the issue out on pages with the preferences' fonts.
func LayoutIssue(is *editor.Issue, p editor.Preferences) (pages.Document, *pages.FontSet, error) {
	is = issueprint.PrintedIssue(is)
	fonts, err := PDFFonts(p)
	if err != nil {
		return pages.Document{}, nil, err
	}
	d := pages.Layout(is, LayoutTexts(is), pages.Options{Indent: p.Indent, BoldLead: p.BoldLead}, fonts)
	return d, fonts, nil
}

// WriteIssuePDF writes the issue as its PDF 电子版: the pages of the layout,
// with the fonts embedded (only the glyphs used), text that can be
// searched and copied, and the title and editing unit in the metadata.
func WriteIssuePDF(w io.Writer, is *editor.Issue, p editor.Preferences) error {
	d, fonts, err := LayoutIssue(is, p)
	if err == nil {
		err = pdfCheckGlyphs(d, fonts)
	}
	if err != nil {
		return fmt.Errorf("write the PDF: %w", err)
	}
	pdf := newPDF(is, fonts)
	pdf.draw(d, pdfColor(p.MastheadColor), "")
	if err := pdf.doc.Output(w); err != nil {
		return fmt.Errorf("write the PDF: %w", err)
	}
	return nil
}

// draw adds the document's pages; copyNumber, when set, replaces the 份号.
func (pd *pdfDoc) draw(d pages.Document, red [3]int, copyNumber string) {
	for i, pg := range d.Pages {
		pd.doc.AddPage()
		for _, r := range pg.Rules {
			pd.rule(r, red)
		}
		for j, r := range pg.Runs {
			if i == 0 && j == d.CopyRun && copyNumber != "" {
				r.Text = copyNumber
			}
			pd.run(r, red)
		}
	}
}

// pdfDoc draws layout runs with fpdf, one font family per loaded file.
type pdfDoc struct {
	doc    *fpdf.Fpdf
	fonts  *pages.FontSet
	family map[string]string // font file → fpdf family
}

func newPDF(is *editor.Issue, fonts *pages.FontSet) *pdfDoc {
	doc := fpdf.NewCustom(&fpdf.InitType{UnitStr: "pt", Size: fpdf.SizeType{Wd: pages.PageWidth, Ht: pages.PageHeight}})
	doc.SetMargins(0, 0, 0)
	doc.SetAutoPageBreak(false, 0)
	title := strings.TrimSpace(is.BulletinName + " " + issueprint.IssueNumber(is))
	doc.SetTitle(title, true)
	doc.SetAuthor(is.EditingUnit, true)
	doc.SetSubject(title, true)
	doc.SetCreator("Bulletin Desk 简报编辑台", true)
	doc.SetLang("zh-CN")
	stamp := issueprint.ModTime(is) // the issue's time, not the clock: the same issue gives the same file
	doc.SetCreationDate(stamp)
	doc.SetModificationDate(stamp)
	pd := &pdfDoc{doc: doc, fonts: fonts, family: map[string]string{}}
	for _, f := range fonts {
		if _, ok := pd.family[f.File]; !ok {
			name := fmt.Sprintf("f%d", len(pd.family))
			doc.AddUTF8FontFromBytes(name, "", f.Data)
			pd.family[f.File] = name
		}
	}
	return pd
}

// run draws one run; characters its face's font lacks are drawn with
// another loaded font that has them, so nothing prints as a blank box, and
// those no loaded font has (or fpdf cannot embed) as outlines (drawRare).
func (pd *pdfDoc) run(r pages.Run, red [3]int) {
	rgb := [3]int{}
	if r.Red {
		rgb = red
	}
	pd.doc.SetTextColor(rgb[0], rgb[1], rgb[2])
	x := r.X
	for _, seg := range pd.segments(r) {
		if seg.rare != nil {
			c := []rune(seg.text)[0]
			pd.drawRare(seg.rare, c, x, r.Y, r.Size, rgb)
		} else {
			pd.doc.SetFont(pd.family[seg.font.File], "", r.Size)
			pd.doc.Text(x, r.Y, seg.text)
		}
		for _, c := range seg.text {
			x += pd.fonts[r.Face].Advance(c) * r.Size
		}
	}
}

type pdfSegment struct {
	font *pages.Font
	rare *pages.RareFont // one character drawn as its outline
	text string
}

// segments splits a run where its font changes for a missing glyph; a
// character drawn as an outline is a segment of its own.
func (pd *pdfDoc) segments(r pages.Run) []pdfSegment {
	var out []pdfSegment
	for _, c := range r.Text {
		if pdfRare(pd.fonts, c) {
			if rf := pages.FindRare(c); rf != nil && pdfPrintable(c) {
				out = append(out, pdfSegment{rare: rf, text: string(c)})
				continue
			}
			if c > 0xFFFF {
				continue // not printable (pdfCheckGlyphs refused the others); fpdf cannot take it
			}
		}
		f := pd.fonts[r.Face]
		if !f.HasRune(c) {
			for _, g := range pd.fonts {
				if g.HasRune(c) {
					f = g
					break
				}
			}
		}
		if n := len(out); n > 0 && out[n-1].rare == nil && out[n-1].font == f {
			out[n-1].text += string(c)
		} else {
			out = append(out, pdfSegment{font: f, text: string(c)})
		}
	}
	return out
}

func (pd *pdfDoc) rule(r pages.Rule, red [3]int) {
	if r.Red {
		pd.doc.SetDrawColor(red[0], red[1], red[2])
	} else {
		pd.doc.SetDrawColor(0, 0, 0)
	}
	pd.doc.SetLineWidth(r.Width)
	pd.doc.Line(r.X1, r.Y, r.X2, r.Y)
}

// pdfColor reads RRGGBB; anything else is the masthead red C00000.
func pdfColor(hex string) [3]int {
	hex = strings.ToUpper(strings.TrimPrefix(strings.TrimSpace(hex), "#"))
	if !issueprint.IsHexColor(hex) {
		hex = "C00000"
	}
	var c [3]int
	for i := range c {
		fmt.Sscanf(hex[2*i:2*i+2], "%02X", &c[i])
	}
	return c
}
