package app

import (
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export/intake"
)

// Splitting an item in the bulletin import preview: where the reader
// joined two items (a PDF's page, numbered items it did not see), the
// editor picks the paragraph the second starts at (拆分…), and the preview
// shows the two items at once, the new one marked; 撤销拆分 takes the last
// split back. 新条目 unticked does the opposite (an item joined to the one
// before), applied when saving. The split is export.SplitItem: the new
// item's lead is that paragraph's first sentence, as the reader cuts items.

// importPreviewState is the preview before a split: the issue, and per
// row whether it starts an item and whether a split made it.
type importPreviewState struct {
	is          *editor.Issue
	keep, split []bool
}

// importPreviewParaMax is how much of a paragraph the split dialog shows.
const importPreviewParaMax = 80

// rowStarts is whether row n starts an item (ticked unless the editor unticked it).
func (p *importPreview) rowStarts(n int) bool { return n >= len(p.keep) || p.keep[n] }

// rowSplit is whether a split made row n.
func (p *importPreview) rowSplit(n int) bool { return n < len(p.split) && p.split[n] }

// snapshot is the preview as it stands: the issue with the attributions
// as typed, and the rows' ticks.
func (p *importPreview) snapshot() importPreviewState {
	is := importPreviewCopy(p.is)
	st := importPreviewState{is: is}
	for n, r := range p.rows {
		is.Sections[r.sec].Items[r.item].Attribution = r.attr.Text
		st.keep, st.split = append(st.keep, r.starts.Checked), append(st.split, p.rowSplit(n))
	}
	return st
}

// restore shows st.
func (p *importPreview) restore(st importPreviewState) {
	p.is, p.keep, p.split = st.is, st.keep, st.split
	p.fill()
}

// splitRow makes paragraph k of row n's item the start of a new item
// after it, keeping what the editor set on every row.
func (p *importPreview) splitRow(n, k int) {
	if n < 0 || n >= len(p.rows) {
		return
	}
	before := p.snapshot()
	st := p.snapshot()
	r := p.rows[n]
	if !intake.SplitItem(st.is, r.sec, r.item, k) {
		return
	}
	st.keep = append(st.keep[:n+1:n+1], append([]bool{true}, st.keep[n+1:]...)...)
	st.split = append(st.split[:n+1:n+1], append([]bool{true}, st.split[n+1:]...)...)
	p.undo = append(p.undo, before)
	p.restore(st)
}

// onUndoSplit takes the last split back.
func (p *importPreview) onUndoSplit() {
	if len(p.undo) == 0 {
		return
	}
	st := p.undo[len(p.undo)-1]
	p.undo = p.undo[:len(p.undo)-1]
	p.restore(st)
}

// forgetSplits drops the splits' history: the text was read again.
func (p *importPreview) forgetSplits() { p.undo, p.keep, p.split = nil, nil, nil }

// undoSplitButton is 撤销拆分, enabled while there is a split to take back.
func (p *importPreview) undoSplitButton() *widget.Button {
	b := widget.NewButton(lang.L("撤销拆分"), p.onUndoSplit)
	if len(p.undo) == 0 {
		b.Disable()
	}
	return b
}

// splitButton opens the choice of paragraph for row n; disabled for an
// item of one paragraph.
func (p *importPreview) splitButton(n int, it editor.Item) *widget.Button {
	b := widget.NewButton(lang.L("拆分…"), func() { p.showSplit(n) })
	if len(intake.ItemParagraphs(it)) < 2 {
		b.Disable()
	}
	return b
}

// showSplit lists row n's paragraphs after the first, each with a button
// that starts a new item there.
func (p *importPreview) showSplit(n int) {
	r := p.rows[n]
	paras := intake.ItemParagraphs(p.is.Sections[r.sec].Items[r.item])
	box := container.NewVBox()
	var d dialog.Dialog
	p.splitAt = nil
	for k := 1; k < len(paras); k++ {
		b := widget.NewButton(lang.L("从此段起另起一条"), func() { d.Hide(); p.splitRow(n, k) })
		p.splitAt = append(p.splitAt, b)
		l := widget.NewLabel(importPreviewPara(paras[k]))
		l.Wrapping = fyne.TextWrapWord
		box.Add(container.NewBorder(nil, nil, nil, b, l))
	}
	head := widget.NewLabel(lang.L("选新条目从哪一段开始（该段第一句作新条目的标题句，署名留在后一条）："))
	head.Wrapping = fyne.TextWrapWord
	d = dialog.NewCustom(lang.L("拆分条目"), lang.L("取消"), container.NewBorder(head, nil, nil, nil, container.NewVScroll(box)), p.u.win)
	d.Resize(fyne.NewSize(720, 420))
	d.Show()
}

// importPreviewPara is a paragraph as the split dialog shows it.
func importPreviewPara(s string) string {
	if utf8.RuneCountInString(s) > importPreviewParaMax {
		return string([]rune(s)[:importPreviewParaMax]) + "…"
	}
	return s
}

// importPreviewCopy copies an issue down to its items, for the preview to change.
func importPreviewCopy(is *editor.Issue) *editor.Issue {
	c := *is
	c.Sections = make([]editor.Section, len(is.Sections))
	for i, s := range is.Sections {
		c.Sections[i] = s
		c.Sections[i].Items = append([]editor.Item(nil), s.Items...)
	}
	return &c
}
