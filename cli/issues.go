package cli

import (
	"context"
	"fmt"
	"strconv"

	"github.com/bulletindesk/bulletindesk/editor"
)

// issuesUsage is the issues command's synopsis and what it does (help).
const issuesUsage = `issues [--db FILE] [--year YYYY]
        list the issues: id, bulletin, year, 第N期, 总第M期, date, status, item count, 字数`

func runIssues(ctx context.Context, args []string, env *Env) int {
	fs := env.newFlags()
	db := fs.String("db", "", "archive file")
	year := fs.Int("year", 0, "only this year's issues")
	rest, status, ok := env.parseFlags(fs, args)
	if !ok {
		return status
	}
	if len(rest) > 0 {
		return env.UsageError("unexpected argument %q", rest[0])
	}
	ar, err := env.OpenArchive(*db)
	if err != nil {
		return env.Fail("%v", err)
	}
	defer ar.Close()
	list, err := ar.Issues(ctx, editor.IssueFilter{Year: *year})
	if err != nil {
		return env.Fail("%s: %v", ar.Path(), err)
	}
	header := []string{"ID", "刊物", "年度", "期号", "总期号", "日期", "状态", "条目", "字数"}
	rows := make([][]string, 0, len(list))
	for _, s := range list {
		total := ""
		if s.TotalNumber > 0 {
			total = fmt.Sprintf("总第%d期", s.TotalNumber)
		}
		rows = append(rows, []string{strconv.FormatInt(s.ID, 10), s.BulletinName, strconv.Itoa(s.Year),
			fmt.Sprintf("第%d期", s.Number), total, cliIssueDate(s.Date), cliStatus(s.Status),
			strconv.Itoa(s.Items), strconv.Itoa(s.Words)})
	}
	right := []bool{true, false, false, true, true, false, false, true, true}
	if err := cliTable(env.Stdout, header, rows, right); err != nil {
		return env.Fail("write: %v", err)
	}
	return exitOK
}

// cliIssueDate is the issue's date, empty while it has none (an issue read
// from a text without a date): the list printed 0001-01-01.
func cliIssueDate(d editor.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.Format(editor.DateLayout)
}
