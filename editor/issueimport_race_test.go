package editor

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"
)

// Two editors importing back issues without 第N期 at once (or pressing
// 新建一期 at once) both get an issue: a number the archive proposed is
// proposed again when another issue took it meanwhile, and only a number
// someone typed is refused as taken (review G28 addendum: the second got
// "2025年第10期: an issue with that number already exists").
func TestProposedNumbersAreTakenAgainAtOnce(t *testing.T) {
	ctx := context.Background()
	a := archiveTestOpen(t)
	bulletin := issuesTestFirstBulletin(t, a)
	const desks, each = 2, 4
	var mu sync.Mutex
	var got []int
	var wg sync.WaitGroup
	for d := range desks {
		wg.Go(func() {
			desk, err := Open(ctx, a.dsn) // a desktop of its own: its own connections
			if err != nil {
				t.Error(err)
				return
			}
			defer desk.Close()
			for i := range each {
				is := &Issue{BulletinID: bulletin, Year: 2025, Sections: []Section{{Name: "工作动态",
					Items: []Item{{Lead: fmt.Sprintf("第%d台第%d次导入的县里开展党员冬训。", d, i)}}}}}
				var err error
				if i%2 == 0 {
					err = desk.ImportIssue(ctx, is)
				} else {
					var made Issue
					made, err = desk.NewIssue(ctx, bulletin, archiveTestDay(t, "2025-06-15"))
					is = &made
				}
				if err != nil {
					t.Errorf("desk %d, issue %d: %v", d, i, err)
					continue
				}
				mu.Lock()
				got = append(got, is.Number)
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	slices.Sort(got)
	var want []int
	for n := range desks * each {
		want = append(want, n+1)
	}
	if !slices.Equal(got, want) {
		t.Errorf("numbers of the issues made at once = %v, want %v", got, want)
	}
	typed := &Issue{BulletinID: bulletin, Year: 2025, Number: 3, Sections: []Section{{Name: "工作动态"}}}
	if err := a.ImportIssue(ctx, typed); !errors.Is(err, ErrDuplicateNumber) {
		t.Errorf("importing a typed 第3期 that exists: err = %v, want ErrDuplicateNumber", err)
	}
}
