package editor

import (
	"context"
	"testing"
)

// Opening an office archive that is up to date is answered by one
// statement sent in one round trip (openedAsIs); should that statement
// fail, opening still works, step by step, only slower, so this checks the
// statement itself.
func TestOfficeOpenIsOneStatement(t *testing.T) {
	if !onServer() {
		t.Skip("a file has no opening statement (BULLETINDESK_TEST_PG)")
	}
	ctx := context.Background()
	dsn := testArchiveDSN(t, "open.db")
	first, err := Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	first.Close()
	a, err := Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	if !a.openedAsIs(ctx) {
		t.Errorf("opening an up-to-date archive did not answer from its one statement")
	}
	if a.user == "" {
		t.Errorf("the login is not known after opening")
	}
}
