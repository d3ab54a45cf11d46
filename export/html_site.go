package export

import (
	"fmt"
	"html/template"
	"io"
	"sort"

	"github.com/bulletindesk/bulletindesk/editor"
)

// SitePut writes one file of a static site, name relative to its root
// ("2023/009.html"); the caller decides where and how (a temp name renamed).
type SitePut func(name string, write func(io.Writer) error) error

// SiteIssuePath is where an issue's page sits in the site: its year, then
// its number, so the names sort as the issues do.
func SiteIssuePath(is *editor.Issue) string {
	return fmt.Sprintf("%d/%03d.html", is.Year, is.Number)
}

// WriteSite writes a static portal site: every issue's page and index.html
// listing them by year, newest first, each year's issues in number order;
// what a 先锋网 administrator uploads as it is.
func WriteSite(issues []editor.Issue, bulletin string, put SitePut) error {
	for i := range issues {
		is := &issues[i]
		if err := put(SiteIssuePath(is), func(w io.Writer) error { return writeIssueHTML(w, is, "../index.html") }); err != nil {
			return fmt.Errorf("write the page of %s: %w", docxIssueNumber(is), err)
		}
	}
	return put("index.html", func(w io.Writer) error {
		if err := htmlIndex.Execute(w, newSiteIndex(issues, bulletin)); err != nil {
			return fmt.Errorf("write the site index: %w", err)
		}
		return nil
	})
}

type siteEntry struct{ Href, Number, Date, ISODate, Lead string }

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
			e := siteEntry{Href: SiteIssuePath(&is), Number: docxIssueNumber(&is)}
			if !is.Date.IsZero() {
				e.Date, e.ISODate = TextDate(is.Date), is.Date.Format(editor.DateLayout)
			}
			if len(is.Sections) > 0 && len(is.Sections[0].Items) > 0 {
				e.Lead = is.Sections[0].Items[0].Lead
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
<li><a href="{{.Href}}">{{.Number}}</a>{{if .ISODate}} <time datetime="{{.ISODate}}">{{.Date}}</time>{{end}}{{with .Lead}} {{.}}{{end}}</li>
{{- end}}
</ol>
</section>
{{- end}}
</main>
</body>
</html>
`))
