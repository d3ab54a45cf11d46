package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/app/textarea"
	"github.com/bulletindesk/bulletindesk/editor"
)

// The title and the 报送单位 of each file in the 来稿 import preview are
// fields: a title the reader took wrong (a salutation, a first sentence)
// and a unit it missed, or took from the file name, are put right before
// anything is saved, instead of opening each 来稿 after the import. 导入
// saves the ticked files as corrected, with any unit typed that the
// archive does not have yet, in one transaction (AddSubmissions). The unit
// field offers the archive's units; left as read or emptied, the unit is
// recognised as the preview says.

// previewFields are one file's fields.
type previewFields struct {
	title *previewEntry
	unit  *previewUnitEntry
}

// newFields makes file i's fields, filled with what was read.
func (p *submissionImportPreview) newFields(i int) previewFields {
	sub := p.good[i]
	f := previewFields{title: newPreviewEntry(p.escape), unit: newPreviewUnitEntry(p.unitNames, p.escape)}
	f.title.SetText(sub.Title)
	f.title.SetPlaceHolder(lang.L("没有标题"))
	f.title.OnChanged = func(s string) {
		sub.Title = strings.TrimSpace(s)
		p.relabel(i)
	}
	f.unit.SetText(p.readUnits[i])
	f.unit.SetPlaceHolder(lang.L("未识别：可输入或选择单位"))
	f.unit.OnChanged = func(s string) { p.setUnit(i, s) }
	return f
}

// setUnit takes the unit typed for file i: the one read (or none) leaves
// it as read (the reader's unit, or recognition); another is the unit it
// is credited to.
func (p *submissionImportPreview) setUnit(i int, typed string) {
	sub := p.good[i]
	sub.UnitName = p.readNames[i]
	if typed = strings.TrimSpace(typed); typed != "" && typed != p.readUnits[i] {
		sub.UnitName = typed
	}
	unit, known := editor.SubmissionUnitAsRead(p.m, sub)
	p.units[i], p.newUnit[i] = unit, unit != "" && !known
	p.relabel(i)
}

// relabel says file i's summary again after a change.
func (p *submissionImportPreview) relabel(i int) {
	if i < len(p.labels) && p.labels[i] != nil {
		p.labels[i].SetText(p.fileLabel(i, p.good[i]).Text)
	}
}

// fieldsBox lays out file i's fields as a form.
func (p *submissionImportPreview) fieldsBox(i int) fyne.CanvasObject {
	f := p.fields[i]
	return container.New(layout.NewFormLayout(),
		widget.NewLabel(lang.L("标题")), f.title,
		widget.NewLabel(lang.L("报送单位")), f.unit)
}

// escape closes the preview from a field, as Escape does elsewhere in it.
func (p *submissionImportPreview) escape() {
	if p.dlg != nil {
		p.dlg.Hide()
	}
}

// previewEntry is a one-line field of the preview: Escape closes the
// preview, and the keys an input method composes with stay its own
// (textarea.IMEGuard: Backspace correcting the pinyin deleted the title).
type previewEntry struct {
	widget.Entry
	ime      textarea.IMEGuard
	onEscape func()
}

func newPreviewEntry(onEscape func()) *previewEntry {
	e := &previewEntry{onEscape: onEscape}
	e.ExtendBaseWidget(e)
	return e
}

// TypedKey: see previewEntry.
func (e *previewEntry) TypedKey(k *fyne.KeyEvent) {
	if !e.ime.Key(k) {
		return
	}
	if k.Name == fyne.KeyEscape && e.onEscape != nil {
		e.onEscape()
		return
	}
	e.Entry.TypedKey(k)
}

// TypedRune types r; a composition is over.
func (e *previewEntry) TypedRune(r rune) {
	e.ime.Rune()
	e.Entry.TypedRune(r)
}

// FocusLost ends a composition.
func (e *previewEntry) FocusLost() {
	e.ime.Reset()
	e.Entry.FocusLost()
}

// previewUnitEntry is the unit field: the archive's units to pick from, or
// a name typed; keys as previewEntry's.
type previewUnitEntry struct {
	widget.SelectEntry
	ime      textarea.IMEGuard
	onEscape func()
}

func newPreviewUnitEntry(options []string, onEscape func()) *previewUnitEntry {
	e := &previewUnitEntry{onEscape: onEscape}
	e.ExtendBaseWidget(e)
	e.Wrapping = fyne.TextWrap(fyne.TextTruncateClip) // as NewSelectEntry sets it
	e.SetOptions(options)
	return e
}

// TypedKey: see previewEntry.
func (e *previewUnitEntry) TypedKey(k *fyne.KeyEvent) {
	if !e.ime.Key(k) {
		return
	}
	if k.Name == fyne.KeyEscape && e.onEscape != nil {
		e.onEscape()
		return
	}
	e.SelectEntry.TypedKey(k)
}

// TypedRune types r; a composition is over.
func (e *previewUnitEntry) TypedRune(r rune) {
	e.ime.Rune()
	e.SelectEntry.TypedRune(r)
}

// FocusLost ends a composition.
func (e *previewUnitEntry) FocusLost() {
	e.ime.Reset()
	e.SelectEntry.FocusLost()
}

// unitOptions are the names of the archive's active units, to pick from.
func unitOptions(units []editor.Unit) []string {
	var out []string
	for _, u := range units {
		if u.Active {
			out = append(out, u.Name)
		}
	}
	return out
}
