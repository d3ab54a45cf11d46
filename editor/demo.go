package editor

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// ErrNotEmpty refuses to fill an archive that already holds someone's work.
var ErrNotEmpty = errors.New("the archive already holds units, submissions or issues")

// DemoSummary says what FillDemo generated.
type DemoSummary struct {
	Units, Submissions, Issues, Items int
	UpstreamAdoptions, Instructions   int
	From, To                          Date
	Elapsed                           time.Duration
}

// demoUnit is one unit of the fictional city 江州市, weight its share of submissions.
type demoUnit struct {
	name, short, group string
	aliases            []string
	weight             int
}

var demoUnits = []demoUnit{
	{"青山县委组织部", "青山县", "县区", []string{"中共青山县委组织部", "青山组工"}, 9},
	{"临江区委组织部", "临江区", "县区", []string{"中共临江区委组织部"}, 9},
	{"白沙县委组织部", "白沙县", "县区", nil, 8},
	{"云溪县委组织部", "云溪县", "县区", []string{"云溪组工"}, 8},
	{"北湖区委组织部", "北湖区", "县区", nil, 7},
	{"东港区委组织部", "东港区", "县区", nil, 7},
	{"南岭县委组织部", "南岭县", "县区", nil, 7},
	{"石门县委组织部", "石门县", "县区", nil, 6},
	{"清河县委组织部", "清河县", "县区", nil, 6},
	{"凤台县委组织部", "凤台县", "县区", nil, 6},
	{"江州经开区党工委", "江州经开区", "县区", []string{"经开区党工委"}, 4},
	{"江州高新区党工委", "江州高新区", "县区", []string{"高新区党工委"}, 4},
	{"市教育局", "教育局", "市直", []string{"江州市教育局"}, 3},
	{"市卫生健康委", "卫健委", "市直", []string{"市卫健委"}, 3},
	{"市人力资源和社会保障局", "人社局", "市直", []string{"市人社局"}, 3},
	{"市农业农村局", "农业农村局", "市直", nil, 3},
	{"市财政局", "财政局", "市直", nil, 2},
	{"市委党校", "党校", "市直", nil, 2},
	{"市国资委", "国资委", "市直", nil, 2},
	{"市住房和城乡建设局", "住建局", "市直", []string{"市住建局"}, 2},
	{"市民政局", "民政局", "市直", nil, 2},
	{"市科学技术局", "科技局", "市直", []string{"市科技局"}, 2},
	{"市交通运输局", "交通运输局", "市直", nil, 2},
	{"市商务局", "商务局", "市直", nil, 1},
	{"市直机关工委", "机关工委", "市直", nil, 2},
	{"市退役军人事务局", "退役军人事务局", "市直", nil, 1},
	{"市市场监督管理局", "市场监管局", "市直", []string{"市市场监管局"}, 1},
	{"市公安局", "公安局", "市直", nil, 2},
	{"市水利局", "水利局", "市直", nil, 1},
	{"市文化旅游局", "文旅局", "市直", []string{"市文旅局"}, 1},
}

// demoKinds and their weights.
var demoKinds = []struct {
	kind   string
	weight int
}{{"信息", 70}, {"简讯", 15}, {"调研", 10}, {"经验", 4}, {"其他", 1}}

// FillDemo fills an empty archive with years of generated but realistic
// work ending this year: 30 units of the fictional 江州市, about 100
// submissions a week, a weekly issue of about ten items, upstream
// adoptions and 批示, in one transaction. The same seed gives the same archive.
func (a *Archive) FillDemo(ctx context.Context, years int, seed int64) (DemoSummary, error) {
	start := time.Now()
	years = max(years, 1)
	r := rand.New(rand.NewPCG(uint64(seed), 0x5eed))
	sum := DemoSummary{To: Today()}
	sum.From = time.Date(sum.To.Year()-years+1, 1, 1, 0, 0, 0, 0, time.UTC)
	g := &demoGen{r: r, sum: &sum, eng: a.eng}
	// one transaction: a demo killed half-way leaves the archive empty, and
	// demo can simply be run again (before, a kill left 60 of 70 issues and
	// demo then refused the archive as not empty)
	err := a.tx(ctx, func(tx *sql.Tx) error {
		if err := g.setup(ctx)(tx); err != nil {
			return err
		}
		for y := sum.From.Year(); y <= sum.To.Year(); y++ {
			if err := g.year(ctx, tx, y); err != nil {
				return fmt.Errorf("%d: %w", y, err)
			}
		}
		return nil
	})
	if err != nil {
		return DemoSummary{}, fmt.Errorf("fill demo: %w", err)
	}
	if err := a.settleAfterBulk(ctx); err != nil { // bulk.go
		return DemoSummary{}, fmt.Errorf("fill demo: %w", err)
	}
	sum.Elapsed = time.Since(start)
	return sum, nil
}

// demoGen carries the generator's state across the years.
type demoGen struct {
	r        *rand.Rand
	eng      *engine
	sum      *DemoSummary
	units    []Unit
	weights  []int
	bulletin Bulletin
	issues   []int64
}

// setup checks the archive is empty, adds the units and names the editing unit.
func (g *demoGen) setup(ctx context.Context) func(tx *sql.Tx) error {
	return func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT (SELECT COUNT(*) FROM units) + (SELECT COUNT(*) FROM submissions)
			+ (SELECT COUNT(*) FROM issues)`).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return ErrNotEmpty
		}
		for i, d := range demoUnits {
			u := Unit{Name: d.name, ShortName: d.short, Group: d.group, Aliases: d.aliases, Active: true, Position: i + 1}
			if err := saveUnitTx(ctx, tx, &u); err != nil {
				return err
			}
			g.units, g.weights = append(g.units, u), append(g.weights, d.weight)
		}
		g.sum.Units = len(g.units)
		var id int64
		if err := tx.QueryRowContext(ctx, `SELECT id FROM bulletins ORDER BY id LIMIT 1`).Scan(&id); err != nil {
			return fmt.Errorf("the archive has no bulletin: %w", err)
		}
		b, err := bulletinTx(ctx, tx, id)
		if err != nil {
			return err
		}
		if b.EditingUnit == "" {
			b.EditingUnit = "中共江州市委组织部"
		}
		if b.CopyCount == 0 {
			b.CopyCount = 120
		}
		g.bulletin = b
		return saveBulletinTx(ctx, tx, &g.bulletin)
	}
}

// demoWeighted picks an index by weight.
func demoWeighted(r *rand.Rand, weights []int) int {
	total := 0
	for _, w := range weights {
		total += w
	}
	n := r.IntN(total)
	for i, w := range weights {
		if n < w {
			return i
		}
		n -= w
	}
	return len(weights) - 1
}

// demoSubmission generates one submission of a unit received on day.
func (g *demoGen) submission(unit int, day Date) *Submission {
	r, u := g.r, g.units[unit]
	th := demoThemes[r.IntN(len(demoThemes))]
	headline := demoHeadline(r, u.ShortName, th)
	kw := make([]int, len(demoKinds))
	for i, k := range demoKinds {
		kw[i] = k.weight
	}
	s := &Submission{UnitID: u.ID, UnitName: u.Name, Received: day, Kind: demoKinds[demoWeighted(r, kw)].kind, Title: headline,
		Text: demoText(r, u.ShortName, headline, th, day.Year(), 300+r.IntN(1200)), Contact: demoContact(r)}
	if r.IntN(10) < 6 {
		s.Source = strings.ReplaceAll(u.ShortName+"-"+headline, "“", "") + ".docx"
		s.Source = strings.ReplaceAll(s.Source, "”", "")
	}
	return s
}
