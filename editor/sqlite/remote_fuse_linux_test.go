package sqlite

import (
	"os"
	"testing"
)

func TestFuseShare(t *testing.T) {
	tests := []struct {
		name string
		dir  string
		want bool
	}{
		{"a 共享文件夹 opened by the UOS file manager (GVFS)", "/run/user/1000/gvfs/smb-share:server=10.1.2.3,share=xinxi", true},
		{"the GVFS mount point itself", "/run/user/1000/gvfs", true},
		{"a server folder mounted with sshfs", "/mnt/服务器/2025", true},
		{"sshfs at a mount point with a space (\\040 in the table)", "/mnt/信息 科/简报", true},
		{"a USB disk through ntfs-3g (fuseblk)", "/media/uos/移动 硬盘/简报", false},
		{"ntfs-3g under a name like gvfs", "/mnt/gvfs-like/简报", false},
		{"the user's runtime folder beside gvfs", "/run/user/1000/gvfsx", false},
		{"the home folder", "/home/uos/文档", false},
		{"a second disk", "/data/简报", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := os.Open("testdata/mountinfo-uos.txt")
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			if got := fuseShare(f, tt.dir); got != tt.want {
				t.Errorf("fuseShare(%q) = %v, want %v", tt.dir, got, tt.want)
			}
		})
	}
}
