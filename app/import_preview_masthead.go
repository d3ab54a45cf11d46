package app

import (
	"bytes"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/export"
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
func (p *importPreview) markedRoles() []export.MastheadRole {
	out := make([]export.MastheadRole, len(p.roles))
	for i, sel := range p.roles {
		out[i] = export.MastheadRole(max(sel.SelectedIndex(), 0))
	}
	return out
}

// onRoles reads the text again with the masthead as marked and shows the
// issue as it now reads (the text is in memory and small: read here).
func (p *importPreview) onRoles() {
	is, read, err := export.ReadIssueMasthead(bytes.NewReader(p.data), p.markedRoles())
	if err != nil {
		p.msg.SetText(issuesImportMessage(p.name, is, err))
		return
	}
	p.is, p.read.Removed, p.read.NumberedItems, p.read.Top = is, read.Removed, read.NumberedItems, read.Top
	p.msg.SetText("")
	p.forgetSplits() // the items are as the new reading has them
	p.setFields()
	p.fill()
}
