package editor

import (
	"strconv"
	"strings"
	"time"
)

// IssueStatus is 草稿, 送审, 已审核 or 已签发 (see workflow.go); stored as
// the English code.
type IssueStatus string

const (
	IssueDraft  IssueStatus = "draft"  // 草稿
	IssueSigned IssueStatus = "signed" // 已签发
)

// SubmissionStatus is 待处理, 采用, 备用 or 未采用; stored as the English code.
type SubmissionStatus string

const (
	SubmissionPending  SubmissionStatus = "pending"  // 待处理
	SubmissionAdopted  SubmissionStatus = "adopted"  // 采用
	SubmissionReserve  SubmissionStatus = "reserve"  // 备用
	SubmissionRejected SubmissionStatus = "rejected" // 未采用
)

// SubmissionStatuses lists the statuses in the order the UI offers them.
var SubmissionStatuses = []SubmissionStatus{SubmissionPending, SubmissionAdopted, SubmissionReserve, SubmissionRejected}

// DefaultKinds are the kinds of submission offered by default (来稿类型).
var DefaultKinds = []string{"信息", "调研", "简讯", "经验", "其他"}

// DefaultGroups are the unit groups offered by default.
var DefaultGroups = []string{"县区", "市直", "其他"}

// OutletLevel is the level of an upstream outlet or of a leader giving a 批示.
type OutletLevel string

const (
	LevelCentral    OutletLevel = "central"    // 中央
	LevelProvincial OutletLevel = "provincial" // 省
	LevelCity       OutletLevel = "city"       // 市
)

// Levels lists the levels from highest to lowest.
var Levels = []OutletLevel{LevelCentral, LevelProvincial, LevelCity}

// Date is a calendar day without time of day; files and the archive hold it
// as ISO 2006-01-02.
type Date = time.Time

// DateLayout is the ISO layout used in the archive and in files.
const DateLayout = "2006-01-02"

// Bulletin is a publication series (刊物): 组工信息, its 增刊, a 专报.
type Bulletin struct {
	ID           int64
	Name         string // 组工信息
	EditingUnit  string // 中共安庆市委组织部
	Sections     []string
	Distribution []DistributionLine // defaults for a new issue
	CopyCount    int                // 印数 default
	Marks        IssueMarks         // 版头/版记 defaults of a new issue (CopyNumber and PrintedDate unused)
}

// IssueMarks are the 版头 and 版记 elements of GB/T 9704 beyond the title,
// numbers and date. Each is printed (text, Word, PDF, HTML) only when set.
type IssueMarks struct {
	Classification string // 密级: 秘密, 机密, 绝密; "" none
	SecrecyTerm    string // 保密期限 after the 密级: 1年 (printed 秘密★1年)
	Internal       bool   // 「内部资料 注意保存」 in the masthead
	CopyNumber     string // 份号: 000001
	NumberCopies   bool   // number each printed copy from CopyNumber (or 1) up to the copy count
	Signer         string // 签发人, printed where the bulletin prints one
	Contents       bool   // 本期要目 on page one, made from the items' leads
	Printer        string // 印发机关 in the 版记 (§7.4.3)
	PrintedDate    Date   // 印发日期 in the 版记; zero: not printed
	// ContentsText is an imported issue's 本期要目 as its source wrote it,
	// lines separated by "\n", printed instead of the leads while set (a
	// back issue keeps its own list); "" makes the list from the leads.
	// Turning 本期要目 off clears it (SaveIssue), so turning it on again
	// makes the list from the leads: the editor asks for it that way.
	ContentsText string
	// CopyLine is an imported issue's copy-count line as its source wrote
	// it (共印120份), printed while it still says CopyCount; "" prints
	// （共印N份）.
	CopyLine string
	// UnitLine is an imported issue's editing unit as its masthead wrote
	// it without 编 (中共某市委组织部, 某某办公室), printed as it stands
	// instead of 「…编」 while it still names the editing unit
	// (EditingUnitLine); "" prints 「EditingUnit编」.
	UnitLine string
}

// DistributionLine is one footer line of an issue: 报, 送 or 发 and its text.
type DistributionLine struct {
	Label string // 报 / 送 / 发
	Text  string // 省委组织部，本部领导。
}

// Issue is one number of a bulletin (期).
type Issue struct {
	ID           int64
	BulletinID   int64
	BulletinName string
	EditingUnit  string
	Year         int
	Number       int // 第N期, resets each year
	TotalNumber  int // 总第M期, never resets
	Date         Date
	Status       IssueStatus
	CopyCount    int
	Marks        IssueMarks // 密级, 份号, 签发人, 要目, 印发机关/日期
	EditorNote   string     // the issue's 编者按, before the first section; paragraphs separated by "\n"
	Sections     []Section
	Distribution []DistributionLine
	Version      int64 // the header's stored version this copy was read at (see ErrConflict)
	UpdatedAt    time.Time
	Review       IssueReview // who sent, reviewed and signed it, and when (read only)
	// Imported says the issue came from a file (import-issue, 从文本导入):
	// its date is its source's, which 签发 keeps (read only).
	Imported bool
	// UnitNames names the units the items credit (Item.UnitIDs), for the
	// exports that list them (the workbook's 计分单位); filled by
	// Archive.IssueForExport, nil otherwise.
	UnitNames map[int64]string
}

// Section is a 栏目 of an issue, in order.
type Section struct {
	ID       int64
	IssueID  int64
	Name     string
	Position int
	Items    []Item
}

// Item is one △ entry of a section.
type Item struct {
	ID          int64
	SectionID   int64
	Position    int
	Lead        string  // 标题句, the first sentence, with its closing 。
	Body        string  // the rest; paragraphs separated by "\n"
	Attribution string  // the text inside the closing （）, without the parentheses
	EditorNote  string  // the item's 编者按, printed before its △ paragraph
	UnitIDs     []int64 // credited units (several for a 综合 item)
	Submissions []int64 // source submissions (采用)
	Words       int     // 字数 of lead + body + attribution
	Version     int64   // the stored version this copy was read at (see ErrConflict)
	UpdatedAt   time.Time
}

// IssueSummary is one row of the issues list.
type IssueSummary struct {
	ID           int64
	BulletinID   int64
	BulletinName string
	Year         int
	Number       int
	TotalNumber  int
	Date         Date
	Status       IssueStatus
	Items        int
	Words        int
}

// Unit is a 报送单位.
type Unit struct {
	ID        int64
	Name      string // 怀宁县委组织部
	ShortName string // 怀宁县
	Group     string // 县区 / 市直 / …
	Aliases   []string
	Active    bool
	Position  int
}

// Submission is a 来稿.
type Submission struct {
	ID       int64
	UnitID   int64 // 0 when the unit is not known yet
	UnitName string
	Received Date
	Kind     string
	Title    string
	Text     string // paragraphs separated by "\n"
	Contact  string
	// Cover is what came with the piece but is not of it — a greeting to
	// the editors (各位领导：), a cover letter (…关于报送…的函, 现将…报上，请审阅)
	// with its 落款 and contact lines — as the file wrote it, paragraphs
	// separated by "\n": kept and shown, but neither counted in 字数 nor
	// adopted into an item's body, which hold the article (Text) alone.
	Cover       string
	Status      SubmissionStatus
	Words       int
	Source      string // file name it came from, if any
	DuplicateOf int64  // an earlier submission with the same text, 0 if none
	ItemIDs     []int64
	Version     int64 // the stored version this copy was read at (see ErrConflict)
	UpdatedAt   time.Time
	// Intake is what a reader took from around the piece — an e-mail's
	// 发件人, 发送时间 and 主题, a signature, a cover letter, a 落款 — for
	// the import preview to show before saving; it is not stored.
	Intake []IntakeNote
	// Checks are what the file's reader left out or doubts (目录已略去,
	// 批注2条未导入, 像是一期简报): said in the import line and the
	// window's preview, never stored.
	Checks []ReadCheck `json:"-"`
}

// IntakeNote is one thing a reader read off a file besides the piece:
// Label is its Chinese name (发件人, 发送时间, 主题, 签名, 报送函, 落款;
// the app translates it), Value what the file says.
type IntakeNote struct {
	Label, Value string
}

// ReadCheck is one thing a reader left out of a file or doubts. Text is a
// Chinese sentence, the UI's translation key, in which {{.N}} stands for N.
type ReadCheck struct {
	Text string
	N    int
}

// String is the check in Chinese, N put in (the command line's wording).
func (c ReadCheck) String() string {
	return strings.ReplaceAll(c.Text, "{{.N}}", strconv.Itoa(c.N))
}

// UpstreamAdoption is a piece adopted by a higher outlet (上级采用).
type UpstreamAdoption struct {
	ID           int64
	SubmissionID int64 // one of SubmissionID and ItemID is set
	ItemID       int64
	Outlet       string // 省委组织部《组工信息》
	Level        OutletLevel
	Date         Date
	Note         string
}

// Instruction is a leader's 批示 on an item or a submission.
type Instruction struct {
	ID           int64
	SubmissionID int64
	ItemID       int64
	Leader       string
	Level        OutletLevel
	Date         Date
	Text         string
}
