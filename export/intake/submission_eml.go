package intake

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"path/filepath"
	"strings"

	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/bulletindesk/bulletindesk/editor"
)

// An e-mailed 来稿 saved as a file: Foxmail, Outlook and Thunderbird save a
// message as .eml (RFC 5322 with MIME parts), its subject RFC 2047-encoded
// (=?GB2312?B?…?=), its body often multipart/alternative (the text and an
// HTML copy), base64 or quoted-printable, in GB2312/GB18030 or UTF-8. The
// message is decoded with the standard library's net/mail, mime and
// mime/multipart (x/text for the Chinese charsets) and then read exactly
// like a pasted e-mail (submission_text_mail.go): 发件人, 发送时间 and 主题
// over the body. Read as text it was stored as raw MIME (base64 lines as
// its text, Content-Type: multipart/alternative; as its title).

// emlMaxDepth bounds how deeply multiparts may nest (a forwarded message
// inside a message inside a mixed part is three).
const emlMaxDepth = 8

// emlHeader is what net/mail's and mime/multipart's headers share.
type emlHeader interface{ Get(key string) string }

// emlBodyText is what the parts of a message hold: the first text/plain
// and the first text/html, and how many parts were neither (attachments,
// pictures).
type emlBodyText struct {
	plain, html string
	others      int
}

// ReadEML reads a 来稿 saved as an e-mail file.
func ReadEML(name string, r io.Reader) (*editor.Submission, error) {
	base := filepath.Base(name)
	msg, err := mail.ReadMessage(bufio.NewReader(r))
	if err != nil {
		return nil, fmt.Errorf("%s: not an e-mail file: %w", base, err)
	}
	var body emlBodyText
	if err := emlReadPart(msg.Header, msg.Body, 0, &body); err != nil {
		return nil, fmt.Errorf("%s: e-mail body: %w", base, err)
	}
	text := body.plain
	if strings.TrimSpace(text) == "" {
		text = emlHTMLText(body.html)
	}
	sub, err := ReadTextSubmission(name, strings.NewReader(emlHeaderLines(msg.Header)+"\n"+text))
	if err != nil {
		return nil, err
	}
	if body.others > 0 {
		sub.Checks = append(sub.Checks, editor.ReadCheck{Text: "邮件附件或图片{{.N}}个未导入（附件请另存后导入）", N: body.others})
	}
	return sub, nil
}

// emlHeaderLines writes the message's header as a pasted e-mail shows it,
// decoded: 发件人, 发送时间 (in the sender's own time zone) and 主题.
func emlHeaderLines(h mail.Header) string {
	dec := &mime.WordDecoder{CharsetReader: emlCharsetReader}
	var b strings.Builder
	field := func(label, v string) {
		if v = strings.TrimSpace(v); v != "" {
			b.WriteString(label + ": " + strings.Join(strings.Fields(v), " ") + "\n")
		}
	}
	field("发件人", emlSender(h.Get("From"), dec))
	if d, err := h.Date(); err == nil {
		field("发送时间", d.Format("2006-01-02 15:04"))
	} else {
		field("发送时间", h.Get("Date"))
	}
	subject, err := dec.DecodeHeader(h.Get("Subject"))
	if err != nil {
		subject = h.Get("Subject")
	}
	field("主题", subject)
	return b.String()
}

// emlSender is the From field decoded: 刘芳 <bsxzzb@163.com> also for
// Coremail's "=?GBK?B?wfW3vA==?=" <…>, an encoded word inside quotes that
// a plain header decoding left quoted (review G2); as decoded when it is
// no address.
func emlSender(from string, dec *mime.WordDecoder) string {
	if a, err := (&mail.AddressParser{WordDecoder: dec}).Parse(from); err == nil {
		name := a.Name
		if d, err := dec.DecodeHeader(name); err == nil { // an encoded word the quotes kept whole
			name = d
		}
		if name = strings.TrimSpace(name); name == "" {
			return "<" + a.Address + ">"
		}
		return name + " <" + a.Address + ">"
	}
	decoded, err := dec.DecodeHeader(from)
	if err != nil {
		return from
	}
	return textMailSender(decoded)
}

// emlReadPart reads one part (the message itself at depth 0) into out.
func emlReadPart(h emlHeader, r io.Reader, depth int, out *emlBodyText) error {
	mediaType, params, err := mime.ParseMediaType(h.Get("Content-Type"))
	if err != nil {
		mediaType, params = "text/plain", nil // RFC 2045: the default
	}
	disposition, _, _ := mime.ParseMediaType(h.Get("Content-Disposition"))
	switch {
	case strings.HasPrefix(mediaType, "multipart/") && depth < emlMaxDepth:
		return emlReadMultipart(r, params["boundary"], depth, out)
	case disposition == "attachment" || mediaType != "text/plain" && mediaType != "text/html":
		out.others++
		return nil
	}
	text, err := emlDecodeText(h, r, params["charset"])
	if err != nil {
		return err
	}
	if mediaType == "text/plain" && out.plain == "" {
		out.plain = text
	} else if mediaType == "text/html" && out.html == "" {
		out.html = text
	}
	return nil
}

func emlReadMultipart(r io.Reader, boundary string, depth int, out *emlBodyText) error {
	if boundary == "" {
		return errors.New("multipart without a boundary")
	}
	mr := multipart.NewReader(r, boundary)
	for {
		p, err := mr.NextPart() // quoted-printable is decoded here already
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if err := emlReadPart(p.Header, p, depth+1, out); err != nil {
			return err
		}
	}
}

// emlDecodeText undoes the transfer encoding and the charset. A charset
// not named, or one x/text does not know, is left to DecodeText's guess
// (UTF-8, GB18030, UTF-16), as for a text file.
func emlDecodeText(h emlHeader, r io.Reader, charset string) (string, error) {
	switch strings.ToLower(strings.TrimSpace(h.Get("Content-Transfer-Encoding"))) {
	case "base64":
		r = base64.NewDecoder(base64.StdEncoding, emlBase64Clean{r})
	case "quoted-printable":
		r = quotedprintable.NewReader(r)
	}
	data, err := io.ReadAll(io.LimitReader(r, MaxDocxFileSize))
	if err != nil {
		return "", err
	}
	if cr, err := emlCharsetReader(charset, bytes.NewReader(data)); err == nil && charset != "" {
		if decoded, err := io.ReadAll(cr); err == nil {
			return string(decoded), nil
		}
	}
	return DecodeText(bytes.NewReader(data))
}

// emlCharsetReader decodes a MIME charset. GB2312 and GBK are read as
// GB18030, which holds both: mail clients label GB18030 text GB2312.
func emlCharsetReader(charset string, r io.Reader) (io.Reader, error) {
	switch strings.ToLower(strings.TrimSpace(charset)) {
	case "gb2312", "gbk", "gb18030", "x-gbk", "cp936", "euc-cn":
		return simplifiedchinese.GB18030.NewDecoder().Reader(r), nil
	case "utf-8", "utf8", "us-ascii":
		return r, nil
	}
	enc, err := htmlindex.Get(charset)
	if err != nil {
		return nil, fmt.Errorf("charset %q: %w", charset, err)
	}
	return enc.NewDecoder().Reader(r), nil
}

// emlBase64Clean drops the line breaks and spaces between base64 lines,
// which encoding/base64 only partly skips.
type emlBase64Clean struct{ r io.Reader }

func (c emlBase64Clean) Read(p []byte) (int, error) {
	for {
		n, err := c.r.Read(p)
		k := 0
		for _, b := range p[:n] {
			if b != ' ' && b != '\t' && b != '\r' && b != '\n' {
				p[k] = b
				k++
			}
		}
		if k > 0 || err != nil || n == 0 {
			return k, err
		}
	}
}
