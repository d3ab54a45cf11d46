package export

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/bulletindesk/bulletindesk/editor"
)

// SubmissionFile is one file of ReadSubmissionFiles: its name and the
// submission read from it, or why there is none.
type SubmissionFile struct {
	Name string
	Sub  *editor.Submission
	Err  error
}

// ReadSubmissionFiles reads each file as ReadSubmission does, except that
// every .doc and .wps among them is converted by one LibreOffice run for the
// whole batch (starting LibreOffice costs more than converting). ctx ending
// (Ctrl+C) stops LibreOffice and removes its temporary files.
func ReadSubmissionFiles(ctx context.Context, names []string) []SubmissionFile {
	out := make([]SubmissionFile, len(names))
	var jobs []*officeJob
	var at []int
	for i, name := range names {
		out[i].Name = name
		ext := strings.ToLower(filepath.Ext(name))
		if ext != ".doc" && ext != ".wps" {
			out[i].Sub, out[i].Err = readSubmissionFile(name)
			continue
		}
		data, err := readOfficeFile(name)
		switch {
		case err != nil:
			out[i].Err = err
		case bytes.HasPrefix(data, docxZipMagic):
			sub, err := submissionFromDocx(name, data)
			out[i].Sub, out[i].Err = fitRead(name, sub, err)
		default:
			jobs, at = append(jobs, &officeJob{ext: ext, data: data}), append(at, i)
		}
	}
	if len(jobs) > 0 {
		convertQueued(ctx, out, jobs, at)
	}
	return out
}

// convertQueued converts the jobs with one LibreOffice run and reads each
// result into out[at[k]].
func convertQueued(ctx context.Context, out []SubmissionFile, jobs []*officeJob, at []int) {
	soffice := FindSoffice()
	err := ErrNeedLibreOffice
	if soffice != "" {
		err = officeConvertBatch(ctx, soffice, jobs, officeDocxFilter, ".docx")
	}
	for k, j := range jobs {
		f := &out[at[k]]
		switch {
		case err != nil:
			f.Err = err
		case j.err != nil:
			f.Err = j.err
		default:
			sub, err := submissionFromDocx(f.Name, j.out)
			if err != nil {
				err = fmt.Errorf("after conversion by LibreOffice: %w", err)
			}
			f.Sub, f.Err = fitRead(f.Name, sub, err)
		}
	}
}

// readOfficeFile reads a .doc or .wps and checks it is one (OLE) or a .docx
// under that name; anything else is ErrNotOfficeDoc naming the file.
func readOfficeFile(name string) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := readDocxInput(f)
	if err != nil {
		return nil, err
	}
	if !bytes.HasPrefix(data, docxZipMagic) && !bytes.HasPrefix(data, docxOLEMagic) {
		return nil, fmt.Errorf("%s: %w", filepath.Base(name), ErrNotOfficeDoc)
	}
	return data, nil
}

func readSubmissionFile(name string) (*editor.Submission, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadSubmission(name, f)
}

// fitRead applies the limits ReadSubmission applies (editor.FitSubmission).
func fitRead(name string, sub *editor.Submission, err error) (*editor.Submission, error) {
	if err != nil {
		return nil, err
	}
	if err := editor.FitSubmission(sub); err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Base(name), err)
	}
	return sub, nil
}
