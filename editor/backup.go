package editor

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/bulletindesk/bulletindesk/editor/sqlite"
)

// ErrNetworkDrive refuses a local archive on a network drive (SMB, NFS, a
// UNC path, a mapped drive): SQLite's locking does not hold there and two
// PCs would tear the file. Several editors share the office archive on a
// PostgreSQL server instead.
var ErrNetworkDrive = errors.New("the archive file is on a network drive, where two computers can damage it; " +
	"several editors share the office archive on a PostgreSQL server instead (连接办公室档案)")

// ErrNotLocal is a file operation (backup, restore) asked of the office
// archive, which the server's own backups (pg_dump) keep.
var ErrNotLocal = errors.New("the office archive is backed up on its server (pg_dump), not by Bulletin Desk")

// ErrDamaged is an archive file that fails SQLite's integrity check.
var ErrDamaged = errors.New("the archive file is damaged")

// backupSuffix ends a dated backup's name (backup_names.go).
const backupSuffix = ".db"

// BackupDir is where a local archive's dated backups go: backups/ beside it.
func BackupDir(archive string) string { return filepath.Join(filepath.Dir(archive), "backups") }

// Backup writes a consistent copy of the local archive to dest while it is
// open (VACUUM INTO, under a temporary name renamed when whole); an
// existing dest is replaced.
func (a *Archive) Backup(ctx context.Context, dest string) error {
	if a.eng != sqliteEngine {
		return ErrNotLocal
	}
	if err := os.MkdirAll(filepath.Dir(dest), 0o755); err != nil {
		return fmt.Errorf("back up to %s: %w", dest, err)
	}
	tmp := dest + ".tmp"
	os.Remove(tmp)
	if err := sqlite.VacuumInto(ctx, a.db, tmp); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("back up to %s: %w", dest, a.classify(err))
	}
	if err := os.Rename(tmp, dest); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("back up to %s: %w", dest, err)
	}
	return nil
}

// AutoBackup makes today's backup of the archive (BackupPath) unless there
// is one, and keeps its newest keep backups, deleting its older ones; the
// other archives' backups in the same folder are left alone. It says which
// file it made ("" when today's existed).
func (a *Archive) AutoBackup(ctx context.Context, keep int, today Date) (string, error) {
	dest := BackupPath(a.Path(), today)
	if _, err := os.Stat(dest); err == nil {
		return "", pruneBackups(a.Path(), keep)
	}
	if err := a.Backup(ctx, dest); err != nil {
		return "", err
	}
	return dest, pruneBackups(a.Path(), keep)
}

func pruneBackups(archive string, keep int) error {
	names, _, err := ArchiveBackups(archive)
	if err != nil || len(names) <= keep {
		return err
	}
	for _, old := range names[max(keep, 1):] {
		if err := os.Remove(old); err != nil {
			return fmt.Errorf("remove the old backup %s: %w", old, err)
		}
	}
	return nil
}

// CheckArchive runs SQLite's integrity and foreign-key checks on the file
// at path, and checks it is a Bulletin Desk archive; ErrDamaged lists what
// is wrong.
func CheckArchive(ctx context.Context, path string) error {
	if _, err := os.Stat(path); err != nil {
		return err
	}
	problems, tables, err := sqlite.Check(ctx, path)
	switch {
	case sqlite.IsNotDatabase(err):
		return fmt.Errorf("%s: %w", path, ErrNotArchive)
	case sqlite.IsCorrupt(err):
		return fmt.Errorf("%s: %w: %v", path, ErrDamaged, err)
	case err != nil:
		return fmt.Errorf("check %s: %w", path, err)
	}
	if len(problems) > 0 {
		return fmt.Errorf("%s: %w: %s", path, ErrDamaged, strings.Join(problems[:min(len(problems), 5)], "; "))
	}
	if !slices.Contains(tables, "migrations") || !slices.Contains(tables, "issues") {
		return fmt.Errorf("%s: %w", path, ErrNotArchive)
	}
	return nil
}

// keepCurrent saves the archive a restore replaces: a consistent copy
// when it opens, else its file and write-ahead log as they are.
func keepCurrent(ctx context.Context, target, kept string) error {
	if a, err := Open(ctx, target); err == nil {
		defer a.Close()
		return a.Backup(ctx, kept)
	}
	for _, side := range []string{"", "-wal"} {
		if _, err := os.Stat(target + side); err != nil {
			continue
		}
		if err := copyFile(target+side, kept+side); err != nil {
			return err
		}
	}
	return nil
}

// copyFile copies src to dst through a temporary file renamed when whole.
func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	tmp := dst + ".restoring"
	out, err := os.Create(tmp)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		os.Remove(tmp)
		return err
	}
	if err := out.Sync(); err != nil {
		out.Close()
		os.Remove(tmp)
		return err
	}
	if err := out.Close(); err != nil {
		os.Remove(tmp)
		return err
	}
	return os.Rename(tmp, dst)
}

// RestoreArchive puts the backup in place of the local archive at target
// after CheckArchive finds it sound. The archive it replaces is kept beside
// it as archive.db.before-restore. The archive must not be open anywhere
// (the app and the command line check the window lock first).
func RestoreArchive(ctx context.Context, backup, target string, now time.Time) (kept string, err error) {
	if IsServerDSN(target) {
		return "", ErrNotLocal
	}
	if err := CheckArchive(ctx, backup); err != nil {
		return "", fmt.Errorf("restore %s: %w", backup, err)
	}
	if _, err := os.Stat(target); err == nil {
		kept = target + ".before-restore-" + now.Format("20060102-150405")
		if err := keepCurrent(ctx, target, kept); err != nil {
			return "", fmt.Errorf("keep the current archive as %s: %w", kept, err)
		}
	}
	// The old archive's write-ahead log must not be replayed into the backup.
	for _, side := range []string{"-wal", "-shm"} {
		if err := os.Remove(target + side); err != nil && !errors.Is(err, os.ErrNotExist) {
			return kept, fmt.Errorf("restore: %w", err)
		}
	}
	if err := copyFile(backup, target); err != nil {
		return kept, fmt.Errorf("restore %s to %s: %w", backup, target, err)
	}
	return kept, nil
}
