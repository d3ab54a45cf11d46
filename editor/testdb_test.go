package editor

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"

	"github.com/bulletindesk/bulletindesk/editor/postgres"
)

// EnvTestPG names the libpq conninfo of a PostgreSQL server the contract
// tests run against instead of SQLite files (scripts/with-postgres.sh sets
// it); each test gets a schema of its own, dropped when it ends.
const envTestPG = "BULLETINDESK_TEST_PG"

var testSchemas atomic.Int64

// testArchiveDSN is where a test's archive lives: a new file named name in
// the test's folder, or a new schema on the server BULLETINDESK_TEST_PG names.
func testArchiveDSN(t testing.TB, name string) string {
	t.Helper()
	pg := os.Getenv(envTestPG)
	if pg == "" {
		return filepath.Join(t.TempDir(), name)
	}
	schema := fmt.Sprintf("test_%d_%d", os.Getpid(), testSchemas.Add(1))
	dsn, drop, err := postgres.NewSchema(context.Background(), pg, schema)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := drop(); err != nil {
			t.Errorf("drop the test schema: %v", err)
		}
	})
	return dsn
}

// onServer says whether the tests run against PostgreSQL.
func onServer() bool { return os.Getenv(envTestPG) != "" }

// TestArchiveEngine checks that the contract suite runs on the engine it
// was asked for, so a PostgreSQL run cannot silently test SQLite files.
func TestArchiveEngine(t *testing.T) {
	want := "sqlite"
	if onServer() {
		want = "postgres"
	}
	if got := archiveTestOpen(t).Engine(); got != want {
		t.Errorf("Engine() = %q, want %q", got, want)
	}
}
