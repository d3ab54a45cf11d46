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
		dest = editor.BackupPath(ar.Path(), editor.Today())
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
	other := fs.Bool("other", false, "restore a backup whose name says it is another archive's")
	rest, status, ok := env.parseFlags(fs, args)
	if !ok {
		return status
	}
	target, err := archivePath(*db)
	if err != nil {
		return env.Fail("%v", err)
	}
	if len(rest) != 1 {
		listBackups(env, target)
		return env.UsageError("name the backup to restore")
	}
	if !editor.IsBackupOf(rest[0], target) && !*other {
		return env.Fail("%s: %s; add --other to restore it in place of %s all the same",
			rest[0], otherArchiveNote(rest[0], target), target)
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

// listBackups prints target's backups, its own first, then the other
// archives' kept in the same folder, marked.
func listBackups(env *Env, target string) {
	own, others, err := editor.ArchiveBackups(target)
	if err != nil || len(own)+len(others) == 0 {
		return
	}
	fmt.Fprintf(env.Stderr, "backups of %s, newest first:\n", target)
	for _, p := range own {
		fmt.Fprintf(env.Stderr, "  %s\n", p)
	}
	for _, p := range others {
		fmt.Fprintf(env.Stderr, "  %s  (another archive's)\n", p)
	}
}

// otherArchiveNote says why a backup is taken for another archive's: its
// name, or its old-style name every archive's backups had before.
func otherArchiveNote(backup, target string) string {
	if owner := editor.BackupOwner(backup); owner != "archive" {
		return fmt.Sprintf("by its name a backup of %s.db, not of %s", owner, filepath.Base(target))
	}
	return fmt.Sprintf("named the old way (archive-DATE.db), so possibly another archive's, not %s's", filepath.Base(target))
}
