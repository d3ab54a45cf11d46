package exporttest

import (
	"archive/zip"
	"bytes"
	"sort"
	"testing"
)

// docxTestNS declares the prefixes the test documents use.
const DocxTestNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ` +
	`xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ` +
	`xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ` +
	`xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ` +
	`xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ` +
	`xmlns:v="urn:schemas-microsoft-com:vml"`

// docxTestDocument wraps body XML in a w:document.
func DocxTestDocument(body string) string {
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
		`<w:document ` + DocxTestNS + `><w:body>` + body + `</w:body></w:document>`
}

// docxTestPackage zips parts (name → content) in name order, with the
// package relationships a real .docx has unless parts already says otherwise.
func DocxTestPackage(t testing.TB, parts map[string]string) []byte {
	t.Helper()
	all := map[string]string{
		"[Content_Types].xml": `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
		"_rels/.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
	}
	for k, v := range parts {
		all[k] = v
	}
	names := make([]string, 0, len(all))
	for k, v := range all {
		if v != "" { // "" removes a default part
			names = append(names, k)
		}
	}
	sort.Strings(names)
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range names {
		f, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.Write([]byte(all[name])); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// docxTestBody makes a .docx from body XML alone.
func DocxTestBody(t testing.TB, body string) []byte {
	return DocxTestPackage(t, map[string]string{"word/document.xml": DocxTestDocument(body)})
}

// docxP is a plain paragraph of one run.
func DocxP(text string) string {
	return `<w:p><w:r><w:t xml:space="preserve">` + text + `</w:t></w:r></w:p>`
}
