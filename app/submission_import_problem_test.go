package app

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2/lang"

	"github.com/bulletindesk/bulletindesk/export/intake"
)

// A file that is something else says what it is in the import preview, and
// a GBK file with stray bytes names the line and the bytes (review R11,
// R13): both said 不是文本文件 or 不是 Word 文档.
func TestImportProblemSaysWhatTheFileIs(t *testing.T) {
	cases := []struct {
		name string
		err  error
		has  []string
	}{
		{"stray bytes", fmt.Errorf("w6.txt: %w", &intake.EncodingError{Line: 4, Bytes: []byte{0x80}}), []string{"4", "0x80", "UTF-8"}},
		{"rtf", fmt.Errorf("w7.txt: %w", intake.ErrRTF), []string{"RTF"}},
		{"workbook", fmt.Errorf("w8.docx: %w", intake.ErrDocxWorkbook), []string{"Excel"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := importProblem(c.err)
			for _, h := range c.has {
				if !strings.Contains(got, h) {
					t.Errorf("got %q, want %q in it", got, h)
				}
			}
			if got == lang.L("不是文本文件（内容是二进制，或编码不是 UTF-8、GB18030/GBK、UTF-16）") || got == lang.L("不是 Word 文档") {
				t.Errorf("got the general %q", got)
			}
		})
	}
}
