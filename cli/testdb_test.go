package cli

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"

	"github.com/bulletindesk/bulletindesk/editor/postgres"
)

var testSchemas atomic.Int64

// cliTestDB is the --db of a test's archive: the file name in dir, or, when
// BULLETINDESK_TEST_PG names a PostgreSQL server (scripts/with-postgres.sh),
// a new schema on it, so every subcommand is tested on both engines.
func cliTestDB(t testing.TB, dir, name string) string {
	t.Helper()
	pg := os.Getenv("BULLETINDESK_TEST_PG")
	if pg == "" {
		return filepath.Join(dir, name)
	}
	schema := fmt.Sprintf("cli_%d_%d", os.Getpid(), testSchemas.Add(1))
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
