package editor

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// Backups are named after their archive and the day: g.db's backup of
// 2026-12-01 is backups/g-2026-12-01.db. Review F35: they were all
// archive-DATE.db, so two archives kept side by side (--db) wrote over each
// other's backups and a restore could put one archive in the other's place.
// The default archive is archive.db, so its backups keep the old name.

// datedBackup is a backup's file name: the archive's name, a dash, the day.
var datedBackup = regexp.MustCompile(`^(.+)-(\d{4}-\d{2}-\d{2})\.db$`)

// archiveStem is the name a backup of archive carries: its file name
// without .db.
func archiveStem(archive string) string {
	return strings.TrimSuffix(filepath.Base(archive), ".db")
}

// BackupPath is the dated backup of archive made on day.
func BackupPath(archive string, day Date) string {
	return filepath.Join(BackupDir(archive), archiveStem(archive)+"-"+dateText(day)+backupSuffix)
}

// BackupOwner is the archive's name a dated backup's file name gives
// ("g" for g-2026-12-01.db), "" when the name is not a dated backup's.
func BackupOwner(backup string) string {
	m := datedBackup.FindStringSubmatch(filepath.Base(backup))
	if m == nil {
		return ""
	}
	return m[1]
}

// IsBackupOf says whether the backup's name says it is archive's. A file
// not named as a dated backup (one chosen elsewhere, renamed) counts as
// archive's: nothing says it is another's.
func IsBackupOf(backup, archive string) bool {
	owner := BackupOwner(backup)
	return owner == "" || owner == archiveStem(archive)
}

// ArchiveBackups lists the dated backups in archive's backups folder: its
// own newest first, then those of the other archives kept beside it (and
// archive-DATE.db, as every archive's backups were named before), newest
// first.
func ArchiveBackups(archive string) (own, others []string, err error) {
	entries, err := os.ReadDir(BackupDir(archive))
	if os.IsNotExist(err) {
		return nil, nil, nil
	} else if err != nil {
		return nil, nil, err
	}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || BackupOwner(name) == "" {
			continue
		}
		path := filepath.Join(BackupDir(archive), name)
		if IsBackupOf(name, archive) {
			own = append(own, path)
		} else {
			others = append(others, path)
		}
	}
	newestFirst(own)
	newestFirst(others)
	return own, others, nil
}

// newestFirst sorts backups by their day, newest first, then by name.
func newestFirst(backups []string) {
	day := func(p string) string { return datedBackup.FindStringSubmatch(filepath.Base(p))[2] }
	sort.Slice(backups, func(i, j int) bool {
		if di, dj := day(backups[i]), day(backups[j]); di != dj {
			return di > dj
		}
		return backups[i] < backups[j]
	})
}
