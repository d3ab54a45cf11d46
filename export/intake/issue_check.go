package intake

import "errors"

// ErrNoIssueStructure is a text read as an issue in which nothing of a
// bulletin was found: no masthead, no 第N期, no section heading, no item
// attribution, no 报/送/发 footer. Importing it would make an issue of
// whatever the file holds (a file holding just "a" took the next number).
var ErrNoIssueStructure = errors.New("no bulletin structure recognised (no masthead, 第N期, section heading, " +
	"item attribution or 报/送/发 footer); to add the file as a 来稿 use: bulletindesk import FILE")

// CheckStructure returns ErrNoIssueStructure when s found nothing of a
// bulletin, nil otherwise.
func (s IssueSummary) CheckStructure() error {
	if s.BulletinName != "" || s.Number > 0 || s.TotalNumber > 0 || s.Attributions > 0 || s.Footer || s.namedSections {
		return nil
	}
	return ErrNoIssueStructure
}
