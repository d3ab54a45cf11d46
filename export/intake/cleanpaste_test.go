package intake

import "testing"

// Text pasted from WPS or a web page carries invisible characters that
// then went into the archive, the Word file and the PDF (review T1).
func TestCleanPaste(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"zero-width", "全县\u200b党员\ufeff队伍\u2060建设", "全县党员队伍建设"},
		{"no-break space", "WPS\u00a0Office 2019", "WPS Office 2019"},
		{"Windows line ends", "第一段。\r\n第二段。\r第三段。", "第一段。\n第二段。\n第三段。"},
		{"soft break inside a sentence", "今年以来全县组织开展党员轮训，共86名\v学员参加培训。", "今年以来全县组织开展党员轮训，共86名学员参加培训。"},
		{"tab between Chinese", "表格：乡镇\t人数", "表格：乡镇　人数"},
		{"tab beside Latin", "Name\tAge 乡镇\t12", "Name Age 乡镇 12"},
		{"paragraph indents", "\r\n　　同时，县里建立“茶农夜校”。\r\n　　表格：乡镇\t人数\r\n  最后一句",
			"\n同时，县里建立“茶农夜校”。\n表格：乡镇　人数\n最后一句"},
		{"first line's indent", "　　第一段。", "第一段。"},
		{"a space pasted mid-line stays", " test", " test"},
		{"binary-looking", "a\x00b\x01c", "abc"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := CleanPaste(tc.in); got != tc.want {
				t.Errorf("CleanPaste(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}
