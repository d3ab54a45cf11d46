package editor

// Preferences are the editor's settings (设置) that shape exports and the
// window. The archive keeps them (settings table), so they travel with it.
type Preferences struct {
	Indent           bool   // indent paragraphs with two full-width spaces in the text export
	BoldLead         bool   // Word export: the lead sentence of each item in bold
	MastheadColor    string // Word export: masthead colour, hex RRGGBB (red: C00000)
	TitleFont        string // Word export: masthead font, 方正小标宋简体 / 宋体
	BodyFont         string // Word export: body font, 仿宋_GB2312
	HeadingFont      string // Word export: section headings, 黑体
	FooterOnLastPage bool   // Word export: push the 报/送/发 block to the foot of the last page
	// Language and Theme were kept here by earlier versions; the window now
	// keeps them per person (app/personal.go) and reads these once, from a
	// local file, to carry the choice over. New saves leave them empty.
	Language string `json:",omitempty"` // "" (follow the system), "zh" or "en"
	Theme    string `json:",omitempty"` // "" (follow the system), "light" or "dark"
	// length targets: 组版 warns, quietly, when an item or the issue
	// passes them (0: no target)
	ItemWordTarget  int `json:",omitempty"` // 字数 of one item
	IssueWordTarget int `json:",omitempty"` // 字数 of the whole issue
	IssuePageTarget int `json:",omitempty"` // pages of the issue as the PDF lays it out
}

// DefaultPreferences are the settings of a new archive.
func DefaultPreferences() Preferences {
	return Preferences{
		Indent:           true,
		BoldLead:         true,
		MastheadColor:    "C00000",
		TitleFont:        "方正小标宋简体",
		BodyFont:         "仿宋_GB2312",
		HeadingFont:      "黑体",
		FooterOnLastPage: true,
	}
}
