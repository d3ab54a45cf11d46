package export

import (
	"io"
	"os"
	"path/filepath"
	"testing"
)

// A writer that panics leaves neither the file nor a temporary one behind,
// and the panic goes on to the caller.
func TestWriteFilePanicLeavesNoTemporaryFile(t *testing.T) {
	dir := t.TempDir()
	func() {
		defer func() {
			if recover() == nil {
				t.Error("the panic did not reach the caller")
			}
		}()
		_ = WriteFile(filepath.Join(dir, "issue.pdf"), func(w io.Writer) error {
			io.WriteString(w, "%PDF-1.4")
			panic("the writer failed")
		})
	}()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		t.Errorf("left behind: %s", e.Name())
	}
}
