package intake

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// officeJob is one file of a batch conversion: its extension and bytes in,
// the converted bytes or the reason there are none out.
type officeJob struct {
	Ext  string
	data []byte
	out  []byte
	err  error
}

// officeConvertBatch converts every job with ONE LibreOffice run (10 .doc
// in about 2 s instead of one start each, about 17 s), in a temporary folder
// removed on every return, including cancellation (Ctrl+C): ctx ending kills
// LibreOffice's whole process group. LibreOffice runs without network access
// (officeCommand) and with a profile that loads no external links, images,
// OLE links or macros (officeWriteProfile). The error is for the batch as a
// whole (no LibreOffice run at all); each job says how its file went.
func officeConvertBatch(ctx context.Context, soffice string, jobs []*officeJob, filter, outExt string) error {
	officeSweepStale()
	dir, err := os.MkdirTemp("", officeTempPrefix+strconv.Itoa(os.Getpid())+"-")
	if err != nil {
		return fmt.Errorf("make a folder for the conversion: %w", err)
	}
	defer os.RemoveAll(dir)
	profile := filepath.Join(dir, "profile")
	if err := officeWriteProfile(profile); err != nil {
		return err
	}
	args := []string{"-env:UserInstallation=" + officeFileURL(profile),
		"--headless", "--norestore", "--nolockcheck", "--convert-to", filter, "--outdir", filepath.Join(dir, "out")}
	ins, err := officeWriteInputs(dir, jobs)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, OfficeTimeout)
	defer cancel()
	msg, runErr := officeRun(ctx, soffice, append(args, ins...))
	if ctx.Err() != nil {
		if ctx.Err() == context.DeadlineExceeded {
			return fmt.Errorf("%w: it took longer than %v", ErrOfficeConversion, OfficeTimeout)
		}
		return fmt.Errorf("%w: stopped: %v", ErrOfficeConversion, ctx.Err())
	}
	if runErr != nil {
		msg = strings.TrimSpace(runErr.Error() + " " + msg)
	}
	for i, j := range jobs {
		j.out, j.err = os.ReadFile(filepath.Join(dir, "out", officeJobName(i, outExt)))
		if j.err != nil {
			j.err = fmt.Errorf("%w (%s)", ErrOfficeConversion, docxFirstLine(msg, "the file may be damaged or not a document"))
		}
	}
	return nil
}

// officeJobName is the file name of job i, in and out: plain ASCII, so no
// file name of the sender's reaches LibreOffice's command line.
func officeJobName(i int, ext string) string { return fmt.Sprintf("f%04d%s", i, ext) }

// officeWriteInputs copies each job's bytes into dir for LibreOffice.
func officeWriteInputs(dir string, jobs []*officeJob) ([]string, error) {
	var ins []string
	for i, j := range jobs {
		ext := strings.ToLower(j.Ext)
		if ext == "" {
			ext = ".doc"
		}
		in := filepath.Join(dir, officeJobName(i, ext))
		if err := os.WriteFile(in, j.data, 0o600); err != nil {
			return nil, fmt.Errorf("copy the file for conversion: %w", err)
		}
		ins = append(ins, in)
	}
	return ins, nil
}

// officeRun runs soffice with args, cut off from the network where the
// system allows, and returns what it printed.
func officeRun(ctx context.Context, soffice string, args []string) (string, error) {
	name, all := officeCommand(soffice, args)
	cmd := exec.CommandContext(ctx, name, all...)
	officeProcessGroup(cmd)
	cmd.WaitDelay = 5 * time.Second
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	return out.String(), err
}

// officeTempPrefix names the conversion folders; the process id after it
// lets a later run remove the folder of a run that was killed.
const officeTempPrefix = "bulletindesk-office-"

// officeSweepStale removes conversion folders left by runs that were killed
// (kill -9 leaves no chance to clean up): those whose process is gone.
func officeSweepStale() {
	dirs, _ := filepath.Glob(filepath.Join(os.TempDir(), officeTempPrefix+"*"))
	for _, d := range dirs {
		rest := strings.TrimPrefix(filepath.Base(d), officeTempPrefix)
		pid, err := strconv.Atoi(strings.SplitN(rest, "-", 2)[0])
		if err != nil || pid == os.Getpid() || OfficeProcessAlive(pid) {
			continue
		}
		os.RemoveAll(d)
	}
}
