package app

import (
	"log"
	"os"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
)

// envOpenSequence lists issue ids that 组版 opens one after another, the
// next one each time the process gets SIGUSR2 (Unix), so that
// scripts/compose-speed.sh can measure the CPU seconds of each opening in
// the real window, from a quiet window to a quiet window.
const envOpenSequence = "BULLETINDESK_OPEN_SEQUENCE"

// startOpenSequence arms the sequence BULLETINDESK_OPEN_SEQUENCE names, if any.
func (u *ui) startOpenSequence() {
	var ids []int64
	for _, f := range strings.Fields(strings.ReplaceAll(os.Getenv(envOpenSequence), ",", " ")) {
		if id, err := strconv.ParseInt(f, 10, 64); err == nil {
			ids = append(ids, id)
		}
	}
	if len(ids) == 0 {
		return
	}
	next := make(chan struct{}, 1)
	onNextSignal(next)
	go func() {
		for i, id := range ids {
			<-next
			last := i == len(ids)-1
			fyne.Do(func() {
				start := time.Now()
				u.openIssue(id)
				log.Printf("speed: opened issue %d, %.0f ms until the page was built", id, time.Since(start).Seconds()*1000)
				if last {
					u.focusFirstBody()
				}
			})
		}
	}()
}

// focusFirstBody puts the cursor at the end of the open issue's first item
// body, where the script types.
func (u *ui) focusFirstBody() {
	for _, e := range u.entries {
		s, ok := e.s.(*composeScreen)
		if !ok || s.issue == nil {
			continue
		}
		for _, sec := range s.issue.Sections {
			if len(sec.Items) > 0 {
				if ie := s.editors[sec.Items[0].ID]; ie != nil {
					ie.focusBody()
					ie.body.MoveToEnd()
					return
				}
			}
		}
	}
}
