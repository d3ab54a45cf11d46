package pages

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
	"strings"
	"unicode/utf16"
)

// A font collection (.ttc) holds several faces that share tables: Noto
// Sans CJK (its JP, KR, SC, TC and HK faces), Microsoft YaHei (msyh.ttc),
// SimSun (simsun.ttc), WenQuanYi Micro Hei. Fyne's theme and the PDF
// writer take one face as a file of its own, so one face is copied out
// of the collection into a single-font file: the same tables, a table
// directory of its own.

// sfntTable is one entry of a face's table directory.
type sfntTable struct {
	tag                   [4]byte
	checksum, off, length uint32
}

// CollectionFaces is how many faces a .ttc holds; 0 for a single-font file.
func CollectionFaces(data []byte) int {
	if len(data) < 12 || string(data[:4]) != "ttcf" {
		return 0
	}
	return int(binary.BigEndian.Uint32(data[8:12]))
}

// ExtractFace copies face i of a font collection out as a single-font
// file; a single-font file is returned as it is.
func ExtractFace(data []byte, i int) ([]byte, error) {
	n := CollectionFaces(data)
	if n == 0 {
		return data, nil
	}
	if i < 0 || i >= n || len(data) < 12+4*n {
		return nil, fmt.Errorf("the font collection has %d faces, not a face %d", n, i)
	}
	tables, version, err := readDirectory(data, int(binary.BigEndian.Uint32(data[12+4*i:])))
	if err != nil {
		return nil, err
	}
	return writeSFNT(data, version, tables), nil
}

// readDirectory reads the table directory at off, checking that every
// table lies within the file.
func readDirectory(data []byte, off int) ([]sfntTable, uint32, error) {
	if off < 0 || off+12 > len(data) {
		return nil, 0, errors.New("the font's table directory lies outside the file")
	}
	version := binary.BigEndian.Uint32(data[off:])
	n := int(binary.BigEndian.Uint16(data[off+4:]))
	if off+12+16*n > len(data) {
		return nil, 0, errors.New("the font's table directory is cut short")
	}
	tables := make([]sfntTable, n)
	total := uint64(0)
	for k := range tables {
		rec := data[off+12+16*k:]
		t := &tables[k]
		copy(t.tag[:], rec[:4])
		t.checksum = binary.BigEndian.Uint32(rec[4:])
		t.off = binary.BigEndian.Uint32(rec[8:])
		t.length = binary.BigEndian.Uint32(rec[12:])
		if uint64(t.off)+uint64(t.length) > uint64(len(data)) {
			return nil, 0, fmt.Errorf("the font's %s table lies outside the file", t.tag[:])
		}
		// a face's tables do not overlap: together they fit in the file
		if total += uint64(t.length); total > uint64(len(data)) {
			return nil, 0, errors.New("the font's tables overlap")
		}
	}
	return tables, version, nil
}

// writeSFNT lays the tables out after a new directory, each on a 4-byte
// boundary, in tag order as the format asks.
func writeSFNT(data []byte, version uint32, tables []sfntTable) []byte {
	sort.Slice(tables, func(a, b int) bool { return bytes.Compare(tables[a].tag[:], tables[b].tag[:]) < 0 })
	n := len(tables)
	size := 12 + 16*n
	for _, t := range tables {
		size += int(t.length+3) &^ 3
	}
	out := make([]byte, 12+16*n, size)
	binary.BigEndian.PutUint32(out, version)
	binary.BigEndian.PutUint16(out[4:], uint16(n))
	sr, es := 1, 0
	for sr*2 <= n {
		sr, es = sr*2, es+1
	}
	binary.BigEndian.PutUint16(out[6:], uint16(16*sr))
	binary.BigEndian.PutUint16(out[8:], uint16(es))
	binary.BigEndian.PutUint16(out[10:], uint16(16*(n-sr)))
	for k, t := range tables {
		rec := out[12+16*k:]
		copy(rec, t.tag[:])
		binary.BigEndian.PutUint32(rec[4:], t.checksum)
		binary.BigEndian.PutUint32(rec[8:], uint32(len(out)))
		binary.BigEndian.PutUint32(rec[12:], t.length)
		out = append(out, data[t.off:t.off+t.length]...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
	}
	return out
}

// FaceNamed is the index of the face of a collection whose family is
// family, in any of the languages the font names itself in (Microsoft
// YaHei is also 微软雅黑 and 微軟雅黑); 0 for a single-font file or an
// empty family.
func FaceNamed(data []byte, family string) (int, error) {
	n := CollectionFaces(data)
	if n == 0 || family == "" {
		return 0, nil
	}
	if len(data) < 12+4*n {
		return 0, errors.New("the font collection's header is cut short")
	}
	for i := 0; i < n; i++ {
		tables, _, err := readDirectory(data, int(binary.BigEndian.Uint32(data[12+4*i:])))
		if err != nil {
			return 0, fmt.Errorf("face %d of the font collection: %w", i, err)
		}
		for _, t := range tables {
			if string(t.tag[:]) == "name" && namesFamily(data[t.off:t.off+t.length], family) {
				return i, nil
			}
		}
	}
	return 0, fmt.Errorf("the font collection has no face %q", family)
}

// namesFamily says the name table calls the font's family (name 1, or
// the typographic family, 16) family in one of its records.
func namesFamily(tbl []byte, family string) bool {
	count, err1 := u16(tbl, 2)
	strs, err2 := u16(tbl, 4)
	if err1 != nil || err2 != nil {
		return false
	}
	for k := 0; k < count; k++ {
		rec := 6 + 12*k
		if rec+12 > len(tbl) {
			return false
		}
		platform, _ := u16(tbl, rec)
		id, _ := u16(tbl, rec+6)
		length, _ := u16(tbl, rec+8)
		off, _ := u16(tbl, rec+10)
		if id != 1 && id != 16 || strs+off+length > len(tbl) {
			continue
		}
		if strings.EqualFold(nameString(platform, tbl[strs+off:strs+off+length]), family) {
			return true
		}
	}
	return false
}

// nameString decodes a name record: UTF-16 (Unicode and Windows
// platforms) or, on the Macintosh platform, its ASCII part.
func nameString(platform int, b []byte) string {
	if platform == 1 {
		return string(b)
	}
	u := make([]uint16, len(b)/2)
	for i := range u {
		u[i] = binary.BigEndian.Uint16(b[2*i:])
	}
	return string(utf16.Decode(u))
}

// SimplifyLayout empties, in place, each lookup of the font's GSUB and
// GPOS tables that keep turns down for every feature using it: keep is
// asked with the table ("GSUB", "GPOS"), the feature's tag and the
// lookup's type (an extension lookup's own). An emptied lookup has no
// subtables, so a shaper neither prepares nor applies it.
func SimplifyLayout(font []byte, keep func(table, feature string, lookupType uint16) bool) error {
	tables, _, err := readDirectory(font, 0)
	if err != nil {
		return err
	}
	for _, t := range tables {
		if tag := string(t.tag[:]); tag == "GSUB" || tag == "GPOS" {
			if err := simplifyLookups(font[t.off:t.off+t.length], tag, keep); err != nil {
				return fmt.Errorf("the font's %s table: %w", tag, err)
			}
		}
	}
	return nil
}

var errLayout = errors.New("an offset points outside the table")

// u16 reads the big-endian uint16 at off of tbl, checking the bounds.
func u16(tbl []byte, off int) (int, error) {
	if off < 0 || off+2 > len(tbl) {
		return 0, errLayout
	}
	return int(binary.BigEndian.Uint16(tbl[off:])), nil
}

func simplifyLookups(tbl []byte, tag string, keep func(table, feature string, lookupType uint16) bool) error {
	features, err1 := u16(tbl, 6)
	lookups, err2 := u16(tbl, 8)
	if err := errors.Join(err1, err2); err != nil {
		return err
	}
	count, err := u16(tbl, lookups)
	if err != nil {
		return err
	}
	used := make([]bool, count)
	if err := markUsed(tbl, tag, features, lookups, used, keep); err != nil {
		return err
	}
	for i, u := range used {
		if u {
			continue
		}
		off, err := u16(tbl, lookups+2+2*i)
		if err != nil || lookups+off+6 > len(tbl) {
			return errLayout
		}
		binary.BigEndian.PutUint16(tbl[lookups+off+4:], 0)
	}
	return nil
}

// markUsed marks the lookups some feature that keep accepts uses.
func markUsed(tbl []byte, tag string, features, lookups int, used []bool, keep func(table, feature string, lookupType uint16) bool) error {
	n, err := u16(tbl, features)
	if err != nil {
		return err
	}
	for i := 0; i < n; i++ {
		rec := features + 2 + 6*i
		if rec+6 > len(tbl) {
			return errLayout
		}
		feature := string(tbl[rec : rec+4])
		off, _ := u16(tbl, rec+4)
		ft := features + off
		k, err := u16(tbl, ft+2)
		if err != nil {
			return err
		}
		for j := 0; j < k; j++ {
			l, err := u16(tbl, ft+4+2*j)
			if err != nil {
				return err
			}
			if l >= len(used) || used[l] {
				continue
			}
			typ, err := lookupType(tbl, tag, lookups, l)
			if err != nil {
				return err
			}
			used[l] = keep(tag, feature, typ)
		}
	}
	return nil
}

// lookupType is lookup l's type; an extension lookup's (GSUB 7, GPOS 9)
// is the type its first subtable names.
func lookupType(tbl []byte, tag string, lookups, l int) (uint16, error) {
	off, err := u16(tbl, lookups+2+2*l)
	if err != nil {
		return 0, err
	}
	lk := lookups + off
	typ, err := u16(tbl, lk)
	if err != nil {
		return 0, err
	}
	ext := 7
	if tag == "GPOS" {
		ext = 9
	}
	if typ != ext {
		return uint16(typ), nil
	}
	if n, _ := u16(tbl, lk+4); n == 0 {
		return uint16(typ), nil
	}
	sub, err := u16(tbl, lk+6)
	if err != nil {
		return 0, err
	}
	real, err := u16(tbl, lk+sub+2)
	return uint16(real), err
}
