package cli

import (
	"context"
	"flag"
	"fmt"
	"strings"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export/issueprint"
)

// cliSignDay picks the 签发 day when --date was not given
// (editor.DefaultSignDay: a back issue of another year keeps its date) and
// the lines to say once signed about what the signer may not expect: the
// issue's date changing, 栏目 left out of the print because they are
// empty, no editing unit for the 「…编」 line. It asks nothing and refuses
// nothing: the command line is also run from scripts.
func cliSignDay(ctx context.Context, ar *editor.Archive, id int64, day editor.Date) (editor.Date, []string, error) {
	is, err := ar.Issue(ctx, id)
	if err != nil {
		return day, nil, err
	}
	warnings := cliSignWarnings(&is, day)
	if day.IsZero() {
		day = editor.DefaultSignDay(&is, editor.Today())
	}
	return day, warnings, nil
}

// cliSignWarnings are the lines cliBeforeSign prints; day zero means
// --date was not given.
func cliSignWarnings(is *editor.Issue, day editor.Date) []string {
	var out []string
	chosen := day
	if chosen.IsZero() {
		chosen = editor.DefaultSignDay(is, editor.Today())
	}
	switch {
	case !is.Date.IsZero() && chosen.Equal(is.Date) && day.IsZero() && !is.Date.Equal(editor.Today()):
		out = append(out, fmt.Sprintf("kept the issue's own date %s (an issue of %d signed in another year: a back issue); --date to sign it on another day",
			is.Date.Format(editor.DateLayout), is.Year))
	case !is.Date.IsZero() && !chosen.Equal(is.Date):
		out = append(out, fmt.Sprintf("the issue's date changes from %s to the 签发 day %s (--date %s keeps it)",
			is.Date.Format(editor.DateLayout), chosen.Format(editor.DateLayout), is.Date.Format(editor.DateLayout)))
	}
	if empty := issueprint.EmptySections(is); len(empty) > 0 {
		out = append(out, fmt.Sprintf("栏目 %s has no item and is left out of every export", strings.Join(empty, "、")))
	}
	if strings.TrimSpace(is.EditingUnit) == "" {
		out = append(out, fmt.Sprintf("bulletin %s has no editing unit (编辑单位): the masthead has no 「…编」 line; set it in 设置 before 签发", is.BulletinName))
	}
	return out
}

// cliStep takes the step; 签发 with the masthead's 签发人 in the same
// transaction: --signer when given, else the one the 签发 dialog proposes.
func cliStep(ctx context.Context, ar *editor.Archive, id int64, act editor.IssueAction, note string, day editor.Date,
	signer *string, signerSet bool) error {
	if act != editor.ActionSign {
		return ar.StepIssue(ctx, id, act, note, day)
	}
	name := *signer
	if !signerSet {
		var err error
		if name, err = ar.ProposedSigner(ctx, id); err != nil {
			return err
		}
	}
	return ar.SignIssue(ctx, id, note, day, name)
}

// flagSet says whether flag name was given on the command line (an empty
// --signer "" means none, not the default).
func flagSet(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}
