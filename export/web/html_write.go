package web

import (
	"fmt"
	"html/template"
	"io"
	"strings"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export/issueprint"
	"github.com/bulletindesk/bulletindesk/export/pdf"
)

// WriteIssueHTML writes the issue as one self-contained portal page: no
// scripts, no outside files, the style inline; semantic headings (h1 the
// bulletin, h2 each section, h3 each item's lead), the 本期要目 as a list of
// links, the 版记 as a description list; readable on a phone.
func WriteIssueHTML(w io.Writer, is *editor.Issue, p editor.Preferences) error {
	return writeIssueHTML(w, is, "")
}

// writeIssueHTML writes the page; back, when set, links to the site's index.
func writeIssueHTML(w io.Writer, is *editor.Issue, back string) error {
	return writeHTMLPage(w, newHTMLIssue(issueprint.PrintedIssue(is), back))
}

func writeHTMLPage(w io.Writer, pg htmlPage) error {
	if err := htmlIssue.Execute(w, pg); err != nil {
		return fmt.Errorf("write the HTML page: %w", err)
	}
	return nil
}

// htmlItem is an item as the page shows it.
type htmlItem struct {
	ID          string
	Note        []string
	Lead        string
	Paras       []string
	Attribution string
}

type htmlSection struct {
	ID    string
	Name  string
	Items []htmlItem
}

type htmlPage struct {
	Title, Name, Number, Unit, Date, ISODate string
	CopyNumber, Classification, Internal     string
	Signer                                   string
	Contents                                 []htmlItem
	ContentsTitle, NoteLabel                 string
	Note                                     []string
	Sections                                 []htmlSection
	Distribution                             []editor.DistributionLine
	Printed, Copies, Back                    string
	Draft                                    string // 草稿 on a portal page of an unsigned issue
}

func newHTMLIssue(is *editor.Issue, back string) htmlPage {
	t := pdf.LayoutTexts(is)
	pg := htmlPage{Name: is.BulletinName, Number: issueprint.IssueNumber(is), Date: t.Date, CopyNumber: strings.TrimSpace(is.Marks.CopyNumber),
		Classification: t.Classification, Internal: t.Internal, Signer: t.Signer, ContentsTitle: issueprint.ContentsTitle,
		NoteLabel: issueprint.EditorNoteLabel, Note: htmlParas(is.EditorNote), Distribution: is.Distribution,
		Printed: t.Printed, Copies: t.Copies, Back: back}
	pg.Title = strings.TrimSpace(is.BulletinName + " " + pg.Number)
	pg.Unit = editor.EditingUnitLine(is)
	if !is.Date.IsZero() {
		pg.ISODate = is.Date.Format(editor.DateLayout)
	}
	n := 0
	for i, sec := range is.Sections {
		hs := htmlSection{ID: fmt.Sprintf("s%d", i+1), Name: sec.Name}
		for _, it := range sec.Items {
			n++
			hi := htmlItem{ID: fmt.Sprintf("item%d", n), Note: htmlParas(it.EditorNote), Lead: strings.TrimSpace(it.Lead),
				Paras: htmlParas(it.Body), Attribution: it.Attribution}
			hs.Items = append(hs.Items, hi)
			if is.Marks.Contents && hi.Lead != "" {
				pg.Contents = append(pg.Contents, hi)
			}
		}
		pg.Sections = append(pg.Sections, hs)
	}
	return pg
}

// htmlParas are the non-empty paragraphs of text.
func htmlParas(text string) []string {
	var out []string
	for _, p := range strings.Split(strings.ReplaceAll(text, "\r", ""), "\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// htmlStyle: body text of 18 px on a phone, a 40-character measure on a
// desk; the masthead red as printed; no web fonts (the reader's own
// Chinese fonts, 仿宋 first where there is one).
const htmlStyle = `body{margin:0 auto;max-width:40em;padding:1em;font-family:FangSong,"仿宋","仿宋_GB2312",STFangsong,serif;font-size:1.125rem;line-height:1.8;color:#1a1a1a;background:#fff}
header{border-bottom:3px solid #c00000;margin-bottom:1.5em;padding-bottom:.5em}
h1{color:#c00000;text-align:center;font-size:2.6rem;letter-spacing:.3em;margin:.3em 0;font-family:"方正小标宋简体","FZXiaoBiaoSong-B05S",SimSun,"宋体",serif}
.number{text-align:center;margin:0}.unit{display:flex;justify-content:space-between;flex-wrap:wrap;margin:0}
.marks{margin:0;font-family:SimHei,"黑体",sans-serif}.draft{color:#c00000}p.draft{font-size:1.5rem;text-align:center;border:2px solid #c00000}.signer{text-align:right;margin:0}
h2{font-size:1.2rem;font-family:SimHei,"黑体",sans-serif;margin:1.5em 0 .5em}
h3{font-size:1.125rem;font-family:SimHei,"黑体",sans-serif;margin:1.2em 0 .3em}h3::before{content:"△"}
p{margin:.3em 0;text-indent:2em}.source{text-align:right;text-indent:0}
.note{font-family:KaiTi,"楷体","楷体_GB2312",STKaiti,serif;border-left:3px solid #c00000;padding-left:.8em}
nav ol{padding-left:2em}a{color:#8a0000}
footer{border-top:1px solid #000;border-bottom:1px solid #000;margin-top:2em;font-size:1rem}
dl{margin:.5em 0}dt{float:left;clear:left}dt:not(:empty)::after{content:"："}dd{margin-left:2em}
footer p{text-indent:0}.printed{display:flex;justify-content:space-between;flex-wrap:wrap}`

// htmlHead opens every page, an issue's and the index: UTF-8, Chinese,
// readable on a phone, the one style sheet inline (no outside files).
const htmlHead = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
<style>` + htmlStyle + `</style>
</head>
<body>
`

var htmlIssue = template.Must(template.New("issue").Parse(htmlHead + `{{- if .Back}}
<p><a href="{{.Back}}">返回目录</a></p>
{{- end}}
<header>
{{- with .Draft}}
<p class="marks draft">{{.}}</p>
{{- end}}
{{- with .CopyNumber}}
<p class="marks">{{.}}</p>
{{- end}}
{{- with .Classification}}
<p class="marks">{{.}}</p>
{{- end}}
{{- with .Internal}}
<p class="marks">{{.}}</p>
{{- end}}
<h1>{{.Name}}</h1>
{{- with .Number}}
<p class="number">{{.}}</p>
{{- end}}
<p class="unit"><span>{{.Unit}}</span>{{if .ISODate}} <time datetime="{{.ISODate}}">{{.Date}}</time>{{end}}</p>
{{- with .Signer}}
<p class="signer">{{.}}</p>
{{- end}}
</header>
<main>
{{- if .Contents}}
<nav aria-labelledby="contents">
<h2 id="contents">{{.ContentsTitle}}</h2>
<ol>
{{- range .Contents}}
<li><a href="#{{.ID}}">{{.Lead}}</a></li>
{{- end}}
</ol>
</nav>
{{- end}}
{{- if .Note}}
<section class="note" aria-label="编者按">
{{- range $i, $p := .Note}}
<p>{{if eq $i 0}}<strong>{{$.NoteLabel}}</strong>{{end}}{{$p}}</p>
{{- end}}
</section>
{{- end}}
{{- range .Sections}}
<section aria-labelledby="{{.ID}}">
<h2 id="{{.ID}}">{{.Name}}</h2>
{{- range .Items}}
<article id="{{.ID}}">
{{- if .Note}}
<div class="note">
{{- range $i, $p := .Note}}
<p>{{if eq $i 0}}<strong>{{$.NoteLabel}}</strong>{{end}}{{$p}}</p>
{{- end}}
</div>
{{- end}}
<h3>{{.Lead}}</h3>
{{- range .Paras}}
<p>{{.}}</p>
{{- end}}
{{- with .Attribution}}
<p class="source">（{{.}}）</p>
{{- end}}
</article>
{{- end}}
</section>
{{- end}}
</main>
{{- if or .Distribution .Printed .Copies}}
<footer>
{{- if .Distribution}}
<dl>
{{- range .Distribution}}
<dt>{{.Label}}</dt><dd>{{.Text}}</dd>
{{- end}}
</dl>
{{- end}}
{{- with .Printed}}
<p class="printed">{{.}}</p>
{{- end}}
{{- with .Copies}}
<p>{{.}}</p>
{{- end}}
</footer>
{{- end}}
</body>
</html>
`))
