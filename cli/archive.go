package cli

import (
	"context"
	"errors"
	"fmt"

	"github.com/bulletindesk/bulletindesk/editor"
)

// archiveUsage is the archive command's synopsis and what it does (help).
const archiveUsage = `archive copy --from DB --to DB | backup [--db FILE] [-o FILE] | check [--db FILE] | restore [--db FILE] BACKUP
        copy: a whole archive into a new one, in one transaction: a local file to the office archive
        (--to postgres://user@host/db) or back; progress on stderr, each table's rows in both at the end.
        DB is a file or a PostgreSQL connection; the password comes from PGPASSWORD or ~/.pgpass.
        backup: a consistent dated copy of the local archive while it is in use (default: backups/archive-DATE.db
        beside it); check: SQLite's integrity check; restore: put a checked backup in place of the archive
        (close the app first; the replaced archive is kept beside it)`

// archiveCommands are archive's subcommands.
var archiveCommands = map[string]func(ctx context.Context, args []string, env *Env) int{
	"copy":    runArchiveCopy,
	"backup":  runArchiveBackup,
	"check":   runArchiveCheck,
	"restore": runArchiveRestore,
}

func runArchive(ctx context.Context, args []string, env *Env) int {
	if len(args) == 0 {
		return env.UsageError("name what to do: copy, backup, check or restore")
	}
	run, ok := archiveCommands[args[0]]
	if !ok {
		return env.UsageError("unknown archive command %q", args[0])
	}
	return run(ctx, args[1:], env)
}

func runArchiveCopy(ctx context.Context, args []string, env *Env) int {
	fs := env.newFlags()
	from := fs.String("from", "", "the archive to copy")
	to := fs.String("to", "", "the new archive")
	rest, status, ok := env.parseFlags(fs, args)
	if !ok {
		return status
	}
	if len(rest) > 0 {
		return env.UsageError("unexpected argument %q", rest[0])
	}
	if *from == "" || *to == "" {
		return env.UsageError("copy needs --from and --to")
	}
	if *from == *to {
		return env.UsageError("--from and --to name the same archive")
	}
	src, err := env.OpenArchive(*from)
	if err != nil {
		return env.Fail("%v", err)
	}
	defer src.Close()
	dst, err := env.OpenArchive(*to)
	if err != nil {
		return env.Fail("%v", err)
	}
	defer dst.Close()
	shown := -1
	counts, err := editor.CopyArchive(ctx, src, dst, func(done, total int64) {
		if pct := int(done * 100 / max(total, 1)); pct != shown {
			shown = pct
			fmt.Fprintf(env.Stderr, "\rcopying %d of %d rows (%d%%)", done, total, pct)
		}
	})
	if shown >= 0 {
		fmt.Fprintln(env.Stderr)
	}
	if errors.Is(err, editor.ErrNotEmpty) {
		return env.Fail("%s: %v; copy into a new archive", dst.Path(), err)
	}
	if err != nil && !errors.Is(err, editor.ErrCopyMismatch) {
		return env.Fail("%v", err)
	}
	var rows [][]string
	for _, c := range counts {
		rows = append(rows, []string{c.Table, fmt.Sprint(c.From), fmt.Sprint(c.To)})
	}
	cliTable(env.Stdout, []string{"table", "from", "to"}, rows, []bool{false, true, true})
	if err != nil {
		return env.Fail("%v", err)
	}
	fmt.Fprintf(env.Stdout, "copied: every table holds the same rows in both\n")
	return exitOK
}
