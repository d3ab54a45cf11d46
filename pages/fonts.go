package pages

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// Font is one TrueType font file loaded for a face: its bytes (a PDF
// writer embeds them) and its advance widths (the layout measures with them).
type Font struct {
	Name string // what the editor asked for: 仿宋_GB2312
	File string // the file used
	Data []byte
	// Fallback says the asked-for font is not on this machine and File is
	// the closest one that is.
	Fallback bool

	mu    sync.Mutex
	sf    *sfnt.Font
	buf   sfnt.Buffer
	em    fixed.Int26_6
	cache map[rune]float64
}

// LoadFont reads a single-font TrueType or OpenType file (.ttf, .otf).
func LoadFont(name, file string) (*Font, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("read the font %s: %w", file, err)
	}
	sf, err := sfnt.Parse(data)
	if err != nil {
		return nil, fmt.Errorf("read the font %s: %w", file, err)
	}
	return &Font{Name: name, File: file, Data: data, sf: sf, em: fixed.I(int(sf.UnitsPerEm())), cache: map[rune]float64{}}, nil
}

// Advance is r's advance in em; a rune the font lacks counts as a full
// character for wide runes and half of one otherwise.
func (f *Font) Advance(r rune) float64 {
	f.mu.Lock()
	defer f.mu.Unlock()
	if a, ok := f.cache[r]; ok {
		return a
	}
	a := 0.5
	if wide(r) {
		a = 1
	}
	if gi, err := f.sf.GlyphIndex(&f.buf, r); err == nil && gi != 0 {
		if adv, err := f.sf.GlyphAdvance(&f.buf, gi, f.em, font.HintingNone); err == nil {
			a = float64(adv) / float64(f.em)
		}
	}
	f.cache[r] = a
	return a
}

// HasRune says the font draws r.
func (f *Font) HasRune(r rune) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	gi, err := f.sf.GlyphIndex(&f.buf, r)
	return err == nil && gi != 0
}

// FontSet is one font per face; it is the layout's Metrics.
type FontSet [faceCount]*Font

// Advance implements Metrics.
func (s *FontSet) Advance(f Face, r rune) float64 { return s[f].Advance(r) }

// candidates are the files that hold a face, best first: the official
// faces on Windows (and on a 信创 PC that has them copied), then the free
// fonts Debian packages. Only single-font files: PDF writers and the
// metrics here cannot read .ttc collections.
var candidates = map[string][]string{
	"仿宋": {"simfang.ttf", "FangSong_GB2312.ttf", "仿宋_GB2312.ttf", "STFANGSO.TTF"},
	"黑体": {"simhei.ttf", "STHEITI.TTF", "NotoSansCJKsc-Regular.otf", "DroidSansFallbackFull.ttf"},
	"宋体": {"FZXBSJW.TTF", "方正小标宋简体.ttf", "simsunb.ttf", "STSONG.TTF", "gbsn00lp.ttf"},
	"楷体": {"simkai.ttf", "STKAITI.TTF", "KaiTi_GB2312.ttf", "gkai00mp.ttf"},
}

// fallbacks are tried when no file of a face is found at all.
var fallbacks = []string{"gbsn00lp.ttf", "gkai00mp.ttf", "DroidSansFallbackFull.ttf"}

// family maps the font names 设置 offers to the faces above.
func family(name string) string {
	switch {
	case strings.Contains(name, "仿宋"):
		return "仿宋"
	case strings.Contains(name, "黑"), strings.Contains(name, "雅黑"):
		return "黑体"
	case strings.Contains(name, "楷"):
		return "楷体"
	}
	return "宋体"
}

// fontDirs are where fonts live on this platform; BULLETINDESK_FONTS, a
// list of folders, is searched first.
func fontDirs() []string {
	var dirs []string
	if env := os.Getenv("BULLETINDESK_FONTS"); env != "" {
		dirs = append(dirs, filepath.SplitList(env)...)
	}
	switch runtime.GOOS {
	case "windows":
		dirs = append(dirs, filepath.Join(os.Getenv("WINDIR"), "Fonts"), filepath.Join(os.Getenv("LOCALAPPDATA"), "Microsoft", "Windows", "Fonts"))
	case "darwin":
		dirs = append(dirs, "/Library/Fonts", "/System/Library/Fonts")
	default:
		home, _ := os.UserHomeDir()
		dirs = append(dirs, filepath.Join(home, ".local/share/fonts"), filepath.Join(home, ".fonts"), "/usr/share/fonts", "/usr/local/share/fonts")
	}
	return dirs
}

// FindFont is the file for a font name, searching the font folders; fallback
// says it is not the asked-for family's own. "" when the machine has no
// usable CJK font at all.
func FindFont(name string) (file string, fallback bool) {
	index := indexFonts()
	for _, c := range candidates[family(name)] {
		if p, ok := index[strings.ToLower(c)]; ok {
			return p, !isOfficial(c)
		}
	}
	for _, c := range fallbacks {
		if p, ok := index[strings.ToLower(c)]; ok {
			return p, true
		}
	}
	return "", true
}

// isOfficial says a file is the Windows face the name means.
func isOfficial(file string) bool {
	switch strings.ToLower(file) {
	case "simfang.ttf", "simhei.ttf", "simkai.ttf", "fzxbsjw.ttf", "方正小标宋简体.ttf", "fangsong_gb2312.ttf", "仿宋_gb2312.ttf", "kaiti_gb2312.ttf":
		return true
	}
	return false
}

var (
	indexOnce sync.Once
	indexed   map[string]string
)

// indexFonts maps lower-case file names to paths, once per run.
func indexFonts() map[string]string {
	indexOnce.Do(func() {
		indexed = map[string]string{}
		for _, dir := range fontDirs() {
			_ = filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
				if err == nil && !d.IsDir() {
					if _, dup := indexed[strings.ToLower(d.Name())]; !dup {
						indexed[strings.ToLower(d.Name())] = p
					}
				}
				return nil
			})
		}
	})
	return indexed
}

// FontNames are the names 设置 holds for each face (Word's names).
type FontNames struct {
	Body, Heading, Title, Kai string
}

// LoadFonts finds and loads a font for every face; an error names a face
// that has no usable font on this machine.
func LoadFonts(n FontNames) (*FontSet, error) {
	var set FontSet
	names := map[Face]string{FaceBody: n.Body, FaceHeading: n.Heading, FaceTitle: n.Title, FaceKai: n.Kai}
	loaded := map[string]*Font{}
	for _, f := range Faces {
		file, fallback := FindFont(names[f])
		if file == "" {
			return nil, fmt.Errorf("no Chinese font for %s: install fonts-arphic-gbsn00lp or fonts-droid-fallback, or put the font in BULLETINDESK_FONTS", names[f])
		}
		font, ok := loaded[file+names[f]]
		if !ok {
			var err error
			if font, err = loadShared(loaded, names[f], file); err != nil {
				return nil, err
			}
		}
		font.Fallback = fallback
		set[f] = font
	}
	return &set, nil
}

// loadShared loads a file once even when two faces fall back to it.
func loadShared(loaded map[string]*Font, name, file string) (*Font, error) {
	for _, f := range loaded {
		if f.File == file {
			cp := &Font{Name: name, File: file, Data: f.Data, sf: f.sf, em: f.em, cache: map[rune]float64{}}
			loaded[file+name] = cp
			return cp, nil
		}
	}
	f, err := LoadFont(name, file)
	if err == nil {
		loaded[file+name] = f
	}
	return f, err
}

// UIFont is a font for the window's text: a file and, in a collection,
// the family of the face to use.
type UIFont struct {
	File, Family string
}

// uiFonts are the fonts the window draws Chinese with, best first, each
// a regular face and its bold: faces with the Simplified Chinese glyph
// forms (直 骨 as printed in China, not as in Japan), on Linux, UOS and
// Kylin (Noto Sans CJK, Source Han Sans, WenQuanYi, Droid), Windows
// (Microsoft YaHei, DengXian, SimHei, SimSun) and macOS (PingFang). A
// collection names its SC face: Fyne itself takes the first face of
// NotoSansCJK-Regular.ttc that has the character, the Japanese one.
var uiFonts = [][2]UIFont{
	{{"NotoSansCJK-Regular.ttc", "Noto Sans CJK SC"}, {"NotoSansCJK-Bold.ttc", "Noto Sans CJK SC"}},
	{{"NotoSansCJKsc-Regular.otf", ""}, {"NotoSansCJKsc-Bold.otf", ""}},
	{{"SourceHanSansSC-Regular.otf", ""}, {"SourceHanSansSC-Bold.otf", ""}},
	{{"SourceHanSansCN-Regular.otf", ""}, {"SourceHanSansCN-Bold.otf", ""}},
	{{"SourceHanSans-Regular.ttc", "Source Han Sans SC"}, {"SourceHanSans-Bold.ttc", "Source Han Sans SC"}},
	{{"msyh.ttc", "Microsoft YaHei"}, {"msyhbd.ttc", "Microsoft YaHei"}},
	{{"msyh.ttf", ""}, {"msyhbd.ttf", ""}},
	{{"PingFang.ttc", "PingFang SC"}, {}},
	{{"wqy-microhei.ttc", "WenQuanYi Micro Hei"}, {}},
	{{"wqy-zenhei.ttc", "WenQuanYi Zen Hei"}, {}},
	{{"Deng.ttf", ""}, {"Dengb.ttf", ""}},
	{{"simhei.ttf", ""}, {}},
	{{"simsun.ttc", "SimSun"}, {}},
	{{"DroidSansFallbackFull.ttf", ""}, {}},
	{{"DroidSansFallback.ttf", ""}, {}},
}

// FindUIFont is the best font of this machine for the window's Chinese
// text, with its bold (a zero UIFont when the family has none here);
// ok is false when the machine has none of them.
func FindUIFont() (regular, bold UIFont, ok bool) {
	found := UIFonts()
	if len(found) == 0 {
		return UIFont{}, UIFont{}, false
	}
	return found[0][0], found[0][1], true
}

// UIFonts are the fonts of uiFonts this machine has, best first, each
// with its bold when the machine has that too.
func UIFonts() [][2]UIFont {
	index := indexFonts()
	var found [][2]UIFont
	for _, c := range uiFonts {
		p, ok := index[strings.ToLower(c[0].File)]
		if !ok {
			continue
		}
		pair := [2]UIFont{{File: p, Family: c[0].Family}}
		if b, ok := index[strings.ToLower(c[1].File)]; ok && c[1].File != "" {
			pair[1] = UIFont{File: b, Family: c[1].Family}
		}
		found = append(found, pair)
	}
	return found
}

// ReadUIFont reads f as a single-font file: its own bytes, or its face
// copied out of the collection.
func ReadUIFont(f UIFont) ([]byte, error) {
	data, err := os.ReadFile(f.File)
	if err != nil {
		return nil, fmt.Errorf("read the font %s: %w", f.File, err)
	}
	i, err := FaceNamed(data, f.Family)
	if err != nil {
		return nil, fmt.Errorf("read the font %s: %w", f.File, err)
	}
	out, err := ExtractFace(data, i)
	if err != nil {
		return nil, fmt.Errorf("read the font %s: %w", f.File, err)
	}
	return out, nil
}
