package sqlite

import (
	"errors"
	"path/filepath"
	"testing"
)

func TestCheckLocal(t *testing.T) {
	tests := []struct {
		name string
		path string
		want error
	}{
		{"this computer's folder", filepath.Join(t.TempDir(), "archive.db"), nil},
		{"a folder yet to be made", filepath.Join(t.TempDir(), "新建", "archive.db"), nil},
		{"UNC share", `\\fileserver\简报\archive.db`, ErrRemote},
		{"UNC share with slashes", "//fileserver/share/archive.db", ErrRemote},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := CheckLocal(tt.path); !errors.Is(got, tt.want) {
				t.Errorf("CheckLocal(%q) = %v, want %v", tt.path, got, tt.want)
			}
		})
	}
}
