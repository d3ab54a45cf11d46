package app

import (
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/editor"
)

// The cover set apart in the 来稿 import preview: a greeting or a cover
// letter the reader took off the article (Submission.Cover) is shown under
// the file, as it will be kept — apart from the text, so neither 字数 nor
// an adopted item's body holds it — and 放回正文 puts it back before the
// text (字数 said again), unticked takes it off again.

// submissionCoverText is a file's cover and text as read.
type submissionCoverText struct{ cover, text string }

// submissionCoverMax is how much of a cover the preview shows on its line.
const submissionCoverMax = 120

// coverCheck is 放回正文 for file i, nil when nothing was set apart.
func (p *submissionImportPreview) coverCheck(i int) *widget.Check {
	if p.good[i].Cover == "" {
		return nil
	}
	return widget.NewCheck(lang.L("放回正文"), func(back bool) { p.putCoverBack(i, back) })
}

// putCoverBack puts file i's cover before its text (back) or apart again.
func (p *submissionImportPreview) putCoverBack(i int, back bool) {
	sub, read := p.good[i], p.texts[i]
	sub.Cover, sub.Text = read.cover, read.text
	if back {
		sub.Cover, sub.Text = "", read.cover+"\n"+read.text
	}
	sub.Words = editor.SubmissionWords(sub)
	p.relabel(i)
}

// fileBox is file i's summary, its title and unit fields, and under them
// the cover set apart with 放回正文.
func (p *submissionImportPreview) fileBox(i int) fyne.CanvasObject {
	box := container.NewVBox(p.labels[i], p.fieldsBox(i))
	if p.covers[i] == nil {
		return box
	}
	cover := widget.NewLabel(lang.L("另存为报送函/问候，不计字数、不进采用的正文：{{.Text}}",
		map[string]any{"Text": submissionCoverLine(p.texts[i].cover)}))
	cover.Wrapping = fyne.TextWrapWord
	box.Add(container.NewBorder(nil, nil, nil, p.covers[i], cover))
	return box
}

// submissionCoverLine is a cover on one line, its paragraphs by ／.
func submissionCoverLine(s string) string {
	s = strings.ReplaceAll(s, "\n", "／")
	if utf8.RuneCountInString(s) > submissionCoverMax {
		s = string([]rune(s)[:submissionCoverMax]) + "…"
	}
	return s
}
