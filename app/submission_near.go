package app

import (
	"fmt"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// findNear looks for near duplicates of the submission shown, off the UI
// goroutine (it compares the texts of a year), and lists them when found.
func (d *submissionDetail) findNear() {
	id := d.cur.ID
	work := func() {
		near, err := d.s.u.ar.NearDuplicates(d.s.u.ctx(), id)
		apply := func() {
			if err != nil || !d.has || d.cur.ID != id {
				return
			}
			d.near = near
			d.renderDups()
		}
		if d.s.u.syncWork {
			apply()
			return
		}
		fyne.Do(apply)
	}
	if d.s.u.syncWork {
		work()
		return
	}
	go work()
}

// renderDups shows the identical earlier submission, then the near
// duplicates with how similar they are, each with a button to see it.
func (d *submissionDetail) renderDups() {
	d.dupBox.RemoveAll()
	if orig := d.cur.DuplicateOf; orig != 0 {
		label := lang.L("与以前的来稿重复")
		if o, err := d.s.u.ar.Submission(d.s.u.ctx(), orig); err == nil {
			label = fmt.Sprintf(lang.L("与 %s 收到的《%s》重复"), d.s.u.dateLabel(o.Received), o.Title)
		}
		d.addDup(label, lang.L("查看原稿"), orig)
	}
	for _, n := range d.near {
		if n.Submission.ID == d.cur.DuplicateOf {
			continue
		}
		pct := int(math.Floor(n.Similarity * 100))
		label := lang.L("与 {{.Date}} 收到的《{{.Title}}》相似（{{.P}}%）", map[string]any{
			"Date": d.s.u.dateLabel(n.Submission.Received), "Title": n.Submission.Title, "P": pct})
		d.addDup(label, lang.L("查看这篇"), n.Submission.ID)
	}
	d.dupBox.Refresh()
}

// addDup is one warning line and its button.
func (d *submissionDetail) addDup(label, button string, id int64) {
	warn := newCJKLabel(label) // Fyne's wrapping put the closing ） alone on a row (review F11)
	warn.label.Importance = widget.WarningImportance
	d.dupBox.Add(container.NewBorder(nil, nil, widget.NewIcon(theme.WarningIcon()), nil, warn))
	d.dupBox.Add(container.NewHBox(widget.NewButton(button, func() { d.s.selectSubmission(id) })))
}
