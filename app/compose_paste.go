package app

import (
	"strings"

	"fyne.io/fyne/v2"
)

// composeSplitPaste divides a whole item pasted from Word or WPS into lead
// (the first sentence), body (the rest, paragraphs kept) and attribution
// (a closing （…） that names a unit). ok is false when the text is a single
// sentence, which is pasted as it is.
func (s *composeScreen) composeSplitPaste(text string) (lead, body, attr string, ok bool) {
	var paras []string
	for _, p := range strings.Split(composeNormalizeNewlines(text), "\n") {
		if p = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(p), "△")); p != "" {
			paras = append(paras, p)
		}
	}
	if len(paras) == 0 {
		return "", "", "", false
	}
	first := []rune(paras[0])
	end := len(first)
	for i, r := range first {
		if r == '。' || r == '！' || r == '？' {
			end = i + 1
			break
		}
	}
	lead = string(first[:end])
	rest := append([]string{strings.TrimSpace(string(first[end:]))}, paras[1:]...)
	if rest[0] == "" {
		rest = rest[1:]
	}
	if len(rest) == 0 {
		return lead, "", "", false
	}
	last := rest[len(rest)-1]
	if open := strings.LastIndex(last, "（"); open >= 0 && strings.HasSuffix(last, "）") {
		if inner := last[open+len("（") : len(last)-len("）")]; len(s.matchUnits(inner)) > 0 {
			attr = inner
			rest[len(rest)-1] = strings.TrimSpace(last[:open])
			if rest[len(rest)-1] == "" {
				rest = rest[:len(rest)-1]
			}
		}
	}
	return lead, strings.Join(rest, "\n"), attr, true
}

// composeNormalizeNewlines turns CRLF and CR (Windows clipboards) into LF.
func composeNormalizeNewlines(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}

// pasteIntoLead fills all three fields when a whole item is pasted into an
// empty item's lead; otherwise the paste goes in as usual (false).
func (ie *itemEditor) pasteIntoLead(text string) bool {
	if ie.lead.Text != "" || ie.body.Text() != "" {
		return false
	}
	lead, body, attr, ok := ie.s.composeSplitPaste(text)
	if !ok {
		return false
	}
	ie.lead.SetText(lead)
	ie.body.SetText(body)
	ie.changed()
	if attr != "" && ie.attr.Text == "" {
		ie.attr.SetText(attr)
	}
	ie.save.flush()
	return true
}

// composeClipboardText is the text of a paste shortcut.
func composeClipboardText(sc fyne.Shortcut) (string, bool) {
	p, ok := sc.(*fyne.ShortcutPaste)
	if !ok || p.Clipboard == nil {
		return "", false
	}
	return p.Clipboard.Content(), true
}
