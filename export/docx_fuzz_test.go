package export

import (
	"bytes"
	"errors"
	"testing"
)

// FuzzReadDocx feeds the .docx reader arbitrary bytes, seeded with real
// small documents and the broken files: it must never panic, and a
// successful read always has some text.
func FuzzReadDocx(f *testing.F) {
	f.Add(docxTestBody(f, docxP("今年以来，某县推行党员积分制。")))
	f.Add(docxTestPackage(f, map[string]string{
		"word/document.xml": docxTestDocument(`<w:p><w:pPr><w:pStyle w:val="a3"/><w:jc w:val="center"/></w:pPr><w:r><w:t>标题</w:t></w:r></w:p>` +
			`<w:tbl><w:tr><w:tc>` + docxP("单元格") + `</w:tc></w:tr></w:tbl><w:p><w:del><w:r><w:delText>删</w:delText></w:r></w:del></w:p>`),
		"word/styles.xml": docxTestStyles,
	}))
	for name, make := range docxBrokenFiles {
		if name != "bomb.docx" && name != "ole-named-docx.docx" { // too slow to mutate; starts LibreOffice
			f.Add(make(f))
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if bytes.HasPrefix(data, docxOLEMagic) {
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
	f.Add(docxTestDocument(docxP("正文。") + `<w:p><w:r><mc:AlternateContent><mc:Choice><w:p><w:r><w:t>框</w:t></w:r></w:p></mc:Choice><mc:Fallback/></mc:AlternateContent></w:r></w:p>`))
	f.Add(docxTestDocument(`<w:p><w:pPr><w:tabs><w:tab/></w:tabs></w:pPr><w:r><w:t>a</w:t><w:br/><w:tab/></w:r></w:p>`))
	f.Fuzz(func(t *testing.T, doc string) {
		data := docxTestPackage(t, map[string]string{"word/document.xml": doc})
		sub, err := ReadDocx("fuzz.docx", bytes.NewReader(data))
		if err == nil && sub.Title == "" && sub.Text == "" {
			t.Fatal("read succeeded with no text")
		}
	})
}
