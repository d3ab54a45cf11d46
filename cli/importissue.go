package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export/intake"
)

// importIssueUsage is the import-issue command's synopsis and what it does (help).
const importIssueUsage = `import-issue [--db FILE] [--bulletin NAME] [--date YYYY-MM-DD] [--masthead ROLES] [--editing-unit UNIT] FILE
        read a bulletin text (like the sample) into the archive as a new issue; print its id alone on stdout
        and on stderr what was recognised (masthead, sections, items, attributions, footer, the top lines as
        read) and what to check. What the text does not say stays empty: no date (asked for before 签发), no 报/送/发.
        --masthead marks the top lines one by one (name,unit,date,body; also number, other, or 刊名 编辑单位 期号
        日期 刊头 正文): the masthead ends at the first body line. --editing-unit sets the bulletin's editing unit and this issue's`

func runImportIssue(ctx context.Context, args []string, env *Env) int {
	fs := env.newFlags()
	db := fs.String("db", "", "archive file")
	bulletin := fs.String("bulletin", "", "bulletin name (default: the masthead's, else the first bulletin)")
	date := fs.String("date", "", "issue date, YYYY-MM-DD (default: the masthead's, else none)")
	masthead := fs.String("masthead", "", "what the top lines are, one by one: name,unit,number,date,other,body")
	unit := fs.String("editing-unit", "", "the bulletin's editing unit, corrected: this issue prints it, and so do the issues composed from now on (signed and imported ones keep theirs)")
	files, status, ok := env.parseFlags(fs, args)
	if !ok {
		return status
	}
	if len(files) != 1 {
		return env.UsageError("want one FILE, got %d", len(files))
	}
	var day editor.Date
	if *date != "" {
		d, err := cliParseDate("--date", *date)
		if err != nil {
			return env.UsageError("%v", err)
		}
		day = d
	}
	roles, err := intake.ParseMastheadRoles(*masthead)
	if err != nil {
		return env.UsageError("--masthead: %v", err)
	}
	is, read, err := cliReadIssueFile(files[0], roles)
	if err != nil {
		return env.Fail("%s: %v", files[0], err)
	}
	if _, err := cliImportSummary(is, read, day); err != nil {
		return env.Fail("%s: not imported: %v", cliQuote(files[0]), err)
	}
	ar, err := env.OpenArchive(*db)
	if err != nil {
		return env.Fail("%v", err)
	}
	defer ar.Close()
	if err := cliPrepareImport(ctx, ar, is, *bulletin); err != nil {
		return env.Fail("%s: %v", files[0], err)
	}
	is, read = cliReadKnownSections(ctx, ar, files[0], roles, is, read) // the bulletin's 栏目, as 档案 reads them
	sum, err := cliImportSummary(is, read, day)
	if err != nil {
		return env.Fail("%s: not imported: %v", cliQuote(files[0]), err)
	}
	if *unit != "" && is.BulletinID == 0 && is.BulletinName != "" {
		is.EditingUnit = *unit // a new bulletin is created with it
	}
	before, err := ar.Units(ctx)
	if err != nil {
		return env.Fail("%s: %v", files[0], err)
	}
	if err := ar.ImportIssueCorrectingUnit(ctx, is, *unit); err != nil {
		if msg, ok := cliRefusal(err); ok {
			return env.Fail("%s: %s", files[0], msg)
		}
		return env.Fail("%s: %v", files[0], err)
	}
	fmt.Fprintln(env.Stdout, is.ID)
	fmt.Fprintf(env.Stderr, "%s: ", files[0])
	fmt.Fprint(env.Stderr, sum.String())
	cliReportEditingUnit(ctx, env, ar, is.BulletinID, sum.EditingUnit)
	cliReportNewUnits(ctx, env, ar, before)
	for i, l := range read.Top {
		fmt.Fprintf(env.Stderr, "top line %d: %s %s\n", i+1, l.Role, l.Text)
	}
	return exitOK
}

// cliImportSummary applies --date to is and says what was recognised, with
// the error when the structure cannot be imported.
func cliImportSummary(is *editor.Issue, read intake.IssueSummary, day editor.Date) (intake.IssueSummary, error) {
	if !day.IsZero() {
		is.Date, is.Year = day, day.Year()
	}
	read.DateProposed = read.DateProposed && day.IsZero() // a date given is no web page's
	sum := intake.SummarizeIssue(is).WithReading(read)    // after --date
	return sum, sum.CheckStructure()
}

// cliReadIssueFile reads a bulletin text, its top lines marked by roles
// when given.
func cliReadIssueFile(name string, roles []intake.MastheadRole) (*editor.Issue, intake.IssueSummary, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, intake.IssueSummary{}, cliFileError(err)
	}
	defer f.Close()
	read := intake.ReadIssueSummary
	if roles != nil {
		read = func(r io.Reader) (*editor.Issue, intake.IssueSummary, error) {
			return intake.ReadIssueMasthead(r, roles)
		}
	}
	is, sum, err := read(f)
	return is, sum, intake.IssueFileError(name, err)
}

// cliPrepareImport applies --bulletin, which must exist: a typo should not
// start a new series. (Items before any heading are placed by the archive.)
func cliPrepareImport(ctx context.Context, ar *editor.Archive, is *editor.Issue, bulletin string) error {
	if bulletin == "" {
		return nil
	}
	b, err := ar.BulletinByName(ctx, bulletin)
	if errors.Is(err, editor.ErrNotFound) {
		return fmt.Errorf("no bulletin named %q in the archive", bulletin)
	}
	if err != nil {
		return err
	}
	is.BulletinID, is.BulletinName = b.ID, b.Name
	return nil
}

// cliReportNewUnits lists the units the import created, with the group
// guessed for each: a new unit takes credits from then on, and its group
// (县区/市直/其他) moves it between the statistics' subtotals, so the
// editor should look at it.
func cliReportNewUnits(ctx context.Context, env *Env, ar *editor.Archive, before []editor.Unit) {
	after, err := ar.Units(ctx)
	if err != nil {
		return // the import is saved; only the list is missing
	}
	known := map[int64]bool{}
	for _, u := range before {
		known[u.ID] = true
	}
	for _, u := range after {
		if !known[u.ID] {
			fmt.Fprintf(env.Stderr, "check: new unit %s (group %s)\n", u.Name, u.Group)
		}
	}
}

// cliReportEditingUnit says when the text names another editing unit than
// the bulletin it went into: the issue prints the text's (a back issue keeps
// its masthead, migration 028); the bulletin's stays for new issues, and
// --editing-unit is how to change it.
func cliReportEditingUnit(ctx context.Context, env *Env, ar *editor.Archive, bulletinID int64, read string) {
	b, err := ar.Bulletin(ctx, bulletinID)
	if err != nil || read == "" || b.EditingUnit == read {
		return
	}
	fmt.Fprintf(env.Stderr, "check: editing unit in the text %s differs from the bulletin's %s (this issue prints the text's; new issues print the bulletin's, which --editing-unit changes)\n",
		read, b.EditingUnit)
}
