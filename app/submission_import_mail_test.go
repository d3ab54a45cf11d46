package app

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/bulletindesk/bulletindesk/editor"
)

// An e-mail 来稿 and a Notepad one signed with a 落款, imported into an
// empty archive: the preview shows what the header gave (发件人, 发送时间,
// 主题), the body's headline as title, the date of 发送时间 (not today),
// the unit the signature (its 组织部, not its 组织科) or the 落款 names
// (new, added on saving), and
// the contact with its spaces; saving keeps all of it.
func TestSubmissionImportPreviewMail(t *testing.T) {
	u, ar := newDeskTestUI(t)
	dir := t.TempDir()
	writeTestFile(t, filepath.Join(dir, "1邮件.txt"), "发件人: 周晓燕 <zhouxy@example.cn>\n发送时间: 2025年3月14日 9:02\n收件人: zgxx@example.cn\n"+
		"主题: 【信息】西岭县：“村级党建指导员”\n 让基层党建有抓手\n\n各位老师好，附上我县信息一篇，请审阅。\n\n西岭县：“村级党建指导员”让基层党建有抓手\n\n"+
		"　　今年以来，西岭县选派46名党建指导员，分驻46个软弱涣散村党组织。\n\n--\n周晓燕 西岭县委组织部组织科\n", 0o644)
	writeTestFile(t, filepath.Join(dir, "2落款.txt"), "石门县推行干部“三个一批”\r\n\r\n    今年以来，石门县遴选优秀年轻干部126名。\r\n\r\n"+
		"                                        中共石门县委组织部\r\n                                         2025年3月12日\r\n联系人：周晓燕  电话：0556-1234567\r\n", 0o644)
	u.subs.importPaths([]string{dir})
	p := u.subs.preview
	if p == nil || len(p.good) != 2 {
		t.Fatalf("preview = %+v, want 2 files", p)
	}
	mail, signed := p.fileLabel(0, p.good[0]).Text, p.fileLabel(1, p.good[1]).Text
	if got := p.fields[0].title.Text; got != "西岭县：“村级党建指导员”让基层党建有抓手" {
		t.Errorf("title field %q", got)
	}
	for _, want := range []string{"报送单位：西岭县委组织部（新单位", "2025年3月14日",
		"发件人：周晓燕 <zhouxy@example.cn>", "发送时间：2025年3月14日 9:02", "主题：【信息】西岭县：“村级党建指导员”让基层党建有抓手", "签名：周晓燕 西岭县委组织部组织科"} {
		if !strings.Contains(mail, want) {
			t.Errorf("e-mail line %q, want %q in it", mail, want)
		}
	}
	for _, want := range []string{"报送单位：中共石门县委组织部（新单位", "2025年3月12日", "落款：中共石门县委组织部"} {
		if !strings.Contains(signed, want) {
			t.Errorf("落款 line %q, want %q in it", signed, want)
		}
	}
	p.onImport()
	subs := allSubmissions(t, ar)
	if len(subs) != 2 {
		t.Fatalf("saved %d, want 2", len(subs))
	}
	want := map[string][3]string{
		"1邮件.txt": {"西岭县委组织部", "2025-03-14", "周晓燕 西岭县委组织部组织科"},
		"2落款.txt": {"中共石门县委组织部", "2025-03-12", "联系人：周晓燕  电话：0556-1234567"},
	}
	for _, s := range subs {
		w := want[s.Source]
		if got := [3]string{s.UnitName, s.Received.Format(editor.DateLayout), s.Contact}; got != w {
			t.Errorf("%s saved as %q, want %q", s.Source, got, w)
		}
	}
}
