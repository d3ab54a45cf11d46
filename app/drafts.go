package app

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"time"

	"fyne.io/fyne/v2/dialog"

	"github.com/bulletindesk/bulletindesk/editor"
)

// Local drafts keep, in a file on this computer, what was typed while the
// archive did not take it — the office archive's server unreachable, the
// cable pulled, a full disk. The save is tried again every saveRetry while
// the window is open (autosave.go); closing the window meanwhile lost it
// (review F36). The next start offers it back (drafts_offer.go), saved only
// over the version it was typed on: a newer text saved meanwhile on the
// server is shown beside it, never overwritten.

// localDraft is one record's text the archive did not take.
type localDraft struct {
	Kind       string             `json:"kind"` // "item" or "submission"
	ID         int64              `json:"id"`
	Kept       time.Time          `json:"kept"`
	Item       *editor.Item       `json:"item,omitempty"` // with the version it was typed on
	Submission *editor.Submission `json:"submission,omitempty"`
}

func (d localDraft) key() string { return fmt.Sprintf("%s %d", d.Kind, d.ID) }

// draftFile is the file: one per archive, named after it.
type draftFile struct {
	Archive string       `json:"archive"`
	Drafts  []localDraft `json:"drafts"`
}

// draftStore is one archive's file and this run's saves on their way.
// Saves run on the writer goroutine, the offer on the UI goroutine.
type draftStore struct {
	mu      sync.Mutex
	path    string
	archive string
	earlier []localDraft          // an earlier run's, until the editor deals with them
	mine    map[string]localDraft // this run's, not yet taken by the archive
	trying  map[string]localDraft // saves under way
	failing bool                  // the last save failed: keep each before trying it
}

// draftArchiveName is the archive a draft file belongs to: a file's path,
// or the server, port, database and login (a typed password or its
// absence does not make another archive).
func draftArchiveName(path string) string {
	if editor.IsServerDSN(path) {
		if s, err := editor.ParseOfficeDSN(path); err == nil {
			return s.DSN()
		}
		return editor.RedactDSN(path)
	}
	if abs, err := filepath.Abs(path); err == nil {
		return abs
	}
	return path
}

// newDraftStore is the store of archive's file in dir, holding what an
// earlier run left there.
func newDraftStore(dir, archive string) *draftStore {
	name := draftArchiveName(archive)
	sum := sha256.Sum256([]byte(name))
	s := &draftStore{
		path:    filepath.Join(dir, "drafts-"+hex.EncodeToString(sum[:8])+".json"),
		archive: name,
		mine:    map[string]localDraft{},
		trying:  map[string]localDraft{},
	}
	f, err := readDraftFile(s.path)
	switch {
	case errors.Is(err, os.ErrNotExist):
	case err != nil:
		log.Printf("read the unsaved edits kept on this computer: %v", err)
	case f.Archive == name:
		s.earlier = f.Drafts
	}
	return s
}

func readDraftFile(path string) (draftFile, error) {
	var f draftFile
	raw, err := os.ReadFile(path)
	if err != nil {
		return f, err
	}
	if err := json.Unmarshal(raw, &f); err != nil {
		return f, fmt.Errorf("%s: %w", path, err)
	}
	return f, nil
}

// drafts is the local draft store of the archive the window shows.
func (u *ui) drafts() *draftStore {
	u.draftMu.Lock()
	defer u.draftMu.Unlock()
	if u.draftStore == nil || u.draftStore.archive != draftArchiveName(u.ar.Path()) {
		u.draftStore = newDraftStore(u.draftsDir(), u.ar.Path())
	}
	return u.draftStore
}

// draftsDir is where the drafts are kept: the app's own storage folder.
func (u *ui) draftsDir() string {
	if u.draftDir != "" {
		return u.draftDir
	}
	if root := u.app.Storage().RootURI(); root != nil && root.Scheme() == "file" {
		return filepath.Join(root.Path(), "drafts")
	}
	dir, err := os.UserConfigDir()
	if err != nil {
		dir = os.TempDir()
	}
	return filepath.Join(dir, "bulletindesk", "drafts")
}

// trySave runs save, the archive write of d, on the writer goroutine:
// while saves are failing d is kept first (a save that then hangs on a
// dead connection loses nothing); a save that fails in a way worth trying
// again keeps it; one the archive took forgets this run's copy.
func (s *draftStore) trySave(d localDraft, save func() error) error {
	d.Kept = time.Now().UTC()
	s.mu.Lock()
	s.trying[d.key()] = d
	if s.failing {
		s.mine[d.key()] = d
		s.writeLocked()
	}
	s.mu.Unlock()
	err := save()
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.trying, d.key())
	switch {
	case err == nil:
		s.failing = false
		if _, kept := s.mine[d.key()]; kept {
			delete(s.mine, d.key())
			s.writeLocked()
		}
	case !refusalStands(err):
		s.failing = true
		s.mine[d.key()] = d
		s.writeLocked()
	}
	return err
}

// keepTrying keeps the saves still under way: closing gave up waiting for
// them.
func (s *draftStore) keepTrying() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.trying) == 0 {
		return
	}
	for k, d := range s.trying {
		s.mine[k] = d
	}
	s.writeLocked()
}

// refusalStands says whether err is a save the archive refused for good
// (a signed issue, a role, a conflict, whose text the archive keeps
// itself), not one worth trying again.
func refusalStands(err error) bool {
	for _, final := range []error{editor.ErrIssueSigned, editor.ErrUnderReview, editor.ErrDenied, editor.ErrWrongStage, editor.ErrConflict} {
		if errors.Is(err, final) {
			return true
		}
	}
	return false
}

// pending is what an earlier run left, oldest first.
func (s *draftStore) pending() []localDraft {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := append([]localDraft(nil), s.earlier...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Kept.Before(out[j].Kept) })
	return out
}

// settle forgets an earlier run's draft once it is saved or the editor
// chose the archive's text over it.
func (s *draftStore) settle(d localDraft) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i, e := range s.earlier {
		if e.key() == d.key() && e.Kept.Equal(d.Kept) {
			s.earlier = append(s.earlier[:i], s.earlier[i+1:]...)
			break
		}
	}
	s.writeLocked()
}

// writeLocked writes the file (s.mu held): to a temporary name first, then
// renamed over it, so a crash leaves the old file or the new one. With
// nothing left to keep the file goes.
func (s *draftStore) writeLocked() {
	if err := s.writeFile(); err != nil {
		log.Printf("keep the unsaved edits on this computer: %v", err)
	}
}

func (s *draftStore) writeFile() error {
	f := draftFile{Archive: s.archive, Drafts: append([]localDraft(nil), s.earlier...)}
	keys := make([]string, 0, len(s.mine))
	for k := range s.mine {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		f.Drafts = append(f.Drafts, s.mine[k])
	}
	if len(f.Drafts) == 0 {
		if err := os.Remove(s.path); err != nil && !errors.Is(err, os.ErrNotExist) {
			return err
		}
		return nil
	}
	raw, err := json.MarshalIndent(f, "", " ")
	if err != nil {
		return err
	}
	return writeFileAtomic(s.path, raw)
}

// writeFileAtomic writes raw to path through a temporary file in its
// folder, synced, then renamed.
func writeFileAtomic(path string, raw []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // gone once renamed
	if _, err := tmp.Write(raw); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// draftStoreFields are the ui's fields for the store; kept here beside it.
type draftStoreFields struct {
	draftMu    sync.Mutex
	draftStore *draftStore
	draftDir   string               // tests: a folder of their own
	draftOffer *dialog.CustomDialog // the offer on screen (drafts_offer.go)
}
