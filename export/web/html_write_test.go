package web

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export/internal/exporttest"
)

// tidyCheck fails the test when tidy reports any error or warning in page.
func tidyCheck(t *testing.T, page []byte) {
	t.Helper()
	if _, err := exec.LookPath("tidy"); err != nil {
		t.Skip("tidy not installed")
	}
	cmd := exec.Command("tidy", "-errors", "-quiet", "-utf8")
	cmd.Stdin = bytes.NewReader(page)
	out, err := cmd.CombinedOutput()
	if err != nil || len(out) > 0 {
		t.Errorf("tidy: %v\n%s", err, out)
	}
}

func TestIssueHTML(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteIssueHTML(&buf, exporttest.MarksTestIssue(), editor.DefaultPreferences()); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	tidyCheck(t, buf.Bytes())
	for _, want := range []string{
		`<html lang="zh-CN">`, `<title>组工信息 第9期（总第412期）</title>`, `<h1>组工信息</h1>`,
		`<p class="number">第9期（总第412期）</p>`, `<time datetime="2023-04-18">2023年4月18日</time>`,
		`<p class="marks">秘密★1年</p>`, `<p class="signer">签发人：王明</p>`,
		`<h2 id="contents">本期要目</h2>`, `<li><a href="#item2">石门区“双向积分”激活社区党员作用。</a></li>`,
		`<h2 id="s1">市内信息</h2>`, `<h3>青阳县推行“村事夜议”破解基层治理难题。</h3>`,
		`<p class="source">（江州市青阳县委组织部）</p>`, `<strong>编者按：</strong>积分互认的办法值得推广。`,
		`<dt>报</dt><dd>省委组织部，市委领导。</dd>`, `（共印120份）`, `name="viewport"`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %s", want)
		}
	}
	for _, never := range []string{"<script", "src=", "http://", "https://"} {
		if strings.Contains(page, never) {
			t.Errorf("page has %s: it must stand alone", never)
		}
	}
}

// Marks not set are not printed; the text is escaped.
func TestIssueHTMLPlain(t *testing.T) {
	is := exporttest.TextTestIssue()
	is.Sections[0].Items[0].Lead = "<b>A&B</b>。"
	var buf bytes.Buffer
	if err := WriteIssueHTML(&buf, is, editor.DefaultPreferences()); err != nil {
		t.Fatal(err)
	}
	tidyCheck(t, buf.Bytes())
	page := buf.String()
	if strings.Contains(page, "本期要目") || strings.Contains(page, "签发人") || strings.Contains(page, "编者按") {
		t.Error("marks not set are printed")
	}
	if !strings.Contains(page, "&lt;b&gt;A&amp;B&lt;/b&gt;。") {
		t.Error("the lead is not escaped")
	}
}

func TestWriteSite(t *testing.T) {
	a, b, c := *exporttest.TextTestIssue(), *exporttest.TextTestIssue(), *exporttest.TextTestIssue()
	b.Number, c.Year, c.Number = 10, 2022, 30
	files := map[string][]byte{}
	put := func(name string, write func(io.Writer) error) error {
		var buf bytes.Buffer
		err := write(&buf)
		files[name] = buf.Bytes()
		return err
	}
	if err := WriteSite([]editor.Issue{b, a, c}, "组工信息", put); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"index.html", "2023/009.html", "2023/010.html", "2022/030.html"} {
		if files[name] == nil {
			t.Fatalf("no %s among %d files", name, len(files))
		}
		tidyCheck(t, files[name])
	}
	idx := string(files["index.html"])
	i9, i10, i22 := strings.Index(idx, `href="2023/009.html"`), strings.Index(idx, `href="2023/010.html"`), strings.Index(idx, "2022年")
	if i9 < 0 || i10 < i9 || i22 < i10 {
		t.Errorf("index not by year (newest first) and number: %d %d %d\n%s", i9, i10, i22, idx)
	}
	if !strings.Contains(string(files["2023/009.html"]), `<a href="../index.html">返回目录</a>`) {
		t.Error("an issue page has no way back to the index")
	}
	if dir := os.Getenv("BULLETINDESK_SITE_OUT"); dir != "" { // to look at it in a browser
		for name, data := range files {
			_ = os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755)
			_ = os.WriteFile(filepath.Join(dir, name), data, 0o644)
		}
	}
}
