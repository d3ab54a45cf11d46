package editor

import "testing"

func TestDefaultSignDay(t *testing.T) {
	day := func(s string) Date { return archiveTestDay(t, s) }
	today := day("2026-12-01")
	tests := []struct {
		name string
		is   Issue
		want Date
	}{
		{"a back issue of last year keeps its date", Issue{Year: 2025, Date: day("2025-04-18")}, day("2025-04-18")},
		{"this year's issue is signed today", Issue{Year: 2026, Date: day("2026-11-28")}, today},
		{"an issue without a date gets today", Issue{Year: 2025}, today},
		{"the year from the date when the issue has none", Issue{Date: day("2024-03-05")}, day("2024-03-05")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := DefaultSignDay(&tt.is, today); !got.Equal(tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}
