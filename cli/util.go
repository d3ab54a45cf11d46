package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export"
)

// cliFileError drops the "open FILE:" prefix of an *fs.PathError (and the
// "rename OLD NEW:" of an *os.LinkError) so the message reads "FILE:
// problem" once the caller puts the name in front.
func cliFileError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}

// cliParseDate reads a --date value (ISO 2006-01-02).
func cliParseDate(flagName, s string) (editor.Date, error) {
	d, err := time.Parse(editor.DateLayout, strings.TrimSpace(s))
	if err != nil {
		return editor.Date{}, fmt.Errorf("%s %q: want a date like 2022-06-15", flagName, s)
	}
	return d, nil
}

// cliWriteFile writes path as the app's exports do (export.WriteFile):
// through a temporary file renamed into place, with the permissions the
// umask or the replaced file gives, through a symbolic link to its target.
func cliWriteFile(path string, write func(io.Writer) error) error {
	return cliFileError(export.WriteFile(path, write))
}

// cliStatus is how the command line shows an issue's status.
func cliStatus(s editor.IssueStatus) string {
	switch s {
	case editor.IssueDraft:
		return "草稿"
	case editor.IssueSubmitted:
		return "送审"
	case editor.IssueReviewed:
		return "已审核"
	case editor.IssueSigned:
		return "已签发"
	}
	return string(s)
}

// cliWidth is the width of s in a terminal: East Asian characters take two columns.
func cliWidth(s string) int {
	w := 0
	for _, r := range s {
		if editor.IsEastAsianRune(r) {
			w += 2
		} else {
			w++
		}
	}
	return w
}

// cliTable writes rows under header in aligned columns (text/tabwriter
// counts a Chinese character as one column; terminals show two). Columns
// whose right[i] is true are right-aligned (numbers).
func cliTable(w io.Writer, header []string, rows [][]string, right []bool) error {
	widths := make([]int, len(header))
	for _, row := range append([][]string{header}, rows...) {
		for i, cell := range row {
			widths[i] = max(widths[i], cliWidth(cell))
		}
	}
	var b strings.Builder
	for _, row := range append([][]string{header}, rows...) {
		for i, cell := range row {
			pad := strings.Repeat(" ", widths[i]-cliWidth(cell))
			if i > 0 {
				b.WriteString("  ")
			}
			if i < len(right) && right[i] {
				b.WriteString(pad + cell)
			} else if i < len(row)-1 {
				b.WriteString(cell + pad)
			} else {
				b.WriteString(cell)
			}
		}
		b.WriteString("\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// cliQuote is s as it can stand in one output line: a name or title with a
// newline, tab or other control character is quoted ("a\nb.txt"), so that a
// file named with a newline does not split the line; others are left as they are.
func cliQuote(s string) string {
	if strings.ContainsFunc(s, unicode.IsControl) || strings.HasPrefix(s, `"`) {
		return strconv.Quote(s)
	}
	return s
}
