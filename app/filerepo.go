package app

import (
	"log"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage/repository"
)

// Fyne's save dialog opens the chosen file for writing before it hands it
// over, and Fyne's file repository creates files truncated: an existing
// export was emptied the moment the editor chose it, before the app's own
// write through a temporary file even began, so a failed save lost it. The
// app's file repository opens the file only when the first byte is written;
// the app closes the dialog's writer unused and renames its temporary file
// over the old one, which stays whole until then.

// fileRepository is everything Fyne's file:// repository can do.
type fileRepository interface {
	repository.WritableRepository
	repository.AppendableRepository
	repository.ListableRepository
	repository.HierarchicalRepository
	repository.DeleteAllRepository
	repository.CopyableRepository
	repository.MovableRepository
}

// keepUntilWritten is Fyne's file repository with a Writer that touches
// the file only when something is written to it.
type keepUntilWritten struct{ fileRepository }

// keepFilesUntilWritten installs keepUntilWritten for file:// URIs; it
// runs after the Fyne app (and so its file repository) exists.
func keepFilesUntilWritten() {
	repo, err := repository.ForScheme("file")
	if err != nil {
		log.Printf("file repository: %v", err)
		return
	}
	if _, done := repo.(keepUntilWritten); done {
		return
	}
	full, ok := repo.(fileRepository)
	if !ok {
		log.Printf("file repository %T lacks some operations; saving keeps Fyne's own", repo)
		return
	}
	repository.Register("file", keepUntilWritten{full})
}

// Writer opens u for writing at the first Write, not now.
func (r keepUntilWritten) Writer(u fyne.URI) (fyne.URIWriteCloser, error) {
	return &lazyWriter{uri: u, open: r.fileRepository.Writer}, nil
}

type lazyWriter struct {
	uri  fyne.URI
	open func(fyne.URI) (fyne.URIWriteCloser, error)
	w    fyne.URIWriteCloser
}

func (l *lazyWriter) URI() fyne.URI { return l.uri }

func (l *lazyWriter) Write(p []byte) (int, error) {
	if l.w == nil {
		w, err := l.open(l.uri)
		if err != nil {
			return 0, err
		}
		l.w = w
	}
	return l.w.Write(p)
}

// Close closes the file if it was opened; unwritten, nothing was touched.
func (l *lazyWriter) Close() error {
	if l.w == nil {
		return nil
	}
	return l.w.Close()
}
