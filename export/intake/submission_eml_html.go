package intake

import (
	"bufio"
	"bytes"
	"net/textproto"
	"strings"

	"golang.org/x/net/html"
)

// An e-mail with only an HTML body (QQ mail, 163 mail and Outlook send
// many so) is read through x/net/html's tokenizer, the browser's rules for
// entities and broken markup: its text, a line break for each block
// element and <br>, nothing of <style>, <script> or <head>.

// emlBlocks are the elements that end a line.
var emlBlocks = map[string]bool{
	"p": true, "div": true, "br": true, "li": true, "tr": true, "table": true, "blockquote": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "pre": true,
}

// emlHTMLText is the text of an HTML body, a line a block.
func emlHTMLText(s string) string {
	z := html.NewTokenizer(strings.NewReader(s))
	var b strings.Builder
	skip := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return b.String()
		case html.TextToken:
			if skip == 0 {
				b.WriteString(strings.ReplaceAll(string(z.Text()), "\n", " "))
			}
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			name, _ := z.TagName()
			tag := string(name)
			if tag == "style" || tag == "script" || tag == "head" || tag == "title" {
				if z.Token().Type == html.StartTagToken {
					skip++
				} else if skip > 0 {
					skip--
				}
			} else if emlBlocks[tag] {
				b.WriteByte('\n')
			}
		}
	}
}

// emlLooksLikeMIME reports whether a text file is really an e-mail
// message: it starts with a header block (Name: value lines and their
// folded continuations up to a blank line) that has a Content-Type or
// MIME-Version and a From, Subject, Date or Received. A pasted e-mail's
// 发件人:/From: lines have no Content-Type and stay text.
func emlLooksLikeMIME(data []byte) bool {
	if len(data) > 64<<10 {
		data = data[:64<<10]
	}
	h, err := textproto.NewReader(bufio.NewReader(bytes.NewReader(data))).ReadMIMEHeader()
	if err != nil || len(h) == 0 {
		return false
	}
	mime := h.Get("Content-Type") != "" || h.Get("Mime-Version") != ""
	mail := h.Get("From") != "" || h.Get("Subject") != "" || h.Get("Date") != "" || h.Get("Received") != ""
	return mime && mail
}
