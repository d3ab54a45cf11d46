package intake

import "testing"

func TestOfficeFileURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"/tmp/bulletindesk-office-1/profile", "file:///tmp/bulletindesk-office-1/profile"},
		{"/home/张 三/tmp/profile", "file:///home/%E5%BC%A0%20%E4%B8%89/tmp/profile"},
		{"/tmp/a#b%c/profile", "file:///tmp/a%23b%25c/profile"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := officeFileURL(tt.in); got != tt.want {
				t.Errorf("officeFileURL(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
