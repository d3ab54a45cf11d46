package app

import (
	"context"
	"errors"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/editor"
)

// historyScreen is the 历史 window of one item, submission or issue header:
// its revisions newest first, any two compared character by character
// (additions green and bold, deletions red and italic), and the older one
// restorable as a new revision.
type historyScreen struct {
	u        *ui
	kind     string
	id       int64
	version  func() int64 // the version of the record the screen shows now
	restored func(v any)  // after a restore: the record as now saved
	revs     []editor.Revision
	older    *widget.Select
	newer    *widget.Select
	diff     *widget.RichText
	restore  *widget.Button
	dlg      dialog.Dialog
	locked   bool // nothing may be restored: a signed issue, a read-only archive
}

// showHistory opens the history of (kind, id). locked (a signed issue)
// shows it without 恢复. version says which version of the record the
// caller shows (a restore over a newer one is refused as a conflict);
// restored gets the record back after a restore.
func (u *ui) showHistory(kind string, id int64, title string, locked bool, version func() int64, restored func(v any)) {
	h := &historyScreen{u: u, kind: kind, id: id, version: version, restored: restored, locked: locked || u.readOnly}
	h.older = widget.NewSelect(nil, func(string) { h.onCompare() })
	h.newer = widget.NewSelect(nil, func(string) { h.onCompare() })
	h.diff = widget.NewRichText()
	h.diff.Wrapping = fyne.TextWrapWord
	h.restore = widget.NewButtonWithIcon(lang.L("恢复较早的版本"), theme.HistoryIcon(), h.onRestore)
	h.restore.Importance = widget.HighImportance
	if h.locked {
		h.restore.Disable()
	}
	legend := widget.NewRichText(
		&widget.TextSegment{Text: lang.L("比较两个版本："), Style: widget.RichTextStyleInline},
		&widget.TextSegment{Text: lang.L("新增的字"), Style: diffStyle(editor.DiffInserted)},
		&widget.TextSegment{Text: lang.L("（绿色粗体），"), Style: widget.RichTextStyleInline},
		&widget.TextSegment{Text: lang.L("删去的字"), Style: diffStyle(editor.DiffDeleted)},
		&widget.TextSegment{Text: lang.L("（红色斜体，加〔〕）。"), Style: widget.RichTextStyleInline},
	)
	pick := widget.NewForm(widget.NewFormItem(lang.L("较早的版本"), h.older), widget.NewFormItem(lang.L("较新的版本"), h.newer))
	top := container.NewVBox(legend, pick)
	scroll := container.NewVScroll(h.diff)
	scroll.SetMinSize(fyne.NewSize(640, 360))
	body := container.NewBorder(top, container.NewHBox(h.restore), nil, nil, scroll)
	h.dlg = dialog.NewCustom(lang.L("历史：{{.Title}}", map[string]any{"Title": title}), lang.L("关闭"), body, u.win)
	h.dlg.Show()
	// read after the saves already queued, so that the newest revision
	// holds everything typed
	u.write(func(context.Context) error { return nil }, func(error) { h.load() })
}

// load reads the revisions and compares the newest with the one before.
func (h *historyScreen) load() {
	revs, err := h.u.ar.Revisions(h.u.ctx(), h.kind, h.id)
	if err != nil {
		h.u.showError(err)
		return
	}
	h.revs = revs
	labels := make([]string, len(revs))
	for i, r := range revs {
		labels[i] = h.label(r)
	}
	h.older.Options, h.newer.Options = labels, labels
	if len(revs) == 0 {
		h.diff.Segments = []widget.RichTextSegment{&widget.TextSegment{Text: lang.L("还没有保存过的版本。")}}
		h.diff.Refresh()
		h.restore.Disable()
		return
	}
	h.newer.SetSelectedIndex(0)
	h.older.SetSelectedIndex(min(1, len(revs)-1))
}

// label names a revision in the pickers: when it was last saved, by whom.
func (h *historyScreen) label(r editor.Revision) string {
	when := h.u.dateLabel(r.Saved.Local()) + " " + r.Saved.Local().Format("15:04:05")
	if r.Author == "" {
		return lang.L("{{.When}} 最初的文字", map[string]any{"When": when})
	}
	return when + " " + r.Author
}

// onCompare shows the difference between the two chosen revisions.
func (h *historyScreen) onCompare() {
	o, n := h.older.SelectedIndex(), h.newer.SelectedIndex()
	if o < 0 || n < 0 {
		return
	}
	h.diff.Segments = diffSegments(editor.CompareTexts(h.revs[o].Text(), h.revs[n].Text()))
	h.diff.Refresh()
	if !h.locked && o != 0 {
		h.restore.Enable()
	} else {
		h.restore.Disable() // the newest is what the record holds already
	}
}

// diffSegments renders a comparison: unchanged text plain, additions green
// and bold, deletions red and italic in 〔〕 (Fyne's text has no strike-through).
func diffSegments(spans []editor.DiffSpan) []widget.RichTextSegment {
	var out []widget.RichTextSegment
	for _, s := range spans {
		text := s.Text
		if s.Op == editor.DiffDeleted {
			text = "〔" + text + "〕"
		}
		out = append(out, &widget.TextSegment{Text: text, Style: diffStyle(s.Op)})
	}
	if len(out) == 0 {
		out = append(out, &widget.TextSegment{Text: lang.L("（两个版本相同）")})
	}
	return out
}

func diffStyle(op editor.DiffOp) widget.RichTextStyle {
	st := widget.RichTextStyleInline
	switch op {
	case editor.DiffInserted:
		st.ColorName, st.TextStyle = theme.ColorNameSuccess, fyne.TextStyle{Bold: true}
	case editor.DiffDeleted:
		st.ColorName, st.TextStyle = theme.ColorNameError, fyne.TextStyle{Italic: true}
	}
	return st
}

// onRestore brings the older chosen revision back, after the saves queued
// before it, as a new revision of its own (so that it can be undone).
func (h *historyScreen) onRestore() {
	i := h.older.SelectedIndex()
	if i < 0 {
		return
	}
	r := h.revs[i]
	key := fmt.Sprintf("%s %d", h.kind, h.id)
	version := h.version()
	var got any
	h.u.write(func(ctx context.Context) error {
		h.u.writes.chainVersion(key, &version)
		var err error
		got, err = h.u.ar.RestoreRevision(ctx, r.ID, version)
		if err == nil {
			h.u.writes.saved(key, restoredVersion(got))
		}
		return err
	}, func(err error) {
		if errors.Is(err, editor.ErrConflict) {
			h.u.info(lang.L("没有恢复"), lang.L("在您查看历史的同时，另一位编辑保存了这里的内容，所以没有恢复。请看最新的版本后再决定。"))
			h.load()
			return
		}
		if err != nil {
			h.u.showError(err)
			return
		}
		h.dlg.Hide()
		h.restored(got)
	})
}

// restoredVersion is the version a restore left the record at.
func restoredVersion(v any) int64 {
	switch r := v.(type) {
	case editor.Item:
		return r.Version
	case editor.Submission:
		return r.Version
	case editor.Issue:
		return r.Version
	}
	return 0
}

// showHistory is an item's 历史: what it is typed so far is saved first,
// so that the newest revision is what the editor sees.
func (ie *itemEditor) showHistory() {
	s := ie.s
	ie.save.flush()
	s.u.showHistory("item", ie.item.ID, clipLabel(ie.item.Lead, 24), s.signed(), func() int64 { return ie.item.Version },
		func(any) { s.refresh(); s.notifyOthers() })
}

// clipLabel is s cut to n characters for a title.
func clipLabel(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "……"
}

// showHistory is the issue header's 历史 (numbers, date, marks, 编者按,
// distribution); the items have their own.
func (h *composeHeader) showHistory() {
	s := h.s
	if s.issue == nil {
		return
	}
	h.save.flush()
	title := lang.L("第{{.N}}期版头与版记", map[string]any{"N": s.issue.Number})
	s.u.showHistory("issue", s.issue.ID, title, s.signed(), func() int64 { return s.issue.Version },
		func(any) { s.reload(); s.notifyOthers() })
}

// onHistory is a submission's 历史: its text and fields as saved over time.
func (d *submissionDetail) onHistory() {
	if !d.has {
		return
	}
	d.flush()
	id := d.cur.ID
	d.s.u.showHistory("submission", id, clipLabel(d.cur.Title, 24), false, func() int64 { return d.cur.Version },
		func(any) { d.load(id); d.s.reloadRows() })
}
