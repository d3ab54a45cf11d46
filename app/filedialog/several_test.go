package filedialog

import (
	"slices"
	"testing"
	"unicode/utf16"
)

// The common dialog's answer for several files is the folder and the
// names; sqweek/dialog read only up to the first NUL, which with several
// files is the folder alone.
func TestCommonDialogPaths(t *testing.T) {
	for _, tc := range []struct {
		name, buf string
		want      []string
	}{
		{"one file", `D:\来稿\十二月\松岭镇.docx` + "\x00\x00", []string{`D:\来稿\十二月\松岭镇.docx`}},
		{"several", `D:\来稿\十二月` + "\x00松岭镇.docx\x00河西街道 1+1.txt\x00市委网信办.wps\x00\x00",
			[]string{`D:\来稿\十二月\松岭镇.docx`, `D:\来稿\十二月\河西街道 1+1.txt`, `D:\来稿\十二月\市委网信办.wps`}},
		{"a drive's root", `E:\` + "\x00a.txt\x00b.txt\x00\x00", []string{`E:\a.txt`, `E:\b.txt`}},
		{"cancelled", "\x00\x00", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			buf := append(utf16.Encode([]rune(tc.buf)), make([]uint16, 16)...)
			if got := commonDialogPaths(buf); !slices.Equal(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestCommonDialogFilter(t *testing.T) {
	req := Request{Kind: "来稿", Exts: []string{".txt", ".docx"}}
	want := "来稿（.txt .docx）\x00*.txt;*.docx\x00所有文件\x00*.*\x00\x00"
	if got := commonDialogFilter(req); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got := commonDialogFilter(Request{}); got != "" {
		t.Errorf("no types: got %q, want every file", got)
	}
}
