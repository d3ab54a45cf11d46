package intake

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

// What a text file carries from WPS and Word that the reader must undo
// and say (review R10, R11, R14): Shift+Enter inside a sentence, Word's
// quotes typed into a GBK file, zero-width spaces.
func TestDecodeTextChecked(t *testing.T) {
	gbk := func(parts ...string) []byte { // GBK text with raw bytes between
		var b bytes.Buffer
		for i, p := range parts {
			if i%2 == 0 {
				b.Write(textMustGB18030(t, p))
			} else {
				b.WriteString(p)
			}
		}
		return b.Bytes()
	}
	tests := []struct {
		name   string
		in     []byte
		want   string
		checks []string
	}{
		{"a soft line break inside a sentence is joined", []byte("今年以来，柳岸县举办年轻干部培训班，共86名\v学员参加培训。\v培训采取“理论+实践”模式。"),
			"今年以来，柳岸县举办年轻干部培训班，共86名学员参加培训。\n培训采取“理论+实践”模式。", nil},
		{"between Latin words it is a space", []byte("The county trained young cadres from\vevery township this year."),
			"The county trained young cadres from every township this year.", nil},
		{"after a short heading it breaks", []byte("一、主要做法\v今年以来，柳岸县举办培训班。"), "一、主要做法\n今年以来，柳岸县举办培训班。", nil},
		{"Word quotes in a GBK file", gbk("标题\r\n　　近日，柳岸县要求党员干部讲", "\x93", "接地气、讲实话", "\x94", "。\r\n"),
			"标题\n　　近日，柳岸县要求党员干部讲“接地气、讲实话”。\n", []string{"第2行起有 Word 的引号（不是 GBK 的字节 0x91–0x94），已读作‘’“”，请核对"}},
		{"Word quotes around ASCII", gbk("党员说", "\x93OK\x94", "。\n"), "党员说“OK”。\n",
			[]string{"第1行起有 Word 的引号（不是 GBK 的字节 0x91–0x94），已读作‘’“”，请核对"}},
		{"zero-width spaces are removed and counted", []byte("全县建成38个，\u200b累计\ufeff服务\u2060群众。"), "全县建成38个，累计服务群众。",
			[]string{"删去了3个零宽字符（看不见，但会进入 Word 和 PDF）"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, checks, err := DecodeTextChecked(bytes.NewReader(tt.in))
			if err != nil {
				t.Fatalf("DecodeTextChecked: %v", err)
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
			if c := strings.Join(docxCheckTexts(checks), "|"); c != strings.Join(tt.checks, "|") {
				t.Errorf("checks %q, want %q", c, tt.checks)
			}
		})
	}
}

// A GBK file with a byte that is neither GBK nor a Word quote names the
// line and the byte: it said only "not a text file".
func TestDecodeTextNamesTheBadLine(t *testing.T) {
	in := append(textMustGB18030(t, "第一行。\n第二行"), 0xFF, '\n')
	in = append(in, textMustGB18030(t, strings.Repeat("第三行。\n", 12))...)
	_, err := DecodeText(bytes.NewReader(in))
	var enc *EncodingError
	if !errors.As(err, &enc) || !errors.Is(err, ErrBinary) {
		t.Fatalf("err = %v, want an *EncodingError that is ErrBinary", err)
	}
	if enc.Line != 2 || enc.Hex() != "0xFF" {
		t.Errorf("line %d bytes %s, want line 2 and 0xFF", enc.Line, enc.Hex())
	}
}

// A UTF-8 file with a GBK word pasted into it (啊 as B0 A1) names that
// line and its bytes and says the file is UTF-8: it said only "not a text
// file" (review F15). A GBK file whose Chinese lines are all not UTF-8 is
// still read as GBK.
func TestDecodeTextNamesAStrayByteInUTF8(t *testing.T) {
	lines := []string{"西塘镇推行村务议事清单制。", "", "西塘镇梳理出村级议事事项27项，", "明确议事流程", "和责任人，群众满意度明显提升。"}
	in := []byte(strings.Join(lines[:3], "\n") + "\n")
	in = append(append(in, []byte("明确议事")...), 0xB0, 0xA1)
	in = append(in, []byte("流程\n"+lines[4]+"\n")...)
	_, err := DecodeText(bytes.NewReader(in))
	var enc *EncodingError
	if !errors.As(err, &enc) || !errors.Is(err, ErrBinary) || !enc.UTF8 {
		t.Fatalf("err = %v, want a UTF-8 *EncodingError that is ErrBinary", err)
	}
	if enc.Line != 4 || enc.Hex() != "0xB0 0xA1" {
		t.Errorf("line %d bytes %s, want line 4 and 0xB0 0xA1", enc.Line, enc.Hex())
	}
	gbk := textMustGB18030(t, strings.Join(lines, "\n"))
	if got, err := DecodeText(bytes.NewReader(gbk)); err != nil || got != strings.Join(lines, "\n") {
		t.Errorf("the GBK file reads %q, %v", got, err)
	}
}
