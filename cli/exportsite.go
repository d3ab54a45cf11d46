package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export"
)

func init() {
	register("export-site", `export-site [--db FILE] [--bulletin NAME] [--year YYYY] -o DIR
        write the portal site of a bulletin: one HTML page per issue (DIR/YYYY/NNN.html) and DIR/index.html by year and issue; all years without --year`, runExportSite)
}

func runExportSite(ctx context.Context, args []string, env *Env) int {
	fs := env.newFlags()
	db := fs.String("db", "", "archive file")
	name := fs.String("bulletin", "", "bulletin name (default: the first bulletin)")
	year := fs.Int("year", 0, "only this year's issues")
	out := fs.String("o", "", "output folder (made when missing)")
	rest, status, ok := env.parseFlags(fs, args)
	if !ok {
		return status
	}
	if len(rest) > 0 {
		return env.UsageError("unexpected argument %q", rest[0])
	}
	if *out == "" {
		return env.UsageError("-o DIR is required")
	}
	ar, err := env.OpenArchive(*db)
	if err != nil {
		return env.Fail("%v", err)
	}
	defer ar.Close()
	b, issues, err := siteIssues(ctx, ar, *name, *year)
	if err != nil {
		return env.Fail("%s: %v", ar.Path(), err)
	}
	put := func(rel string, write func(io.Writer) error) error {
		path := filepath.Join(*out, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		return cliWriteFile(path, write)
	}
	if err := export.WriteSite(issues, b.Name, put); err != nil {
		return env.Fail("%s: %v", *out, err)
	}
	fmt.Fprintf(env.Stdout, "%s: %d issues of %s\n", *out, len(issues), b.Name)
	return exitOK
}

// siteIssues loads the bulletin's issues (of year, 0: all) in full.
func siteIssues(ctx context.Context, ar *editor.Archive, name string, year int) (editor.Bulletin, []editor.Issue, error) {
	var b editor.Bulletin
	var err error
	if name != "" {
		b, err = ar.BulletinByName(ctx, name)
	} else {
		var bs []editor.Bulletin
		if bs, err = ar.Bulletins(ctx); err == nil && len(bs) == 0 {
			err = fmt.Errorf("no bulletin: %w", editor.ErrNotFound)
		} else if err == nil {
			b = bs[0]
		}
	}
	if err != nil {
		return b, nil, err
	}
	list, err := ar.Issues(ctx, editor.IssueFilter{BulletinID: b.ID, Year: year})
	if err != nil {
		return b, nil, err
	}
	issues := make([]editor.Issue, 0, len(list))
	for _, s := range list {
		is, err := ar.Issue(ctx, s.ID)
		if err != nil {
			return b, nil, err
		}
		issues = append(issues, is)
	}
	return b, issues, nil
}
