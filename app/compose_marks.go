package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/editor"
)

// composeMarks edits the issue's 版头 and 版记 marks (密级, 份号, 签发人,
// 本期要目, 印发机关/日期) and its 编者按. They are saved with the header
// (composeHeader.collect), as typed; each is printed only when set.
type composeMarks struct {
	h                            *composeHeader
	classification, term, copyNo *composeEntry
	signer, printer, printed     *composeEntry
	note                         *composeEntry
	internal, numberCopies       *widget.Check
	contents                     *widget.Check
}

// check makes a header check box saved like the fields.
func (h *composeHeader) check(label string, on bool) *widget.Check {
	c := widget.NewCheck(label, nil)
	c.SetChecked(on)
	c.OnChanged = func(bool) { h.save.poke(); h.save.flush() }
	h.s.editable(c)
	return c
}

// marksView is the 版头与版记 card, above the sections (the 编者按 comes
// before the first section on the page too).
func (h *composeHeader) marksView() fyne.CanvasObject {
	is := h.s.issue
	m := &composeMarks{h: h}
	h.marks = m
	m.classification = h.entry(is.Marks.Classification, false)
	m.classification.SetPlaceHolder(lang.L("秘密、机密；不填则不印"))
	m.term = h.entry(is.Marks.SecrecyTerm, false)
	m.term.SetPlaceHolder(lang.L("如 1年"))
	m.copyNo = h.entry(is.Marks.CopyNumber, false)
	m.copyNo.SetPlaceHolder("000001")
	m.signer = h.entry(is.Marks.Signer, false)
	m.printer = h.entry(is.Marks.Printer, false)
	m.printed = h.entry(h.s.u.dateLabel(is.Marks.PrintedDate), false)
	m.note = h.entry(is.EditorNote, true)
	m.note.SetPlaceHolder(lang.L("本期编者按；不填则不印"))
	m.internal = h.check(lang.L("内部资料　注意保存"), is.Marks.Internal)
	m.numberCopies = h.check(lang.L("逐份编号"), is.Marks.NumberCopies)
	m.contents = h.check(lang.L("本期要目"), is.Marks.Contents)
	row1 := container.NewHBox(widget.NewLabel(lang.L("密级")), composeSized(m.classification, 170),
		widget.NewLabel(lang.L("保密期限")), composeSized(m.term, 90), m.internal)
	row2 := container.NewHBox(widget.NewLabel(lang.L("份号")), composeSized(m.copyNo, 90), m.numberCopies,
		widget.NewLabel(lang.L("签发人")), composeSized(m.signer, 110), m.contents)
	row3 := container.NewBorder(nil, nil, widget.NewLabel(lang.L("印发机关")),
		container.NewHBox(widget.NewLabel(lang.L("印发日期")), composeSized(m.printed, 150)), m.printer)
	title := widget.NewLabelWithStyle(lang.L("版头与版记"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	note := container.NewBorder(nil, nil, widget.NewLabel(lang.L("编者按")), nil, m.note)
	return container.NewVBox(title, row1, row2, row3, note, widget.NewSeparator())
}

// collect reads the marks into is; a 印发日期 that cannot be read keeps the
// stored one, and problem says so.
func (m *composeMarks) collect(is *editor.Issue) (problem string) {
	is.Marks.Classification = strings.TrimSpace(m.classification.Text)
	is.Marks.SecrecyTerm = strings.TrimSpace(m.term.Text)
	is.Marks.CopyNumber = strings.TrimSpace(m.copyNo.Text)
	is.Marks.Signer = strings.TrimSpace(m.signer.Text)
	is.Marks.Printer = strings.TrimSpace(m.printer.Text)
	is.Marks.Internal, is.Marks.NumberCopies = m.internal.Checked, m.numberCopies.Checked
	is.Marks.Contents = m.contents.Checked
	is.EditorNote = strings.TrimSpace(composeNormalizeNewlines(m.note.Text))
	switch d, ok := editor.ParseDate(m.printed.Text); {
	case strings.TrimSpace(m.printed.Text) == "":
		is.Marks.PrintedDate = editor.Date{}
	case ok:
		is.Marks.PrintedDate = d
	default:
		problem = lang.L("印发日期写法如 2022年6月16日 或 2022-06-16。")
	}
	return problem
}
