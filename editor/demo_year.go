package editor

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// year generates one year: its submissions week by week, then its weekly
// issues adopting some of them, then upstream adoptions and 批示.
func (g *demoGen) year(ctx context.Context, tx *sql.Tx, y int) error {
	last := time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC)
	if last.After(g.sum.To) {
		last = g.sum.To
	}
	var subs []*Submission
	var weeks []Date
	for wk := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC); !wk.After(last); wk = wk.AddDate(0, 0, 7) {
		weeks = append(weeks, wk)
		subs = g.week(subs, wk, last)
	}
	plans := g.planIssues(subs, weeks, last)
	g.settleStatuses(subs)
	w, err := newSubmissionWriter(ctx, tx, g.eng)
	if err != nil {
		return err
	}
	defer w.close()
	if err := w.addAll(ctx, subs, nil, nil); err != nil {
		return err
	}
	if err := w.flush(ctx); err != nil {
		return err
	}
	g.sum.Submissions += len(subs)
	if err := g.writeIssues(ctx, tx, plans, y); err != nil {
		return err
	}
	return g.upstream(ctx, tx, subs, plans)
}

// writeIssues stores the year's planned issues and then indexes their
// items all at once (see withBulkItemIndex).
func (g *demoGen) writeIssues(ctx context.Context, tx *sql.Tx, plans []*demoIssuePlan, y int) error {
	items, err := newSearchIndexer(ctx, tx, HitItem)
	if err != nil {
		return err
	}
	defer items.close()
	bulk := withBulkItemIndex(ctx, items)
	for _, p := range plans {
		if err := g.writeIssue(bulk, tx, p, y); err != nil {
			return err
		}
	}
	return items.flush(ctx)
}

// week adds a week's 85 to 115 submissions, received Monday to Friday (not after last).
func (g *demoGen) week(subs []*Submission, wk, last Date) []*Submission {
	r := g.r
	for n := 85 + r.IntN(31); n > 0; n-- {
		day := wk.AddDate(0, 0, r.IntN(5))
		if day.After(last) {
			day = last
		}
		if len(subs) > 0 && r.IntN(100) == 0 { // a unit sends the same piece again
			again := *subs[len(subs)-1-r.IntN(min(len(subs), 50))]
			again.Received, again.Status = day, ""
			subs = append(subs, &again)
			continue
		}
		subs = append(subs, g.submission(demoWeighted(r, g.weights), day))
	}
	return subs
}

// demoIssuePlan is an issue to write: its date and items whose
// Submissions point into the year's submissions by index.
type demoIssuePlan struct {
	date    Date
	picks   [][]*Submission
	outside []Item
	items   []Item // after writing, with ids
}

// planIssues plans, for each week but two holiday weeks, a Wednesday issue.
func (g *demoGen) planIssues(subs []*Submission, weeks []Date, last Date) []*demoIssuePlan {
	used := map[*Submission]bool{}
	var plans []*demoIssuePlan
	for i, wk := range weeks {
		date := wk.AddDate(0, 0, 2)
		if i == 5 || i == 30 || date.After(last) {
			continue
		}
		pool := &demoPool{r: g.r, used: used}
		for _, s := range subs {
			if !used[s] && s.Received.Before(date) && !s.Received.Before(date.AddDate(0, 0, -21)) && s.Kind != "其他" {
				pool.subs = append(pool.subs, s)
			}
		}
		plans = append(plans, g.planIssue(date, pool))
	}
	return plans
}

// planIssue picks about ten items: single adoptions, now and then a 综合
// item of several units, and one to three 市外参考 items.
func (g *demoGen) planIssue(date Date, pool *demoPool) *demoIssuePlan {
	r := g.r
	p := &demoIssuePlan{date: date}
	for n := 6 + r.IntN(3); n > 0; n-- {
		if s := pool.take(); s != nil {
			p.picks = append(p.picks, []*Submission{s})
		}
	}
	if r.IntN(10) < 4 {
		var group []*Submission
		units := map[int64]bool{}
		for n := 2 + r.IntN(2); n > 0; n-- {
			// a 综合 item brings together different units: one unit twice
			// printed （青山县委组织部、青山县委组织部）
			if s := pool.takeIf(func(s *Submission) bool { return !units[s.UnitID] }); s != nil {
				group = append(group, s)
				units[s.UnitID] = true
			}
		}
		if len(group) > 1 {
			p.picks = append(p.picks, group)
		}
	}
	for n := 1 + r.IntN(3); n > 0; n-- {
		p.outside = append(p.outside, demoOutsideItem(r))
	}
	return p
}

// demoPool is the submissions an issue can still adopt.
type demoPool struct {
	r    *rand.Rand
	subs []*Submission
	used map[*Submission]bool
}

// take adopts a random submission of the pool; nil when it is empty.
func (p *demoPool) take() *Submission {
	return p.takeIf(func(*Submission) bool { return true })
}

// takeIf adopts a random submission of the pool that ok accepts; nil when
// there is none.
func (p *demoPool) takeIf(ok func(*Submission) bool) *Submission {
	var fits []int
	for j, s := range p.subs {
		if ok(s) {
			fits = append(fits, j)
		}
	}
	if len(fits) == 0 {
		return nil
	}
	j := fits[p.r.IntN(len(fits))]
	s := p.subs[j]
	p.subs = append(p.subs[:j], p.subs[j+1:]...)
	p.used[s], s.Status = true, SubmissionAdopted
	return s
}

// settleStatuses gives the submissions no issue adopted their status:
// recent ones wait, older ones were kept in reserve or not adopted.
func (g *demoGen) settleStatuses(subs []*Submission) {
	recent := g.sum.To.AddDate(0, 0, -21)
	for _, s := range subs {
		switch {
		case s.Status == SubmissionAdopted:
		case !s.Received.Before(recent):
			s.Status = SubmissionPending
		case g.r.IntN(100) < 15:
			s.Status = SubmissionReserve
		default:
			s.Status = SubmissionRejected
		}
	}
}

// demoItemOf is the item made of one or (综合) several submissions.
func demoItemOf(group []*Submission) Item {
	if len(group) == 1 {
		return itemFromSubmission(*group[0], NewUnitMatcher(nil), LeadFromTitle)
	}
	var names, places, bodies []string
	it := Item{}
	for _, s := range group {
		names = append(names, s.UnitName)
		places = append(places, strings.TrimSuffix(strings.TrimSuffix(s.UnitName, "委组织部"), "党工委"))
		_, body := splitLead(s.Text)
		bodies = append(bodies, strings.SplitN(body, "\n", 2)[0])
		it.UnitIDs, it.Submissions = append(it.UnitIDs, s.UnitID), append(it.Submissions, s.ID)
	}
	lead, _ := splitLead(group[0].Text)
	if i := strings.Index(lead, places[0]); i == 0 {
		lead = strings.Join(places, "、") + lead[len(places[0]):]
	}
	it.Lead, it.Body, it.Attribution = lead, strings.Join(bodies, "\n"), strings.Join(names, "、")
	return it
}

// writeIssue stores one planned issue, signed off (the newest stays a draft).
func (g *demoGen) writeIssue(ctx context.Context, tx *sql.Tx, p *demoIssuePlan, y int) error {
	is := Issue{BulletinID: g.bulletin.ID, Year: y, Date: p.date, Status: IssueSigned, CopyCount: g.bulletin.CopyCount,
		Distribution: g.bulletin.Distribution}
	if p.date.AddDate(0, 0, 7).After(g.sum.To) {
		is.Status = IssueDraft // this week's issue is still being composed
	}
	var inside []Item
	for _, group := range p.picks {
		inside = append(inside, demoItemOf(group))
	}
	is.Sections = []Section{{Name: "市内信息", Items: inside}, {Name: "市外参考", Items: p.outside}}
	if err := insertIssueTx(ctx, tx, &is, nil); err != nil {
		return fmt.Errorf("demo issue of %s: %w", dateText(p.date), err)
	}
	if is.Status == IssueSigned {
		if err := demoReviewTx(ctx, tx, is.ID, p.date); err != nil {
			return err
		}
	}
	p.items = is.Sections[0].Items
	g.issues = append(g.issues, is.ID)
	g.sum.Issues++
	g.sum.Items += len(inside) + len(p.outside)
	return nil
}

// demoReviewTx puts a signed demo issue's review on record, as an office
// of three would have done it: sent two days before its date, reviewed the
// day before, signed on the day.
func demoReviewTx(ctx context.Context, tx *sql.Tx, id int64, date Date) error {
	steps := []struct {
		act         IssueAction
		who, note   string
		days, hours int
	}{
		{ActionSend, "李伟", "", -2, 1}, // UTC: 9:00 in China
		{ActionReview, "张敏", "同意。", -1, 8},
		{ActionSign, "王军", "", 0, 2},
	}
	for _, st := range steps {
		at := date.AddDate(0, 0, st.days).Add(time.Duration(st.hours) * time.Hour).Format(stampLayout)
		if _, err := tx.ExecContext(ctx, `INSERT INTO issue_events(issue_id, action, actor, at, note) VALUES (?, ?, ?, ?, ?)`,
			id, st.act, st.who, at, st.note); err != nil {
			return fmt.Errorf("demo review of issue %d: %w", id, err)
		}
	}
	return nil
}
