package app

import (
	"errors"

	"fyne.io/fyne/v2/lang"

	"github.com/bulletindesk/bulletindesk/editor"
)

// statusLockText is why a 来稿's status cannot change now, "" when it can:
// what a signed issue adopted stays adopted until its 签发 reopens it, and
// under review only 审核 and 签发 change it (editor.SubmissionLocked; review
// G25: the picker offered 待处理 and only warned about 采用率).
func statusLockText(err error) string {
	switch {
	case errors.Is(err, editor.ErrIssueSigned):
		return lang.L("采用这篇来稿的一期已签发，状态已锁定，统计中的采用不会变。如需修改，请先由签发人在“组版”中重新打开那一期。")
	case errors.Is(err, editor.ErrUnderReview):
		return lang.L("采用这篇来稿的一期已送审，审核期间只有审核人或签发人可以修改它的状态。")
	}
	return ""
}

// showStatusLock greys the status picker of a 来稿 adopted into a locked
// issue and says why beneath it, before anyone picks a status the archive
// would refuse. Another error leaves the picker as it is: a change is
// checked again when it is saved.
func (d *submissionDetail) showStatusLock(sub editor.Submission) {
	var err error
	if sub.Status == editor.SubmissionAdopted && len(sub.ItemIDs) > 0 {
		err = d.s.u.ar.SubmissionLocked(d.s.u.ctx(), sub.ID)
	}
	text := statusLockText(err)
	d.statusLock.SetText(text)
	if text == "" {
		d.status.Enable()
		d.statusLock.Hide()
		return
	}
	d.status.Disable()
	d.statusLock.Show()
}
