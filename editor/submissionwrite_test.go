package editor

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"
	"unicode"
)

// submissionHashOfCopy is submissionHash as first written: the SHA-256 of
// a copy of the text without its spaces. Stored hashes were made so, and
// a new submission must be found a duplicate of an old one.
func submissionHashOfCopy(text string) string {
	compact := strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, text)
	if compact == "" {
		return ""
	}
	sum := sha256.Sum256([]byte(compact))
	return hex.EncodeToString(sum[:])
}

func TestSubmissionHashAsStored(t *testing.T) {
	tests := []struct{ name, text string }{
		{"empty", ""},
		{"spaces only", " \t\n　\u00a0\u0085"},
		{"a text", "青山县扎实推进村级联合党委建设。\n一是健全组织体系。"},
		{"spaces at both ends", "  党建引领　基层治理  "},
		{"one character", "党"},
		{"an invalid byte alone", "\xff"},
		{"invalid bytes inside", "党\xff建\xc3 引\x80领"},
		{"a real U+FFFD", "党\uFFFD建"},
		{"a cut rune at the end", "党建\xe5\x85"},
		{"ascii", "IP and 4A, 44.57%"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, want := submissionHash(tt.text), submissionHashOfCopy(tt.text); got != want {
				t.Errorf("submissionHash(%q) = %q, want %q", tt.text, got, want)
			}
		})
	}
	if a, b := submissionHash("党建 引领\n基层"), submissionHash("党建引领基层"); a != b || a == "" {
		t.Errorf("hashes of one text spaced two ways: %q and %q, want the same", a, b)
	}
}
