package sqlite

import "golang.org/x/sys/unix"

// Magic numbers of network file systems in statfs(2)'s f_type.
var remoteMagic = map[int64]bool{
	0x6969:     true, // NFS
	0x517B:     true, // SMB
	0xFF534D42: true, // CIFS
	0xFE534D42: true, // SMB2
	0x564C:     true, // NCP (NetWare)
	0x73757245: true, // Coda
	0x47504653: true, // GPFS
}

// isRemote says whether dir's file system is a network one.
func isRemote(dir string) (bool, error) {
	var st unix.Statfs_t
	if err := unix.Statfs(dir, &st); err != nil {
		return false, err
	}
	return remoteMagic[int64(st.Type)], nil
}
