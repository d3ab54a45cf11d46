package intake

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"flag"
	"github.com/bulletindesk/bulletindesk/export/internal/exporttest"
	"io"
	"os"
	"path/filepath"
	"testing"
)

var docxUpdateBroken = flag.Bool("update-docx-broken", false, "rewrite testdata/docx/broken from docxBrokenFiles")

const docxBrokenDir = "testdata/docx/broken"

// docxBrokenFiles makes each broken file of testdata/docx/broken; the test
// reads the committed files, so the table documents what users will meet.
var docxBrokenFiles = map[string]func(t testing.TB) []byte{
	"not-a-zip.docx": func(testing.TB) []byte {
		return []byte("这是一封邮件的正文，被存成了 .docx 的名字。\n")
	},
	"empty.docx": func(testing.TB) []byte { return nil },
	"truncated.docx": func(t testing.TB) []byte {
		full := exporttest.DocxTestBody(t, exporttest.DocxP("今年以来，某县持续推进党建引领基层治理。"))
		return full[:len(full)/2]
	},
	"no-document.docx": func(t testing.TB) []byte {
		return exporttest.DocxTestPackage(t, map[string]string{"word/styles.xml": docxTestStyles})
	},
	"workbook-renamed.docx": func(t testing.TB) []byte {
		return exporttest.DocxTestPackage(t, map[string]string{"_rels/.rels": "", "xl/workbook.xml": `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>`})
	},
	"not-wordml.docx": func(t testing.TB) []byte {
		return exporttest.DocxTestPackage(t, map[string]string{"word/document.xml": `<html xmlns="http://www.w3.org/1999/xhtml"><body><p>网页另存为</p></body></html>`})
	},
	"malformed-xml.docx": func(t testing.TB) []byte {
		doc := exporttest.DocxTestDocument(exporttest.DocxP("今年以来，某区推进红色物业。"))
		return exporttest.DocxTestPackage(t, map[string]string{"word/document.xml": doc[:len(doc)-40]})
	},
	"no-text.docx": func(t testing.TB) []byte {
		return exporttest.DocxTestBody(t, `<w:p/><w:p><w:r><w:t>　　 </w:t></w:r></w:p><w:p><w:r><w:drawing/></w:r></w:p>`)
	},
	"bomb.docx":            func(t testing.TB) []byte { return docxBomb(t, MaxDocxXMLSize+(10<<20), false) },
	"bomb-lying-size.docx": func(t testing.TB) []byte { return docxBomb(t, 4<<20, true) },
	"ole-named-docx.docx":  func(testing.TB) []byte { return append(append([]byte{}, OLEMagic...), make([]byte, 504)...) },
	"document-is-text.docx": func(t testing.TB) []byte {
		return exporttest.DocxTestPackage(t, map[string]string{"word/document.xml": "纯文本，不是XML"})
	},
}

// docxBomb zips a document.xml of n bytes of spaces inside a valid document
// (about 1000:1 compression). lie declares a 1 KB size in the zip directory,
// as a crafted bomb does to get past a size check.
func docxBomb(t testing.TB, n int, lie bool) []byte {
	t.Helper()
	var raw bytes.Buffer
	fw, _ := flate.NewWriter(&raw, flate.BestCompression)
	head := exporttest.DocxTestDocument("")
	head = head[:len(head)-len("</w:body></w:document>")]
	io.WriteString(fw, head)
	io.CopyN(fw, docxSpaces{}, int64(n))
	io.WriteString(fw, "</w:body></w:document>")
	fw.Close()
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	size := uint64(len(head) + n + len("</w:body></w:document>"))
	if lie {
		size = 1024
	}
	w, err := zw.CreateRaw(&zip.FileHeader{Name: "word/document.xml", Method: zip.Deflate,
		CompressedSize64: uint64(raw.Len()), UncompressedSize64: size})
	if err != nil {
		t.Fatal(err)
	}
	w.Write(raw.Bytes())
	zw.Close()
	return out.Bytes()
}

type docxSpaces struct{}

func (docxSpaces) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = ' '
	}
	return len(p), nil
}

func TestWriteDocxBrokenFiles(t *testing.T) {
	if !*docxUpdateBroken {
		t.Skip("run with -update-docx-broken to rewrite " + docxBrokenDir)
	}
	if err := os.MkdirAll(docxBrokenDir, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, make := range docxBrokenFiles {
		if err := os.WriteFile(filepath.Join(docxBrokenDir, name), make(t), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestReadDocxBrokenFiles(t *testing.T) {
	oleWant := ErrOfficeConversion // LibreOffice tries, and fails on the junk
	if FindSoffice() == "" {
		oleWant = ErrNeedLibreOffice
	}
	tests := []struct {
		file string
		want error
	}{
		{"not-a-zip.docx", ErrDocxNotZip},
		{"empty.docx", ErrEmpty},
		{"truncated.docx", ErrDocxNotZip},
		{"no-document.docx", ErrDocxNoDocument},
		{"workbook-renamed.docx", ErrDocxWorkbook}, // named as what it is (review R13)
		{"not-wordml.docx", ErrDocxNotWordML},
		{"document-is-text.docx", ErrDocxNotWordML},
		{"malformed-xml.docx", ErrDocxCorrupt},
		{"no-text.docx", ErrDocxNoText},
		{"bomb.docx", ErrDocxBomb},
		{"bomb-lying-size.docx", ErrDocxCorrupt}, // archive/zip stops at the declared size
		{"ole-named-docx.docx", oleWant},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			if tt.file == "ole-named-docx.docx" && testing.Short() && oleWant == ErrOfficeConversion {
				t.Skip("starts LibreOffice; skipped in -short mode")
			}
			f, err := os.Open(filepath.Join(docxBrokenDir, tt.file))
			if err != nil {
				t.Fatalf("%v (regenerate with go test -run TestWriteDocxBrokenFiles -update-docx-broken)", err)
			}
			defer f.Close()
			sub, err := ReadSubmission(tt.file, f)
			if !errors.Is(err, tt.want) {
				t.Fatalf("error = %v, want %v (submission %+v)", err, tt.want, sub)
			}
			t.Logf("%s: %v", tt.file, err)
		})
	}
	if len(tests) != len(docxBrokenFiles) {
		t.Errorf("%d cases for %d broken files", len(tests), len(docxBrokenFiles))
	}
}

// A 100 MB file stops at the size limit; the rest is never read.
func TestReadDocxTooLarge(t *testing.T) {
	huge := io.MultiReader(bytes.NewReader(docxZipMagic), io.LimitReader(docxSpaces{}, 100<<20))
	_, err := ReadSubmission("大文件.docx", huge)
	if !errors.Is(err, ErrDocxTooLarge) {
		t.Fatalf("error = %v, want ErrDocxTooLarge", err)
	}
}
