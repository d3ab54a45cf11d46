package cli

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export/workbook"
)

// statsUsage is the stats command's synopsis and what it does (help).
const statsUsage = `stats [--db FILE] --from DATE --to DATE [--by month|quarter|year] [--bulletin NAME] [--signed] -o FILE.xlsx|FILE.txt
        write the submission and adoption statistics of a period: a workbook (.xlsx) or the 通报 draft (.txt)`

// statsArgs are the stats command's parsed arguments.
type statsArgs struct {
	db, bulletin, out, ext string
	q                      editor.StatsQuery
}

func runStats(ctx context.Context, args []string, env *Env) int {
	a, status, ok := parseStatsArgs(args, env)
	if !ok {
		return status
	}
	ar, err := env.OpenArchive(a.db)
	if err != nil {
		return env.Fail("%v", err)
	}
	defer ar.Close()
	issuer, err := statsBulletin(ctx, ar, a.bulletin, &a.q)
	if err != nil {
		return env.Fail("%s: %v", ar.Path(), err)
	}
	st, err := ar.Statistics(ctx, a.q)
	if err != nil {
		return env.Fail("%s: %v", ar.Path(), err)
	}
	err = cliWriteFile(a.out, func(w io.Writer) error {
		if a.ext == ".txt" {
			return workbook.WriteNotice(w, st, workbook.NoticeOptions{Issuer: issuer, Date: editor.Today()})
		}
		return workbook.WriteStatsWorkbook(w, st, func(fn func(editor.DetailRow) error) error {
			return ar.EachStatsRow(ctx, a.q, fn)
		})
	})
	if err != nil {
		return env.Fail("%s: %v", a.out, err)
	}
	return exitOK
}

// parseStatsArgs reads the flags; when ok is false the command returns status.
func parseStatsArgs(args []string, env *Env) (a statsArgs, status int, ok bool) {
	fs := env.newFlags()
	fs.StringVar(&a.db, "db", "", "archive file")
	from := fs.String("from", "", "first day, YYYY-MM-DD")
	to := fs.String("to", "", "last day, YYYY-MM-DD")
	by := fs.String("by", "month", "breakdown: month, quarter or year")
	fs.StringVar(&a.bulletin, "bulletin", "", "bulletin name (default: the only one, else all)")
	fs.BoolVar(&a.q.SignedOnly, "signed", false, "count adoptions in signed issues only")
	fs.StringVar(&a.out, "o", "", "output file, .xlsx or .txt")
	rest, status, ok := env.parseFlags(fs, args)
	if !ok {
		return a, status, false
	}
	usage := func(format string, args ...any) (statsArgs, int, bool) {
		return a, env.UsageError(format, args...), false
	}
	if len(rest) > 0 {
		return usage("unexpected argument %q", rest[0])
	}
	var err error
	if a.q.From, err = statsParseDay("--from", *from); err != nil {
		return usage("%v", err)
	}
	if a.q.To, err = statsParseDay("--to", *to); err != nil {
		return usage("%v", err)
	}
	if a.q.To.Before(a.q.From) {
		return usage("--to %s is before --from %s", *to, *from)
	}
	if a.q.By, err = editor.ParsePeriodKind(*by); err != nil {
		return usage("--by: %v", err)
	}
	a.ext = strings.ToLower(filepath.Ext(a.out))
	if a.out == "" || (a.ext != ".xlsx" && a.ext != ".txt") {
		return usage("-o needs a file ending in .xlsx or .txt")
	}
	return a, exitOK, true
}

// statsFirstYear is the earliest year a period may start or end in.
const statsFirstYear = 1900

// statsParseDay reads the date of --from or --to.
func statsParseDay(flag, s string) (editor.Date, error) {
	if s == "" {
		return editor.Date{}, fmt.Errorf("%s DATE is required (YYYY-MM-DD)", flag)
	}
	d, err := time.Parse(editor.DateLayout, s)
	if err != nil {
		return editor.Date{}, fmt.Errorf("%s %q is not a date like 2022-06-15", flag, s)
	}
	// 0001-01-01 is the archive's "no date": taken as given, the period
	// had no start and the message spoke of a start after the end.
	if d.Year() < statsFirstYear {
		return editor.Date{}, fmt.Errorf("%s %s is before %d; for everything in the archive use %s %d-01-01", flag, s, statsFirstYear, flag, statsFirstYear)
	}
	return d, nil
}

// statsBulletin sets q's bulletin: the one named, else the archive's only
// bulletin, else all. It returns the editing unit to sign a 通报 with.
func statsBulletin(ctx context.Context, ar *editor.Archive, name string, q *editor.StatsQuery) (string, error) {
	if name != "" {
		b, err := ar.BulletinByName(ctx, name)
		if err != nil {
			return "", fmt.Errorf("bulletin %q: %w", name, err)
		}
		q.BulletinID = b.ID
		return b.EditingUnit, nil
	}
	bs, err := ar.Bulletins(ctx)
	if err != nil {
		return "", err
	}
	if len(bs) == 1 {
		q.BulletinID = bs[0].ID
		return bs[0].EditingUnit, nil
	}
	return "", nil
}
