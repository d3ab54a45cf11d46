package editor

import (
	"errors"
	"strconv"
	"testing"
)

// TestEachMadeAhead: every value is used once, in order, and an error
// stops the uses at once.
func TestEachMadeAhead(t *testing.T) {
	stop := errors.New("stop")
	for _, tt := range []struct {
		name      string
		n, failAt int // failAt -1: use never fails
		wantUsed  int
	}{
		{"none", 0, -1, 0},
		{"one", 1, -1, 1},
		{"less than a stretch", madeAhead - 1, -1, madeAhead - 1},
		{"a stretch", madeAhead, -1, madeAhead},
		{"stretches and a part", 3*madeAhead + 5, -1, 3*madeAhead + 5},
		{"fails in the second stretch", 3 * madeAhead, madeAhead + 2, madeAhead + 3},
	} {
		t.Run(tt.name, func(t *testing.T) {
			used := 0
			err := eachMadeAhead(tt.n, strconv.Itoa, func(i int, v string) error {
				if v != strconv.Itoa(used) || i != used {
					t.Fatalf("use(%d, %q) as use number %d", i, v, used)
				}
				used++
				if i == tt.failAt {
					return stop
				}
				return nil
			})
			if used != tt.wantUsed || (tt.failAt >= 0) != errors.Is(err, stop) {
				t.Errorf("used %d, err %v; want %d used, failing at %d", used, err, tt.wantUsed, tt.failAt)
			}
		})
	}
}
