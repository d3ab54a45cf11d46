package cli

import (
	"context"
	"errors"
	"fmt"
	"os"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export"
)

func init() {
	register("import-issue", `import-issue [--db FILE] [--bulletin NAME] [--date YYYY-MM-DD] FILE
        read a bulletin text (like the sample) into the archive as a new issue; print its id alone on stdout`, runImportIssue)
}

func runImportIssue(ctx context.Context, args []string, env *Env) int {
	fs := env.newFlags()
	db := fs.String("db", "", "archive file")
	bulletin := fs.String("bulletin", "", "bulletin name (default: the masthead's, else the first bulletin)")
	date := fs.String("date", "", "issue date, YYYY-MM-DD (default: the masthead's, else today)")
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
	is, err := cliReadIssueFile(files[0])
	if err != nil {
		return env.Fail("%s: %v", files[0], err)
	}
	if !day.IsZero() {
		is.Date, is.Year = day, day.Year()
	}
	ar, err := env.OpenArchive(*db)
	if err != nil {
		return env.Fail("%v", err)
	}
	defer ar.Close()
	if err := cliPrepareImport(ctx, ar, is, *bulletin); err != nil {
		return env.Fail("%s: %v", files[0], err)
	}
	if err := ar.ImportIssue(ctx, is); err != nil {
		return env.Fail("%s: %v", files[0], err)
	}
	fmt.Fprintln(env.Stdout, is.ID)
	return exitOK
}

func cliReadIssueFile(name string) (*editor.Issue, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, cliFileError(err)
	}
	defer f.Close()
	return export.ReadIssue(f)
}

// cliPrepareImport applies --bulletin (which must exist: a typo should not
// start a new series) and names the section of items that came before any
// heading after the bulletin's first section, merging it into the section
// that follows when that has the same name.
func cliPrepareImport(ctx context.Context, ar *editor.Archive, is *editor.Issue, bulletin string) error {
	var b editor.Bulletin
	var err error
	switch {
	case bulletin != "":
		b, err = ar.BulletinByName(ctx, bulletin)
		if errors.Is(err, editor.ErrNotFound) {
			return fmt.Errorf("no bulletin named %q in the archive", bulletin)
		}
		is.BulletinID, is.BulletinName = b.ID, b.Name
	case is.BulletinName != "":
		b, err = ar.BulletinByName(ctx, is.BulletinName)
		if errors.Is(err, editor.ErrNotFound) {
			err = nil // ImportIssue creates it like the first one
		}
	}
	if err != nil {
		return err
	}
	if b.ID == 0 {
		if all, err := ar.Bulletins(ctx); err == nil && len(all) > 0 {
			b = all[0]
		}
	}
	name := "市内信息"
	if len(b.Sections) > 0 {
		name = b.Sections[0]
	}
	unnamed := len(is.Sections) > 1 && is.Sections[0].Name == ""
	for i := range is.Sections {
		if is.Sections[i].Name == "" {
			is.Sections[i].Name = name
		}
	}
	// The unnamed section is the first; when the text's first heading is
	// that same name, its items open that section instead of making a
	// second one.
	if unnamed && is.Sections[1].Name == name {
		is.Sections[1].Items = append(is.Sections[0].Items, is.Sections[1].Items...)
		is.Sections = is.Sections[1:]
	}
	return nil
}
