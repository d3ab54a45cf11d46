package export

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/bulletindesk/bulletindesk/editor"
)

// OfficeTimeout bounds one LibreOffice conversion; a first start with a
// fresh profile takes a few seconds, a stuck conversion must not hang a batch.
var OfficeTimeout = 2 * time.Minute

// Errors of the LibreOffice conversion of .doc and .wps files.
var (
	ErrNeedLibreOffice = errors.New("reading .doc and .wps files needs LibreOffice: install it " +
		"(Debian/Ubuntu: apt-get install libreoffice-writer; Windows and macOS: libreoffice.org), " +
		"or save the file as .docx in Word or WPS")
	ErrOfficeConversion = errors.New("LibreOffice could not convert the file")
)

// ReadOfficeDoc reads a .doc (Word 97-2003) or .wps (Kingsoft WPS) submission
// by converting it to .docx with LibreOffice. Files that are really .docx
// under another name, as WPS and mail clients produce, are read directly.
func ReadOfficeDoc(name string, r io.Reader) (*editor.Submission, error) {
	data, err := readDocxInput(r)
	if err != nil {
		return nil, err
	}
	if bytes.HasPrefix(data, docxZipMagic) {
		return submissionFromDocx(name, data)
	}
	return readViaOffice(name, data)
}

// readViaOffice converts the bytes to .docx in a temp folder and reads that.
func readViaOffice(name string, data []byte) (*editor.Submission, error) {
	soffice := FindSoffice()
	if soffice == "" {
		return nil, ErrNeedLibreOffice
	}
	ctx, cancel := context.WithTimeout(context.Background(), OfficeTimeout)
	defer cancel()
	docx, err := officeConvert(ctx, soffice, filepath.Ext(name), data, "docx:MS Word 2007 XML", ".docx")
	if err != nil {
		return nil, err
	}
	sub, err := submissionFromDocx(name, docx)
	if err != nil {
		return nil, fmt.Errorf("after conversion by LibreOffice: %w", err)
	}
	return sub, nil
}

// officeConvert runs `soffice --headless --convert-to filter` on a copy of
// the file (named with inExt) and returns the output (named with outExt).
// A private profile folder keeps the conversion from handing the
// file to a LibreOffice window the user has open (which would silently do
// nothing) and from clashing with a parallel conversion.
func officeConvert(ctx context.Context, soffice, ext string, data []byte, filter, outExt string) ([]byte, error) {
	dir, err := os.MkdirTemp("", "bulletindesk-office-")
	if err != nil {
		return nil, fmt.Errorf("make a folder for the conversion: %w", err)
	}
	defer os.RemoveAll(dir)
	if ext == "" {
		ext = ".doc"
	}
	in := filepath.Join(dir, "submission"+strings.ToLower(ext))
	if err := os.WriteFile(in, data, 0o600); err != nil {
		return nil, fmt.Errorf("copy the file for conversion: %w", err)
	}
	outDir := filepath.Join(dir, "out")
	cmd := exec.CommandContext(ctx, soffice, "-env:UserInstallation="+officeFileURL(filepath.Join(dir, "profile")),
		"--headless", "--norestore", "--convert-to", filter, "--outdir", outDir, in)
	officeProcessGroup(cmd)
	cmd.WaitDelay = 5 * time.Second
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stderr, &stderr
	runErr := cmd.Run()
	if ctx.Err() != nil {
		return nil, fmt.Errorf("%w: it took longer than %v", ErrOfficeConversion, OfficeTimeout)
	}
	out, err := os.ReadFile(filepath.Join(outDir, "submission"+outExt))
	if err != nil {
		msg := strings.TrimSpace(stderr.String())
		if runErr != nil {
			msg = strings.TrimSpace(runErr.Error() + " " + msg)
		}
		return nil, fmt.Errorf("%w (%s)", ErrOfficeConversion, docxFirstLine(msg, "the file may be damaged or not a document"))
	}
	return out, nil
}

// docxFirstLine shortens a tool's output to its first line that is not a
// warning (soffice warns about Java on every run), for an error message.
func docxFirstLine(s, empty string) string {
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		if line != "" && !strings.HasPrefix(line, "Warning:") {
			return line
		}
	}
	return empty
}

// FindSoffice returns the path of LibreOffice's soffice, or "" when it is
// not installed: on PATH first, then where the installers put it.
func FindSoffice() string {
	for _, name := range []string{"soffice", "libreoffice"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	var candidates []string
	switch runtime.GOOS {
	case "windows":
		for _, env := range []string{"ProgramFiles", "ProgramFiles(x86)"} {
			if dir := os.Getenv(env); dir != "" {
				candidates = append(candidates, filepath.Join(dir, "LibreOffice", "program", "soffice.exe"))
			}
		}
	case "darwin":
		candidates = append(candidates, "/Applications/LibreOffice.app/Contents/MacOS/soffice")
	}
	for _, c := range candidates {
		if st, err := os.Stat(c); err == nil && !st.IsDir() {
			return c
		}
	}
	return ""
}

// officeFileURL is a local path as the file URL LibreOffice expects,
// percent-encoded: a temporary folder under a user name with spaces or
// Chinese characters (C:\Users\张 三\AppData\Local\Temp) must not break it.
func officeFileURL(path string) string {
	p := filepath.ToSlash(path)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // C:/Users/… → /C:/Users/…
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}
