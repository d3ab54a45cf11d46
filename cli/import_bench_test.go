package cli

import (
	"archive/zip"
	"bytes"
	"fmt"
	"html"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bulletindesk/bulletindesk/resources"
)

// The import benchmarks run `bulletindesk import` on 1,000 files into a
// new archive, as a user importing a folder would, and report files/s.
func BenchmarkImport1000Txt(b *testing.B)  { benchImport(b, "txt") }
func BenchmarkImport1000Docx(b *testing.B) { benchImport(b, "docx") }

func benchImport(b *testing.B, ext string) {
	texts := benchExampleTexts(b)
	dir := b.TempDir()
	var files []string
	for i := range 1000 {
		text := strings.Replace(texts[i%len(texts)], "。", fmt.Sprintf("（第%d份）。", i), 1) // no two alike
		path := filepath.Join(dir, fmt.Sprintf("来稿%04d.%s", i, ext))
		data := []byte(text)
		if ext == "docx" {
			data = benchDocx(b, text)
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			b.Fatal(err)
		}
		files = append(files, path)
	}
	n, cpu0 := 0, processCPU()
	for b.Loop() {
		n++
		db := filepath.Join(dir, fmt.Sprintf("archive%d.db", n))
		var out, errOut bytes.Buffer
		if code := Run(append([]string{"import", "--db", db}, files...), strings.NewReader(""), &out, &errOut); code != 0 {
			b.Fatalf("import: %d %s", code, errOut.String())
		}
		if lines := strings.Count(out.String(), "\n"); lines != len(files) {
			b.Fatalf("imported %d of %d", lines, len(files))
		}
	}
	b.ReportMetric(float64(len(files)*b.N)/b.Elapsed().Seconds(), "files/s")
	b.ReportMetric(float64(len(files)*b.N)/(processCPU()-cpu0), "files/cpu-s")
}

// benchExampleTexts are the example submissions' texts.
func benchExampleTexts(b *testing.B) []string {
	names, err := fs.Glob(resources.Example, "example/submissions/*.txt")
	if err != nil || len(names) == 0 {
		b.Fatalf("no example submissions: %v", err)
	}
	var out []string
	for _, name := range names {
		data, err := fs.ReadFile(resources.Example, name)
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, string(data))
	}
	return out
}

// benchDocx is a minimal Word document with one paragraph a line of text.
func benchDocx(b *testing.B, text string) []byte {
	var body strings.Builder
	for _, line := range strings.Split(text, "\n") {
		body.WriteString(`<w:p><w:r><w:t xml:space="preserve">` + html.EscapeString(line) + `</w:t></w:r></w:p>`)
	}
	parts := map[string]string{
		"[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
		"_rels/.rels":         `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
		"word/document.xml":   `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` + body.String() + `</w:body></w:document>`,
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range []string{"[Content_Types].xml", "_rels/.rels", "word/document.xml"} {
		w, err := zw.Create(name)
		if err != nil {
			b.Fatal(err)
		}
		w.Write([]byte(parts[name]))
	}
	if err := zw.Close(); err != nil {
		b.Fatal(err)
	}
	return buf.Bytes()
}
