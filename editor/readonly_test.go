//go:build linux

package editor

import (
	"context"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// readOnlyTestAsUser runs the test named name again as the user nobody when
// the tests run as root (root writes any file, so permissions prove
// nothing); it reports whether it did, in which case the caller returns.
func readOnlyTestAsUser(t *testing.T, name string) bool {
	t.Helper()
	if os.Getuid() != 0 {
		return false
	}
	runuser, err := exec.LookPath("runuser")
	if err != nil {
		t.Skip("running as root without runuser: file permissions cannot be tested")
	}
	dir, err := os.MkdirTemp("", "bulletindesk-ro-")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(dir)
	os.Chmod(dir, 0o777)
	exe := filepath.Join(dir, "editor.test")
	if err := readOnlyTestCopy(os.Args[0], exe); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(runuser, "-u", "nobody", "--", exe, "-test.run=^"+name+"$", "-test.v", "-test.count=1")
	cmd.Env = append(os.Environ(), "TMPDIR="+dir, "HOME="+dir)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Errorf("as the user nobody: %v\n%s", err, out)
	} else {
		t.Logf("as the user nobody:\n%s", out)
	}
	return true
}

func readOnlyTestCopy(from, to string) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(to, os.O_CREATE|os.O_WRONLY, 0o755)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// A read-only archive file, and an archive in a read-only folder, open
// read-only on purpose: ReadOnly says so, lists, loads and search work,
// and a write is refused at once with ErrReadOnly. Before, a read-only
// file let the editor type and failed at every save with an English
// technical error, and a read-only folder made even `issues` fail.
func TestReadOnlyArchive(t *testing.T) {
	if readOnlyTestAsUser(t, "TestReadOnlyArchive") {
		return
	}
	ctx := context.Background()
	for _, tt := range []struct {
		name   string
		lock   func(dir, path string) error
		unlock func(dir, path string) error
	}{
		{"read-only file", func(_, p string) error { return os.Chmod(p, 0o444) }, func(_, p string) error { return os.Chmod(p, 0o644) }},
		{"read-only folder", func(d, _ string) error { return os.Chmod(d, 0o555) }, func(d, _ string) error { return os.Chmod(d, 0o755) }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "档案")
			path := filepath.Join(dir, "archive.db")
			a, err := Open(ctx, path)
			if err != nil {
				t.Fatal(err)
			}
			bs, _ := a.Bulletins(ctx)
			is, err := a.NewIssue(ctx, bs[0].ID, archiveTestDay(t, "2022-06-15"))
			if err != nil {
				t.Fatal(err)
			}
			a.Close()
			if err := tt.lock(dir, path); err != nil {
				t.Fatal(err)
			}
			defer tt.unlock(dir, path)
			a, err = Open(ctx, path)
			if err != nil {
				t.Fatalf("Open: %v, want it opened read-only", err)
			}
			defer a.Close()
			if !a.ReadOnly() {
				t.Error("ReadOnly() = false, want true")
			}
			if list, err := a.Issues(ctx, IssueFilter{}); err != nil || len(list) != 1 {
				t.Errorf("Issues = %d, %v; want the one issue", len(list), err)
			}
			if got, err := a.Issue(ctx, is.ID); err != nil || got.Number != is.Number {
				t.Errorf("Issue = %v, %v", got.Number, err)
			}
			if _, err := a.Search(ctx, "组织", 10); err != nil {
				t.Errorf("Search: %v", err)
			}
			if err := a.SetSetting(ctx, "x", "y"); !errors.Is(err, ErrReadOnly) {
				t.Errorf("a write: err = %v, want ErrReadOnly", err)
			}
		})
	}
	t.Run("writable archive", func(t *testing.T) {
		a := archiveTestOpen(t)
		if a.ReadOnly() {
			t.Error("a writable archive says ReadOnly")
		}
		if err := a.SetSetting(ctx, "x", strconv.Itoa(1)); err != nil {
			t.Error(err)
		}
	})
}

// No archive yet in a folder that may not be written: Open says so with
// ErrCannotCreate, naming the folder, and leaves nothing behind. Before,
// the window showed SQLite's "unable to open database file (14)".
func TestCannotCreateInReadOnlyFolder(t *testing.T) {
	if readOnlyTestAsUser(t, "TestCannotCreateInReadOnlyFolder") {
		return
	}
	for _, sub := range []string{"", "新文件夹"} {
		t.Run("folder"+sub, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "只读")
			if err := os.Mkdir(dir, 0o555); err != nil {
				t.Fatal(err)
			}
			defer os.Chmod(dir, 0o755)
			path := filepath.Join(dir, sub, "archive.db")
			a, err := Open(context.Background(), path)
			if err == nil {
				a.Close()
				t.Fatal("Open made an archive in a read-only folder")
			}
			if !errors.Is(err, ErrCannotCreate) || !strings.Contains(err.Error(), dir) {
				t.Errorf("err = %v, want ErrCannotCreate naming %s", err, dir)
			}
			if left, _ := os.ReadDir(dir); len(left) > 0 {
				t.Errorf("left in the folder: %v", left)
			}
		})
	}
}

// A full disk refuses the write with ErrDiskFull, saying that what was
// saved before is kept and what to free, and the archive still reads.
// Before, it said "disk I/O error" and then could not even read. Needs root
// to mount a small disk (tmpfs): 2 MB, an empty archive of 16 KB pages
// takes about 1 MB.
func TestDiskFull(t *testing.T) {
	if os.Getuid() != 0 {
		t.Skip("mounting a small disk needs root")
	}
	dir := t.TempDir()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", dir).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a small disk here: %v %s", err, out)
	}
	defer exec.Command("umount", dir).Run()
	ctx := context.Background()
	a, err := Open(ctx, filepath.Join(dir, "archive.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	var full error
	for i := 0; i < 400 && full == nil; i++ {
		subs := []*Submission{{Title: "来稿" + strconv.Itoa(i), Text: readOnlyTestText(i)}}
		full = a.AddSubmissions(ctx, subs)
	}
	if !errors.Is(full, ErrDiskFull) {
		t.Fatalf("filling the disk: err = %v, want ErrDiskFull", full)
	}
	for _, want := range []string{"not saved", "saved before it is kept", "free space"} {
		if !strings.Contains(full.Error(), want) {
			t.Errorf("message %q does not say %q", full, want)
		}
	}
	if n, err := a.CountSubmissions(ctx, SubmissionFilter{}); err != nil || n == 0 {
		t.Errorf("reading the full archive: %d, %v; want the submissions saved before", n, err)
	}
}

// readOnlyTestText is a few thousand 字 that differ with i (so nothing
// compresses into a duplicate).
func readOnlyTestText(i int) string {
	var b strings.Builder
	for j := range 300 {
		b.WriteString("第" + strconv.Itoa(i*1000+j) + "段：全县推进基层党建工作取得新成效。")
	}
	return b.String()
}
