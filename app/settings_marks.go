package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export/pdf"
)

// settingsMarks edits a bulletin's 版头/版记 defaults, which a new issue
// starts with (密级, 保密期限, 内部资料, 逐份编号, 签发人, 本期要目, 印发机关).
type settingsMarks struct {
	classification, term, signer, printer *autoEntry
	internal, numberCopies, contents      *widget.Check
}

func newSettingsMarks(changed, blur func()) settingsMarks {
	check := func(label string) *widget.Check { return widget.NewCheck(label, func(bool) { changed() }) }
	return settingsMarks{
		classification: newAutoEntry(false, changed, blur),
		term:           newAutoEntry(false, changed, blur),
		signer:         newAutoEntry(false, changed, blur),
		printer:        newAutoEntry(false, changed, blur),
		internal:       check(lang.L("内部资料　注意保存")),
		numberCopies:   check(lang.L("逐份编号（份号）")),
		contents:       check(lang.L("第一页印本期要目")),
	}
}

func (m settingsMarks) form() fyne.CanvasObject {
	m.classification.SetPlaceHolder(lang.L("秘密、机密；不填则不印"))
	m.term.SetPlaceHolder(lang.L("如 1年"))
	return widget.NewForm(
		widget.NewFormItem(lang.L("密级"), m.classification),
		widget.NewFormItem(lang.L("保密期限"), m.term),
		widget.NewFormItem("", m.internal),
		widget.NewFormItem("", m.numberCopies),
		widget.NewFormItem(lang.L("签发人"), m.signer),
		widget.NewFormItem("", m.contents),
		widget.NewFormItem(lang.L("印发机关"), m.printer),
	)
}

func (m settingsMarks) fill(v editor.IssueMarks) {
	m.classification.SetText(v.Classification)
	m.term.SetText(v.SecrecyTerm)
	m.signer.SetText(v.Signer)
	m.printer.SetText(v.Printer)
	m.internal.SetChecked(v.Internal)
	m.numberCopies.SetChecked(v.NumberCopies)
	m.contents.SetChecked(v.Contents)
}

func (m settingsMarks) collect() editor.IssueMarks {
	return editor.IssueMarks{
		Classification: strings.TrimSpace(m.classification.Text),
		SecrecyTerm:    strings.TrimSpace(m.term.Text),
		Signer:         strings.TrimSpace(m.signer.Text),
		Printer:        strings.TrimSpace(m.printer.Text),
		Internal:       m.internal.Checked,
		NumberCopies:   m.numberCopies.Checked,
		Contents:       m.contents.Checked,
	}
}

// settingsPDFFonts says which font file the PDF embeds for each chosen name,
// and which stand in for fonts this computer lacks.
func settingsPDFFonts(p editor.Preferences) string {
	fonts, err := pdf.PDFFonts(p)
	if err != nil {
		return userMessage(err)
	}
	return composeFontReport(fonts)
}
