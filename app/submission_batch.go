package app

import (
	"errors"
	"fmt"
	"slices"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/editor"
)

// Batch work in the 来稿 list: the first column ticks submissions (a click
// on the box, or Space on it from the keyboard); 标记为 and 删除所选 then act
// on all the ticked ones, each in one transaction.

// showCheck fills the tick box of a row.
func (s *submissionsScreen) showCheck(box *widget.Check, sub editor.Submission, ok bool) {
	box.OnChanged = nil
	if !ok {
		box.Hide()
		return
	}
	box.Show()
	box.SetChecked(s.checked[sub.ID])
	id := sub.ID
	box.OnChanged = func(on bool) { s.setChecked(id, on) }
}

// toggleChecked ticks or unticks a row.
func (s *submissionsScreen) toggleChecked(row int) {
	if sub, ok := s.row(row); ok {
		s.setChecked(sub.ID, !s.checked[sub.ID])
		s.table.Refresh()
	}
}

func (s *submissionsScreen) setChecked(id int64, on bool) {
	if on {
		s.checked[id] = true
	} else {
		delete(s.checked, id)
	}
	s.showCount()
}

// showCount is 共 N 篇, and how many are ticked.
func (s *submissionsScreen) showCount() {
	text := fmt.Sprintf(lang.L("共 %d 篇"), s.total)
	if n := len(s.checked); n > 0 {
		text += lang.L("，已选 {{.N}} 篇", map[string]any{"N": n})
	}
	s.count.SetText(text)
}

// batchIDs are the ticked submissions, or the selected one when none is.
func (s *submissionsScreen) batchIDs() []int64 {
	var ids []int64
	for id := range s.checked {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	if len(ids) == 0 && s.selected != 0 {
		ids = []int64{s.selected}
	}
	return ids
}

// setStatusOfBatch sets one status on every ticked submission at once.
func (s *submissionsScreen) setStatusOfBatch(st editor.SubmissionStatus) {
	ids := s.batchIDs()
	if len(ids) == 0 {
		return
	}
	s.detail.flush()
	if err := s.u.ar.SetSubmissionStatus(s.u.ctx(), ids, st); err != nil {
		if errors.Is(err, editor.ErrAdopted) {
			s.u.info(lang.L("不能更改状态"), lang.L("所选来稿中有已被条目采用的；采用的来稿状态随条目而定，请先在组版中移除条目。"))
			return
		}
		s.u.showError(err)
		return
	}
	s.afterBatch()
}

// onDeleteChecked deletes the ticked submissions after asking, all or none.
func (s *submissionsScreen) onDeleteChecked() {
	ids := s.batchIDs()
	if len(ids) == 0 {
		s.u.info(lang.L("删除所选"), lang.L("请先在列表左侧勾选要删除的来稿。"))
		return
	}
	s.detail.flush()
	msg := lang.L("确定删除所选的 {{.N}} 篇来稿？此操作不能撤销。", map[string]any{"N": len(ids)})
	s.u.confirm(lang.L("删除所选"), msg, lang.L("删除"), true, func() {
		err := s.u.ar.DeleteSubmissions(s.u.ctx(), ids)
		if errors.Is(err, editor.ErrInUse) {
			s.u.info(lang.L("不能删除"), lang.L("所选来稿中有已被条目采用、或已登记上级采用或批示的，删除会丢失这些记录，所以一篇也没有删除。"))
			return
		}
		if err != nil {
			s.u.showError(err)
			return
		}
		if slices.Contains(ids, s.selected) {
			s.selected = 0
			s.detail.clear()
		}
		s.checked = map[int64]bool{}
		s.u.onSubmissionsChanged()
		s.reloadRows()
		s.showCount()
	})
}

// afterBatch shows the new statuses in the list and the detail.
func (s *submissionsScreen) afterBatch() {
	s.pages, s.asked = map[int][]editor.Submission{}, map[int]bool{}
	s.gen++
	s.table.Refresh()
	if s.selected != 0 {
		s.detail.load(s.selected)
	}
	s.u.markOthersDirty()
}
