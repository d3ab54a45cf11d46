//go:build linux

package app

import (
	"archive/zip"
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

func writeTestFile(t *testing.T, path, body string, mode os.FileMode) {
	t.Helper()
	if err := os.WriteFile(path, []byte(body), mode); err != nil {
		t.Fatal(err)
	}
}

// oneParagraphDocx is the smallest .docx holding text.
func oneParagraphDocx(t *testing.T, text string) []byte {
	t.Helper()
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	parts := map[string]string{
		"[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
		"_rels/.rels":         `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
		"word/document.xml":   `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>` + text + `</w:t></w:r></w:p></w:body></w:document>`,
	}
	for _, name := range []string{"[Content_Types].xml", "_rels/.rels", "word/document.xml"} {
		w, err := z.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(parts[name]))
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
