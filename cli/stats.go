package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export"
)

func init() {
	register("stats", `stats [--db FILE] --from DATE --to DATE [--by month|quarter|year] [--bulletin NAME] [--signed] -o FILE.xlsx|FILE.txt
        write the submission and adoption statistics of a period: a workbook (.xlsx) or the 通报 draft (.txt)`, runStats)
}

func runStats(ctx context.Context, args []string, env *Env) int {
	fs := env.newFlags()
	db := fs.String("db", "", "archive file")
	from := fs.String("from", "", "first day, YYYY-MM-DD")
	to := fs.String("to", "", "last day, YYYY-MM-DD")
	by := fs.String("by", "month", "breakdown: month, quarter or year")
	bulletin := fs.String("bulletin", "", "bulletin name (default: the only one, else all)")
	signed := fs.Bool("signed", false, "count adoptions in signed issues only")
	out := fs.String("o", "", "output file, .xlsx or .txt")
	rest, status, ok := env.parseFlags(fs, args)
	if !ok {
		return status
	}
	if len(rest) > 0 {
		return env.UsageError("unexpected argument %q", rest[0])
	}
	var q editor.StatsQuery
	var err error
	if q.From, err = statsParseDay("--from", *from); err != nil {
		return env.UsageError("%v", err)
	}
	if q.To, err = statsParseDay("--to", *to); err != nil {
		return env.UsageError("%v", err)
	}
	if q.To.Before(q.From) {
		return env.UsageError("--to %s is before --from %s", *to, *from)
	}
	if q.By, err = editor.ParsePeriodKind(*by); err != nil {
		return env.UsageError("--by: %v", err)
	}
	q.SignedOnly = *signed
	ext := strings.ToLower(filepath.Ext(*out))
	if *out == "" || (ext != ".xlsx" && ext != ".txt") {
		return env.UsageError("-o needs a file ending in .xlsx or .txt")
	}
	ar, err := env.OpenArchive(*db)
	if err != nil {
		return env.Fail("%v", err)
	}
	defer ar.Close()
	issuer, err := statsBulletin(ctx, ar, *bulletin, &q)
	if err != nil {
		return env.Fail("%s: %v", ar.Path(), err)
	}
	st, err := ar.Statistics(ctx, q)
	if err != nil {
		return env.Fail("%s: %v", ar.Path(), err)
	}
	err = statsWriteFile(*out, func(w io.Writer) error {
		if ext == ".txt" {
			return export.WriteNotice(w, st, export.NoticeOptions{Issuer: issuer, Date: editor.Today()})
		}
		return export.WriteStatsWorkbook(w, st, func(fn func(editor.DetailRow) error) error {
			return ar.EachStatsRow(ctx, q, fn)
		})
	})
	if err != nil {
		return env.Fail("%s: %v", *out, err)
	}
	return exitOK
}

func statsParseDay(flag, s string) (editor.Date, error) {
	if s == "" {
		return editor.Date{}, fmt.Errorf("%s DATE is required (YYYY-MM-DD)", flag)
	}
	d, err := time.Parse(editor.DateLayout, s)
	if err != nil {
		return editor.Date{}, fmt.Errorf("%s %q is not a date like 2022-06-15", flag, s)
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

// statsWriteFile writes path through a temporary file in the same folder,
// renamed into place only when everything was written: a failed export
// never leaves half a file, nor clobbers the previous one.
func statsWriteFile(path string, write func(w io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // after a successful rename there is nothing left to remove
	if err := write(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Chmod(0o644); err != nil { // CreateTemp makes it private; an export is an ordinary document
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
