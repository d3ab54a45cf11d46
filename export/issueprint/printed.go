package issueprint

import "github.com/bulletindesk/bulletindesk/editor"

// PrintedIssue is the issue as every export prints it: without the 栏目
// that have no item. A new issue proposes the bulletin's default sections
// (市内信息, 市外参考); one left empty printed as a heading with nothing
// under it — on a page of its own in Word and the PDF. The archive keeps
// the empty section (the editor may still fill it); only the print drops it.
// is itself is not changed.
func PrintedIssue(is *editor.Issue) *editor.Issue {
	if len(EmptySections(is)) == 0 {
		return is
	}
	out := *is
	out.Sections = make([]editor.Section, 0, len(is.Sections))
	for _, s := range is.Sections {
		if len(s.Items) > 0 {
			s.Position = len(out.Sections) // as printed: the text read back numbers them so
			out.Sections = append(out.Sections, s)
		}
	}
	return &out
}

// EmptySections are the names of the issue's 栏目 without an item, for the
// warning before 签发 (a section meant to be filled and forgotten).
func EmptySections(is *editor.Issue) []string {
	var names []string
	for _, s := range is.Sections {
		if len(s.Items) == 0 {
			names = append(names, s.Name)
		}
	}
	return names
}
