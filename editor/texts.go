package editor

import (
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"sync"

	"github.com/klauspost/compress/zstd"
)

// A submission's text is most of an archive file: 132 of the ten-year
// demo's 145 MB of text, and the rows holding it were 162 MB of its 334.
// In a file (engine.packsTexts) each text is therefore stored packed:
// compressed with zstd against a dictionary made from the archive's own
// texts, which holds the phrases its texts share (unit names, 党建引领,
// 组织部…); on the demo a text shrinks to a sixth of its size with the
// dictionary and to half without, and a real bulletin page to about 0.6 of
// it without one. The office archive stores texts as they are: PostgreSQL
// compresses long values itself.
//
// A packed text is a BLOB: packedTextMark, the dictionary's id (4 bytes,
// little-endian; 0 for none) and a zstd frame. A text stored as TEXT is
// plain: an archive's texts from before migration 018 until they are
// packed, and short ones, which compression would not shrink. Every reader
// scans a text through textColumn, every writer stores textPacker.value.
const packedTextMark = 0x01

const (
	// textDictSize is how much of the archive's texts its dictionary holds:
	// 64 KB packed the demo's texts to 23 MB, 32 KB to 24, 16 KB to 26.
	textDictSize = 64 << 10
	// packMinBytes is the shortest text packed.
	packMinBytes = 64
	// textMaxBytes bounds what a packed text may unpack to: far above the
	// longest text accepted (MaxTextWords), so a damaged value cannot ask
	// for gigabytes.
	textMaxBytes = 64 << 20
)

// textDictTrainAt is how many submissions an archive holds before its
// dictionary is made from them: fewer say too little about the rest.
var textDictTrainAt = 2000

// errTextDictionary is a packed text whose dictionary the archive lacks.
var errTextDictionary = errors.New("a stored text names a compression dictionary the archive does not have")

// textCodec packs and unpacks texts with one dictionary (or none).
type textCodec struct {
	enc *zstd.Encoder
	dec *zstd.Decoder
}

// textCodecs are the dictionaries this process has met, by id; an id
// names one content in every archive (see newTextDictID). sources are
// the open archive files, asked for a dictionary on a miss: another
// program may have made one since this one opened the file.
var textCodecs = struct {
	sync.RWMutex
	byID    map[uint32]*textCodec
	content map[uint32][]byte
	sources map[*sql.DB]int
}{byID: map[uint32]*textCodec{}, content: map[uint32][]byte{}, sources: map[*sql.DB]int{}}

func newTextCodec(id uint32, dict []byte) (*textCodec, error) {
	eopts := []zstd.EOption{zstd.WithEncoderLevel(zstd.SpeedFastest), zstd.WithEncoderConcurrency(2),
		zstd.WithEncoderCRC(false), zstd.WithZeroFrames(true)}
	dopts := []zstd.DOption{zstd.WithDecoderConcurrency(2), zstd.WithDecoderMaxMemory(textMaxBytes)}
	if id != 0 {
		eopts = append(eopts, zstd.WithEncoderDictRaw(id, dict))
		dopts = append(dopts, zstd.WithDecoderDictRaw(id, dict))
	}
	enc, err := zstd.NewWriter(nil, eopts...)
	if err != nil {
		return nil, err
	}
	dec, err := zstd.NewReader(nil, dopts...)
	if err != nil {
		return nil, err
	}
	return &textCodec{enc: enc, dec: dec}, nil
}

// registerTextDict makes the dictionary id known to this process.
func registerTextDict(id uint32, dict []byte) (*textCodec, error) {
	textCodecs.Lock()
	defer textCodecs.Unlock()
	if c, ok := textCodecs.byID[id]; ok {
		if string(textCodecs.content[id]) != string(dict) {
			return nil, fmt.Errorf("text dictionary %d: two contents under one id", id)
		}
		return c, nil
	}
	c, err := newTextCodec(id, dict)
	if err != nil {
		return nil, fmt.Errorf("text dictionary %d: %w", id, err)
	}
	textCodecs.byID[id], textCodecs.content[id] = c, dict
	return c, nil
}

// textCodecByID is the codec of dictionary id, read from the open archive
// files when this process has not met it yet.
func textCodecByID(id uint32) (*textCodec, error) {
	textCodecs.RLock()
	c, ok := textCodecs.byID[id]
	var dbs []*sql.DB
	for db := range textCodecs.sources {
		dbs = append(dbs, db)
	}
	textCodecs.RUnlock()
	if ok {
		return c, nil
	}
	if id == 0 {
		return registerTextDict(0, nil)
	}
	for _, db := range dbs {
		var dict []byte
		if err := db.QueryRow(`SELECT content FROM text_dictionaries WHERE id = ?`, int64(id)).Scan(&dict); err == nil {
			return registerTextDict(id, dict)
		}
	}
	return nil, fmt.Errorf("%w (%d)", errTextDictionary, id)
}

// watchTextSource lets textCodecByID ask db for dictionaries until the
// returned function is called (the archive closes).
func watchTextSource(db *sql.DB) func() {
	textCodecs.Lock()
	textCodecs.sources[db]++
	textCodecs.Unlock()
	return func() {
		textCodecs.Lock()
		if textCodecs.sources[db]--; textCodecs.sources[db] <= 0 {
			delete(textCodecs.sources, db)
		}
		textCodecs.Unlock()
	}
}

// unpackText is a stored text as a string.
func unpackText(b []byte) (string, error) {
	if len(b) < 5 || b[0] != packedTextMark {
		return string(b), nil
	}
	c, err := textCodecByID(binary.LittleEndian.Uint32(b[1:5]))
	if err != nil {
		return "", err
	}
	out, err := c.dec.DecodeAll(b[5:], nil)
	if err != nil {
		return "", fmt.Errorf("unpack a stored text: %w", err)
	}
	return string(out), nil
}

// textColumn scans a stored text, plain or packed, into *s.
type textColumn struct{ s *string }

func (c textColumn) Scan(v any) error {
	switch v := v.(type) {
	case nil:
		*c.s = ""
	case string:
		*c.s = v
	case []byte:
		s, err := unpackText(v)
		*c.s = s
		return err
	default:
		return fmt.Errorf("a stored text of type %T", v)
	}
	return nil
}

// textPacker packs the texts a transaction writes; a nil one stores them
// as they are.
type textPacker struct {
	id uint32
	c  *textCodec
}

// textPackerTx is the packer for texts written in tx: the archive's newest
// dictionary, or none yet; nil for an engine that stores texts as they are.
func textPackerTx(ctx context.Context, tx *sql.Tx, eng *engine) (*textPacker, error) {
	if !eng.packsTexts {
		return nil, nil
	}
	var id int64
	err := tx.QueryRowContext(ctx, `SELECT id FROM text_dictionaries ORDER BY seq DESC LIMIT 1`).Scan(&id)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("read the text dictionary: %w", err)
	}
	c, err := textCodecByIDTx(ctx, tx, uint32(id))
	if err != nil {
		return nil, err
	}
	return &textPacker{id: uint32(id), c: c}, nil
}

// textCodecByIDTx is textCodecByID reading a dictionary this process has
// not met from tx, which may have just made it.
func textCodecByIDTx(ctx context.Context, tx *sql.Tx, id uint32) (*textCodec, error) {
	textCodecs.RLock()
	c, ok := textCodecs.byID[id]
	textCodecs.RUnlock()
	switch {
	case ok:
		return c, nil
	case id == 0:
		return textCodecByID(0)
	}
	var dict []byte
	if err := tx.QueryRowContext(ctx, `SELECT content FROM text_dictionaries WHERE id = ?`, int64(id)).Scan(&dict); err != nil {
		return nil, fmt.Errorf("read text dictionary %d: %w", id, err)
	}
	return registerTextDict(id, dict)
}

// value is s as the archive stores it.
func (p *textPacker) value(s string) any {
	if p == nil || len(s) < packMinBytes {
		return s
	}
	dst := make([]byte, 5, 5+len(s)/3)
	dst[0] = packedTextMark
	binary.LittleEndian.PutUint32(dst[1:], p.id)
	return p.c.enc.EncodeAll([]byte(s), dst)
}

// newTextDictID is the id of a dictionary: a hash of its content, so an
// id names the same content in every archive a process opens (a copy
// reads two at once); never 0, which is none.
func newTextDictID(dict []byte) uint32 {
	h := fnv.New32a()
	h.Write(dict)
	return max(h.Sum32(), 1)
}
