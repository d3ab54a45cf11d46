package intake

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/bulletindesk/bulletindesk/editor"
)

func TestReadTextSubmission(t *testing.T) {
	tests := []struct {
		name                 string
		in                   string
		title, text, contact string
	}{
		{
			name:  "title line",
			in:    "青阳县推行“村事夜议”制度\n\n　　青阳县在128个行政村推行“村事夜议”制度。\n　　今年以来共议定事项460余件。\n",
			title: "青阳县推行“村事夜议”制度",
			text:  "青阳县在128个行政村推行“村事夜议”制度。\n今年以来共议定事项460余件。",
		},
		{
			name:  "no title line: the first sentence",
			in:    "石门区在32个城市社区推行在职党员“双向积分”管理，社区与党员所在单位互评互认。累计认领服务项目1700余个。\n",
			title: "石门区在32个城市社区推行在职党员“双向积分”管理，社区与党员所在单位互评互认。",
			text:  "石门区在32个城市社区推行在职党员“双向积分”管理，社区与党员所在单位互评互认。累计认领服务项目1700余个。",
		},
		{
			name:  "hard-wrapped e-mail with blank lines between paragraphs",
			in:    "东溪镇建强网格党支部\n东溪镇把全镇划分为46个网格，每个网格建立党支部，选派\n镇村干部担任网格长，今年以来化解矛盾纠纷 210 余\n件。\n\n同时建立网格员积分管理办法，按月公示\n积分排名。\n",
			title: "东溪镇建强网格党支部",
			text:  "东溪镇把全镇划分为46个网格，每个网格建立党支部，选派镇村干部担任网格长，今年以来化解矛盾纠纷210余件。\n同时建立网格员积分管理办法，按月公示积分排名。",
		},
		{
			name:    "contact lines",
			in:      "青阳县开展党员积分管理\n　　青阳县对全县党员实行积分管理。\n联系人：王晓东\n电话：0571-12345678\n",
			title:   "青阳县开展党员积分管理",
			text:    "青阳县对全县党员实行积分管理。",
			contact: "联系人：王晓东；电话：0571-12345678",
		},
		{
			name:  "e-mail saved from Foxmail",
			in:    "发件人: 李四 <lisi@example.cn>\n发送时间: 2024年3月5日(星期二) 上午9:30\n收件人: 组织部信息科\n主题: 转发：县直机关工委党员志愿服务信息\n\n各位领导：\n　　县直机关工委组织党员到社区报到，共认领岗位300个。\n",
			title: "县直机关工委党员志愿服务信息",
			text:  "各位领导： ‖ 县直机关工委组织党员到社区报到，共认领岗位300个。",
		},
		{
			name:  "e-mail whose body repeats the subject",
			in:    "From: lisi@example.cn\nSubject: Re: 东溪镇建强网格党支部\n\n东溪镇建强网格党支部\n　　东溪镇把全镇划分为46个网格。\n",
			title: "东溪镇建强网格党支部",
			text:  "东溪镇把全镇划分为46个网格。",
		},
		{
			name:  "时间： and 地点： opening a text are no e-mail header",
			in:    "时间：3月5日\n　　地点：镇会议室。\n　　石门镇召开党建联席会议。\n",
			title: "时间：3月5日",
			text:  "地点：镇会议室。\n石门镇召开党建联席会议。",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := ReadTextSubmission("dir/来稿.txt", strings.NewReader(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if s.Title != tt.title || coverAndText(s) != tt.text || s.Contact != tt.contact {
				t.Errorf("got title %q text %q contact %q\nwant title %q text %q contact %q", s.Title, coverAndText(s), s.Contact, tt.title, tt.text, tt.contact)
			}
			if s.Source != "来稿.txt" || s.UnitID != 0 {
				t.Errorf("source %q unit %d, want 来稿.txt and 0", s.Source, s.UnitID)
			}
			article := tt.text // 字数 counts the article, not the cover set apart
			if i := strings.Index(article, " ‖ "); i >= 0 {
				article = article[i+len(" ‖ "):]
			}
			if want := editor.CountWords(article); s.Words != want {
				t.Errorf("words = %d, want %d", s.Words, want)
			}
		})
	}
}

func TestReadSubmissionDispatch(t *testing.T) {
	gbk := textMustGB18030(t, "江州市开展年轻干部实践锻炼\r\n全市选派215名年轻干部到一线锻炼。\r\n")
	s, err := ReadSubmission("来稿.TXT", bytes.NewReader(gbk))
	if err != nil {
		t.Fatalf("ReadSubmission(.TXT, GB18030): %v", err)
	}
	if s.Title != "江州市开展年轻干部实践锻炼" || s.Text != "全市选派215名年轻干部到一线锻炼。" {
		t.Errorf("got %q / %q", s.Title, s.Text)
	}
	if _, err := ReadSubmission("照片.jpg", strings.NewReader("x")); err == nil || !strings.Contains(err.Error(), "照片.jpg") {
		t.Errorf("unknown extension: err = %v, want an error naming 照片.jpg", err)
	}
	if _, err := ReadSubmission("空.txt", strings.NewReader("\r\n \r\n")); !errors.Is(err, ErrEmpty) {
		t.Errorf("empty file: err = %v, want ErrEmpty", err)
	}
}

func TestReadTextSubmissionHeader(t *testing.T) {
	tests := []struct {
		name, in, title, text, received string
	}{
		{
			name:     "unit and date on lines of their own",
			in:       "白沙县委组织部\n2025年5月12日\n\n白沙县储备村级后备力量\n　　回引本土青年63人。\n　　培养后备力量120人。\n",
			title:    "白沙县储备村级后备力量",
			text:     "回引本土青年63人。\n培养后备力量120人。 @白沙县委组织部", // credited, no bracket added (G8)
			received: "2025-05-12",
		},
		{
			name:     "unit and date on one line, text already credited",
			in:       "中共石门区委组织部　　二〇二五年五月十二日\n石门区推行“双向积分”\n　　累计认领服务项目1700余个。（石门区委组织部）\n",
			title:    "石门区推行“双向积分”",
			text:     "累计认领服务项目1700余个。（石门区委组织部）",
			received: "2025-05-12",
		},
		{
			name:     "a date at the end",
			in:       "青阳县开展党员积分管理\n　　对全县党员实行积分管理。\n2025-05-09\n",
			title:    "青阳县开展党员积分管理",
			text:     "对全县党员实行积分管理。",
			received: "2025-05-09",
		},
		{
			name:  "a byline under the title",
			in:    "白沙县储备村级后备力量\n白沙县委组织部\n今年以来，白沙县回引本土青年63人。\n",
			title: "白沙县储备村级后备力量",
			text:  "今年以来，白沙县回引本土青年63人。 @白沙县委组织部",
		},
		{
			name:     "a byline in brackets with a date",
			in:       "白沙县储备村级后备力量\n（白沙县委组织部）\n2025年5月12日\n　　回引本土青年63人。\n",
			title:    "白沙县储备村级后备力量",
			text:     "回引本土青年63人。 @白沙县委组织部",
			received: "2025-05-12",
		},
		{
			name:  "a title that ends like a unit name stays the title",
			in:    "东溪镇成立联合党委\n　　东溪镇推动相邻5个村组建联合党委。\n",
			title: "东溪镇成立联合党委",
			text:  "东溪镇推动相邻5个村组建联合党委。",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := ReadTextSubmission("a.txt", strings.NewReader(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			received := ""
			if !s.Received.IsZero() {
				received = s.Received.Format(editor.DateLayout)
			}
			if s.Title != tt.title || s.Text+creditMark(s) != tt.text || received != tt.received {
				t.Errorf("got %q / %q / %q\nwant %q / %q / %q", s.Title, s.Text+creditMark(s), received, tt.title, tt.text, tt.received)
			}
		})
	}
}

// TestReadPastedSubmissionFaults: what pasting from Word, WPS or a
// bulletin did wrong — a 46-character headline glued to the body, a cover
// line taken as the title, a △ kept so the export printed 「△△」.
func TestReadPastedSubmissionFaults(t *testing.T) {
	const head46 = "临江区以组织振兴引领乡村全面振兴着力构建党建引领基层治理新格局推动各项工作取得扎实成效再上新"
	body1 := "今年以来，临江区选派驻村第一书记42名，整合涉农资金1.2亿元，建成村级党群服务中心36个，村级集体经济收入全部超过10万元，较上年增长两成。"
	body2 := "区委组织部建立“周调度、月通报”机制，推动各镇街落实责任。"
	tests := []struct {
		name, in          string
		title, text, unit string
	}{
		{"46-character headline, paragraphs one a line (Word)",
			head46 + "\n" + body1 + "\n" + body2 + "\n",
			head46, body1 + "\n" + body2, ""},
		{"46-character headline over indented paragraphs",
			head46 + "\n　　" + body1 + "\n　　" + body2 + "\n",
			head46, body1 + "\n" + body2, ""},
		{"46-character headline, blank line, body",
			head46 + "\n\n" + body1 + "\n\n" + body2 + "\n",
			head46, body1 + "\n" + body2, ""},
		{"cover line names the sending unit",
			"临江区委组织部报送\n\n临江区建强村级党群服务中心\n\n" + body1 + "\n",
			"临江区建强村级党群服务中心", body1 + " @临江区委组织部", "临江区委组织部"},
		{"报送单位： cover line",
			"报送单位：临江区委组织部\n临江区建强村级党群服务中心\n" + body1 + "\n",
			"临江区建强村级党群服务中心", body1 + " @临江区委组织部", "临江区委组织部"},
		{"△ item copied from a bulletin",
			"△临江区建强村级党群服务中心。" + body1 + "（临江区委组织部）\n",
			"临江区建强村级党群服务中心。", "临江区建强村级党群服务中心。" + body1 + "（临江区委组织部）", ""},
		{"▲ before a title line",
			"▲临江区建强村级党群服务中心\n　　" + body1 + "\n",
			"临江区建强村级党群服务中心", body1, ""},
		{"a tab inside a line (a table row copied from WPS)",
			"临江区建强村级党群服务中心\n　　设置\t便民服务等功能区，表格：乡镇\t人数，Name\tAge。\n",
			"临江区建强村级党群服务中心", "设置　便民服务等功能区，表格：乡镇　人数，Name Age。", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := ReadTextSubmission("paste.txt", strings.NewReader(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if s.Title != tt.title || s.Text+creditMark(s) != tt.text {
				t.Errorf("got title %q\ntext %q\nwant title %q\ntext %q", s.Title, s.Text+creditMark(s), tt.title, tt.text)
			}
			if strings.ContainsAny(s.Title+s.Text, "△▲") {
				t.Errorf("the bulletin's item mark is kept: title %q text %q", s.Title, s.Text)
			}
		})
	}
}

// TestReadTextSubmissionMail: what the header of an e-mail gives — the
// subject without the marks units and clients put before it, the date of
// 发送时间 in the forms clients write it — and that a headline line of the
// body wins over the subject.
func TestReadTextSubmissionMail(t *testing.T) {
	tests := []struct {
		name, in, title, received, text string
	}{
		{"subject marks", "发件人：甲 <a@b.cn>\n主题：Fw: 转发：【信息】报送信息：东溪镇建强网格党支部\n\n东溪镇把全镇划分为46个网格，每个网格建立党支部。\n",
			"东溪镇建强网格党支部", "none", "东溪镇把全镇划分为46个网格，每个网格建立党支部。"},
		{"headline wins", "From: a@b.cn\nSent: Tue, 4 Mar 2025 08:01:02 +0800\nSubject: 信息一篇\n\n东溪镇建强网格党支部\n　　东溪镇把全镇划分为46个网格。\n",
			"东溪镇建强网格党支部", "2025-03-04", "东溪镇把全镇划分为46个网格。"},
		{"folded subject", "发件人: 甲\n发送时间: 2025/3/14 9:02\n主题: 东溪镇建强\n\t网格党支部\n\n　　东溪镇把全镇划分为46个网格。今年以来化解矛盾纠纷210余件。\n",
			"东溪镇建强网格党支部", "2025-03-14", "东溪镇把全镇划分为46个网格。今年以来化解矛盾纠纷210余件。"},
		{"greeting before the headline", "发件人: 甲\n主题: 信息\n\n各位老师好，附上我镇信息一篇，请审阅。\n东溪镇建强网格党支部\n东溪镇把全镇划分为46个网格。\n",
			"东溪镇建强网格党支部", "none", "各位老师好，附上我镇信息一篇，请审阅。 ‖ 东溪镇把全镇划分为46个网格。"},
		{"Outlook forward, the inner date", "From: 乙\nSent: Monday, April 14, 2025 9:12 AM\nSubject: FW: 东溪镇建强网格党支部\n\n-----Original Message-----\nFrom: 甲\nSent: Friday, April 11, 2025 5:36 PM\nSubject: 东溪镇建强网格党支部\n\n　　东溪镇把全镇划分为46个网格。\n",
			"东溪镇建强网格党支部", "2025-04-11", "东溪镇把全镇划分为46个网格。"},
		{"时间 and 主题 in an article are no later header", "发件人: 甲\n主题: 东溪镇开展主题党日\n\n　　东溪镇开展主题党日活动。\n时间：3月5日\n主题：学习党章\n",
			"东溪镇开展主题党日", "none", "东溪镇开展主题党日活动。\n时间：3月5日\n主题：学习党章"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sub, err := ReadTextSubmission("x.txt", strings.NewReader(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			got := "none"
			if !sub.Received.IsZero() {
				got = sub.Received.Format(editor.DateLayout)
			}
			if sub.Title != tt.title || got != tt.received || coverAndText(sub) != tt.text {
				t.Errorf("title %q received %s text %q, want %q %s %q", sub.Title, got, coverAndText(sub), tt.title, tt.received, tt.text)
			}
		})
	}
}
