package editor

import (
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	day := time.Date(2022, 6, 15, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		in     string
		want   Date
		wantOK bool
	}{
		{"2022-06-15", day, true},
		{"2022/6/15", day, true},
		{"2022.6.15", day, true},
		{"2022年6月15日", day, true},
		{" 2022 年 6 月 15 日 ", day, true},
		{"2022年2月30日", Date{}, false},
		{"6月15日", Date{}, false},
		{"", Date{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := ParseDate(tt.in)
			if ok != tt.wantOK || !got.Equal(tt.want) {
				t.Errorf("ParseDate(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.wantOK)
			}
		})
	}
}

func TestChineseDate(t *testing.T) {
	got := ChineseDate(time.Date(2022, 6, 5, 0, 0, 0, 0, time.UTC))
	if want := "2022年6月5日"; got != want {
		t.Errorf("ChineseDate = %q, want %q", got, want)
	}
}
