package app

import (
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/editor"
)

// The 签发 dialog's 签发人: the masthead's name is given when signing, as
// the issue's marks are locked once it is signed (review G29: the field
// stayed empty and could only be typed by reopening the issue).

// signerItem is the 签发人 field of the 签发 dialog, prefilled with the name
// the archive proposes (the issue's own, else the last signed issue's).
func (s *composeScreen) signerItem(id int64, e *stepEntry) *widget.FormItem {
	name, err := s.u.ar.ProposedSigner(s.u.ctx(), id)
	if err == nil {
		e.SetText(name)
	}
	e.SetPlaceHolder(lang.L("如 王军"))
	item := widget.NewFormItem(lang.L("签发人"), e)
	item.HintText = lang.L("印在版头；签发后不能再改。不印签发人请留空。")
	return item
}

// sign takes the 签发 step with the 签发人 in the same transaction
// (Archive.SignIssue).
func (s *composeScreen) sign(id int64, note string, day editor.Date, signer string) {
	if s.do(func() error { return s.u.ar.SignIssue(s.u.ctx(), id, note, day, signer) }) {
		s.undo.clear() // signed: nothing to take back, and no banner over the signed issue
	}
}
