package cli

import (
	"strings"
	"testing"
)

// TestIssueReviewSteps: 送审, 审核 with an opinion and 签发 on a day from the
// command line, each on record, and the 签发 day in the exported masthead.
func TestIssueReviewSteps(t *testing.T) {
	dir := t.TempDir()
	db := cliTestDB(t, dir, "archive.db")
	code, out, errOut := cliRun(t, "import-issue", "--db", db, cliExampleFile(t, dir, "example/issue.txt"))
	if code != 0 {
		t.Fatalf("import-issue = %d: %s", code, errOut)
	}
	id := strings.TrimSpace(out)
	if code, _, errOut := cliRun(t, "issue", "sign", "--db", db, id); code != 1 || !strings.Contains(errOut, "不能签发：这一期现在是“草稿”") || strings.Contains(errOut, "stage") {
		t.Errorf("sign a draft = %d: %s, want refused", code, errOut)
	}
	steps := [][]string{{"send", id}, {"review", id, "--note", "同意，第二条压缩"}, {"sign", id, "--date", "2025-05-22"}}
	for _, s := range steps {
		code, out, errOut = cliRun(t, append([]string{"issue", "--db", db}, s...)...)
		if code != 0 {
			t.Fatalf("issue %v = %d: %s", s, code, errOut)
		}
	}
	for _, want := range []string{"2025-05-22  已签发", "送审", "审核通过", "同意，第二条压缩", "签发"} {
		if !strings.Contains(out, want) {
			t.Errorf("issue sign printed %q, want %q in it", out, want)
		}
	}
	code, out, errOut = cliRun(t, "export", "--db", db, "--issue", id, "--format", "txt", "-o", "-")
	if code != 0 || !strings.Contains(out, "2025年5月22日") || strings.Contains(out, "2025年5月20日") {
		t.Errorf("export after 签发 on 2025-05-22 = %d, masthead %.120q: %s", code, out, errOut)
	}
	if code, _, errOut = cliRun(t, "issue", "return", "--db", db, id); code != 1 {
		t.Errorf("return a signed issue = %d: %s, want refused (reopen it)", code, errOut)
	}
	code, out, _ = cliRun(t, "issue", "reopen", "--db", db, "--note", "补一条", id)
	if code != 0 || !strings.Contains(out, "草稿") || !strings.Contains(out, "重新打开") || !strings.Contains(out, "补一条") {
		t.Errorf("reopen = %d: %q", code, out)
	}
}

// TestUsersOnAFile: the one user with every role (on the server: the
// tests' superuser, who passes every check).
func TestUsersOnAFile(t *testing.T) {
	dir := t.TempDir()
	db := cliTestDB(t, dir, "archive.db")
	code, out, errOut := cliRun(t, "users", "--db", db)
	if code != 0 || !strings.Contains(out, "我") || !strings.Contains(out, "管理员") && !strings.Contains(out, "全部（所有者或超级用户）") {
		t.Fatalf("users = %d: %q %s", code, out, errOut)
	}
	if code, _, errOut := cliRun(t, "users", "--db", db, "--grant", "总编", "--to", "liwei"); code != 2 || !strings.Contains(errOut, "unknown role") {
		t.Errorf("an unknown role = %d: %s", code, errOut)
	}
	if code, _, errOut := cliRun(t, "users", "--db", db, "--grant", "编辑"); code != 2 {
		t.Errorf("--grant without --to = %d: %s", code, errOut)
	}
	if strings.Contains(db, "host=") {
		return // the server's grants are TestUsersAndGrants' in editor
	}
	if code, _, errOut := cliRun(t, "users", "--db", db, "--grant", "编辑", "--to", "liwei"); code != 1 || !strings.Contains(errOut, "every role") {
		t.Errorf("granting on a file = %d: %s, want it explained", code, errOut)
	}
}

// TestIssueSignSigner (review G29): `issue sign --signer NAME` puts the
// 签发人 on the masthead with the step, printed in the export; without
// --signer the one the 签发 dialog proposes is kept; --signer "" prints none.
func TestIssueSignSigner(t *testing.T) {
	dir := t.TempDir()
	db := cliTestDB(t, dir, "archive.db")
	code, out, errOut := cliRun(t, "import-issue", "--db", db, cliExampleFile(t, dir, "example/issue.txt"))
	if code != 0 {
		t.Fatalf("import-issue = %d: %s", code, errOut)
	}
	id := strings.TrimSpace(out)
	if code, _, errOut := cliRun(t, "issue", "send", "--db", db, "--signer", "王军", id); code != 2 || !strings.Contains(errOut, "only for sign") {
		t.Errorf("send --signer = %d: %s, want a usage error", code, errOut)
	}
	sign := func(extra ...string) string {
		t.Helper()
		for _, s := range [][]string{{"send"}, {"review"}, append([]string{"sign"}, extra...)} {
			if code, out, errOut = cliRun(t, append(append([]string{"issue", "--db", db}, s...), id)...); code != 0 {
				t.Fatalf("issue %v = %d: %s", s, code, errOut)
			}
		}
		printed := out
		code, out, errOut = cliRun(t, "export", "--db", db, "--issue", id, "--format", "txt", "-o", "-")
		if code != 0 {
			t.Fatalf("export = %d: %s", code, errOut)
		}
		if c, _, e := cliRun(t, "issue", "reopen", "--db", db, "--note", "再签一次", id); c != 0 {
			t.Fatalf("reopen = %d: %s", c, e)
		}
		return printed + out
	}
	tests := []struct {
		name  string
		extra []string
		want  bool // 签发人：王军 printed and in the masthead
	}{
		{"--signer 王军", []string{"--signer", "王军"}, true},
		{"left out keeps the issue's own", nil, true},
		{"--signer \"\" prints none", []string{"--signer", ""}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sign(tt.extra...)
			if n := strings.Count(got, "签发人：王军"); (n == 2) != tt.want || (!tt.want && strings.Contains(got, "签发人：")) {
				t.Errorf("signed %v: 签发人：王军 %d times in the record and export, want it in both: %v\n%s", tt.extra, n, tt.want, got)
			}
		})
	}
}
