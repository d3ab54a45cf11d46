package intake

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
	return ReadSubmissionFilesProgress(ctx, names, nil)
}

// ReadSubmissionFilesProgress is ReadSubmissionFiles telling progress (when
// not nil) after each file read, the converted ones at the end of the batch.
// Once ctx ends, the files not yet read fail with its error.
func ReadSubmissionFilesProgress(ctx context.Context, names []string, progress func(done, total int)) []SubmissionFile {
	if progress == nil {
		progress = func(int, int) {}
	}
	out := make([]SubmissionFile, len(names))
	var jobs []*officeJob
	var at []int
	done := 0
	for i, name := range names {
		out[i].Name = name
		if out[i].Err = ctx.Err(); out[i].Err != nil {
			continue
		}
		if job := ReadOrQueue(&out[i]); job != nil {
			jobs, at = append(jobs, job), append(at, i)
			continue
		}
		done++
		progress(done, len(names))
	}
	if len(jobs) > 0 {
		convertQueued(ctx, out, jobs, at)
	}
	progress(len(names), len(names))
	return out
}

// readOrQueue reads f.Name into f, or returns the LibreOffice job that will:
// a real .doc or .wps that is not encrypted (LibreOffice would wait for a
// password no one can type).
func ReadOrQueue(f *SubmissionFile) *officeJob {
	ext := strings.ToLower(filepath.Ext(f.Name))
	if ext != ".doc" && ext != ".wps" && ext != ".rtf" {
		f.Sub, f.Err = readSubmissionFile(f.Name)
		return nil
	}
	data, err := readOfficeFile(f.Name)
	switch {
	case err != nil:
		f.Err = err
	case bytes.HasPrefix(data, rtfMagic): // RTF, under .doc as often as under .rtf
		return &officeJob{Ext: ".rtf", data: data}
	case bytes.HasPrefix(data, docxZipMagic):
		sub, err := submissionFromDocx(f.Name, data)
		f.Sub, f.Err = fitRead(f.Name, sub, err)
	case docxEncrypted(data):
		f.Err = fmt.Errorf("%s: %w", filepath.Base(f.Name), ErrDocxEncrypted)
	default:
		return &officeJob{Ext: ext, data: data}
	}
	return nil
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
	if !bytes.HasPrefix(data, docxZipMagic) && !bytes.HasPrefix(data, OLEMagic) && !bytes.HasPrefix(data, rtfMagic) {
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
	submissionShapeChecks(sub, sub.Title+"\n"+sub.Text)
	return sub, nil
}
