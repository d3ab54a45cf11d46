package intake

import (
	"bytes"
	"context"
	"errors"
	"github.com/bulletindesk/bulletindesk/export/internal/exporttest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// officeFakeScript stands in for soffice: it logs each run, and converts
// every .doc/.wps it is given by copying $FAKE_DOCX to the output folder;
// with $FAKE_HANG it first says it started (touches that file) and waits on
// a child that never ends, like a stuck LibreOffice.
const officeFakeScript = `#!/bin/sh
echo run >> "$FAKE_LOG"
prev=""; out=""
for a in "$@"; do [ "$prev" = "--outdir" ] && out="$a"; prev="$a"; done
mkdir -p "$out"
if [ -n "$FAKE_HANG" ]; then touch "$FAKE_HANG"; sleep 300 & wait; fi
for a in "$@"; do case "$a" in *.doc|*.wps) b=$(basename "$a"); cp "$FAKE_DOCX" "$out/${b%.*}.docx";; esac; done
`

// officeFake puts the fake soffice first on PATH, temporary folders in a
// folder of the test's own, and returns that folder and the run log.
func officeFake(t *testing.T) (tmp, log string) {
	t.Helper()
	bin, tmp := t.TempDir(), t.TempDir()
	if err := os.WriteFile(filepath.Join(bin, "soffice"), []byte(officeFakeScript), 0o755); err != nil {
		t.Fatal(err)
	}
	docx := filepath.Join(bin, "converted.docx")
	if err := os.WriteFile(docx, exporttest.DocxTestBody(t, `<w:p><w:r><w:t>某县推行村级议事清单。</w:t></w:r></w:p>`), 0o644); err != nil {
		t.Fatal(err)
	}
	log = filepath.Join(bin, "runs.log")
	t.Setenv("PATH", bin+string(os.PathListSeparator)+os.Getenv("PATH"))
	t.Setenv("TMPDIR", tmp)
	t.Setenv("FAKE_DOCX", docx)
	t.Setenv("FAKE_LOG", log)
	return tmp, log
}

func officeTestOLE(t *testing.T, dir string, n int) []string {
	var names []string
	for i := range n {
		p := filepath.Join(dir, "来稿"+strconv.Itoa(i)+".doc")
		if err := os.WriteFile(p, append(append([]byte{}, OLEMagic...), make([]byte, 504)...), 0o644); err != nil {
			t.Fatal(err)
		}
		names = append(names, p)
	}
	return names
}

// Ten .doc files are converted by one LibreOffice run, each read back,
// and the run's temporary folder is gone afterwards.
func TestOfficeBatchOneRun(t *testing.T) {
	tmp, log := officeFake(t)
	got := ReadSubmissionFiles(context.Background(), officeTestOLE(t, t.TempDir(), 10))
	for _, f := range got {
		if f.Err != nil || !strings.Contains(f.Sub.Title+f.Sub.Text, "某县推行村级议事清单") {
			t.Errorf("%s: %+v, want the converted text", f.Name, f)
		}
	}
	runs, _ := os.ReadFile(log)
	if n := bytes.Count(runs, []byte("run")); n != 1 {
		t.Errorf("LibreOffice ran %d times for 10 files, want once", n)
	}
	if left, _ := filepath.Glob(filepath.Join(tmp, officeTempPrefix+"*")); len(left) > 0 {
		t.Errorf("temporary folders left: %v", left)
	}
}

// Ctrl+C during a conversion stops LibreOffice and every process it
// started, and removes the copy of the submission and the profile. Before,
// LibreOffice kept running and the copy stayed.
func TestOfficeCancelStopsAndCleansUp(t *testing.T) {
	tmp, _ := officeFake(t)
	started := filepath.Join(t.TempDir(), "started")
	mark := "bulletindesk-test-" + strconv.Itoa(os.Getpid())
	t.Setenv("FAKE_HANG", started)
	t.Setenv("FAKE_MARK", mark)
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		for {
			if _, err := os.Stat(started); err == nil {
				cancel()
				return
			}
			time.Sleep(20 * time.Millisecond)
		}
	}()
	got := ReadSubmissionFiles(ctx, officeTestOLE(t, t.TempDir(), 2))
	if !errors.Is(got[0].Err, ErrOfficeConversion) || !strings.Contains(got[0].Err.Error(), "stopped") {
		t.Errorf("err = %v, want the conversion stopped", got[0].Err)
	}
	if left, _ := filepath.Glob(filepath.Join(tmp, officeTempPrefix+"*")); len(left) > 0 {
		t.Errorf("temporary folders left after Ctrl+C: %v", left)
	}
	var alive []string
	for range 300 { // the kill is sent; give the kernel up to 30 s to reap on a loaded machine
		if alive = officeTestProcesses(mark); len(alive) == 0 {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if len(alive) > 0 {
		t.Errorf("processes of the conversion still running after Ctrl+C: %v", alive)
	}
}

// officeTestProcesses lists the processes whose environment holds mark.
func officeTestProcesses(mark string) []string {
	procs, _ := filepath.Glob("/proc/[0-9]*/environ")
	var out []string
	for _, p := range procs {
		env, err := os.ReadFile(p)
		if err == nil && bytes.Contains(env, []byte("FAKE_MARK="+mark)) {
			out = append(out, filepath.Base(filepath.Dir(p)))
		}
	}
	return out
}

// A conversion folder left by a killed run (kill -9 leaves no time to
// clean up) is removed by the next conversion; a running one's is kept.
func TestOfficeSweepsFoldersOfKilledRuns(t *testing.T) {
	tmp, _ := officeFake(t)
	dead := filepath.Join(tmp, officeTempPrefix+"999999999-x")
	mine := filepath.Join(tmp, officeTempPrefix+strconv.Itoa(os.Getpid())+"-y")
	for _, d := range []string{dead, mine} {
		if err := os.MkdirAll(filepath.Join(d, "profile"), 0o700); err != nil {
			t.Fatal(err)
		}
	}
	ReadSubmissionFiles(context.Background(), officeTestOLE(t, t.TempDir(), 1))
	if _, err := os.Stat(dead); !os.IsNotExist(err) {
		t.Errorf("the folder of a killed run is still there (%v)", err)
	}
	if _, err := os.Stat(mine); err != nil {
		t.Errorf("the folder of a running conversion was removed: %v", err)
	}
}

// A password-protected .doc in a batch is refused as such, naming the file,
// and never handed to LibreOffice (which would wait for the password);
// before, the batch converted it and failed without saying why.
func TestOfficeBatchRefusesEncrypted(t *testing.T) {
	_, log := officeFake(t)
	p := filepath.Join(t.TempDir(), "加密.doc")
	ole := append(append([]byte{}, OLEMagic...), make([]byte, 100)...)
	ole = append(append(append(ole, docxUTF16("EncryptionInfo")...), make([]byte, 50)...), docxUTF16("EncryptedPackage")...)
	if err := os.WriteFile(p, ole, 0o644); err != nil {
		t.Fatal(err)
	}
	got := ReadSubmissionFiles(context.Background(), []string{p})
	if !errors.Is(got[0].Err, ErrDocxEncrypted) || !strings.Contains(got[0].Err.Error(), "加密.doc") {
		t.Errorf("err = %v, want ErrDocxEncrypted naming 加密.doc", got[0].Err)
	}
	if runs, _ := os.ReadFile(log); len(runs) > 0 {
		t.Errorf("LibreOffice ran for an encrypted file")
	}
}

// Progress counts every file once and ends at the total.
func TestReadSubmissionFilesProgress(t *testing.T) {
	officeFake(t)
	dir := t.TempDir()
	names := officeTestOLE(t, dir, 2)
	txt := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(txt, []byte("某县召开组织工作会议。\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var seen [][2]int
	ReadSubmissionFilesProgress(context.Background(), append(names, txt), func(d, n int) { seen = append(seen, [2]int{d, n}) })
	if len(seen) == 0 || seen[len(seen)-1] != [2]int{3, 3} || seen[0] != [2]int{1, 3} {
		t.Errorf("progress = %v, want from 1/3 to 3/3", seen)
	}
}
