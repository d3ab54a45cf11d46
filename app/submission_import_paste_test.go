package app

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/bulletindesk/bulletindesk/editor"
)

// A paste copied out of a mail client, with two units' pieces in it.
const pastedMail = "发件人: 周晓燕 <zhouxy@xiling.example.cn>\r\n" +
	"发送时间: 2026年11月20日 9:12\r\n" +
	"收件人: 市委组织部信息科\r\n" +
	"主题: 报送信息：西岭县“红色驿站”服务快递小哥\r\n\r\n" +
	"西岭县“红色驿站”服务快递小哥\r\n\r\n" +
	"　　西岭县在城区建成“红色驿站”18个，为快递员、外卖员提供歇脚、充电、饮水服务。（西岭县委组织部）\r\n" +
	"　　东坡镇组建新就业群体党支部2个，发展积极分子9名。（东坡镇党委）\r\n"

// 粘贴为新来稿 goes through the preview files get: what the e-mail header
// held, the shape warnings and the title and unit as read, before anything
// is saved; 取消 saves nothing, 导入 saves it with the date the header gave.
func TestPasteGoesThroughThePreview(t *testing.T) {
	u, ar := newDeskTestUI(t)
	u.app.Clipboard().SetContent(pastedMail)
	u.onPasteSubmission()
	p := u.subs.preview
	if p == nil || len(p.good) != 1 {
		t.Fatalf("preview %+v, want the paste in it", p)
	}
	if got := allSubmissions(t, ar); len(got) != 0 {
		t.Fatalf("%d submissions saved before 导入", len(got))
	}
	shown := p.fileLabel(0, p.good[0]).Text
	for _, want := range []string{"粘贴的文字", "西岭县“红色驿站”服务快递小哥", "报送单位：", "发件人：周晓燕", "含2个不同的署名", "2026年11月20日"} {
		if !strings.Contains(shown, want) {
			t.Errorf("the preview says %q, want %q in it", shown, want)
		}
	}
	p.dlg.Hide() // 取消
	if got := allSubmissions(t, ar); len(got) != 0 {
		t.Fatalf("%d submissions saved after 取消", len(got))
	}
	u.onPasteSubmission()
	u.subs.preview.onImport()
	subs := allSubmissions(t, ar)
	if len(subs) != 1 || subs[0].Title != "西岭县“红色驿站”服务快递小哥" || subs[0].Received.Format("2006-01-02") != "2026-11-20" ||
		strings.Contains(subs[0].Text, "发件人") || subs[0].Source != "" {
		t.Errorf("saved %+v", subs)
	}
}

// A greeting and cover letter are set apart: the preview shows them, 字数
// leaves them out, and 放回正文 puts them back before the text (字数 said
// again); saved apart, the 来稿's detail shows them under its text.
func TestImportPreviewSetsTheCoverApart(t *testing.T) {
	const paste = "各位领导：\n现将我县信息一篇报上，请审阅。\n\n西岭县建强快递行业党组织\n　　西岭县在城区建成“红色驿站”18个，为快递员提供歇脚、充电服务。（西岭县委组织部）\n"
	const article = "西岭县在城区建成“红色驿站”18个，为快递员提供歇脚、充电服务。（西岭县委组织部）"
	for _, back := range []bool{false, true} {
		t.Run(map[bool]string{false: "kept apart", true: "put back"}[back], func(t *testing.T) {
			u, ar := newDeskTestUI(t)
			u.app.Clipboard().SetContent(paste)
			u.onPasteSubmission()
			p := u.subs.preview
			if p == nil || p.covers[0] == nil {
				t.Fatalf("no cover set apart in the preview")
			}
			words := func() string { return fmt.Sprintf(" · %d字 · ", p.good[0].Words) }
			if shown := p.labels[0].Text; !strings.Contains(shown, fmt.Sprintf(" · %d字 · ", editor.CountWords(article))) {
				t.Errorf("the preview says %q, want the article's 字数 %d", shown, editor.CountWords(article))
			}
			if back {
				test.Tap(p.covers[0])
				if !strings.Contains(p.labels[0].Text, words()) || p.good[0].Words <= editor.CountWords(article) {
					t.Errorf("after 放回正文 the preview says %q, %d字", p.labels[0].Text, p.good[0].Words)
				}
			}
			p.onImport()
			subs := allSubmissions(t, ar)
			if len(subs) != 1 {
				t.Fatalf("%d saved", len(subs))
			}
			s := subs[0]
			wantCover, wantText := "各位领导：\n现将我县信息一篇报上，请审阅。", article
			if back {
				wantCover, wantText = "", "各位领导：\n现将我县信息一篇报上，请审阅。\n"+article
			}
			if s.Cover != wantCover || s.Text != wantText || s.Words != editor.CountWords(wantText) {
				t.Errorf("saved cover %q text %q %d字, want %q %q", s.Cover, s.Text, s.Words, wantCover, wantText)
			}
			u.subs.selectSubmission(s.ID)
			if shows := u.subs.detail.cover.Visible() && strings.Contains(u.subs.detail.cover.Text, "请审阅"); shows == back {
				t.Errorf("the detail shows the cover: %v (%q)", shows, u.subs.detail.cover.Text)
			}
		})
	}
}
