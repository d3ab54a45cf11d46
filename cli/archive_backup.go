package cli

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"time"

	"github.com/gofrs/flock"

	"github.com/bulletindesk/bulletindesk/editor"
)

// archivePath is --db, or the per-user archive.
func archivePath(db string) (string, error) {
	if db != "" {
		return db, nil
	}
	return editor.DefaultPath()
}

func runArchiveBackup(ctx context.Context, args []string, env *Env) int {
	fs := env.newFlags()
	db := fs.String("db", "", "archive file")
	out := fs.String("o", "", "the backup file")
	rest, status, ok := env.parseFlags(fs, args)
	if !ok {
		return status
	}
	if len(rest) > 0 {
		return env.UsageError("unexpected argument %q", rest[0])
	}
	ar, err := env.OpenArchive(*db)
	if err != nil {
		return env.Fail("%v", err)
	}
	defer ar.Close()
	dest := *out
	if dest == "" {
		dest = filepath.Join(editor.BackupDir(ar.Path()), "archive-"+editor.Today().Format(editor.DateLayout)+".db")
	}
	if err := ar.Backup(ctx, dest); err != nil {
		return env.Fail("%s: %v", ar.Path(), err)
	}
	fmt.Fprintf(env.Stdout, "%s\n", dest)
	return exitOK
}

func runArchiveCheck(ctx context.Context, args []string, env *Env) int {
	fs := env.newFlags()
	db := fs.String("db", "", "archive file")
	rest, status, ok := env.parseFlags(fs, args)
	if !ok {
		return status
	}
	path := *db
	if len(rest) == 1 && path == "" {
		path = rest[0]
	} else if len(rest) > 0 {
		return env.UsageError("unexpected argument %q", rest[0])
	}
	if editor.IsServerDSN(path) { // review B5: it said "stat postgres://…: no such file"
		return env.Fail("%s: archive check checks a local archive file (SQLite's integrity check); "+
			"the office archive is checked and backed up on its server by IT (pg_amcheck, pg_dump)", editor.RedactDSN(path))
	}
	path, err := archivePath(path)
	if err != nil {
		return env.Fail("%v", err)
	}
	if err := editor.CheckArchive(ctx, path); err != nil {
		return env.Fail("%v", err)
	}
	fmt.Fprintf(env.Stdout, "%s: ok\n", path)
	return exitOK
}

func runArchiveRestore(ctx context.Context, args []string, env *Env) int {
	fs := env.newFlags()
	db := fs.String("db", "", "archive file")
	rest, status, ok := env.parseFlags(fs, args)
	if !ok {
		return status
	}
	if len(rest) != 1 {
		return env.UsageError("name the backup to restore")
	}
	target, err := archivePath(*db)
	if err != nil {
		return env.Fail("%v", err)
	}
	// The window's lock (app.LockArchive): a restore under an open window
	// would be overwritten by its next save, or tear the file.
	l := flock.New(target + ".lock")
	if locked, err := l.TryLock(); err == nil && !locked {
		return env.Fail("%s: the archive is open in Bulletin Desk; close the window first", target)
	} else if err == nil {
		defer l.Unlock()
	}
	kept, err := editor.RestoreArchive(ctx, rest[0], target, time.Now())
	if errors.Is(err, editor.ErrNotLocal) {
		return env.Fail("%s: %v", target, err)
	} else if err != nil {
		return env.Fail("%v", err)
	}
	if kept != "" {
		fmt.Fprintf(env.Stdout, "restored %s from %s; the archive it replaced is kept as %s\n", target, rest[0], kept)
	} else {
		fmt.Fprintf(env.Stdout, "restored %s from %s\n", target, rest[0])
	}
	return exitOK
}
