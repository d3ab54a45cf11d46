package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/editor"
)

// showDetail lists what lies behind one unit's numbers: its submissions,
// the items crediting it, upstream adoptions, 批示 and quota periods. A
// submission opens in 来稿, an item's issue in 组版.
func (s *statsScreen) showDetail(us *editor.UnitStats) {
	if s.st == nil {
		return
	}
	d, err := s.u.ar.StatsDetail(s.u.ctx(), us.Unit.ID, s.st.Query)
	if err != nil {
		s.u.showError(fmt.Errorf("read the unit's detail: %w", err))
		return
	}
	var dlg dialog.Dialog
	tabs := s.detailTabs(d, func(fn func()) { dlg.Hide(); fn() })
	head := widget.NewLabel(lang.L("报送{{.S}}篇，采用{{.A}}条（单独{{.One}}，综合{{.Many}}），得分{{.Score}}，名次{{.Rank}}",
		map[string]any{"S": us.Submissions, "A": us.Adopted, "One": us.Single, "Many": us.Combined,
			"Score": statsScore(us.Score), "Rank": statsRankText(us.Rank)}))
	title := statsRowName(statsRow{unit: us})
	dlg = dialog.NewCustom(title, lang.L("关闭"), container.NewBorder(head, nil, nil, nil, tabs), s.u.win)
	dlg.Resize(fyne.NewSize(960, 620))
	dlg.Show()
}

// detailTabs are the unit's records by kind; leave closes the dialog and
// goes to the record.
func (s *statsScreen) detailTabs(d *editor.UnitDetail, leave func(func())) *container.AppTabs {
	subs := statsList(len(d.Submissions), func(i int) string {
		r := d.Submissions[i]
		where := r.AdoptedIn()
		if where == "" {
			where = submissionStatusLabel(r.Status)
		}
		return fmt.Sprintf("%s  %s  %s  %s  %s", s.u.dateLabel(r.Received), r.Kind, r.Title,
			lang.L("{{.N}}字", map[string]any{"N": r.Words}), where)
	}, func(i int) func() {
		return func() { leave(func() { s.u.openSubmission(d.Submissions[i].SubmissionID) }) }
	})
	items := statsList(len(d.Items), func(i int) string {
		c := d.Items[i]
		kind := lang.L("单独")
		if c.Combined() {
			kind = lang.L("综合：{{.Names}}", map[string]any{"Names": strings.Join(c.Units, "、")})
		}
		return fmt.Sprintf("%s %s  %s  %s  %s  %s", c.IssueLabel, c.Section, c.Lead,
			lang.L("{{.N}}字", map[string]any{"N": c.Words}), kind, lang.L("{{.P}}分", map[string]any{"P": statsScore(c.Points)}))
	}, func(i int) func() { return func() { leave(func() { s.u.openIssue(d.Items[i].IssueID) }) } })
	return container.NewAppTabs(
		container.NewTabItem(lang.L("来稿（{{.N}}）", map[string]any{"N": len(d.Submissions)}), subs),
		container.NewTabItem(lang.L("采用（{{.N}}）", map[string]any{"N": len(d.Items)}), items),
		container.NewTabItem(lang.L("上级采用（{{.N}}）", map[string]any{"N": len(d.Upstream)}), statsLevelled(s.u, d.Upstream)),
		container.NewTabItem(lang.L("批示（{{.N}}）", map[string]any{"N": len(d.Instructions)}), statsLevelled(s.u, d.Instructions)),
		container.NewTabItem(lang.L("报送任务"), statsQuotaList(s.u, d.Quota)),
	)
}

func statsRankText(r int) string {
	if r == 0 {
		return "—"
	}
	return statsInt(r)
}

// statsList is a virtualised one-line list; open(i) (may be nil) runs on a tap.
func statsList(n int, text func(i int) string, open func(i int) func()) fyne.CanvasObject {
	if n == 0 {
		return container.NewCenter(widget.NewLabel(lang.L("本期间没有记录。")))
	}
	l := widget.NewList(func() int { return n }, statsCell, func(id widget.ListItemID, o fyne.CanvasObject) {
		o.(*widget.Label).SetText(text(id))
	})
	l.OnSelected = func(id widget.ListItemID) {
		l.UnselectAll()
		if open != nil {
			open(id)()
		}
	}
	return l
}

// statsLevelled lists upstream adoptions or 批示 with level, source and points.
func statsLevelled(u *ui, cs []editor.LevelledCredit) fyne.CanvasObject {
	return statsList(len(cs), func(i int) string {
		c := cs[i]
		shared := ""
		if c.Shared > 1 {
			shared = lang.L("（{{.N}}个单位共享）", map[string]any{"N": c.Shared})
		}
		return fmt.Sprintf("%s  %s  %s  %s%s  %s", u.dateLabel(c.Date), levelLabel(c.Level), c.Source, c.Title, shared,
			lang.L("{{.P}}分", map[string]any{"P": statsScore(c.Points)}))
	}, nil)
}

// statsQuotaList shows each quota period: met or missed and its points.
func statsQuotaList(u *ui, qs []editor.QuotaCheck) fyne.CanvasObject {
	return statsList(len(qs), func(i int) string {
		q := qs[i]
		state := lang.L("未完成")
		if q.Met {
			state = lang.L("完成")
		}
		return lang.L("{{.Period}}：任务{{.Min}}篇，报送{{.Done}}篇，{{.State}}，{{.P}}分",
			map[string]any{"Period": u.periodLabel(q.Period), "Min": q.Minimum, "Done": q.Done, "State": state, "P": statsScore(q.Points)})
	}, nil)
}
