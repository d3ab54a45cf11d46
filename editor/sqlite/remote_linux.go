package sqlite

import (
	"os"

	"golang.org/x/sys/unix"
)

// fuseMagic is FUSE_SUPER_MAGIC: a user-space file system, which may be a
// local one (ntfs-3g on a USB disk) or a share (GVFS, sshfs) — the mount
// table's type says which.
const fuseMagic = 0x65735546

// Magic numbers of network file systems in statfs(2)'s f_type.
var remoteMagic = map[int64]bool{
	0x6969:     true, // NFS
	0x517B:     true, // SMB
	0xFF534D42: true, // CIFS
	0xFE534D42: true, // SMB2
	0x564C:     true, // NCP (NetWare)
	0x73757245: true, // Coda
	0x47504653: true, // GPFS
	0x01021997: true, // 9p (virtual machines' shared folders)
	0x5346414F: true, // AFS
	0x00C36400: true, // Ceph
	0x0BD00BD0: true, // Lustre
}

// isRemote says whether dir's file system is a network one.
func isRemote(dir string) (bool, error) {
	var st unix.Statfs_t
	if err := unix.Statfs(dir, &st); err != nil {
		return false, err
	}
	if int64(st.Type) != fuseMagic {
		return remoteMagic[int64(st.Type)], nil
	}
	f, err := os.Open("/proc/self/mountinfo")
	if err != nil {
		return false, nil // cannot tell: the other checks stand
	}
	defer f.Close()
	return fuseShare(f, dir), nil
}
