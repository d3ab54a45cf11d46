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

// The items of the bulletin import preview, one row each: the editor
// unticks 新条目 where the reader started an item that is not one,
// corrects the attribution, or splits an item (import_preview_split.go).

// itemsBox lists the sections and items, each item with "starts an item",
// its attribution to correct and 拆分…; an item a split made is marked.
func (p *importPreview) itemsBox() *fyne.Container {
	box := container.NewVBox(container.NewHBox(p.undoSplitButton()))
	p.rows = nil
	for i, sec := range p.is.Sections {
		name := sec.Name
		if name == "" {
			name = lang.L("（无栏目名：印出时不加栏目标题）")
		}
		box.Add(widget.NewLabelWithStyle(name, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		for j, it := range sec.Items {
			n := len(p.rows)
			r := importPreviewRow{sec: i, item: j, starts: widget.NewCheck(lang.L("新条目"), nil), attr: widget.NewEntry()}
			r.starts.SetChecked(p.rowStarts(n))
			r.attr.SetText(it.Attribution)
			r.attr.SetPlaceHolder(lang.L("署名（无）"))
			r.attr.OnChanged = func(string) { p.showNewUnits() }
			text := importPreviewLead(it)
			if p.rowSplit(n) {
				text = lang.L("（拆分出）") + text
			}
			lead := widget.NewLabel(text)
			lead.Truncation = fyne.TextTruncateEllipsis
			box.Add(container.NewBorder(nil, nil, r.starts, p.splitButton(n, it), container.NewGridWithColumns(2, lead, r.attr)))
			p.rows = append(p.rows, r)
		}
	}
	return box
}

// importPreviewLead is the start of an item as the list shows it.
func importPreviewLead(it editor.Item) string {
	s := "△" + strings.ReplaceAll(it.Lead+it.Body, "\n", " ")
	if utf8.RuneCountInString(s) > 60 {
		s = string([]rune(s)[:60]) + "…"
	}
	return s
}
