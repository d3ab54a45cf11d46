package intake

import (
	"strings"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export/issueprint"
)

// marksAbove writes 份号, 密级 and 内部资料 above the title, each when set.
func (t *textWriter) marksAbove(is *editor.Issue) {
	if n := strings.TrimSpace(is.Marks.CopyNumber); n != "" {
		t.line(n)
	}
	if c := issueprint.ClassificationLine(is.Marks); c != "" {
		t.line(c)
	}
	if is.Marks.Internal {
		t.line(issueprint.InternalMark)
	}
}

// marksBelow writes 签发人 under the 编 line, then 本期要目 and the issue's 编者按.
func (t *textWriter) marksBelow(is *editor.Issue) {
	if s := strings.TrimSpace(is.Marks.Signer); s != "" {
		t.line(issueprint.SignerLabel + s)
	}
	if leads := issueprint.ContentsLeads(is); len(leads) > 0 {
		t.gap()
		t.line(issueprint.ContentsTitle)
		for _, l := range leads {
			t.line(l)
		}
	}
	if note := strings.TrimSpace(is.EditorNote); note != "" {
		t.gap()
		for i, p := range strings.Split(strings.ReplaceAll(note, "\r", ""), "\n") {
			if p = strings.TrimSpace(p); p == "" {
				continue
			}
			if i == 0 {
				p = issueprint.EditorNoteLabel + p
			}
			t.para(p)
		}
	}
}
