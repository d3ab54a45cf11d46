package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// cliTestSite (review B10): the portal gets only signed issues; the
// imported issue, a 草稿, is left out and said so, goes on with --drafts
// marked 草稿 on its page and in the index, and once signed goes on unmarked.
func cliTestSite(t *testing.T, db, dir, id string) {
	t.Helper()
	site := func(name string, args ...string) (out string, pages []string, index string) {
		t.Helper()
		root := filepath.Join(dir, name)
		code, out, errOut := cliRun(t, append([]string{"export-site", "--db", db, "-o", root}, args...)...)
		if code != 0 {
			t.Fatalf("export-site %v = %d: %s", args, code, errOut)
		}
		pages, _ = filepath.Glob(filepath.Join(root, "*", "*.html"))
		data, _ := os.ReadFile(filepath.Join(root, "index.html"))
		return out, pages, string(data)
	}
	out, pages, _ := site("site-default")
	if len(pages) != 0 || !strings.Contains(out, "1 issues not yet signed") {
		t.Errorf("export-site of an archive whose only issue is a 草稿: pages %v, said %q; want none, and said", pages, out)
	}
	_, pages, index := site("site-drafts", "--drafts")
	if len(pages) != 1 {
		t.Fatalf("export-site --drafts: pages %v, want the draft", pages)
	}
	page, _ := os.ReadFile(pages[0])
	if !strings.Contains(string(page), `<p class="marks draft">草稿</p>`) || !strings.Contains(index, `<strong class="draft">草稿</strong>`) {
		t.Errorf("the draft on the portal is not marked 草稿 on its page or in the index:\n%s", index)
	}
	for _, step := range []string{"send", "review", "sign"} {
		if code, _, errOut := cliRun(t, "issue", step, "--db", db, id); code != 0 {
			t.Fatalf("issue %s = %d: %s", step, code, errOut)
		}
	}
	_, pages, index = site("site-signed")
	if len(pages) != 1 {
		t.Fatalf("export-site after 签发: pages %v, want the issue", pages)
	}
	rel := filepath.ToSlash(strings.TrimPrefix(pages[0], filepath.Join(dir, "site-signed")+string(filepath.Separator)))
	page, _ = os.ReadFile(pages[0])
	if !strings.Contains(index, rel) || strings.Contains(index+string(page), "草稿") {
		t.Errorf("the signed issue: index must link %s and nothing says 草稿:\n%s", rel, index)
	}
}
