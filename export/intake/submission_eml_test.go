package intake

import (
	"bytes"
	"encoding/base64"
	"mime"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/bulletindesk/bulletindesk/editor"
)

// E-mail files as Foxmail, Outlook and Thunderbird save them (reviewer F3):
// each is read like the same message pasted as text.

const emlPiece = "　　青山乡在全乡14个村推行“党员联户”，每名党员联系10至15户群众，今年以来收集群众诉求326条，办结率97.5%。\n"

func emlGB(t *testing.T, s string) string {
	t.Helper()
	b, err := simplifiedchinese.GB18030.NewEncoder().String(s)
	if err != nil {
		t.Fatal(err)
	}
	enc := base64.StdEncoding.EncodeToString([]byte(b))
	var lines []string
	for len(enc) > 76 {
		lines, enc = append(lines, enc[:76]), enc[76:]
	}
	return strings.Join(append(lines, enc), "\r\n")
}

func emlGBWord(t *testing.T, s string) string {
	t.Helper()
	b, err := simplifiedchinese.GB18030.NewEncoder().String(s)
	if err != nil {
		t.Fatal(err)
	}
	return "=?GB2312?B?" + base64.StdEncoding.EncodeToString([]byte(b)) + "?="
}

func TestReadEML(t *testing.T) {
	body := "各位老师好，附上我乡信息一篇，请审阅。\n\n青山乡“党员联户”架起干群连心桥\n" + emlPiece + "\n--\n青山乡党委办公室 何丽 0571-86005678\n"
	foxmail := "Content-Type: multipart/alternative;\r\n boundary=\"----=_NextPart_000\"\r\nMIME-Version: 1.0\r\n" +
		"From: " + emlGBWord(t, "青山乡党委") + " <qsx@example.cn>\r\nTo: zgxx@example.cn\r\n" +
		"Subject: " + emlGBWord(t, "报送信息：青山乡“党员联户”架起干群连心桥") + "\r\nDate: Tue, 24 Nov 2026 08:15:00 +0800\r\n\r\n" +
		"------=_NextPart_000\r\nContent-Type: text/plain; charset=\"gb2312\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" + emlGB(t, body) + "\r\n" +
		"------=_NextPart_000\r\nContent-Type: text/html; charset=\"gb2312\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" + emlGB(t, "<p>不同的HTML副本</p>") + "\r\n" +
		"------=_NextPart_000--\r\n"
	qp := "MIME-Version: 1.0\nFrom: =?utf-8?b?" + base64.StdEncoding.EncodeToString([]byte("青山乡党委")) + "?= <qsx@example.cn>\n" +
		"Subject: " + mime.QEncoding.Encode("utf-8", "青山乡“党员联户”架起干群连心桥") + "\nDate: Mon, 23 Nov 2026 23:50:00 +0800\n" +
		"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" +
		strings.ReplaceAll(qpEncode(emlPiece), "\n", "=\n") + "\n"
	htmlOnly := "MIME-Version: 1.0\nFrom: qsx@example.cn\nSubject: =?utf-8?q?=E4=BF=A1=E6=81=AF?=\nDate: Tue, 24 Nov 2026 08:15:00 +0800\n" +
		"Content-Type: multipart/mixed; boundary=b1\n\n--b1\nContent-Type: text/html; charset=utf-8\n\n" +
		"<html><head><style>p{margin:0}</style></head><body><p>青山乡“党员联户”架起干群连心桥</p><p>　　青山乡推行“党员联户”&nbsp;，办结率97.5%。</p></body></html>\n" +
		"--b1\nContent-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document\nContent-Disposition: attachment; filename=\"a.docx\"\nContent-Transfer-Encoding: base64\n\nUEsDBA==\n--b1--\n"
	piece := "青山乡在全乡14个村推行“党员联户”，每名党员联系10至15户群众，今年以来收集群众诉求326条，办结率97.5%。"
	tests := []struct {
		name, file, data               string
		title, text, received, contact string
		checks, unit                   string // unit: the signature's, credited (no bracket added)
	}{
		{"Foxmail: multipart/alternative, GB2312 subject, GB18030 base64", "来稿.eml", foxmail,
			"青山乡“党员联户”架起干群连心桥", piece, "2026-11-24", "青山乡党委办公室 何丽 0571-86005678", "", "青山乡党委"},
		{"the same saved as .txt", "来稿.txt", foxmail,
			"青山乡“党员联户”架起干群连心桥", piece, "2026-11-24", "青山乡党委办公室 何丽 0571-86005678", "", "青山乡党委"},
		{"one part, UTF-8 quoted-printable, the sender's own date", "来稿.eml", qp,
			"青山乡“党员联户”架起干群连心桥", piece, "2026-11-23", "", "", ""},
		{"HTML only, an attachment", "来稿.EML", htmlOnly,
			"青山乡“党员联户”架起干群连心桥", "青山乡推行“党员联户”，办结率97.5%。", "2026-11-24", "", "邮件附件或图片1个未导入（附件请另存后导入）", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sub, err := ReadSubmission(tt.file, strings.NewReader(tt.data))
			if err != nil {
				t.Fatal(err)
			}
			received := "none"
			if !sub.Received.IsZero() {
				received = sub.Received.Format(editor.DateLayout)
			}
			got := []string{sub.Title, sub.Text, received, sub.Contact, strings.Join(docxCheckTexts(sub.Checks), "|"), sub.UnitName}
			want := []string{tt.title, tt.text, tt.received, tt.contact, tt.checks, tt.unit}
			if strings.Join(got, " ‖ ") != strings.Join(want, " ‖ ") {
				t.Errorf("got\n%q\nwant\n%q", got, want)
			}
		})
	}
}

// qpEncode is quoted-printable for the test's UTF-8 lines (every byte
// outside ASCII as =XX).
func qpEncode(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || c == '=' {
			b.WriteString("=" + strings.ToUpper(string("0123456789abcdef"[c>>4])+string("0123456789abcdef"[c&15])))
		} else {
			b.WriteByte(c)
		}
	}
	return b.String()
}

// TestPastedMailIsNotMIME: a pasted e-mail's From:/Subject: lines, without
// a Content-Type, stay a text 来稿.
func TestPastedMailIsNotMIME(t *testing.T) {
	if emlLooksLikeMIME([]byte("From: 青山乡党委\nSubject: 信息\n\n" + emlPiece)) {
		t.Error("a pasted e-mail was taken for a MIME message")
	}
	if !emlLooksLikeMIME([]byte("Subject: x\nMIME-Version: 1.0\n\nbody")) {
		t.Error("a MIME message was not recognised")
	}
}

// FuzzReadEML: an e-mail file of any shape is read or refused with an
// error, never a panic; one read holds a title or a text, and a plain
// one-part message keeps every Chinese character of its body.
func FuzzReadEML(f *testing.F) {
	f.Add([]byte("MIME-Version: 1.0\nSubject: =?utf-8?q?=E4=BF=A1?=\nContent-Type: multipart/alternative; boundary=b\n\n--b\nContent-Type: text/plain; charset=gb2312\nContent-Transfer-Encoding: base64\n\nx8DJvQ==\n--b--\n"))
	f.Add([]byte("From: a@b\nContent-Type: text/html\n\n<p>青山乡</p><br>办结率"))
	f.Add([]byte("From: a@b\nContent-Type: text/plain; charset=utf-8\n\n" + emlPiece))
	f.Fuzz(func(t *testing.T, data []byte) {
		sub, err := ReadEML("x.eml", bytes.NewReader(data))
		if err != nil {
			return
		}
		if sub.Title == "" && sub.Text == "" {
			t.Fatal("read with neither title nor text")
		}
		head, body, ok := bytes.Cut(data, []byte("\n\n"))
		if !ok || !bytes.Equal(head, []byte("From: a@b\nContent-Type: text/plain; charset=utf-8")) || !utf8.Valid(body) {
			return
		}
		all := sub.Title + sub.Text + sub.Cover + sub.Contact
		for _, r := range string(body) {
			if r >= 0x4E00 && r <= 0x9FFF && !strings.ContainsRune(all, r) {
				t.Fatalf("%q of the body is nowhere in what was read", r)
			}
		}
	})
}

// Review G2: 163 mail (Coremail) quotes an encoded display name
// ("=?GBK?B?…?=" <…>), which a header decoding left as it was; and its
// users sign with the unit and their name on the last line, which stayed
// the text's last paragraph with no unit read.
func TestReadEMLCoremailSender(t *testing.T) {
	msg := "From: \"=?GBK?B?wfW3vA==?=\" <bsxzzb@163.com>\r\nTo: zgxx@example.cn\r\nSubject: =?GBK?B?sNfJs8/Y0MXPorGoy80=?=\r\n" +
		"Date: Tue, 15 Jul 2025 09:12:45 +0800 (CST)\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" +
		"白沙县探索“积分超市”激励党员志愿服务\r\n\r\n　　白沙县在15个村试点“积分超市”，累计兑换1.2万分。\r\n\r\n白沙县委组织部 刘芳\r\n"
	sub, err := ReadSubmission("来稿.eml", strings.NewReader(msg))
	if err != nil {
		t.Fatal(err)
	}
	var from string
	for _, n := range sub.Intake {
		if n.Label == "发件人" {
			from = n.Value
		}
	}
	if from != "刘芳 <bsxzzb@163.com>" {
		t.Errorf("发件人 %q, want 刘芳 <bsxzzb@163.com>", from)
	}
	if sub.Text != "白沙县在15个村试点“积分超市”，累计兑换1.2万分。" || sub.UnitName != "白沙县委组织部" || sub.Contact != "白沙县委组织部 刘芳" {
		t.Errorf("text %q unit %q contact %q", sub.Text, sub.UnitName, sub.Contact)
	}
}

func TestTextMailSender(t *testing.T) {
	for in, want := range map[string]string{
		`"李青" <liqing@qingshan.gov.cn>`: "李青 <liqing@qingshan.gov.cn>",
		`"" <a@b.cn>`:                   "<a@b.cn>",
		`李青 <liqing@qingshan.gov.cn>`:   "李青 <liqing@qingshan.gov.cn>",
		`"李青`:                           `"李青`,
	} {
		if got := textMailSender(in); got != want {
			t.Errorf("textMailSender(%q) = %q, want %q", in, got, want)
		}
	}
}
