package workbook

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/bulletindesk/bulletindesk/editor"
)

// NoticeOptions are the parts of a 通报 the statistics do not know.
type NoticeOptions struct {
	Addressees string      // 主送; "" is 各县（市、区）委组织部，市直各单位
	Issuer     string      // 落款, e.g. 中共安庆市委组织部; "" leaves it out
	Date       editor.Date // 落款日期; zero leaves it out
}

// WriteNotice writes the draft of the 通报 an editor circulates: the
// period's totals, each unit's adoption in ranked order, and the units that
// missed their quota. Plain UTF-8 text, paragraphs indented the Chinese way.
func WriteNotice(w io.Writer, st *editor.Statistics, o NoticeOptions) error {
	bw := bufio.NewWriter(w)
	p := func(format string, args ...any) { fmt.Fprintf(bw, "　　"+format+"\n", args...) }
	fmt.Fprintf(bw, "关于%s信息报送采用情况的通报\n\n", noticePeriodName(st.Query.From, st.Query.To))
	if o.Addressees == "" {
		o.Addressees = "各县（市、区）委组织部，市直各单位"
	}
	fmt.Fprintf(bw, "%s：\n", o.Addressees)
	p("现将%s至%s%s信息报送和采用情况通报如下。", editor.ChineseDate(st.Query.From), editor.ChineseDate(st.Query.To), noticeBulletin(st))
	p("一、总体情况")
	p("%s", noticeTotals(st))
	p("二、各单位采用情况")
	ranked := noticeRanked(st)
	if len(ranked) == 0 {
		p("本统计期内没有报送单位。")
	} else {
		p("按得分从高到低排列如下：")
	}
	for i, u := range ranked {
		end := "；"
		if i == len(ranked)-1 {
			end = "。"
		}
		p("%d. %s：%s%s", u.Rank, u.Unit.Name, noticeUnitLine(u.Counts), end)
	}
	p("三、报送任务完成情况")
	p("%s", noticeQuota(st))
	p("希望各单位对照通报情况，进一步提高信息报送的质量和时效，多报反映基层创新做法和工作成效的稿件。")
	if o.Issuer != "" || !o.Date.IsZero() {
		bw.WriteString("\n")
	}
	if o.Issuer != "" {
		fmt.Fprintf(bw, "%s%s\n", strings.Repeat("　", 16), o.Issuer)
	}
	if !o.Date.IsZero() {
		fmt.Fprintf(bw, "%s%s\n", strings.Repeat("　", 16), editor.ChineseDate(o.Date))
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write the notice: %w", err)
	}
	return nil
}

// noticePeriodName names a whole month, quarter or year the way a 通报's
// title does (2022年6月, 2022年第二季度, 2022年度) and any other range by its days.
func noticePeriodName(from, to editor.Date) string {
	quarters := []string{"一", "二", "三", "四"}
	if p := editor.PeriodOf(editor.PeriodMonth, from); p.From.Equal(from) && p.To.Equal(to) {
		return p.Label
	}
	if p := editor.PeriodOf(editor.PeriodQuarter, from); p.From.Equal(from) && p.To.Equal(to) {
		return fmt.Sprintf("%d年第%s季度", from.Year(), quarters[(int(from.Month())-1)/3])
	}
	if p := editor.PeriodOf(editor.PeriodYear, from); p.From.Equal(from) && p.To.Equal(to) {
		return fmt.Sprintf("%d年度", from.Year())
	}
	return editor.ChineseDate(from) + "至" + editor.ChineseDate(to)
}

func noticeBulletin(st *editor.Statistics) string {
	if st.BulletinName == "" {
		return ""
	}
	return "《" + st.BulletinName + "》"
}

func noticeTotals(st *editor.Statistics) string {
	c := st.Total
	// 采用率 counts each 来稿 once; 篇次 count items, a 综合 item once per unit
	// with nothing submitted there is no rate: the screen and the workbook
	// show —, and 采用率0.0% would say that every 来稿 was turned down
	submitted := fmt.Sprintf("各单位共报送信息%d篇，其中被采用%d篇，采用率%s；", c.Submissions, c.SubmissionsAdopted,
		noticePercent(c.AdoptionRate()))
	if c.Submissions == 0 {
		submitted = "各单位共报送信息0篇；"
	}
	s := submitted + fmt.Sprintf("%s采用%d篇次，其中单独采用%d篇次、综合采用%d篇次（综合稿件计入每个署名单位），采用稿件共%d字。",
		noticeBulletin(st), c.Adopted, c.Single, c.Combined, c.Words)
	if n := c.UpstreamTotal(); n > 0 {
		s += fmt.Sprintf("被上级采用%d篇次（%s）。", n, noticeLevels(c.Upstream, "篇次"))
	}
	if n := c.InstructionTotal(); n > 0 {
		s += fmt.Sprintf("获领导批示%d次（%s）。", n, noticeLevels(c.Instructions, "次"))
	}
	return s
}

// noticeLevels is 中央1篇次、省2篇次, leaving out levels with none.
func noticeLevels(n [3]int, unit string) string {
	var parts []string
	for i, k := range n {
		if k > 0 {
			parts = append(parts, fmt.Sprintf("%s%d%s", xlsxLevelNames[i], k, unit))
		}
	}
	return strings.Join(parts, "、")
}

func noticePercent(x float64) string {
	return strconv.FormatFloat(x*100, 'f', 1, 64) + "%"
}

func noticeScore(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }

func noticeRanked(st *editor.Statistics) []editor.UnitStats {
	var out []editor.UnitStats
	for _, u := range st.Units() {
		if u.Rank > 0 {
			out = append(out, u)
		}
	}
	xlsxSortByRank(out)
	return out
}

func noticeUnitLine(c editor.Counts) string {
	s := fmt.Sprintf("报送%d篇，被采用%d篇，采用%d篇次", c.Submissions, c.SubmissionsAdopted, c.Adopted)
	if c.Combined > 0 {
		s += fmt.Sprintf("（综合采用%d篇次）", c.Combined)
	}
	if n := c.UpstreamTotal(); n > 0 {
		s += fmt.Sprintf("，被上级采用%d篇次", n)
	}
	if n := c.InstructionTotal(); n > 0 {
		s += fmt.Sprintf("，获领导批示%d次", n)
	}
	return s + "，得分" + noticeScore(c.Score) + "分"
}

// noticeQuota names the units that missed a quota period, with what they sent.
func noticeQuota(st *editor.Statistics) string {
	var missed []string
	hasQuota := false
	for _, u := range st.Units() {
		var periods []string
		for _, q := range u.Quota {
			hasQuota = true
			if !q.Met {
				periods = append(periods, fmt.Sprintf("%s报送%d篇，任务%d篇", q.Period.Label, q.Done, q.Minimum))
			}
		}
		if len(periods) > 0 {
			missed = append(missed, fmt.Sprintf("%s（%s）", u.Unit.Name, strings.Join(periods, "；")))
		}
	}
	note := StatsQuotaNote(st)
	switch {
	case !hasQuota && note != "":
		return note
	case !hasQuota:
		return "本统计期内未设报送任务。"
	case len(missed) == 0:
		return note + "各单位均完成了报送任务。"
	}
	return note + "以下单位未完成报送任务：" + strings.Join(missed, "，") + "。"
}

// StatsQuotaNote says which quota periods were not checked because the
// archive had no submission yet (editor.Statistics.QuotaFrom); "" when
// none was left out. It is said in the 通报 and under 汇总.
func StatsQuotaNote(st *editor.Statistics) string {
	switch {
	case st.QuotaSkipped == 0:
		return ""
	case st.QuotaFrom.IsZero():
		return "档案中还没有来稿，未计报送任务。"
	}
	return fmt.Sprintf("档案中最早的来稿收于%s，此前的%d个任务周期不计报送任务。", editor.ChineseDate(st.QuotaFrom), st.QuotaSkipped)
}
