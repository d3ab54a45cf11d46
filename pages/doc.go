// Package pages lays an issue out as printed pages: A4, the GB/T 9704 grid
// of 22 lines × 28 characters of 3号 (16 pt) type, the red masthead, section
// headings, △ items, the 版记 at the foot of the last page and "— N —" page
// numbers on the outer side. The result is pages of positioned runs of text
// and rules, a pure function of the issue, the options and the fonts'
// advance widths, so the PDF writer and the 组版 screen draw the same pages
// and both can be tested without the other. It imports neither Fyne nor a
// PDF library.
package pages

// Page geometry in points (1 mm = 72/25.4 pt): A4; margins top 37 mm and
// left 28 mm leave the 156 × 225 mm type area of GB/T 9704-2012 §5.2.
const (
	mm         = 72 / 25.4
	PageWidth  = 210 * mm
	PageHeight = 297 * mm
	MarginTop  = 37 * mm
	MarginLeft = 28 * mm
	TextWidth  = 156 * mm
	TextHeight = 225 * mm
	GridLines  = 22                     // lines of body text on a full page
	GridChars  = 28                     // characters of body text on a line
	LinePitch  = TextHeight / GridLines // 28.99 pt
	BodySize   = 16.0                   // 3号
	FooterSize = 14.0                   // 4号: the 版记 and the page numbers
	TitleSize  = 60.0                   // the masthead's name, at most
	// tracking narrows every character a little so that 28 characters of
	// 16 pt fill the 156 mm line exactly, as Word's character grid does.
	tracking = (TextWidth - GridChars*BodySize) / GridChars
)

// Face is the role of a typeface; the fonts behind each are chosen in 设置.
type Face int

const (
	FaceBody    Face = iota // 仿宋: body text
	FaceHeading             // 黑体: section headings, 编者按 labels, leads
	FaceTitle               // 小标宋: the masthead's name
	FaceKai                 // 楷体: 编者按 and 本期要目
	faceCount
)

// Faces lists every face, for writers that load one font per face.
var Faces = []Face{FaceBody, FaceHeading, FaceTitle, FaceKai}

// Metrics gives the advance width of a rune in a face, in em (1 = the
// font size); the layout never needs anything else from a font.
type Metrics interface {
	Advance(f Face, r rune) float64
}

// Run is one piece of text drawn with its baseline starting at (X, Y),
// in points from the page's top-left corner.
type Run struct {
	X, Y float64
	Size float64
	Face Face
	Red  bool
	Text string
}

// Rule is a horizontal line from X1 to X2 at Y, Width points thick.
type Rule struct {
	X1, X2, Y, Width float64
	Red              bool
}

// Page is one printed page.
type Page struct {
	Number int // 1-based, printed as — N —
	Runs   []Run
	Rules  []Rule
	Used   int // grid lines taken, the masthead and the 版记 included
}

// Document is the laid-out issue.
type Document struct {
	Pages []Page
	// FooterMoved says the 版记 did not fit under the last page's text and
	// went to a page of its own: the classic reason to cut a 简讯.
	FooterMoved bool
	// LastPageLines is how many grid lines the last page's text and 版记
	// take, of GridLines; few means a nearly empty last page.
	LastPageLines int
	// CopyRun is the index in Pages[0].Runs of the 份号, -1 when none: a
	// writer of numbered copies replaces its text copy by copy.
	CopyRun int
}

// NearlyEmpty says the last page holds less than a quarter of a page.
func (d Document) NearlyEmpty() bool {
	return len(d.Pages) > 1 && d.LastPageLines < GridLines/4
}

// Options are the preferences that shape the layout.
type Options struct {
	Indent   bool // first lines of paragraphs indented two characters
	BoldLead bool // the lead sentence in the heading face
}
