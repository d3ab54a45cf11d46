package localeenv

import "testing"

func TestIsNoLanguage(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"C.UTF-8", true},
		{"POSIX.utf8", true},
		{"C", false},
		{"zh_CN.UTF-8", false},
		{"en_US.UTF-8", false},
		{"", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := isNoLanguage(tt.in); got != tt.want {
				t.Errorf("isNoLanguage(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestInstalledFindsCUTF8(t *testing.T) {
	if !Installed("C.UTF-8") {
		t.Errorf("C.UTF-8, built into glibc 2.35 and later, is not found")
	}
}
