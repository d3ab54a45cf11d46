package app

import (
	"log"
	"os"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
)

// envOpenSequence lists issue ids that 组版 opens one after another, a few
// seconds apart, once the window is up; scripts/compose-speed.sh measures
// the process's CPU seconds around each opening in the real window.
const envOpenSequence = "BULLETINDESK_OPEN_SEQUENCE"

// composeSequenceGap is the pause between two openings: long enough for
// the window to lay out, paint and fall idle again.
const composeSequenceGap = 4 * time.Second

// startOpenSequence runs the sequence BULLETINDESK_OPEN_SEQUENCE names, if any.
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
	go func() {
		for i, id := range ids {
			time.Sleep(composeSequenceGap)
			last := i == len(ids)-1
			fyne.DoAndWait(func() {
				log.Printf("speed: open issue %d at %d ms", id, time.Now().UnixMilli())
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
					u.win.Canvas().Focus(ie.body)
					ie.body.CursorRow = len(strings.Split(ie.body.Text, "\n")) - 1
					return
				}
			}
		}
	}
}
