package filedialog

import (
	"strings"
	"unicode/utf16"
)

// The Windows common dialog with several files (native_windows.go).
// Its buffer and filter are plain NUL-separated text; they are read and
// made here, on every platform, so the tests run where the dialog cannot.

// commonDialogPaths reads what GetOpenFileName leaves in its buffer when
// several files may be chosen (OFN_ALLOWMULTISELECT with OFN_EXPLORER):
// one file is its full path; several are the folder, then each name, every
// part ended by a NUL and the whole by a second one.
func commonDialogPaths(buf []uint16) []string {
	var parts []string
	start := 0
	for i, c := range buf {
		if c != 0 {
			continue
		}
		if i == start { // the second NUL: the end
			break
		}
		parts = append(parts, string(utf16.Decode(buf[start:i])))
		start = i + 1
	}
	if len(parts) <= 1 {
		return parts
	}
	dir := parts[0]
	if !strings.HasSuffix(dir, `\`) { // C:\ ends in one already
		dir += `\`
	}
	paths := make([]string, 0, len(parts)-1)
	for _, name := range parts[1:] {
		paths = append(paths, dir+name)
	}
	return paths
}

// commonDialogFilter is the dialog's type filter for req: pairs of a name
// and its patterns (来稿（.txt .docx）, *.txt;*.docx, then 所有文件, *.*),
// each ended by a NUL, the list by a second; "" for every file.
func commonDialogFilter(req Request) string {
	if len(req.Exts) == 0 {
		return ""
	}
	pats := make([]string, 0, len(req.Exts))
	for _, e := range req.Exts {
		pats = append(pats, "*"+e)
	}
	return kindName(req) + "\x00" + strings.Join(pats, ";") + "\x00" + allFilesName() + "\x00*.*\x00\x00"
}
