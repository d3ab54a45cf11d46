package sqlite

import (
	"bufio"
	"io"
	"path/filepath"
	"strings"
)

// fuseShares are the user-space file systems that reach another computer.
// 统信UOS and 麒麟 open a 共享文件夹 (smb://…) through GVFS, which mounts it
// under /run/user/UID/gvfs as fuse.gvfsd-fuse; the others are what IT
// staff use to mount a server's folder by hand.
var fuseShares = map[string]bool{
	"fuse.gvfsd-fuse": true,
	"fuse.sshfs":      true,
	"fuse.rclone":     true,
	"fuse.smbnetfs":   true,
	"fuse.curlftpfs":  true,
	"fuse.s3fs":       true,
	"fuse.davfs":      true,
	"fuse.glusterfs":  true,
	"fuse.gcsfuse":    true,
	"fuse.afpfs":      true,
}

// fuseShare reads a /proc/self/mountinfo table and says whether the mount
// holding dir is one of fuseShares. The mount is the one with the longest
// mount point that is dir or one of its parents.
func fuseShare(mountinfo io.Reader, dir string) bool {
	dir = filepath.Clean(dir)
	best, bestType := "", ""
	sc := bufio.NewScanner(mountinfo)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for sc.Scan() {
		point, fstype, ok := mountFields(sc.Text())
		if !ok || !underMount(dir, point) || len(point) < len(best) {
			continue
		}
		best, bestType = point, fstype
	}
	return fuseShares[bestType]
}

// mountFields takes a mountinfo line's mount point (field 5, with the
// kernel's octal escapes undone) and its file system type (the first field
// after the " - " separator).
func mountFields(line string) (point, fstype string, ok bool) {
	head, tail, found := strings.Cut(line, " - ")
	if !found {
		return "", "", false
	}
	fields, after := strings.Fields(head), strings.Fields(tail)
	if len(fields) < 5 || len(after) < 1 {
		return "", "", false
	}
	return unescapeMount(fields[4]), after[0], true
}

func underMount(dir, point string) bool {
	if point == "/" || dir == point {
		return true
	}
	return strings.HasPrefix(dir, point+"/")
}

// unescapeMount undoes mountinfo's \040 (space), \011 (tab), \012 and \134
// (backslash) escapes.
func unescapeMount(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+4 <= len(s) && isOctal(s[i+1:i+4]) {
			b.WriteByte((s[i+1]-'0')<<6 | (s[i+2]-'0')<<3 | (s[i+3] - '0'))
			i += 3
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func isOctal(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '7' {
			return false
		}
	}
	return true
}
