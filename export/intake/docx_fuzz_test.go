package intake

import (
	"archive/zip"
	"bytes"
	"errors"
	"github.com/bulletindesk/bulletindesk/export/internal/exporttest"
	"os"
	"path/filepath"
	"testing"
)

// FuzzReadDocx feeds the .docx reader arbitrary bytes, seeded with real
// small documents and the broken files: it must never panic, and a
// successful read always has some text.
func FuzzReadDocx(f *testing.F) {
	f.Add(exporttest.DocxTestBody(f, exporttest.DocxP("今年以来，某县推行党员积分制。")))
	f.Add(exporttest.DocxTestPackage(f, map[string]string{
		"word/document.xml": exporttest.DocxTestDocument(`<w:p><w:pPr><w:pStyle w:val="a3"/><w:jc w:val="center"/></w:pPr><w:r><w:t>标题</w:t></w:r></w:p>` +
			`<w:tbl><w:tr><w:tc>` + exporttest.DocxP("单元格") + `</w:tc></w:tr></w:tbl><w:p><w:del><w:r><w:delText>删</w:delText></w:r></w:del></w:p>`),
		"word/styles.xml": docxTestStyles,
	}))
	for name, make := range docxBrokenFiles {
		if name != "bomb.docx" && name != "ole-named-docx.docx" { // too slow to mutate; starts LibreOffice
			f.Add(make(f))
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if bytes.HasPrefix(data, OLEMagic) {
			return // handed to LibreOffice, not this parser
		}
		sub, err := ReadDocx("fuzz.docx", bytes.NewReader(data))
		if err != nil {
			if errors.Is(err, ErrNeedLibreOffice) {
				t.Fatalf("parser asked for LibreOffice: %v", err)
			}
			return
		}
		if sub.Title == "" && sub.Text == "" {
			t.Fatal("read succeeded with no text")
		}
	})
}

// FuzzDocxDocumentXML fuzzes the XML walker: the bytes become
// word/document.xml of an otherwise valid package.
func FuzzDocxDocumentXML(f *testing.F) {
	f.Add(exporttest.DocxTestDocument(exporttest.DocxP("正文。") + `<w:p><w:r><mc:AlternateContent><mc:Choice><w:p><w:r><w:t>框</w:t></w:r></w:p></mc:Choice><mc:Fallback/></mc:AlternateContent></w:r></w:p>`))
	f.Add(exporttest.DocxTestDocument(`<w:p><w:pPr><w:tabs><w:tab/></w:tabs></w:pPr><w:r><w:t>a</w:t><w:br/><w:tab/></w:r></w:p>`))
	// numbering, fields, symbols and alternate content (issue 10)
	f.Add(exporttest.DocxTestDocument(docxNumP("1", "1", "甲") + docxNumP("2", "1", "乙") + docxNumP("9", "0", "丙") +
		`<w:p><w:pPr><w:pStyle w:val="NumHead"/></w:pPr><w:r><w:sym w:font="Wingdings" w:char="F0FC"/></w:r></w:p>`))
	f.Add(exporttest.DocxTestDocument(`<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>EQ \o\ad(\s\up 9(pīn),拼)</w:instrText></w:r>` +
		`<w:r><w:fldChar w:fldCharType="end"/></w:r><mc:AlternateContent><mc:Choice Requires="w16se"/><mc:Fallback><w:r><w:t>👍</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>`))
	// a table of contents, page fields, tabs and a simple field (review R6/R7)
	f.Add(exporttest.DocxTestDocument(docxTOC + `<w:p><w:r><w:t>第</w:t></w:r><w:fldSimple w:instr="PAGE"><w:r><w:t>2</w:t></w:r></w:fldSimple>` +
		`<w:r><w:t>页</w:t><w:tab/><w:ptab w:alignment="center"/><w:t>提议</w:t></w:r></w:p>`))
	f.Fuzz(func(t *testing.T, doc string) {
		data := docxFuzzPackage(t, doc)
		sub, err := ReadDocx("fuzz.docx", bytes.NewReader(data))
		if err == nil && sub.Title == "" && sub.Text == "" {
			t.Fatal("read succeeded with no text")
		}
	})
}

// docxFuzzPackage is a .docx around doc, with numbering and styles, built
// the same way every time: docxTestPackage ranges over a map, and the
// sort of its names took different paths each run, which the fuzzer saw
// as new coverage and spent its time minimising (10 runs in 3 minutes).
func docxFuzzPackage(t *testing.T, doc string) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, part := range [][2]string{
		{"[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`},
		{"_rels/.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`},
		{"word/document.xml", doc}, {"word/numbering.xml", docxIntakeNumbering}, {"word/styles.xml", docxIntakeStyles},
	} {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: part[0], Method: zip.Store})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(part[1])); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// FuzzDocEncrypted: no OLE container makes the password check of a .doc
// (mscfb reading the FIB, without docEncrypted's recover) panic or hang;
// seeded with a real Word 97-2003 file from LibreOffice, with and without
// the fEncrypted flag.
func FuzzDocEncrypted(f *testing.F) {
	for _, name := range []string{"rc4-password.doc", "plain-word97.doc", "random-bytes.doc"} {
		if data, err := os.ReadFile(filepath.Join("testdata", "office", name)); err == nil {
			f.Add(data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		docFIBEncrypted(data)
	})
}
