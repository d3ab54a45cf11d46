package editor

import (
	"context"
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// packTestText is the i-th of a set of texts that share phrases, as an
// archive's texts do, each 1-3 KB.
func packTestText(i int) string {
	parts := []string{"今年以来，%s坚持把抓基层打基础作为长远之计，", "围绕“%d个一”工作目标，推行村级联合党委建设，",
		"建立周研判机制，把乡土人才纳入评先评优，累计培训党员%d人次。", "%s创新开展“党建+网格”服务，", "全年解决群众急难愁盼问题%d件，",
		"依托人才驿站吸引返乡创业人员%d名。"}
	units := []string{"青山县", "临江区", "白沙县", "市教育局"}
	var b strings.Builder
	for j := 0; b.Len() < 1000+(i%7)*300; j++ {
		p := parts[(i+j*5)%len(parts)]
		if strings.Contains(p, "%s") {
			fmt.Fprintf(&b, p, units[(i+j)%len(units)])
		} else {
			fmt.Fprintf(&b, p, i*31+j*7)
		}
		if j%4 == 3 {
			b.WriteString("\n")
		}
	}
	return b.String()
}

// storedTexts is how each submission's text is stored: its SQLite type and,
// when packed, its dictionary's id.
func storedTexts(t *testing.T, a *Archive) (types map[string]int, dicts map[uint32]int) {
	t.Helper()
	rows, err := a.db.Query(`SELECT text FROM submissions`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	types, dicts = map[string]int{}, map[uint32]int{}
	for rows.Next() {
		var v any
		if err := rows.Scan(&v); err != nil {
			t.Fatal(err)
		}
		b, ok := v.([]byte)
		types[fmt.Sprintf("%T", v)]++
		if ok && len(b) > 5 && b[0] == packedTextMark {
			dicts[binary.LittleEndian.Uint32(b[1:5])]++
		}
	}
	return types, dicts
}

// wantTexts checks every submission reads back as texts gives it (by title).
func wantTexts(t *testing.T, a *Archive, texts map[string]string) {
	t.Helper()
	subs, err := a.Submissions(context.Background(), SubmissionFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(subs) != len(texts) {
		t.Fatalf("%d submissions, want %d", len(subs), len(texts))
	}
	for _, s := range subs {
		if s.Text != texts[s.Title] {
			t.Fatalf("submission %s reads back as %.60q…, want %.60q…", s.Title, s.Text, texts[s.Title])
		}
	}
}

func addPackTestTexts(t *testing.T, a *Archive, texts map[string]string, from, to int) {
	t.Helper()
	var subs []*Submission
	for i := from; i < to; i++ {
		s := &Submission{Title: fmt.Sprintf("稿%03d", i), Text: packTestText(i), Received: archiveTestDay(t, "2024-05-06")}
		texts[s.Title] = s.Text
		subs = append(subs, s)
	}
	if err := a.AddSubmissions(context.Background(), subs); err != nil {
		t.Fatal(err)
	}
}

// A file's texts are stored packed: without a dictionary while it holds
// few, with one made from its own texts once it holds textDictTrainAt
// (every text then packed again with it); a short text stays as it is. Each
// reads back as written, through the list, a save, the search snippets and
// a process that has not met the dictionary yet.
func TestPackedTexts(t *testing.T) {
	if onServer() {
		t.Skip("the office archive stores texts as they are")
	}
	defer func(n int) { textDictTrainAt = n }(textDictTrainAt)
	textDictTrainAt = 40
	ctx := context.Background()
	a := archiveTestOpen(t)
	texts := map[string]string{}
	addPackTestTexts(t, a, texts, 0, 30)
	if types, dicts := storedTexts(t, a); types["[]uint8"] != 30 || dicts[0] != 30 {
		t.Errorf("30 texts stored as %v, dictionaries %v; want 30 packed without one", types, dicts)
	}
	wantTexts(t, a, texts)
	addPackTestTexts(t, a, texts, 30, 45)
	types, dicts := storedTexts(t, a)
	if types["[]uint8"] != 45 || len(dicts) != 1 || dicts[0] != 0 {
		t.Errorf("45 texts stored as %v, dictionaries %v; want all packed with one dictionary", types, dicts)
	}
	wantTexts(t, a, texts)

	s, err := a.Submission(ctx, 3)
	if err != nil {
		t.Fatal(err)
	}
	s.Text, texts[s.Title] = "改过的短稿。", "改过的短稿。"
	if err := a.UpdateSubmission(ctx, &s); err != nil {
		t.Fatal(err)
	}
	s, _ = a.Submission(ctx, 4)
	s.Text = packTestText(4) + "新增一段：人才驿站接待来访群众。"
	texts[s.Title] = s.Text
	if err := a.UpdateSubmission(ctx, &s); err != nil {
		t.Fatal(err)
	}
	if types, _ := storedTexts(t, a); types["string"] != 1 || types["[]uint8"] != 44 {
		t.Errorf("after two saves the texts are stored as %v, want the short one plain", types)
	}
	wantTexts(t, a, texts)
	r, err := a.SearchPage(ctx, "人才驿站接待", 5)
	if err != nil || len(r.Hits) != 1 || !strings.Contains(fragmentsText(r.Hits[0].Snippet), "人才驿站接待来访群众") {
		t.Errorf("SearchPage(人才驿站接待) = %+v (%v), want submission 4 with its snippet", r.Hits, err)
	}

	for id := range dicts {
		forgetTextDict(id) // as in another program, which has not met it
	}
	b, err := Open(ctx, a.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	wantTexts(t, b, texts)
}

// forgetTextDict drops dictionary id from this process's memory.
func forgetTextDict(id uint32) {
	textCodecs.Lock()
	defer textCodecs.Unlock()
	delete(textCodecs.byID, id)
	delete(textCodecs.content, id)
}

func fragmentsText(fs []Fragment) string {
	var b strings.Builder
	for _, f := range fs {
		b.WriteString(f.Text)
	}
	return b.String()
}

// An archive file from before migration 018 has its texts packed when
// opened, telling OpenProgress, and gives the space back: the file
// shrinks by more than half its texts' size, and every text and search
// count is what it was.
func TestOlderArchiveTextsPackedOnOpening(t *testing.T) {
	defer func(n int) { textDictTrainAt = n }(textDictTrainAt)
	textDictTrainAt = 40
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	a, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	texts := map[string]string{}
	addPackTestTexts(t, a, texts, 0, 300)
	for title, text := range texts { // as an older version stored them
		if _, err := a.db.Exec(`UPDATE submissions SET text = ? WHERE title = ?`, text, title); err != nil {
			t.Fatal(err)
		}
	}
	for _, stmt := range []string{`DROP TABLE text_dictionaries`, `DELETE FROM settings WHERE key = 'text_storage'`,
		`DELETE FROM migrations WHERE version = 18`, `VACUUM`} {
		if _, err := a.db.Exec(stmt); err != nil {
			t.Fatal(stmt, err)
		}
	}
	counts := map[string]int{}
	for _, q := range []string{"党", "人才驿站", "创新开展"} {
		counts[q], _ = a.CountSubmissions(ctx, SubmissionFilter{Text: q})
	}
	a.Close()
	before := fileSize(t, path)
	var heard [][2]int
	if a, err = OpenProgress(ctx, path, func(done, total int) { heard = append(heard, [2]int{done, total}) }); err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	if len(heard) == 0 || heard[len(heard)-1] != [2]int{300, 300} {
		t.Errorf("heard %v, want the packing to end at 300 of 300", heard)
	}
	if types, dicts := storedTexts(t, a); types["[]uint8"] != 300 || len(dicts) != 1 || dicts[0] != 0 {
		t.Errorf("after opening the texts are stored as %v, dictionaries %v; want all packed with one", types, dicts)
	}
	wantTexts(t, a, texts)
	for q, want := range counts {
		if got, err := a.CountSubmissions(ctx, SubmissionFilter{Text: q}); err != nil || got != want || want == 0 {
			t.Errorf("CountSubmissions(%s) = %d (%v), want %d as before", q, got, err, want)
		}
	}
	plain := 0
	for _, text := range texts {
		plain += len(text)
	}
	if after := fileSize(t, path); before-after < int64(plain)/2 {
		t.Errorf("the file is %d bytes after packing, %d before; want it smaller by half the %d bytes of text at least", after, before, plain)
	}
}

func fileSize(t *testing.T, path string) int64 {
	t.Helper()
	var n int64
	for _, p := range []string{path, path + "-wal"} {
		if fi, err := os.Stat(p); err == nil {
			n += fi.Size()
		}
	}
	return n
}

// A copy into a new file packs its texts with a dictionary of its own, made
// from the texts copied, and reads them back as the original does.
func TestCopyPacksTexts(t *testing.T) {
	defer func(n int) { textDictTrainAt = n }(textDictTrainAt)
	textDictTrainAt = 40
	ctx := context.Background()
	from, err := Open(ctx, filepath.Join(t.TempDir(), "from.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer from.Close()
	texts := map[string]string{}
	addPackTestTexts(t, from, texts, 0, 60)
	to := archiveTestOpen(t) // the office archive when the suite runs on PostgreSQL
	if _, err := CopyArchive(ctx, from, to, nil); err != nil {
		t.Fatal(err)
	}
	wantTexts(t, to, texts)
	if onServer() {
		return
	}
	if types, dicts := storedTexts(t, to); types["[]uint8"] != 60 || len(dicts) != 1 || dicts[0] != 0 {
		t.Errorf("the copy's texts are stored as %v, dictionaries %v; want all packed with one", types, dicts)
	}
}

// FuzzUnpackText: a damaged stored text is an error, never a crash, and
// any text packs and unpacks to itself.
func FuzzUnpackText(f *testing.F) {
	c, err := textCodecByID(0)
	if err != nil {
		f.Fatal(err)
	}
	p := &textPacker{c: c}
	f.Add([]byte(packTestText(1)))
	f.Add(p.value(packTestText(2)).([]byte))
	f.Add([]byte{packedTextMark, 0, 0, 0, 0, 0x28, 0xb5, 0x2f, 0xfd})
	f.Add([]byte{packedTextMark, 9, 9, 9, 9, 1})
	f.Fuzz(func(t *testing.T, data []byte) {
		_, _ = unpackText(data)
		packed := p.value(string(data))
		b, ok := packed.([]byte)
		if !ok {
			return
		}
		if got, err := unpackText(b); err != nil || got != string(data) {
			t.Errorf("unpack(pack(%q)) = %q, %v", data, got, err)
		}
	})
}
