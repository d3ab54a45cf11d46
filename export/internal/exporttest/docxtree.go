package exporttest

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"
)

// docxNode is an XML element read back from a generated part, for tests
// that check structure: local name, attributes by local name, children.
type docxNode struct {
	Name     string
	Attr     map[string]string
	Children []*docxNode
	Text     string
}

// docxParts unzips a .docx into part name → content.
func DocxParts(t *testing.T, data []byte) map[string]string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("the .docx is not a zip: %v", err)
	}
	parts := map[string]string{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		parts[f.Name] = string(b)
	}
	return parts
}

// docxTree parses one part; malformed XML fails the test.
func DocxTree(t *testing.T, part string) *docxNode {
	t.Helper()
	d := xml.NewDecoder(strings.NewReader(part))
	root := &docxNode{}
	stack := []*docxNode{root}
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("malformed XML: %v", err)
		}
		top := stack[len(stack)-1]
		switch tk := tok.(type) {
		case xml.StartElement:
			n := &docxNode{Name: tk.Name.Local, Attr: map[string]string{}}
			for _, a := range tk.Attr {
				n.Attr[a.Name.Local] = a.Value
			}
			top.Children = append(top.Children, n)
			stack = append(stack, n)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			top.Text += string(tk)
		}
	}
	if len(root.Children) != 1 {
		t.Fatalf("part has %d root elements", len(root.Children))
	}
	return root.Children[0]
}

// all returns every descendant named name, in document order.
func (n *docxNode) All(name string) []*docxNode {
	var out []*docxNode
	for _, c := range n.Children {
		if c.Name == name {
			out = append(out, c)
		}
		out = append(out, c.All(name)...)
	}
	return out
}

// first returns the first descendant named name, or an empty node.
func (n *docxNode) First(name string) *docxNode {
	if all := n.All(name); len(all) > 0 {
		return all[0]
	}
	return &docxNode{Attr: map[string]string{}}
}

// text is the concatenated w:t text under n.
func (n *docxNode) AllText() string {
	var b strings.Builder
	for _, t := range n.All("t") {
		b.WriteString(t.Text)
	}
	return b.String()
}

// style returns the w:style with the given styleId.
func (n *docxNode) Style(id string) *docxNode {
	for _, s := range n.All("style") {
		if s.Attr["styleId"] == id {
			return s
		}
	}
	return &docxNode{Attr: map[string]string{}}
}

// docxParagraphTexts is the text of each w:p of document.xml, in order.
func DocxParagraphTexts(t *testing.T, data []byte) []string {
	t.Helper()
	var out []string
	for _, p := range DocxTree(t, DocxParts(t, data)["word/document.xml"]).All("p") {
		out = append(out, p.AllText())
	}
	return out
}
