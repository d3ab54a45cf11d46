package workbook

import (
	"fmt"
	"sort"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/xuri/excelize/v2"
)

// StatsSheetRules names the sheet that shows the scoring rules the scores follow.
const StatsSheetRules = "计分办法"

// statsRuleLine is one line of the rules sheet: what scores, and how much.
type statsRuleLine struct {
	label string
	value any // float64 points, or a text such as 按单位数平分
}

// statsRuleLines spells a rule set out the way a 计分办法 document does.
func statsRuleLines(r editor.ScoringRules) []statsRuleLine {
	var out []statsRuleLine
	if r.LengthThreshold > 0 {
		out = append(out, statsRuleLine{fmt.Sprintf("本刊采用（不足%d字）", r.LengthThreshold), r.Short},
			statsRuleLine{fmt.Sprintf("本刊采用（%d字及以上）", r.LengthThreshold), r.Long})
	} else {
		out = append(out, statsRuleLine{"本刊采用", r.Short})
	}
	for _, k := range statsSortedKeys(r.KindBonus) {
		out = append(out, statsRuleLine{"类型加分：" + k, r.KindBonus[k]})
	}
	for _, k := range statsSortedKeys(r.SectionBonus) {
		out = append(out, statsRuleLine{"栏目加分：" + k, r.SectionBonus[k]})
	}
	share := any(fmt.Sprintf("每个单位计%g%%", r.CombinedShare*100))
	if r.SplitCombined {
		share = "按署名单位数平分"
	}
	out = append(out, statsRuleLine{"综合采用", share})
	for _, lv := range editor.Levels {
		out = append(out, statsRuleLine{editor.LevelName(lv) + "级采用", r.Upstream[lv]})
	}
	for _, lv := range editor.Levels {
		out = append(out, statsRuleLine{editor.LevelName(lv) + "领导批示", r.Instruction[lv]})
	}
	return append(out, statsRuleLine{"完成报送任务（每期）", r.QuotaMet}, statsRuleLine{"未完成报送任务（每期）", -r.QuotaMissed})
}

func statsSortedKeys(m map[string]float64) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// writeStatsRules writes one column per rule version in force during the period.
func writeStatsRules(f *excelize.File, st *editor.Statistics, s *xlsxStyles) error {
	const sheet = StatsSheetRules
	var labels []string
	values := map[string][]any{}
	for i, v := range st.Rules {
		for _, l := range statsRuleLines(v.Rules) {
			if _, ok := values[l.label]; !ok {
				labels = append(labels, l.label)
				values[l.label] = make([]any, len(st.Rules))
			}
			values[l.label][i] = l.value
		}
	}
	header := []any{"计分项目"}
	for _, v := range st.Rules {
		h := "默认办法" // an archive without rule versions scores by DefaultScoringRules
		if !v.EffectiveFrom.IsZero() {
			h = "自" + editor.ChineseDate(v.EffectiveFrom) + "起执行"
		}
		header = append(header, h)
	}
	if err := f.SetSheetRow(sheet, "A1", &header); err != nil {
		return err
	}
	for i, label := range labels {
		row := append([]any{label}, values[label]...)
		if err := f.SetSheetRow(sheet, xlsxRef(1, i+2), &row); err != nil {
			return err
		}
	}
	last := xlsxRef(len(header), len(labels)+1)
	if err := f.SetCellStyle(sheet, "A1", xlsxRef(len(header), 1), s.header); err != nil {
		return err
	}
	if err := f.SetCellStyle(sheet, "A2", last, s.text); err != nil {
		return err
	}
	if err := f.SetColWidth(sheet, "A", "A", 26); err != nil {
		return err
	}
	col, _ := excelize.ColumnNumberToName(len(header))
	return f.SetColWidth(sheet, "B", col, 30)
}
