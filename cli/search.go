package cli

import (
	"context"
	"fmt"
	"strings"

	"github.com/bulletindesk/bulletindesk/editor"
)

// searchUsage is the search command's synopsis and what it does (help).
const searchUsage = `search [--db FILE] [--limit N] QUERY
        search items and submissions; one hit a line: kind, id, issue or unit, lead/title, a snippet with the match marked 【like this】`

func runSearch(ctx context.Context, args []string, env *Env) int {
	fs := env.newFlags()
	db := fs.String("db", "", "archive file")
	limit := fs.Int("limit", 20, "at most this many hits of each kind")
	words, status, ok := env.parseFlags(fs, args)
	if !ok {
		return status
	}
	query := strings.TrimSpace(strings.Join(words, " "))
	if query == "" {
		return env.UsageError("no QUERY")
	}
	ar, err := env.OpenArchive(*db)
	if err != nil {
		return env.Fail("%v", err)
	}
	defer ar.Close()
	hits, err := ar.Search(ctx, query, *limit)
	if err != nil {
		return env.Fail("%s: %v", ar.Path(), err)
	}
	for _, h := range hits {
		fmt.Fprintln(env.Stdout, cliHitLine(h))
	}
	if len(hits) == 0 {
		fmt.Fprintf(env.Stderr, "bulletindesk search: nothing found for %q\n", query)
	}
	return exitOK
}

// cliHitLine: "条目  #ID  组工信息2022年第12期  lead  …snippet with 【match】…".
func cliHitLine(h editor.Hit) string {
	kind, where := "来稿", h.UnitName
	if h.Kind == editor.HitItem {
		kind, where = "条目", h.BulletinName+h.IssueLabel
	}
	if where == "" {
		where = "—"
	}
	var snip strings.Builder
	for _, f := range h.Snippet {
		text := strings.ReplaceAll(f.Text, "\n", " ")
		if f.Match {
			text = "【" + text + "】"
		}
		snip.WriteString(text)
	}
	return fmt.Sprintf("%s  #%d  %s  %s  %s", kind, h.ID, where, h.Title, snip.String())
}
