//go:build linux

package app

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// fakeSoffice stands in for LibreOffice on PATH: it logs each run and
// "converts" every .doc it is given into a .docx holding one sentence.
const fakeSoffice = `#!/bin/sh
echo run >> "$FAKE_LOG"
prev=""; out=""
for a in "$@"; do [ "$prev" = "--outdir" ] && out="$a"; prev="$a"; done
mkdir -p "$out"
for a in "$@"; do case "$a" in *.doc) b=$(basename "$a"); cp "$FAKE_DOCX" "$out/${b%.*}.docx";; esac; done
`

// Importing a folder of .doc files in the window starts LibreOffice once
// for the whole batch, as the command line does (before, once per file:
// 1.7–1.9 s each), and saves every file with its own name as the source.
func TestImportDocBatchRunsLibreOfficeOnce(t *testing.T) {
	bin, dir := t.TempDir(), t.TempDir()
	log := filepath.Join(bin, "runs.log")
	docx := filepath.Join(bin, "converted.docx")
	writeTestFile(t, filepath.Join(bin, "soffice"), fakeSoffice, 0o755)
	writeTestFile(t, docx, string(oneParagraphDocx(t, "某县推行村级议事清单。")), 0o644)
	t.Setenv("PATH", bin+string(os.PathListSeparator)+os.Getenv("PATH"))
	t.Setenv("FAKE_LOG", log)
	t.Setenv("FAKE_DOCX", docx)
	t.Setenv("TMPDIR", t.TempDir())
	ole := string([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}) + strings.Repeat("\x00", 504)
	for i := range 3 {
		writeTestFile(t, filepath.Join(dir, "来稿"+strconv.Itoa(i)+".doc"), ole, 0o644)
	}
	u, ar := newDeskTestUI(t)
	u.subs.importPaths([]string{dir})
	u.subs.preview.onImport()

	subs := allSubmissions(t, ar)
	if len(subs) != 3 {
		t.Fatalf("saved %d submissions, want the 3 .doc files", len(subs))
	}
	for _, s := range subs {
		if !strings.Contains(s.Title+s.Text, "村级议事清单") || !strings.HasSuffix(s.Source, ".doc") {
			t.Errorf("submission %q from %q, want the converted text from its .doc", s.Title, s.Source)
		}
	}
	runs, _ := os.ReadFile(log)
	if n := bytes.Count(runs, []byte("run")); n != 1 {
		t.Errorf("LibreOffice ran %d times for 3 files, want once", n)
	}
}
