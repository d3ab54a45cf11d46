package docx

import (
	"bytes"
	"flag"
	"io"
	"os"
	"path"
	"strings"
	"testing"
	"unicode"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export/intake"
	"github.com/bulletindesk/bulletindesk/export/internal/exporttest"
)

var docxOut = flag.String("docx-out", "", "also write the test issue's .docx to this path (to render it)")

// docxWriteTestIssue writes an issue with the given preferences.
func docxWriteTestIssue(t *testing.T, is *editor.Issue, p editor.Preferences) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteIssueDocx(&buf, is, p); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestWriteIssueDocxOut(t *testing.T) {
	if *docxOut == "" {
		t.Skip("no -docx-out")
	}
	data := docxWriteTestIssue(t, exporttest.DocxTestIssue(), editor.DefaultPreferences())
	if err := os.WriteFile(*docxOut, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// Every part is declared in [Content_Types].xml, every relationship points
// at a part that exists, and every part is well-formed XML.
func TestWriteIssueDocxPackage(t *testing.T) {
	parts := exporttest.DocxParts(t, docxWriteTestIssue(t, exporttest.DocxTestIssue(), editor.DefaultPreferences()))
	types := parts["[Content_Types].xml"]
	for name, content := range parts {
		exporttest.DocxTree(t, content)
		if !strings.HasSuffix(name, ".rels") && name != "[Content_Types].xml" && !strings.Contains(types, `PartName="/`+name+`"`) {
			t.Errorf("%s has no content type", name)
		}
	}
	for relsName, dir := range map[string]string{"_rels/.rels": "", "word/_rels/document.xml.rels": "word"} {
		for _, rel := range exporttest.DocxTree(t, parts[relsName]).All("Relationship") {
			if target := path.Join(dir, rel.Attr["Target"]); parts[target] == "" {
				t.Errorf("%s: %s points at missing %s", relsName, rel.Attr["Id"], target)
			}
		}
	}
}

func TestWriteIssueDocxPage(t *testing.T) {
	parts := exporttest.DocxParts(t, docxWriteTestIssue(t, exporttest.DocxTestIssue(), editor.DefaultPreferences()))
	sect := exporttest.DocxTree(t, parts["word/document.xml"]).First("sectPr")
	checks := []struct{ what, got, want string }{
		{"page width (A4)", sect.First("pgSz").Attr["w"], "11906"},
		{"page height (A4)", sect.First("pgSz").Attr["h"], "16838"},
		{"top margin 37 mm", sect.First("pgMar").Attr["top"], "2098"},
		{"bottom margin 35 mm", sect.First("pgMar").Attr["bottom"], "1984"},
		{"left margin 28 mm", sect.First("pgMar").Attr["left"], "1587"},
		{"right margin 26 mm", sect.First("pgMar").Attr["right"], "1474"},
		{"22 lines a page", sect.First("docGrid").Attr["linePitch"], "579"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s: got %q, want %q", c.what, c.got, c.want)
		}
	}
	refs := map[string]bool{}
	for _, r := range sect.All("footerReference") {
		refs[r.Attr["type"]] = true
	}
	if !refs["default"] || !refs["even"] {
		t.Errorf("footer references %v, want default and even", refs)
	}
	if exporttest.DocxTree(t, parts["word/settings.xml"]).First("evenAndOddHeaders").Name == "" {
		t.Error("settings lack evenAndOddHeaders: even pages would number on the right")
	}
	for part, side := range map[string]string{"word/footer1.xml": "right", "word/footer2.xml": "left"} {
		f := exporttest.DocxTree(t, parts[part])
		if got := f.First("jc").Attr["val"]; got != side {
			t.Errorf("%s aligned %q, want %q", part, got, side)
		}
		if got := f.AllText(); got != "— 1 —" {
			t.Errorf("%s text %q, want — 1 —", part, got)
		}
		if got := f.First("instrText").Text; strings.TrimSpace(got) != "PAGE" {
			t.Errorf("%s field %q, want PAGE", part, got)
		}
		if got := f.First("rFonts").Attr["eastAsia"] + "/" + f.First("sz").Attr["val"]; got != "宋体/28" {
			t.Errorf("%s page number font %s, want 宋体/28 (4号宋体)", part, got)
		}
	}
}

func TestWriteIssueDocxFonts(t *testing.T) {
	tests := []struct {
		name          string
		p             editor.Preferences
		body, heading string
		title, color  string
		boldTitle     bool
	}{
		{"defaults", editor.DefaultPreferences(), "仿宋_GB2312", "黑体", "方正小标宋简体", "C00000", false},
		{"宋体 masthead is set bold", editor.Preferences{TitleFont: "宋体", BodyFont: "仿宋", HeadingFont: "楷体", MastheadColor: "#ff0000"},
			"仿宋", "楷体", "宋体", "FF0000", true},
		{"empty settings fall back", editor.Preferences{MastheadColor: "red"}, "仿宋_GB2312", "黑体", "方正小标宋简体", "C00000", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			parts := exporttest.DocxParts(t, docxWriteTestIssue(t, exporttest.DocxTestIssue(), tt.p))
			styles := exporttest.DocxTree(t, parts["word/styles.xml"])
			defaults := styles.First("docDefaults")
			if got := defaults.First("rFonts").Attr["eastAsia"]; got != tt.body {
				t.Errorf("default east-Asian font %q, want %q", got, tt.body)
			}
			if got := defaults.First("lang").Attr["eastAsia"]; got != "zh-CN" {
				t.Errorf("east-Asian language %q, want zh-CN", got)
			}
			if got := defaults.First("sz").Attr["val"]; got != "32" {
				t.Errorf("body size %s half-points, want 32 (3号)", got)
			}
			if got := styles.Style("BulletinSection").First("rFonts").Attr["eastAsia"]; got != tt.heading {
				t.Errorf("section heading font %q, want %q", got, tt.heading)
			}
			mast := styles.Style("BulletinMasthead")
			if got := mast.First("rFonts").Attr["eastAsia"]; got != tt.title {
				t.Errorf("masthead font %q, want %q", got, tt.title)
			}
			if got := mast.First("color").Attr["val"]; got != tt.color {
				t.Errorf("masthead colour %q, want %q", got, tt.color)
			}
			if got := mast.First("b").Name != ""; got != tt.boldTitle {
				t.Errorf("masthead bold %v, want %v", got, tt.boldTitle)
			}
			if got := styles.Style("BulletinBody").First("ind").Attr["firstLineChars"]; got != "200" {
				t.Errorf("first-line indent %q chars/100, want 200", got)
			}
			fonts := map[string]string{}
			for _, f := range exporttest.DocxTree(t, parts["word/fontTable.xml"]).All("font") {
				fonts[f.Attr["name"]] = f.First("altName").Attr["val"]
			}
			for _, name := range []string{tt.body, tt.heading, tt.title} {
				if _, ok := fonts[name]; !ok {
					t.Errorf("font table lacks %s: %v", name, fonts)
				}
			}
			if tt.body == "仿宋_GB2312" && (fonts["仿宋_GB2312"] != "仿宋" || fonts["仿宋"] != "FangSong") {
				t.Errorf("fallbacks 仿宋_GB2312 → %q, 仿宋 → %q; want 仿宋, FangSong", fonts["仿宋_GB2312"], fonts["仿宋"])
			}
		})
	}
}

func docxNonSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// The Word document holds exactly the characters of the text export, in the
// same order: nothing lost, nothing added.
func TestWriteIssueDocxMatchesTextExport(t *testing.T) {
	for _, p := range []editor.Preferences{editor.DefaultPreferences(), {BoldLead: false, FooterOnLastPage: false}} {
		is := exporttest.DocxTestIssue()
		var txt bytes.Buffer
		if err := intake.WriteIssue(&txt, is, p); err != nil {
			t.Fatal(err)
		}
		paras := exporttest.DocxParagraphTexts(t, docxWriteTestIssue(t, is, p))
		if got, want := docxNonSpace(strings.Join(paras, "")), docxNonSpace(txt.String()); got != want {
			t.Errorf("docx text differs from the text export\n got: %s\nwant: %s", got, want)
		}
		joined := strings.Join(paras, "\n")
		last := 0
		for _, sec := range is.Sections {
			for _, it := range sec.Items {
				i := strings.Index(joined[last:], "△"+it.Lead)
				if i < 0 {
					t.Fatalf("item %q missing or out of order", it.Lead)
				}
				last += i
			}
		}
	}
}

func TestWriteIssueDocxLeadAndFooterSettings(t *testing.T) {
	for _, p := range []editor.Preferences{{BoldLead: true, FooterOnLastPage: true}, {BoldLead: false, FooterOnLastPage: false}} {
		doc := exporttest.DocxTree(t, exporttest.DocxParts(t, docxWriteTestIssue(t, exporttest.DocxTestIssue(), p))["word/document.xml"])
		for _, r := range doc.All("r") {
			if strings.HasPrefix(r.AllText(), "△") {
				if bold := r.First("b").Name != ""; bold != p.BoldLead {
					t.Errorf("BoldLead %v: lead %q bold %v", p.BoldLead, r.AllText(), bold)
				}
			}
		}
		tbl := doc.First("tbl")
		if got := tbl.First("tblpPr").Attr["tblpYSpec"]; (got == "bottom") != p.FooterOnLastPage {
			t.Errorf("FooterOnLastPage %v: table position %q", p.FooterOnLastPage, got)
		}
		if !strings.HasPrefix(tbl.AllText(), "报：") || !strings.HasSuffix(tbl.AllText(), "（共印60份）") {
			t.Errorf("footer block %q", tbl.AllText())
		}
		b := tbl.First("tblBorders")
		if b.First("top").Attr["sz"] != "8" || b.First("bottom").Attr["sz"] != "8" {
			t.Errorf("footer block rules: %+v", b.Children)
		}
	}
}

// Text with XML's special characters and control characters still makes
// a well-formed document whose text reads back unchanged.
func TestWriteIssueDocxEscapes(t *testing.T) {
	is := &editor.Issue{BulletinName: `R&D <简报> "增刊"`, EditingUnit: "A&B's 部",
		Sections: []editor.Section{{Name: "<栏目>&", Items: []editor.Item{{Lead: "a<b>&c。", Body: "x\x01y]]>z", Attribution: `"单位"`}}}}}
	paras := exporttest.DocxParagraphTexts(t, docxWriteTestIssue(t, is, editor.DefaultPreferences()))
	got := strings.Join(paras, "|")
	want := `R&D <简报> "增刊"|A&B's 部编|<栏目>&|△a<b>&c。x` + "\uFFFD" + `y]]>z（"单位"）`
	if got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// The same issue gives the same bytes: exports can be compared and archived.
func TestWriteIssueDocxDeterministic(t *testing.T) {
	a := docxWriteTestIssue(t, exporttest.DocxTestIssue(), editor.DefaultPreferences())
	b := docxWriteTestIssue(t, exporttest.DocxTestIssue(), editor.DefaultPreferences())
	if !bytes.Equal(a, b) {
		t.Error("two writes of the same issue differ")
	}
}

func BenchmarkWriteIssueDocx(b *testing.B) {
	is, p := exporttest.DocxTestIssue(), editor.DefaultPreferences()
	for b.Loop() {
		if err := WriteIssueDocx(io.Discard, is, p); err != nil {
			b.Fatal(err)
		}
	}
}

// An issue with nothing in it yet still makes a well-formed document.
func TestWriteIssueDocxEmptyIssue(t *testing.T) {
	parts := exporttest.DocxParts(t, docxWriteTestIssue(t, &editor.Issue{}, editor.Preferences{}))
	for name, content := range parts {
		if strings.HasSuffix(name, ".xml") || strings.HasSuffix(name, ".rels") {
			exporttest.DocxTree(t, content)
		}
	}
	if got := strings.Join(exporttest.DocxParagraphTexts(t, docxWriteTestIssue(t, &editor.Issue{}, editor.Preferences{})), ""); got != "" {
		t.Errorf("empty issue has text %q", got)
	}
}
