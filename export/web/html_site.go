package web

import (
	"fmt"
	"html/template"
	"io"
	"sort"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export/issueprint"
)

// SitePut writes one file of a static site, name relative to its root
// ("2023/009.html"); the caller decides where and how (a temp name renamed).
type SitePut func(name string, write func(io.Writer) error) error

// SiteIssuePath is where an issue's page sits in the site: its year, then
// its number, so the names sort as the issues do.
func SiteIssuePath(is *editor.Issue) string {
	return fmt.Sprintf("%d/%03d.html", is.Year, is.Number)
}

// DraftMark marks an issue not yet signed wherever the portal shows it.
const DraftMark = "草稿"

// WriteSite writes a static portal site: every issue's page and index.html
// listing them by year, newest first, each year's issues in number order;
// what a 先锋网 administrator uploads as it is. The caller chooses the
// issues (the command line: the signed ones unless asked for drafts); an
// issue not signed is marked 草稿 on its page and in the index, so that a
// draft on the portal never reads as issued.
func WriteSite(issues []editor.Issue, bulletin string, put SitePut) error {
	for i := range issues {
		is := &issues[i]
		if err := put(SiteIssuePath(is), func(w io.Writer) error { return writeSitePage(w, is) }); err != nil {
			return fmt.Errorf("write the page of %s: %w", issueprint.IssueNumber(is), err)
		}
	}
	return put("index.html", func(w io.Writer) error {
		if err := htmlIndex.Execute(w, newSiteIndex(issues, bulletin)); err != nil {
			return fmt.Errorf("write the site index: %w", err)
		}
		return nil
	})
}

// writeSitePage is an issue's page of the site: a way back to the index,
// and the 草稿 mark when it is not signed.
func writeSitePage(w io.Writer, is *editor.Issue) error {
	pg := newHTMLIssue(issueprint.PrintedIssue(is), "../index.html")
	if is.Status != editor.IssueSigned {
		pg.Draft = DraftMark
	}
	return writeHTMLPage(w, pg)
}

type siteEntry struct{ Href, Number, Date, ISODate, Lead, Draft string }

type siteYear struct {
	Year   int
	Issues []siteEntry
}

type siteIndex struct {
	Title string
	Years []siteYear
}

func newSiteIndex(issues []editor.Issue, bulletin string) siteIndex {
	byYear := map[int][]editor.Issue{}
	for _, is := range issues {
		byYear[is.Year] = append(byYear[is.Year], is)
	}
	idx := siteIndex{Title: bulletin}
	for y, list := range byYear {
		sort.Slice(list, func(i, j int) bool { return list[i].Number < list[j].Number })
		sy := siteYear{Year: y}
		for _, is := range list {
			e := siteEntry{Href: SiteIssuePath(&is), Number: issueprint.IssueNumber(&is)}
			if is.Status != editor.IssueSigned {
				e.Draft = DraftMark
			}
			if !is.Date.IsZero() {
				e.Date, e.ISODate = issueprint.TextDate(is.Date), is.Date.Format(editor.DateLayout)
			}
			if p := issueprint.PrintedIssue(&is); len(p.Sections) > 0 {
				e.Lead = p.Sections[0].Items[0].Lead
			}
			sy.Issues = append(sy.Issues, e)
		}
		idx.Years = append(idx.Years, sy)
	}
	sort.Slice(idx.Years, func(i, j int) bool { return idx.Years[i].Year > idx.Years[j].Year })
	return idx
}

var htmlIndex = template.Must(template.New("index").Parse(htmlHead + `<header>
<h1>{{.Title}}</h1>
</header>
<main>
{{- range .Years}}
<section aria-labelledby="y{{.Year}}">
<h2 id="y{{.Year}}">{{.Year}}年</h2>
<ol>
{{- range .Issues}}
<li><a href="{{.Href}}">{{.Number}}</a>{{with .Draft}} <strong class="draft">{{.}}</strong>{{end}}{{if .ISODate}} <time datetime="{{.ISODate}}">{{.Date}}</time>{{end}}{{with .Lead}} {{.}}{{end}}</li>
{{- end}}
</ol>
</section>
{{- end}}
</main>
</body>
</html>
`))
