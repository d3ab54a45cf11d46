package cli

import (
	"context"
	"errors"
	"io"
	"strings"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export"
)

// exportUsage is the export command's synopsis and what it does (help).
const exportUsage = `export [--db FILE] --issue ID --format txt|docx|pdf|html|xlsx [-o FILE]
        write the issue in the bulletin text format, as a Word document, as its PDF 电子版, as a portal page or as a workbook (stdout without -o or with -o -);
        --format pdf-copies writes every copy of an issue with 逐份编号, each with its own 份号, for printing`

func runExport(ctx context.Context, args []string, env *Env) int {
	fs := env.newFlags()
	db := fs.String("db", "", "archive file")
	id := fs.Int64("issue", 0, "issue id (see: bulletindesk issues)")
	format := fs.String("format", "txt", "txt, docx, pdf, pdf-copies, html or xlsx")
	out := fs.String("o", "", "output file (default: stdout)")
	rest, status, ok := env.parseFlags(fs, args)
	if !ok {
		return status
	}
	if len(rest) > 0 {
		return env.UsageError("unexpected argument %q", rest[0])
	}
	if *id <= 0 {
		return env.UsageError("--issue ID is required (see: bulletindesk issues)")
	}
	write, found := export.IssueFormat(*format)
	if !found {
		return env.UsageError("unknown --format %q (known: %s)", *format, strings.Join(export.IssueFormats(), ", "))
	}
	ar, err := env.OpenArchive(*db)
	if err != nil {
		return env.Fail("%v", err)
	}
	defer ar.Close()
	is, err := ar.IssueForExport(ctx, *id)
	if errors.Is(err, editor.ErrNotFound) {
		return env.Fail("%s: no issue %d (see: bulletindesk issues)", ar.Path(), *id)
	}
	if err != nil {
		return env.Fail("%s: issue %d: %v", ar.Path(), *id, err)
	}
	prefs, err := ar.Preferences(ctx)
	if err != nil {
		return env.Fail("%s: %v", ar.Path(), err)
	}
	return cliEmit(env, *out, func(w io.Writer) error { return write(w, &is, prefs) })
}

// cliEmit writes to stdout (no -o, or -o -), or to the file out through
// a temp file. -o - made a file named "-", which a script then committed.
func cliEmit(env *Env, out string, emit func(w io.Writer) error) int {
	if out == "" || out == "-" {
		if err := emit(env.Stdout); err != nil {
			return env.Fail("write: %v", err)
		}
		return exitOK
	}
	if err := cliWriteFile(out, emit); err != nil {
		return env.Fail("%s: %v", out, err)
	}
	return exitOK
}
