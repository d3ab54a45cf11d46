package intake

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

// OfficeTimeout bounds one LibreOffice run (a whole batch); a first start
// with a fresh profile takes a few seconds, a stuck conversion must not hang
// an import.
var OfficeTimeout = 2 * time.Minute

// Errors of the LibreOffice conversion of .doc and .wps files.
var (
	ErrNeedLibreOffice = errors.New("reading .doc and .wps files needs LibreOffice: install it " +
		"(Debian/Ubuntu: apt-get install libreoffice-writer; Windows and macOS: libreoffice.org), " +
		"or save the file as .docx in Word or WPS")
	ErrOfficeConversion = errors.New("LibreOffice could not convert the file")
	// ErrNotOfficeDoc is a .doc or .wps that is not a Word 97-2003 or WPS
	// document (an OLE file): random bytes, or a web page or RTF renamed.
	// Only real ones are handed to LibreOffice, which would otherwise read
	// anything, fetch what a web page links to, and call it a submission.
	ErrNotOfficeDoc = errors.New("not a Word 97-2003 or WPS document (it does not start with their signature); " +
		"it may be another kind of file renamed: open it in Word or WPS and save it as .docx")
)

// ReadOfficeDoc reads a .doc (Word 97-2003) or .wps (Kingsoft WPS) submission
// by converting it to .docx with LibreOffice. Files that are really .docx
// under another name, as WPS and mail clients produce, are read directly;
// anything else is refused with ErrNotOfficeDoc.
func ReadOfficeDoc(name string, r io.Reader) (*editor.Submission, error) {
	data, err := readDocxInput(r)
	if err != nil {
		return nil, err
	}
	if bytes.HasPrefix(data, docxZipMagic) {
		return submissionFromDocx(name, data)
	}
	if bytes.HasPrefix(data, rtfMagic) { // old 公文 systems and WPS save RTF under .doc
		return readViaOffice(name+".rtf", data)
	}
	if !bytes.HasPrefix(data, OLEMagic) {
		return nil, fmt.Errorf("%s: %w", filepath.Base(name), ErrNotOfficeDoc)
	}
	if docxEncrypted(data) {
		return nil, ErrDocxEncrypted // LibreOffice would stop and ask for the password
	}
	return readViaOffice(name, data)
}

// readViaOffice converts the bytes to .docx in a temp folder and reads that.
func readViaOffice(name string, data []byte) (*editor.Submission, error) {
	soffice := FindSoffice()
	if soffice == "" {
		return nil, ErrNeedLibreOffice
	}
	docx, err := OfficeConvert(context.Background(), soffice, filepath.Ext(name), data, officeDocxFilter, ".docx")
	if err != nil {
		return nil, err
	}
	sub, err := submissionFromDocx(name, docx)
	if err != nil {
		return nil, fmt.Errorf("after conversion by LibreOffice: %w", err)
	}
	return sub, nil
}

// officeDocxFilter is LibreOffice's filter for writing .docx.
const officeDocxFilter = "docx:MS Word 2007 XML"

// officeConvert converts one file (named with ext) and returns the output
// (named with outExt); see officeConvertBatch.
func OfficeConvert(ctx context.Context, soffice, ext string, data []byte, filter, outExt string) ([]byte, error) {
	jobs := []*officeJob{{Ext: ext, data: data}}
	if err := officeConvertBatch(ctx, soffice, jobs, filter, outExt); err != nil {
		return nil, err
	}
	return jobs[0].out, jobs[0].err
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
