package intake

import (
	"slices"
	"strings"
	"testing"

	"github.com/bulletindesk/bulletindesk/editor"
)

// TestReadIssueMastheadMarked: the top lines as the reader took them, and the
// issue read again with them marked otherwise by the editor.
func TestReadIssueMastheadMarked(t *testing.T) {
	const text = "江州组工\n市委组织部办公室\n2024年3月5日\n市内信息\n△青阳县召开会议。会议强调做好工作。（青阳县委组织部）\n"
	is, sum, err := ReadIssueSummary(strings.NewReader(text))
	if err != nil {
		t.Fatal(err)
	}
	var asRead []MastheadRole
	for _, l := range sum.Top {
		asRead = append(asRead, l.Role)
	}
	// A unit's line below the title, without 编, is the editing unit (not
	// dropped as 刊头（其他）); the marks below can still change it.
	wantRead := []MastheadRole{MastheadName, MastheadUnit, MastheadDate, MastheadBody}
	if !slices.Equal(asRead, wantRead) || is.EditingUnit != "市委组织部办公室" {
		t.Fatalf("as read: roles %v unit %q, want %v and 市委组织部办公室", asRead, is.EditingUnit, wantRead)
	}
	tests := []struct {
		name  string
		roles []MastheadRole
		check func(*editor.Issue) string
	}{
		{"the unit line marked", []MastheadRole{MastheadName, MastheadUnit, MastheadDate}, func(is *editor.Issue) string {
			return want(is.BulletinName == "江州组工" && is.EditingUnit == "市委组织部办公室" && is.Date.Day() == 5 && len(is.Sections) == 1, "name, unit and date")
		}},
		{"no masthead: all text", []MastheadRole{MastheadBody}, func(is *editor.Issue) string {
			return want(is.BulletinName == "" && is.Date.IsZero() && strings.Contains(textIssueText(is), "市委组织部办公室"), "no name, no date, the lines kept as text")
		}},
		{"two lines of the name", []MastheadRole{MastheadName, MastheadName, MastheadDate}, func(is *editor.Issue) string {
			return want(is.BulletinName == "江州组工市委组织部办公室", "the name of both lines")
		}},
		{"the first line alone", []MastheadRole{MastheadName, MastheadBody}, func(is *editor.Issue) string {
			return want(is.BulletinName == "江州组工" && is.Date.IsZero() && strings.Contains(textIssueText(is), "2024年3月5日"), "the date line kept as text")
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			is, sum, err := ReadIssueMasthead(strings.NewReader(text), tt.roles)
			if err != nil {
				t.Fatal(err)
			}
			if msg := tt.check(is); msg != "" {
				t.Errorf("%s; got %+v", msg, is)
			}
			for i, r := range tt.roles {
				if i < len(sum.Top) && r != MastheadBody && sum.Top[i].Role != r {
					t.Errorf("top line %d is %v, marked %v", i, sum.Top[i].Role, r)
				}
			}
		})
	}
}

// TestReadIssueMastheadOneLine: a one-line masthead (unit, number and
// date) marked as the number gives all three.
func TestReadIssueMastheadOneLine(t *testing.T) {
	text := "组工信息\n江州市委组织部编 第3期（总第88期） 2024年3月5日\n市内信息\n△甲县召开会议。会议强调做好工作。\n"
	is, _, err := ReadIssueMasthead(strings.NewReader(text), []MastheadRole{MastheadName, MastheadNumber})
	if err != nil {
		t.Fatal(err)
	}
	if is.Number != 3 || is.TotalNumber != 88 || is.EditingUnit != "江州市委组织部" || is.Date.Year() != 2024 || is.Year != 2024 {
		t.Errorf("got number %d total %d unit %q date %v year %d", is.Number, is.TotalNumber, is.EditingUnit, is.Date, is.Year)
	}
}

func want(ok bool, what string) string {
	if ok {
		return ""
	}
	return "want " + what
}

// textIssueText is every section name, lead and body of is.
func textIssueText(is *editor.Issue) string {
	var b strings.Builder
	for _, s := range is.Sections {
		b.WriteString(s.Name + "\n")
		for _, it := range s.Items {
			b.WriteString(it.Lead + it.Body + "\n")
		}
	}
	return b.String()
}
