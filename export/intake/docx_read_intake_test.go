package intake

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export/internal/exporttest"
)

// Word files as they really come (issue 10, classes 8–11 and 13): each
// test builds the parts Word and WPS write and failed before its fix.

const docxIntakeNumbering = `<?xml version="1.0" encoding="UTF-8"?><w:numbering ` + exporttest.DocxTestNS + `>` +
	`<w:abstractNum w:abstractNumId="0">` +
	`<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>` +
	`<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl></w:abstractNum>` +
	`<w:abstractNum w:abstractNumId="1">` +
	`<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>` +
	`<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl></w:abstractNum>` +
	`<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl></w:abstractNum>` +
	`<w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="●"/></w:lvl></w:abstractNum>` +
	`<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>` +
	`<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>` +
	`<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/></w:lvlOverride></w:num>` +
	`<w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>` +
	`<w:num w:numId="5"><w:abstractNumId w:val="3"/></w:num>` +
	`</w:numbering>`

const docxIntakeStyles = `<?xml version="1.0" encoding="UTF-8"?><w:styles ` + exporttest.DocxTestNS + `>` +
	`<w:style w:type="paragraph" w:styleId="NumHead"><w:name w:val="numbered head"/><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="NumChild"><w:name w:val="inherits"/><w:basedOn w:val="NumHead"/></w:style>` +
	`<w:style w:type="paragraph" w:styleId="NumGrandchild"><w:name w:val="inherits twice"/><w:basedOn w:val="NumChild"/></w:style>` +
	`<w:style w:type="paragraph" w:styleId="NoNum"><w:name w:val="unnumbered"/><w:basedOn w:val="NumHead"/><w:pPr><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="LoopA"><w:name w:val="a"/><w:basedOn w:val="LoopB"/></w:style>` +
	`<w:style w:type="paragraph" w:styleId="LoopB"><w:name w:val="b"/><w:basedOn w:val="LoopA"/></w:style>` +
	`</w:styles>`

// docxNumP is a paragraph numbered in list numID at level ilvl.
func docxNumP(numID, ilvl, text string) string {
	return `<w:p><w:pPr><w:numPr><w:ilvl w:val="` + ilvl + `"/><w:numId w:val="` + numID + `"/></w:numPr></w:pPr>` +
		`<w:r><w:t>` + text + `</w:t></w:r></w:p>`
}

// docxStyleP is a paragraph in the paragraph style id.
func docxStyleP(id, text string) string {
	return `<w:p><w:pPr><w:pStyle w:val="` + id + `"/></w:pPr><w:r><w:t>` + text + `</w:t></w:r></w:p>`
}

// docxIntakeTitle is a centred title line, so the tests' first body
// paragraph stays in the text.
const docxIntakeTitle = `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>标题</w:t></w:r></w:p>`

func docxIntakeRead(t *testing.T, parts map[string]string) *editor.Submission {
	t.Helper()
	sub, err := ReadDocx("来稿.docx", bytes.NewReader(exporttest.DocxTestPackage(t, parts)))
	if err != nil {
		t.Fatal(err)
	}
	return sub
}

// TestDocxIntakeNumbering (class 8): numbers made by numbering.xml are
// part of the text, counted per list, restarted under a new parent, in
// each level's format, with a w:num's start override, and through a style
// based on a numbered style (w:basedOn, unless it sets w:numId 0); bullets
// are not numbers.
func TestDocxIntakeNumbering(t *testing.T) {
	body := docxIntakeTitle + exporttest.DocxP("关于基层党建工作的情况报告如下：") +
		docxNumP("1", "0", "工作动态") + docxNumP("1", "1", "基层党建") + docxNumP("1", "1", "人才工作") +
		docxNumP("1", "0", "下步打算") + docxNumP("1", "1", "抓落实") + exporttest.DocxP("三、其他事项") +
		docxNumP("2", "0", "第一项") + docxNumP("2", "1", "细则") + docxNumP("2", "1", "要求") +
		docxNumP("3", "0", "另一清单") + docxNumP("4", "0", "字母项") +
		`<w:p><w:pPr><w:pStyle w:val="NumHead"/></w:pPr><w:r><w:t>样式编号</w:t></w:r></w:p>` +
		docxStyleP("NumChild", "继承编号") + docxStyleP("NumGrandchild", "再继承") + docxStyleP("NoNum", "取消编号") + docxStyleP("LoopA", "循环样式") +
		docxNumP("0", "0", "不编号") + docxNumP("5", "0", "圆点项")
	sub := docxIntakeRead(t, map[string]string{"word/document.xml": exporttest.DocxTestDocument(body),
		"word/numbering.xml": docxIntakeNumbering, "word/styles.xml": docxIntakeStyles})
	want := []string{"关于基层党建工作的情况报告如下：", "一、工作动态", "（一）基层党建", "（二）人才工作", "二、下步打算", "（一）抓落实",
		"三、其他事项", "1.第一项", "1.1细则", "1.2要求", "3.另一清单", "a)字母项", "b)样式编号", "c)继承编号", "d)再继承", "取消编号", "循环样式", "不编号", "圆点项"}
	if got := strings.Split(sub.Text, "\n"); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("text =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestDocxFormatNumber(t *testing.T) {
	tests := []struct {
		n      int
		format string
		want   string
	}{
		{1, "chineseCounting", "一"}, {10, "chineseCounting", "十"}, {11, "chineseCounting", "十一"},
		{20, "chineseCounting", "二十"}, {101, "chineseCountingThousand", "一百零一"}, {110, "chineseCounting", "一百一十"},
		{3, "ideographTraditional", "丙"}, {11, "ideographTraditional", "甲"}, {2, "lowerLetter", "b"}, {27, "lowerLetter", "aa"},
		{4, "upperRoman", "IV"}, {9, "lowerRoman", "ix"}, {3, "decimalEnclosedCircle", "③"}, {12, "decimalFullWidth", "１２"},
		{2, "chineseLegalSimplified", "贰"}, {7, "decimal", "7"}, {5, "somethingNew", "5"},
	}
	for _, tt := range tests {
		if got := docxFormatNumber(tt.n, tt.format); got != tt.want {
			t.Errorf("docxFormatNumber(%d, %s) = %q, want %q", tt.n, tt.format, got, tt.want)
		}
	}
}

// TestDocxIntakeAlternateContent (class 9): a choice that requires a
// namespace the reader does not know (w16se, Word's emoji) gives way to
// its fallback; a text box's known choice is still read once.
func TestDocxIntakeAlternateContent(t *testing.T) {
	body := docxIntakeTitle + `<w:p><w:r><w:t>点赞</w:t></w:r><mc:AlternateContent><mc:Choice Requires="w16se"><w:r><w16se:symEx xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex" w16se:font="Segoe UI Emoji" w16se:char="1F44D"/></w:r></mc:Choice>` +
		`<mc:Fallback><w:r><w:t>👍</w:t></w:r></mc:Fallback></mc:AlternateContent><w:r><w:t>活动。</w:t></w:r></w:p>` +
		`<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>` + exporttest.DocxP("框内文字。") +
		`</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent>` + exporttest.DocxP("框内文字。") +
		`</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`
	sub := docxIntakeRead(t, map[string]string{"word/document.xml": exporttest.DocxTestDocument(body)})
	if want := "点赞👍活动。\n框内文字。"; sub.Text != want {
		t.Errorf("text = %q, want %q", sub.Text, want)
	}
}

// TestDocxIntakeSymbolsAndFields (class 9): w:sym characters, and text
// that exists only in a field — a WPS/Word pinyin guide (EQ \o\ad) — are
// read; a pinyin guide alone is not "no text"; a ruby's guide is not text.
func TestDocxIntakeSymbolsAndFields(t *testing.T) {
	eq := func(base, guide string) string {
		return `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> EQ \* jc2 \* "Font:宋体" \* hps10 \o\ad(\s\up 9(` +
			guide + `),` + base + `)</w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`
	}
	tests := []struct{ name, body, want string }{
		{"sym", `<w:p><w:r><w:sym w:font="Wingdings" w:char="F0FC"/><w:t>已完成；</w:t><w:sym w:font="Symbol" w:char="F0B7"/><w:t>要点；</w:t><w:sym w:font="宋体" w:char="2605"/></w:r></w:p>`,
			"✓已完成；•要点；★"},
		{"pinyin guide only", `<w:p>` + eq("拼", "pīn") + eq("音", "yīn") + `</w:p>`, "拼音"},
		{"field with a result", `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> REF _Ref2 \h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`, "3"},
		{"ruby", `<w:p><w:ruby><w:rubyPr/><w:rt><w:r><w:t>pīn</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>拼</w:t></w:r></w:rubyBase></w:ruby></w:p>`, "拼"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sub := docxIntakeRead(t, map[string]string{"word/document.xml": exporttest.DocxTestDocument(tt.body)})
			if got := sub.Title + "|" + sub.Text; !strings.Contains(got, tt.want) {
				t.Errorf("title|text = %q, want %q in it", got, tt.want)
			}
		})
	}
}

// TestDocxIntakeTitleChoice (class 10): the short centred title beats the
// chapter heading (outline level 0) below it, and loses its letter-spacing.
func TestDocxIntakeTitleChoice(t *testing.T) {
	body := `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>租　赁　合　同</w:t></w:r></w:p>` +
		`<w:p><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:r><w:t>第一章 总则</w:t></w:r></w:p>` + exporttest.DocxP("为明确双方权利义务，订立本合同。")
	sub := docxIntakeRead(t, map[string]string{"word/document.xml": exporttest.DocxTestDocument(body)})
	if sub.Title != "租赁合同" || !strings.HasPrefix(sub.Text, "第一章") {
		t.Errorf("title %q, text %q; want 租赁合同 and the chapter heading in the text", sub.Title, sub.Text)
	}
}

// TestDocxIntakeMessages (class 11): a password-protected file says so,
// whatever its extension; .docm, .dotx and .dotm read like .docx.
func TestDocxIntakeMessages(t *testing.T) {
	ole := append(append([]byte{}, OLEMagic...), make([]byte, 504)...)
	ole = append(append(append(ole, docxUTF16("EncryptionInfo")...), make([]byte, 50)...), docxUTF16("EncryptedPackage")...)
	for _, name := range []string{"加密.docx", "加密.doc"} {
		if _, err := ReadSubmission(name, bytes.NewReader(ole)); !errors.Is(err, ErrDocxEncrypted) || !strings.Contains(err.Error(), "password") {
			t.Errorf("%s: err = %v, want ErrDocxEncrypted", name, err)
		}
	}
	data := exporttest.DocxTestBody(t, exporttest.DocxP("宏文档也是正文。"))
	for _, name := range []string{"x.docm", "x.dotx", "x.dotm"} {
		sub, err := ReadSubmission(name, bytes.NewReader(data))
		if err != nil || !strings.Contains(sub.Title+sub.Text, "宏文档也是正文。") {
			t.Errorf("%s: %v, %+v", name, err, sub)
		}
	}
}

// TestDocxIntakeNotes (class 13): footnotes and endnotes follow the body,
// marked as notes, the reference leaving the note's mark in the body
// (review A17); Word's separators are not notes.
func TestDocxIntakeNotes(t *testing.T) {
	notes := func(kind, text string) string {
		return `<?xml version="1.0"?><w:` + kind + `s ` + exporttest.DocxTestNS + `>` +
			`<w:` + kind + ` w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:` + kind + `>` +
			`<w:` + kind + ` w:id="1"><w:p><w:r><w:` + kind + `Ref/></w:r><w:r><w:t xml:space="preserve"> ` + text + `</w:t></w:r></w:p></w:` + kind + `></w:` + kind + `s>`
	}
	body := docxIntakeTitle + exporttest.DocxP("某县推行积分制管理。") + `<w:p><w:r><w:t>全县覆盖。</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>` + exporttest.DocxP("联系人：王芳")
	sub := docxIntakeRead(t, map[string]string{"word/document.xml": exporttest.DocxTestDocument(body),
		"word/footnotes.xml": notes("footnote", "资料来源：县统计公报。"), "word/endnotes.xml": notes("endnote", "本文有删节。")})
	if want := "某县推行积分制管理。\n全县覆盖。[注1]\n注1：资料来源：县统计公报。\n尾注1：本文有删节。"; sub.Text != want {
		t.Errorf("text = %q, want %q", sub.Text, want)
	}
	if sub.Contact != "联系人：王芳" {
		t.Errorf("contact = %q", sub.Contact)
	}
}

// TestDocxWordsLikeText (issue 8): the same paragraph as .docx and as .txt
// gives the same 字数; the first sentence was missing from the .docx's text.
func TestDocxWordsLikeText(t *testing.T) {
	para := "今年以来，某县深化“村事夜议”工作法，在全县推广“群众说事、干部办事”的做法。全县共议定事项四百六十余件。"
	d := docxIntakeRead(t, map[string]string{"word/document.xml": exporttest.DocxTestDocument(exporttest.DocxP(para))})
	tx, err := ReadTextSubmission("x.txt", strings.NewReader(para+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	if d.Words != tx.Words || d.Text != tx.Text || d.Title != tx.Title {
		t.Errorf(".docx %d 字 %q / %q; .txt %d 字 %q / %q", d.Words, d.Title, d.Text, tx.Words, tx.Title, tx.Text)
	}
}

// TestDocxWordsAsSaved (issue 10): the 字数 the reader gives a .docx with
// a title line, a numbered list, a field's result and a footnote is what
// the archive saves (editor.SubmissionWords after FitSubmission), and the
// same as its text as .txt; the title had been counted too (124字 shown,
// 105字 saved).
func TestDocxWordsAsSaved(t *testing.T) {
	body := docxIntakeTitle + exporttest.DocxP("某县推行积分制管理。") +
		`<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2024年3月5日</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>起全县覆盖。</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>`
	notes := `<?xml version="1.0"?><w:footnotes ` + exporttest.DocxTestNS + `><w:footnote w:id="1"><w:p><w:r><w:t>资料来源：县统计公报。</w:t></w:r></w:p></w:footnote></w:footnotes>`
	sub := docxIntakeRead(t, map[string]string{"word/document.xml": exporttest.DocxTestDocument(body), "word/footnotes.xml": notes})
	read := sub.Words
	saved := *sub
	if err := editor.FitSubmission(&saved); err != nil {
		t.Fatal(err)
	}
	if want := editor.SubmissionWords(&saved); read != want || read == 0 {
		t.Errorf("read %d字, saved %d字 (title %q, text %q)", read, want, sub.Title, sub.Text)
	}
	tx, err := ReadTextSubmission("x.txt", strings.NewReader(sub.Title+"\n"+sub.Text+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	if tx.Words != read {
		t.Errorf(".docx %d字, the same as .txt %d字", read, tx.Words)
	}
}

// TestDocRC4PasswordProtected (issue 10, class 11): a Word 97-2003 .doc
// saved with a password (RC4: fEncrypted set in its FIB) is refused as
// password-protected, naming the file, before LibreOffice (which would
// wait for a password no one can type); the same file without the flag is
// not. rc4-password.doc is LibreOffice's .doc of a two-line text with the
// flag set, which is all a reader sees before the password.
func TestDocRC4PasswordProtected(t *testing.T) {
	_, log := officeFake(t)
	for _, tt := range []struct {
		file      string
		encrypted bool
	}{{"rc4-password.doc", true}, {"plain-word97.doc", false}} {
		data, err := os.ReadFile(filepath.Join("testdata", "office", tt.file))
		if err != nil {
			t.Fatal(err)
		}
		if got := docxEncrypted(data); got != tt.encrypted {
			t.Errorf("%s: encrypted = %v, want %v", tt.file, got, tt.encrypted)
		}
	}
	got := ReadSubmissionFiles(context.Background(), []string{filepath.Join("testdata", "office", "rc4-password.doc")})
	if !errors.Is(got[0].Err, ErrDocxEncrypted) || !strings.Contains(got[0].Err.Error(), "rc4-password.doc") ||
		!strings.Contains(got[0].Err.Error(), "password-protected") {
		t.Errorf("err = %v, want password-protected naming the file", got[0].Err)
	}
	if runs, _ := os.ReadFile(log); len(runs) > 0 {
		t.Errorf("LibreOffice ran for a password-protected .doc")
	}
}

// TestDocxNoteMarksTablesSymbols (review A17, A24): each footnote and
// endnote reference leaves its note's mark where it stands, numbered in
// the order the body refers to them (Word's numbering, whatever the notes'
// ids); a table comes out one row a line, cells apart, a cell's own
// paragraphs joined, a table in a cell inside its cell; private-use
// characters in runs set in Wingdings or Symbol (how LibreOffice saves
// symbols, and the .doc path) become what they show, as a w:sym does,
// while the same code points in an ordinary font stay.
func TestDocxNoteMarksTablesSymbols(t *testing.T) {
	ref := func(kind, id string) string { return `<w:r><w:` + kind + `Reference w:id="` + id + `"/></w:r>` }
	run := func(font, text string) string {
		return `<w:r><w:rPr><w:rFonts w:ascii="` + font + `" w:hAnsi="` + font + `"/></w:rPr><w:t>` + text + `</w:t></w:r>`
	}
	cell := func(paras ...string) string {
		return `<w:tc><w:tcPr><w:tcW w:w="2000"/></w:tcPr>` + strings.Join(paras, "") + `</w:tc>`
	}
	body := docxIntakeTitle +
		`<w:p><w:r><w:t>全县培训村干部1020人次。</w:t></w:r>` + ref("footnote", "7") + `<w:r><w:t>覆盖率达98.6%。</w:t></w:r>` + ref("endnote", "2") + `</w:p>` +
		`<w:p><w:r><w:t>新建党群服务站12个。</w:t></w:r>` + ref("footnote", "3") + `</w:p>` +
		`<w:tbl><w:tr>` + cell(exporttest.DocxP("乡镇")) + cell(exporttest.DocxP("人数")) + cell(exporttest.DocxP("备注")) + `</w:tr>` +
		`<w:tr>` + cell(exporttest.DocxP("城关镇")) + cell(exporttest.DocxP("312")) + cell(exporttest.DocxP("含"), exporttest.DocxP("流动党员")) + `</w:tr>` +
		`<w:tr>` + cell(exporttest.DocxP("东溪镇")) + cell() + cell(`<w:tbl><w:tr>`+cell(exporttest.DocxP("甲"))+cell(exporttest.DocxP("乙"))+`</w:tr></w:tbl>`) + `</w:tr></w:tbl>` +
		`<w:p>` + run("Wingdings", "\uf0fc") + `<w:r><w:t>已完成</w:t></w:r>` + run("Symbol", "\uf0b7") + `<w:r><w:t>待推进</w:t></w:r>` + run("宋体", "\uf0fc") + `</w:p>`
	notes := func(kind string, ids ...string) string {
		s := `<?xml version="1.0"?><w:` + kind + `s ` + exporttest.DocxTestNS + `>`
		for _, id := range ids {
			s += `<w:` + kind + ` w:id="` + id + `"><w:p><w:r><w:` + kind + `Ref/></w:r><w:r><w:t>说明` + id + `</w:t></w:r></w:p></w:` + kind + `>`
		}
		return s + `</w:` + kind + `s>`
	}
	sub := docxIntakeRead(t, map[string]string{"word/document.xml": exporttest.DocxTestDocument(body),
		"word/footnotes.xml": notes("footnote", "3", "7"), "word/endnotes.xml": notes("endnote", "2")})
	want := "全县培训村干部1020人次。[注1]覆盖率达98.6%。[尾注1]\n新建党群服务站12个。[注2]\n" +
		"乡镇　人数　备注\n城关镇　312　" + textCleanSpaces("含 流动党员") + "\n东溪镇　　甲　乙\n✓已完成•待推进\uf0fc\n" +
		"注2：说明3\n注1：说明7\n尾注1：说明2"
	if sub.Text != want {
		t.Errorf("text =\n%q\nwant\n%q", sub.Text, want)
	}
}

// TestDocxLibreOfficeSaved (review A24, A17): a .docx as LibreOffice saves
// it — here one made with w:sym ✓ and •, a footnote and a table, saved as
// .doc and back by soffice 7, the path a .doc takes — writes the symbols
// as private-use characters in Wingdings and Symbol runs; they read as ✓
// and •, the footnote's mark stays in the body, the table one row a line.
func TestDocxLibreOfficeSaved(t *testing.T) {
	data, err := os.ReadFile("testdata/docx/libreoffice_symbols_notes_table.docx")
	if err != nil {
		t.Fatal(err)
	}
	sub, err := ReadDocx("x.docx", bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	want := "南岗镇在全镇设立党员中心户86户，每户联系群众10至15户[注1]。\n✓走访全覆盖•台账月更新\n村别　中心户\n南岗村　14\n（南岗镇党委）\n注1：据镇党委2025年4月统计。"
	if sub.Title != "南岗镇“党员中心户”联系服务群众" || sub.Text != want {
		t.Errorf("title %q text %q, want %q", sub.Title, sub.Text, want)
	}
}

// TestDocxCoverLetter (the day-walk): a cover letter before the article —
// a page of its own (关于报送…的函, centred, would be the title by its
// looks) or a 报送说明 paragraph — is not the title: the article's
// headline is. The letter is kept at the head of the text; its 落款 is the
// unit when the article names none, its date the 收稿日期.
func TestDocxCoverLetter(t *testing.T) {
	centred := func(s string) string {
		return `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>` + s + `</w:t></w:r></w:p>`
	}
	page := `<w:p><w:r><w:br w:type="page"/></w:r></w:p>`
	tests := []struct {
		name, body, title, received, text string
	}{
		{"a letter page", centred("关于报送2025年第一季度组工信息的函") + exporttest.DocxP("市委组织部：") + exporttest.DocxP("现将我县组工信息1篇报上，请审阅。") +
			exporttest.DocxP("中共东川县委组织部") + exporttest.DocxP("2025年4月8日") + page + centred("东川县实施“年轻干部墩苗计划”") + exporttest.DocxP("东川县选派35名年轻干部到乡镇任职锻炼。"),
			"东川县实施“年轻干部墩苗计划”", "2025-04-08",
			"关于报送2025年第一季度组工信息的函\n市委组织部：\n现将我县组工信息1篇报上，请审阅。\n中共东川县委组织部\n2025年4月8日 ‖ 东川县选派35名年轻干部到乡镇任职锻炼。"},
		{"a 报送说明 paragraph", exporttest.DocxP("报送说明：本文反映我镇议事做法，请审阅。") + centred("西坪镇开设“夜间议事厅”") + exporttest.DocxP("西坪镇在12个村开设议事厅。（西坪镇党委）"),
			"西坪镇开设“夜间议事厅”", "none", "报送说明：本文反映我镇议事做法，请审阅。 ‖ 西坪镇在12个村开设议事厅。（西坪镇党委）"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sub := docxIntakeRead(t, map[string]string{"word/document.xml": exporttest.DocxTestDocument(tt.body)})
			got := "none"
			if !sub.Received.IsZero() {
				got = sub.Received.Format(editor.DateLayout)
			}
			if sub.Title != tt.title || got != tt.received || coverAndText(sub) != tt.text {
				t.Errorf("title %q received %s text %q, want %q %s %q", sub.Title, got, coverAndText(sub), tt.title, tt.received, tt.text)
			}
		})
	}
}

// TestDocxSignOff (review A12, for Word as for Notepad): a 落款 at the end —
// the unit's name over a date — names the unit (the reader's UnitName,
// which saving credits: no bracket is added to the text, review G8) and
// dates the 来稿; the 落款 is kept with the cover, not lost, also where
// the text already ends with an attribution (which then gives the unit).
func TestDocxSignOff(t *testing.T) {
	right := func(s string) string {
		return `<w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:t>` + s + `</w:t></w:r></w:p>`
	}
	tests := []struct{ name, body, received, text, contact, unit string }{
		{"落款 names the unit", docxIntakeTitle + exporttest.DocxP("全县遴选优秀年轻干部126名。") + right("中共石门县委组织部") + right("2025年3月12日") + exporttest.DocxP("联系人：周晓燕  电话：0556-1234567"),
			"2025-03-12", "中共石门县委组织部 ‖ 全县遴选优秀年轻干部126名。", "联系人：周晓燕  电话：0556-1234567", "中共石门县委组织部"},
		{"an attribution is there already", docxIntakeTitle + exporttest.DocxP("全县遴选优秀年轻干部126名。（石门县委组织部供稿）") + right("中共石门县委组织部") + right("2025年3月12日"),
			"2025-03-12", "中共石门县委组织部 ‖ 全县遴选优秀年轻干部126名。（石门县委组织部供稿）", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sub := docxIntakeRead(t, map[string]string{"word/document.xml": exporttest.DocxTestDocument(tt.body)})
			got := "none"
			if !sub.Received.IsZero() {
				got = sub.Received.Format(editor.DateLayout)
			}
			if got != tt.received || coverAndText(sub) != tt.text || sub.Contact != tt.contact || sub.UnitName != tt.unit {
				t.Errorf("received %s text %q contact %q unit %q, want %s %q %q %q", got, coverAndText(sub), sub.Contact, sub.UnitName, tt.received, tt.text, tt.contact, tt.unit)
			}
		})
	}
}

// TestDocxNumberSuffixAndLegal (reviewer F16): what Word prints between a
// generated number and the text (w:suff) and w:isLgl, which prints every
// level of a multilevel number in Arabic (1.1 under 一、, not 一.1).
func TestDocxNumberSuffixAndLegal(t *testing.T) {
	numbering := `<?xml version="1.0" encoding="UTF-8"?><w:numbering ` + exporttest.DocxTestNS + `>` +
		`<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="第%1条"/><w:suff w:val="space"/></w:lvl></w:abstractNum>` +
		`<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="第%1章"/></w:lvl></w:abstractNum>` +
		`<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="第%1节"/><w:suff w:val="nothing"/></w:lvl></w:abstractNum>` +
		`<w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>` +
		`<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:isLgl/><w:lvlText w:val="%1.%2"/><w:suff w:val="space"/></w:lvl>` +
		`<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl></w:abstractNum>` +
		`<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>` +
		`<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num><w:num w:numId="4"><w:abstractNumId w:val="3"/></w:num></w:numbering>`
	body := docxIntakeTitle + docxNumP("1", "0", "建立后备干部人才库。") + docxNumP("1", "0", "实行季度分析研判。") +
		docxNumP("2", "0", "总则") + docxNumP("3", "0", "适用范围") +
		docxNumP("4", "0", "基本原则") + docxNumP("4", "1", "坚持党管干部") + docxNumP("4", "1", "坚持事业为上") +
		docxNumP("4", "0", "工作要求") + docxNumP("4", "2", "没有isLgl的一级")
	sub := docxIntakeRead(t, map[string]string{"word/document.xml": exporttest.DocxTestDocument(body), "word/numbering.xml": numbering})
	want := []string{"第一条　建立后备干部人才库。", "第二条　实行季度分析研判。", "第一章　总则", "第一节适用范围",
		"一、基本原则", "1.1坚持党管干部", "1.2坚持事业为上", "二、工作要求", "二.1没有isLgl的一级"}
	if got := strings.Split(sub.Text, "\n"); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("text =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestDocxHiddenText (reviewer F4): hidden text (w:vanish) is neither
// shown nor printed by Word and WPS, so it is left out of the 来稿, and the
// import line says how much; w:vanish w:val="0" is shown text.
func TestDocxHiddenText(t *testing.T) {
	hidden := func(text, val string) string {
		return `<w:r><w:rPr><w:b/><w:vanish` + val + `/></w:rPr><w:t>` + text + `</w:t><w:tab/></w:r>`
	}
	body := docxIntakeTitle + `<w:p><w:r><w:t>截至11月10日，</w:t></w:r>` + hidden("（此处待核）", "") +
		`<w:r><w:t>清单项目全部完成。</w:t></w:r>` + hidden("仍显示", ` w:val="0"`) + `</w:p>` +
		`<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr><w:r><w:t>段落标记隐藏，文字照印。</w:t></w:r></w:p>` +
		`<w:p>` + hidden("整段隐藏", ` w:val="true"`) + `</w:p>`
	sub := docxIntakeRead(t, map[string]string{"word/document.xml": exporttest.DocxTestDocument(body)})
	if want := "截至11月10日，清单项目全部完成。仍显示\n段落标记隐藏，文字照印。"; sub.Text != want {
		t.Errorf("text = %q, want %q", sub.Text, want)
	}
	if got, want := strings.Join(docxCheckTexts(sub.Checks), "|"), "隐藏文字10字未导入（Word、WPS 不显示也不打印）"; got != want {
		t.Errorf("checks %q, want %q", got, want)
	}
}

// Review F39: a manual line break (w:br, Shift+Enter) is settled by the
// Chinese sentence rule, as the .txt reader settles U+000B: inside a
// sentence the sentence goes on; after a sentence end, a short heading,
// before an indent, at the paragraph's end or as a page break it ends
// the paragraph. Each used to end it.
func TestDocxManualLineBreaks(t *testing.T) {
	brk := `</w:t></w:r><w:r><w:br/></w:r><w:r><w:t xml:space="preserve">`
	tests := []struct{ name, para, want string }{
		{"inside a sentence", "今年以来，全镇组织党员和种植大户" + brk + "就近学习实用技术，累计开课86场。", "今年以来，全镇组织党员和种植大户就近学习实用技术，累计开课86场。"},
		{"after a sentence end", "一是课堂设在地头，党员边看边学。" + brk + "二是老师请到身边。", "一是课堂设在地头，党员边看边学。\n二是老师请到身边。"},
		{"after a short heading", "主要成效" + brk + "学员中有46人领办产业项目，带动农户增收。", "主要成效\n学员中有46人领办产业项目，带动农户增收。"},
		{"before an indent", "学员中有46人领办或参与产业项目，带动农户增收" + brk + "　　群众评价很高。", "学员中有46人领办或参与产业项目，带动农户增收\n群众评价很高。"},
		{"at the paragraph's end", "学员中有46人领办或参与产业项目，带动农户增收。" + brk, "学员中有46人领办或参与产业项目，带动农户增收。"},
		{"between Latin words", "全镇开通了政务服务平台的 online" + brk + "service 功能。", "全镇开通了政务服务平台的online service功能。"}, // the spaces beside Chinese go, as everywhere in the reader
		{"a page break", "学员中有46人领办或参与产业项目，带动农户" + `</w:t></w:r><w:r><w:br w:type="page"/></w:r><w:r><w:t>` + "增收。", "学员中有46人领办或参与产业项目，带动农户\n增收。"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sub := docxIntakeRead(t, map[string]string{"word/document.xml": exporttest.DocxTestDocument(docxIntakeTitle + exporttest.DocxP(tt.para))})
			if sub.Text != tt.want {
				t.Errorf("text = %q, want %q", sub.Text, tt.want)
			}
		})
	}
}

// A bare greeting at the top of a Word 来稿 (各位领导：, 王科长：, a
// covering sentence without its 。) is set apart as in a text 来稿, not
// left as the first paragraph of the text.
func TestDocxGreetingSetApart(t *testing.T) {
	tests := []struct{ name, greeting string }{
		{"各位领导", exporttest.DocxP("各位领导：")},
		{"a comrade", exporttest.DocxP("李明同志：")},
		{"with a covering sentence", exporttest.DocxP("各位领导：") + exporttest.DocxP("现将我镇信息一篇报上，请审阅")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sub := docxIntakeRead(t, map[string]string{"word/document.xml": exporttest.DocxTestDocument(tt.greeting + docxIntakeTitle + exporttest.DocxP("全镇推行积分制管理。"))})
			if sub.Title != "标题" || sub.Text != "全镇推行积分制管理。" || sub.Cover == "" {
				t.Errorf("title %q, text %q, cover %q", sub.Title, sub.Text, sub.Cover)
			}
		})
	}
}

// A subtitle under the title (——…纪实, centred as Word 来稿 set it) is
// the title's second part, not the text's first paragraph (review G8).
func TestDocxSubtitleJoinsTheTitle(t *testing.T) {
	centred := func(s string) string {
		return `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>` + s + `</w:t></w:r></w:p>`
	}
	body := centred("党建引领绘就产业振兴新图景") + centred("——东坪镇推进“四强支部”创建纪实") + exporttest.DocxP("近年来，东坪镇评定四强支部9个。")
	sub := docxIntakeRead(t, map[string]string{"word/document.xml": exporttest.DocxTestDocument(body)})
	if sub.Title != "党建引领绘就产业振兴新图景——东坪镇推进“四强支部”创建纪实" || sub.Text != "近年来，东坪镇评定四强支部9个。" {
		t.Errorf("title %q text %q", sub.Title, sub.Text)
	}
}
