package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export/web"
)

// exportSiteUsage is the export-site command's synopsis and what it does (help).
const exportSiteUsage = `export-site [--db FILE] [--bulletin NAME] [--year YYYY] [--drafts] -o DIR
        write the portal site of a bulletin: one HTML page per signed (已签发) issue (DIR/YYYY/NNN.html) and DIR/index.html
        by year and issue; all years without --year; --drafts adds the issues not yet signed, each marked 草稿`

func runExportSite(ctx context.Context, args []string, env *Env) int {
	fs := env.newFlags()
	db := fs.String("db", "", "archive file")
	name := fs.String("bulletin", "", "bulletin name (default: the first bulletin)")
	year := fs.Int("year", 0, "only this year's issues")
	out := fs.String("o", "", "output folder (made when missing)")
	drafts := fs.Bool("drafts", false, "also the issues not yet signed, marked 草稿")
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
	b, issues, left, err := siteIssues(ctx, ar, *name, *year, *drafts)
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
	if err := web.WriteSite(issues, b.Name, put); err != nil {
		return env.Fail("%s: %v", *out, err)
	}
	fmt.Fprintf(env.Stdout, "%s: %d issues of %s\n", *out, len(issues), b.Name)
	if left > 0 { // said, so that a missing issue is not a surprise on the portal
		fmt.Fprintf(env.Stdout, "%d issues not yet signed (草稿/送审/已审核) left out; --drafts adds them, marked 草稿\n", left)
	}
	return exitOK
}

// siteIssues loads the bulletin's issues (of year, 0: all) in full: the
// signed ones, and the others too when drafts; left is how many were not
// taken. Only a signed issue is issued: a draft on the portal would read as
// one (review B10).
func siteIssues(ctx context.Context, ar *editor.Archive, name string, year int, drafts bool) (b editor.Bulletin, issues []editor.Issue, left int, err error) {
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
		return b, nil, 0, err
	}
	list, err := ar.Issues(ctx, editor.IssueFilter{BulletinID: b.ID, Year: year})
	if err != nil {
		return b, nil, 0, err
	}
	issues = make([]editor.Issue, 0, len(list))
	for _, s := range list {
		if s.Status != editor.IssueSigned && !drafts {
			left++
			continue
		}
		is, err := ar.Issue(ctx, s.ID)
		if err != nil {
			return b, nil, 0, err
		}
		issues = append(issues, is)
	}
	return b, issues, left, nil
}
