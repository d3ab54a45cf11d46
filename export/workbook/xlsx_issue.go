package workbook

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/xuri/excelize/v2"
)

// IssueSheet is the name of the issue workbook's one sheet.
const IssueSheet = "条目"

var issueColumns = []struct {
	name  string
	width float64
}{{"栏目", 12}, {"序号", 7}, {"标题句", 60}, {"计分单位", 28}, {"署名", 28}, {"字数", 8}, {"来稿编号", 12}}

// WriteIssueWorkbook writes an issue as a workbook: one row per item with
// its section, order in the section, lead, credited units (计分单位, the
// units 统计 counts, by their names in 单位), the 署名 as printed, 字数 and
// source submissions. The one column 报送单位 held the 署名, which can name
// a person (河西区委组织部 刘晓) or a unit credited for nothing, then a total row. p is unused; the
// signature is the issue-format registry's.
func WriteIssueWorkbook(w io.Writer, is *editor.Issue, p editor.Preferences) error {
	f := xlsxNewFile()
	defer f.Close()
	s, err := newXlsxStyles(f)
	if err != nil {
		return err
	}
	if err := f.SetSheetName("Sheet1", IssueSheet); err != nil {
		return err
	}
	if err := writeIssueHeader(f, is, s); err != nil {
		return fmt.Errorf("issue workbook: %w", err)
	}
	row, items, words := 3, 0, 0
	for _, sec := range is.Sections {
		for i, it := range sec.Items {
			vals := []any{sec.Name, i + 1, it.Lead, issueCredited(is, it), it.Attribution, it.Words, issueSources(it.Submissions)}
			if err := issueRow(f, row, vals, []int{s.text, s.integer, s.text, s.text, s.text, s.integer, s.text}); err != nil {
				return fmt.Errorf("issue workbook: %w", err)
			}
			row, items, words = row+1, items+1, words+it.Words
		}
	}
	total := []any{"合计", items, fmt.Sprintf("共%d条", items), "", "", words, ""}
	if err := issueRow(f, row, total, []int{s.subText, s.subInt, s.subText, s.subText, s.subText, s.subInt, s.subText}); err != nil {
		return fmt.Errorf("issue workbook: %w", err)
	}
	if err := f.AutoFilter(IssueSheet, "A2:"+xlsxRef(len(issueColumns), max(row-1, 3)), nil); err != nil {
		return fmt.Errorf("issue workbook: %w", err)
	}
	if err := f.Write(w); err != nil {
		return fmt.Errorf("issue workbook: %w", err)
	}
	return nil
}

// issueCredited is the names of the units an item credits, 、 between
// them; a unit the issue does not name is given by its number.
func issueCredited(is *editor.Issue, it editor.Item) string {
	names := make([]string, len(it.UnitIDs))
	for i, id := range it.UnitIDs {
		if n, ok := is.UnitNames[id]; ok {
			names[i] = n
		} else {
			names[i] = "#" + strconv.FormatInt(id, 10)
		}
	}
	return strings.Join(names, "、")
}

// issueSources is the source submissions: a number for one, 12、15 for several.
func issueSources(ids []int64) any {
	switch len(ids) {
	case 0:
		return ""
	case 1:
		return ids[0]
	}
	parts := make([]string, len(ids))
	for i, id := range ids {
		parts[i] = strconv.FormatInt(id, 10)
	}
	return strings.Join(parts, "、")
}

func writeIssueHeader(f *excelize.File, is *editor.Issue, s *xlsxStyles) error {
	title := fmt.Sprintf("《%s》%d年%s  %s", is.BulletinName, is.Year, editor.IssueNumberText(is.Number, is.TotalNumber), editor.ChineseDate(is.Date))
	if err := f.SetCellValue(IssueSheet, "A1", title); err != nil {
		return err
	}
	last := xlsxRef(len(issueColumns), 1)
	if err := f.MergeCell(IssueSheet, "A1", last); err != nil {
		return err
	}
	if err := f.SetCellStyle(IssueSheet, "A1", last, s.title); err != nil {
		return err
	}
	if err := f.SetRowHeight(IssueSheet, 1, 30); err != nil {
		return err
	}
	header := make([]any, len(issueColumns))
	for i, c := range issueColumns {
		col, _ := excelize.ColumnNumberToName(i + 1)
		if err := f.SetColWidth(IssueSheet, col, col, c.width); err != nil {
			return err
		}
		header[i] = c.name
	}
	if err := f.SetSheetRow(IssueSheet, "A2", &header); err != nil {
		return err
	}
	if err := f.SetCellStyle(IssueSheet, "A2", xlsxRef(len(issueColumns), 2), s.header); err != nil {
		return err
	}
	return f.SetPanes(IssueSheet, &excelize.Panes{Freeze: true, YSplit: 2, TopLeftCell: "A3", ActivePane: "bottomLeft"})
}

func issueRow(f *excelize.File, row int, vals []any, styles []int) error {
	if err := f.SetSheetRow(IssueSheet, xlsxRef(1, row), &vals); err != nil {
		return err
	}
	for i, st := range styles {
		if err := f.SetCellStyle(IssueSheet, xlsxRef(i+1, row), xlsxRef(i+1, row), st); err != nil {
			return err
		}
	}
	return nil
}
