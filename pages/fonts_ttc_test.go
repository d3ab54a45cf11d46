package pages

import (
	"bytes"
	"encoding/binary"
	"strings"
	"testing"
	"unicode/utf16"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/gomono"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// collection builds a .ttc of the given single-font files, each face's
// tables copied after the header, as font tools write them.
func collection(faces ...[]byte) []byte {
	head := 12 + 4*len(faces)
	out := make([]byte, head)
	copy(out, "ttcf")
	binary.BigEndian.PutUint32(out[4:], 0x00010000)
	binary.BigEndian.PutUint32(out[8:], uint32(len(faces)))
	for i, f := range faces {
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
		base := len(out)
		binary.BigEndian.PutUint32(out[12+4*i:], uint32(base))
		n := int(binary.BigEndian.Uint16(f[4:]))
		dir := append([]byte(nil), f[:12+16*n]...)
		out = append(out, dir...)
		for k := 0; k < n; k++ {
			rec := out[base+12+16*k:]
			off, length := binary.BigEndian.Uint32(rec[8:]), binary.BigEndian.Uint32(rec[12:])
			for len(out)%4 != 0 {
				out = append(out, 0)
			}
			binary.BigEndian.PutUint32(out[base+12+16*k+8:], uint32(len(out)))
			out = append(out, f[off:off+length]...)
		}
	}
	return out
}

func fullName(t *testing.T, data []byte) string {
	t.Helper()
	f, err := sfnt.Parse(data)
	if err != nil {
		t.Fatalf("the extracted face does not parse: %v", err)
	}
	name, err := f.Name(nil, sfnt.NameIDFull)
	if err != nil {
		t.Fatal(err)
	}
	return name
}

func advance(t *testing.T, data []byte, r rune) fixed.Int26_6 {
	t.Helper()
	f, err := sfnt.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	var b sfnt.Buffer
	gi, err := f.GlyphIndex(&b, r)
	if err != nil || gi == 0 {
		t.Fatalf("no glyph for %q: %v", r, err)
	}
	a, err := f.GlyphAdvance(&b, gi, fixed.I(1000), font.HintingNone)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestExtractFace(t *testing.T) {
	ttc := collection(goregular.TTF, gobold.TTF, gomono.TTF)
	cases := []struct {
		family string
		want   []byte
		name   string
	}{
		{"Go", goregular.TTF, "Go Regular"},
		{"Go Mono", gomono.TTF, "Go Mono"},
		{"", goregular.TTF, "Go Regular"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			i, err := FaceNamed(ttc, c.family)
			if err != nil {
				t.Fatal(err)
			}
			face, err := ExtractFace(ttc, i)
			if err != nil {
				t.Fatal(err)
			}
			if got := fullName(t, face); got != c.name {
				t.Errorf("got face %q, want %q", got, c.name)
			}
			for _, r := range "AWg0" {
				if got, want := advance(t, face, r), advance(t, c.want, r); got != want {
					t.Errorf("%q: got advance %v, want %v", r, got, want)
				}
			}
		})
	}
	if face, err := ExtractFace(ttc, 1); err != nil || fullName(t, face) != "Go Bold" {
		t.Errorf("face 1: %v", err)
	}
	if got, err := ExtractFace(goregular.TTF, 0); err != nil || !bytes.Equal(got, goregular.TTF) {
		t.Errorf("a single-font file changed (%v)", err)
	}
}

func TestExtractFaceRefusesBrokenCollections(t *testing.T) {
	ttc := collection(goregular.TTF, gomono.TTF)
	cut := ttc[:len(ttc)/2]
	cases := []struct {
		name string
		data []byte
		face int
		want string
	}{
		{"no such face", ttc, 2, "has 2 faces, not a face 2"},
		{"cut short", cut, 1, "outside the file"},
		{"directory cut", ttc[:20], 0, "outside the file"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := ExtractFace(c.data, c.face)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("got %v, want an error saying %q", err, c.want)
			}
		})
	}
	if _, err := FaceNamed(ttc, "Noto Sans CJK SC"); err == nil || !strings.Contains(err.Error(), "no face") {
		t.Errorf("got %v for a family the collection lacks", err)
	}
}

// gsub is a GSUB table with two features: liga → lookup 0 (ligatures,
// type 4) and vert → lookup 1 (single substitution, type 1), each lookup
// with one (empty) subtable.
func gsub() []byte {
	w := func(b []byte, v ...uint16) []byte {
		for _, x := range v {
			b = binary.BigEndian.AppendUint16(b, x)
		}
		return b
	}
	t := w(nil, 1, 0, 10, 12, 38)                // header: ScriptList 10, FeatureList 12, LookupList 38
	t = w(t, 0)                                  // 10: ScriptList, no scripts
	t = w(t, 2)                                  // 12: FeatureList, 2 features
	t = append(t, "liga"...)                     // 14
	t = w(t, 14)                                 //    → 12+14 = 26
	t = append(t, "vert"...)                     // 20
	t = w(t, 20)                                 //    → 12+20 = 32
	t = w(t, 0, 1, 0)                            // 26: liga: lookup 0
	t = w(t, 0, 1, 1)                            // 32: vert: lookup 1
	t = w(t, 2, 6, 14)                           // 38: LookupList: lookups at 38+6, 38+14
	t = w(t, 4, 0, 1, 8)                         // 44: type 4, one subtable
	t = w(t, 1, 0, 1, 8)                         // 52: type 1, one subtable
	return w(t, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0) // 60: two small subtables' room
}

func withTable(f []byte, tag string, tbl []byte) []byte {
	n := int(binary.BigEndian.Uint16(f[4:]))
	tables, version, _ := readDirectory(f, 0)
	tables = append(tables, sfntTable{off: uint32(len(f)), length: uint32(len(tbl))})
	copy(tables[n].tag[:], tag)
	return writeSFNT(append(append([]byte(nil), f...), tbl...), version, tables)
}

func subtables(t *testing.T, f []byte, lookup int) int {
	t.Helper()
	tables, _, _ := readDirectory(f, 0)
	for _, tb := range tables {
		if string(tb.tag[:]) == "GSUB" {
			tbl := f[tb.off : tb.off+tb.length]
			ll, _ := u16(tbl, 8)
			off, _ := u16(tbl, ll+2+2*lookup)
			n, _ := u16(tbl, ll+off+4)
			return n
		}
	}
	t.Fatal("no GSUB")
	return 0
}

func TestSimplifyLayout(t *testing.T) {
	f := withTable(goregular.TTF, "GSUB", gsub())
	var asked []string
	err := SimplifyLayout(f, func(table, feature string, typ uint16) bool {
		asked = append(asked, table+" "+feature+" "+string(rune('0'+typ)))
		return feature == "liga"
	})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := strings.Join(asked, ", "), "GSUB liga 4, GSUB vert 1"; got != want {
		t.Errorf("asked %q, want %q", got, want)
	}
	if got := subtables(t, f, 0); got != 1 {
		t.Errorf("the kept lookup has %d subtables, want 1", got)
	}
	if got := subtables(t, f, 1); got != 0 {
		t.Errorf("the dropped lookup has %d subtables, want 0", got)
	}
	if got := fullName(t, f); got != "Go Regular" {
		t.Errorf("the font reads as %q after", got)
	}
	broken := withTable(goregular.TTF, "GSUB", gsub()[:40])
	if err := SimplifyLayout(broken, func(string, string, uint16) bool { return false }); err == nil || !strings.Contains(err.Error(), "GSUB") {
		t.Errorf("got %v for a GSUB table cut short", err)
	}
}

func FuzzExtractFace(f *testing.F) {
	f.Add(collection(goregular.TTF[:2000], gomono.TTF[:1000]), 1)
	g := gsub()
	f.Add(writeSFNT(g, 0x00010000, []sfntTable{{tag: [4]byte{'G', 'S', 'U', 'B'}, length: uint32(len(g))}}), 0)
	f.Fuzz(func(t *testing.T, data []byte, i int) {
		face, err := ExtractFace(data, i%4)
		if err != nil {
			return
		}
		_ = SimplifyLayout(face, func(_, feature string, _ uint16) bool { return feature == "liga" })
		_, _ = FaceNamed(data, "Go Mono")
	})
}

// named is goregular with a name table calling its family each of names
// (Windows platform, UTF-16), in that order.
func named(names ...string) []byte {
	w := func(b []byte, v ...uint16) []byte {
		for _, x := range v {
			b = binary.BigEndian.AppendUint16(b, x)
		}
		return b
	}
	var strs []byte
	tbl := w(nil, 0, uint16(len(names)), uint16(6+12*len(names)))
	for k, n := range names {
		u := utf16.Encode([]rune(n))
		tbl = w(tbl, 3, 1, uint16(0x0404+k), 1, uint16(2*len(u)), uint16(len(strs)))
		strs = w(strs, u...)
	}
	tbl = append(tbl, strs...)
	tables, version, _ := readDirectory(goregular.TTF, 0)
	kept := tables[:0]
	for _, t := range tables {
		if string(t.tag[:]) != "name" {
			kept = append(kept, t)
		}
	}
	data := append(append([]byte(nil), goregular.TTF...), tbl...)
	kept = append(kept, sfntTable{tag: [4]byte{'n', 'a', 'm', 'e'}, off: uint32(len(goregular.TTF)), length: uint32(len(tbl))})
	return writeSFNT(data, version, kept)
}

// TestFaceNamedInAnyLanguage: Microsoft YaHei names itself first in
// Traditional Chinese, then in English and Simplified Chinese.
func TestFaceNamedInAnyLanguage(t *testing.T) {
	ttc := collection(goregular.TTF, named("微軟雅黑", "Microsoft YaHei", "微软雅黑"), named("微軟雅黑 UI", "Microsoft YaHei UI"))
	cases := []struct {
		family string
		want   int
	}{
		{"Microsoft YaHei", 1},
		{"microsoft yahei", 1},
		{"微软雅黑", 1},
		{"Microsoft YaHei UI", 2},
		{"Go", 0},
	}
	for _, c := range cases {
		t.Run(c.family, func(t *testing.T) {
			got, err := FaceNamed(ttc, c.family)
			if err != nil || got != c.want {
				t.Errorf("got face %d (%v), want %d", got, err, c.want)
			}
		})
	}
}
