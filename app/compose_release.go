package app

import (
	"errors"
	"fmt"

	"fyne.io/fyne/v2/lang"

	"github.com/bulletindesk/bulletindesk/editor"
)

// adoptedPlaceText names where an item stands: 第12期（总第345期）“lead”.
func adoptedPlaceText(p editor.ItemPlace) string {
	return lang.L("{{.Bulletin}}{{.Year}}年第{{.N}}期（总第{{.M}}期）的条目“{{.Lead}}”", map[string]any{
		"Bulletin": p.BulletinName, "Year": p.Year, "N": p.Number, "M": p.TotalNumber, "Lead": composeShort(p.Lead, 30)})
}

// composeShort cuts s to n characters with an ellipsis.
func composeShort(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

// refuseAdoptedAgain says, and returns true, when an item already uses the
// submission: one 来稿 is adopted once; a 综合 item credits several units instead.
func (u *ui) refuseAdoptedAgain(subID int64) bool {
	places, err := u.ar.AdoptedBy(u.ctx(), subID)
	if err != nil || len(places) == 0 {
		return false
	}
	u.info(lang.L("已采用"), lang.L("这篇来稿已被{{.Place}}采用，不能再采用一次，否则统计会把它算两次。要写综合稿件，请在那个条目里勾选几个计分单位。", map[string]any{"Place": adoptedPlaceText(places[0])}))
	return true
}

// setSubmissionStatus sets the status of submissions from the 来稿 screen.
// An adopted 来稿's status follows its item, so changing it asks first and
// says what happens to the item; done runs after any change.
func (u *ui) setSubmissionStatus(ids []int64, st editor.SubmissionStatus, done func()) {
	err := u.ar.SetSubmissionStatus(u.ctx(), ids, st)
	if !errors.Is(err, editor.ErrAdopted) {
		if err != nil {
			u.showError(err)
			return
		}
		done()
		return
	}
	var where string
	for _, id := range ids {
		if places, err := u.ar.AdoptedBy(u.ctx(), id); err == nil && len(places) > 0 {
			where = adoptedPlaceText(places[0])
			break
		}
	}
	msg := lang.L("这篇来稿已被{{.Place}}采用。改为“{{.Status}}”后，条目仍留在那一期，文字和计分单位不变，但不再记作这篇来稿的采用，统计的采用率也不再计入。确定修改？",
		map[string]any{"Place": where, "Status": submissionStatusLabel(st)})
	u.confirm(lang.L("修改来稿状态"), msg, lang.L("修改"), false, func() {
		if err := u.ar.ReleaseSubmissions(u.ctx(), ids, st); err != nil {
			if errors.Is(err, editor.ErrIssueSigned) {
				u.info(lang.L("本期已签发"), lang.L("采用这篇来稿的一期已签发，内容已锁定。如需修改，请先在“组版”中重新打开那一期。"))
				return
			}
			u.showError(fmt.Errorf("change the submission's status: %w", err))
			return
		}
		u.onIssuesChanged()
		done()
	})
}
