package app

import (
	"bytes"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/export/intake"
)

// The masthead picker of the issue import preview: the text's top lines,
// each with what the reader took it for (刊名, 编辑单位, 期号, 日期, 刊头,
// 正文), which the editor changes line by line; each change reads the text
// again with the lines so marked (export.ReadIssueMasthead) and shows the
// issue as it now reads. The masthead ends at the first line marked 正文.

// importPreviewRoles are the choices, in export.MastheadRole order.
func importPreviewRoles() []string {
	return []string{lang.L("正文"), lang.L("刊名"), lang.L("编辑单位"), lang.L("期号"), lang.L("日期"), lang.L("刊头（其他）")}
}

// mastheadBox lists the top lines with their roles to choose.
func (p *importPreview) mastheadBox() fyne.CanvasObject {
	if len(p.read.Top) == 0 || p.data == nil {
		return container.NewVBox()
	}
	head := widget.NewLabelWithStyle(lang.L("刊头：每行是什么（改了即按此重新识别；从第一行“正文”起都是正文）"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	head.Wrapping = fyne.TextWrapWord
	box := container.NewVBox(head)
	p.roles = nil
	for _, l := range p.read.Top {
		sel := widget.NewSelect(importPreviewRoles(), nil)
		sel.SetSelectedIndex(int(l.Role))
		sel.OnChanged = func(string) { p.onRoles() }
		p.roles = append(p.roles, sel)
		text := widget.NewLabel(l.Text)
		text.Truncation = fyne.TextTruncateEllipsis
		box.Add(container.NewBorder(nil, nil, sel, nil, text))
	}
	return box
}

// markedRoles are the roles chosen, line by line.
func (p *importPreview) markedRoles() []intake.MastheadRole {
	out := make([]intake.MastheadRole, len(p.roles))
	for i, sel := range p.roles {
		out[i] = intake.MastheadRole(max(sel.SelectedIndex(), 0))
	}
	return out
}

// onRoles reads the text again with the masthead as marked and shows the
// issue as it now reads (the text is in memory and small: read here).
func (p *importPreview) onRoles() {
	p.marked = true
	if p.readAgain() {
		p.setFields()
		p.fill()
	}
}

// readAgain reads the text again with the masthead as the editor marked it
// (as the reader picks it, until they do) and the sections the chosen
// bulletin uses (export.ReadOptions), false with the problem shown when it
// cannot be read. The items are as the new reading has them.
func (p *importPreview) readAgain() bool {
	opt := intake.ReadOptions{Sections: p.knownSections()}
	if p.marked {
		opt.Roles = p.markedRoles()
	}
	is, read, err := intake.ReadIssueWith(bytes.NewReader(p.data), opt)
	if err != nil {
		p.msg.SetText(issuesImportMessage(p.name, is, err))
		return false
	}
	p.is, p.read.Removed, p.read.NumberedItems, p.read.Top = is, read.Removed, read.NumberedItems, read.Top
	p.read.MarkedItems, p.read.ItemMarks = read.MarkedItems, read.ItemMarks
	p.known = opt.Sections
	p.msg.SetText("")
	p.forgetSplits()
	return true
}

// knownSections are the sections of the bulletin chosen (none for a new one).
func (p *importPreview) knownSections() []string {
	b, ok := p.chosenBulletin()
	if !ok {
		return nil
	}
	names, err := p.u.ar.BulletinSectionNames(p.u.ctx(), b.ID)
	if err != nil {
		return nil // read by the shapes alone, as without an archive
	}
	return names
}

// onBulletin reads the text again when the bulletin chosen uses other
// sections than the reading knew: a heading naming one of them is that
// section (review R9).
func (p *importPreview) onBulletin() {
	if p.data == nil || p.head == nil || slices.Equal(p.knownSections(), p.known) {
		return
	}
	if p.readAgain() {
		p.fill()
	}
}
