// Package export is where Bulletin Desk's outside formats meet the command
// line and the screens: the issue writers by name (IssueFormat, registry.go)
// and WriteFile, which puts a file in place through a temp name. The formats
// are in the packages below it, each a job:
//
//	issueprint  what every printed form of an issue says alike: the issue as
//	            printed (no empty 栏目), the 版头/版记 labels, dates, 期号
//	intake      the readers of outside input — bulletin texts for import-issue
//	            (text, PDF text, Word back issues), 来稿 in .txt/.eml/.docx and,
//	            through LibreOffice, .doc/.wps/.rtf, GB18030 and other encodings
//	            — and the bulletin text writer, whose rules the reader shares
//	docx        the issue as a Word document
//	pdf         the issue as PDF (laid out by pages), and its copies
//	web         the issue as a web page, and the static site
//	workbook    the issue and statistics workbooks (.xlsx) and the 通报
//
// Dependencies point inward: export → web → pdf → issueprint → editor;
// docx, intake and workbook need only issueprint and editor. Writers are
// encoders over io.Writer and readers take io.Reader, so callers decide
// where bytes go (a temp file renamed into place, a buffer in a test). None
// of these packages imports Fyne; editor imports none of them.
package export
