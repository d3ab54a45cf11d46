package editor

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"testing"
)

// TestPasswordErrorTellsWrongFromMissing (review B4): a login refused with
// a password is a wrong password, without one a missing one; both still
// make the app ask for it (ErrPasswordNeeded).
func TestPasswordErrorTellsWrongFromMissing(t *testing.T) {
	t.Setenv("PGPASSWORD", "")
	t.Setenv("PGPASSFILE", filepath.Join(t.TempDir(), "none"))
	tests := []struct {
		name, dsn string
		wrong     bool
	}{
		{"in the connection", "host=/tmp dbname=bulletin user=liwei password=secret", true},
		{"none anywhere", "host=/tmp dbname=bulletin user=liwei", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := passwordError(tt.dsn)
			if got := errors.Is(err, ErrWrongPassword); got != tt.wrong {
				t.Errorf("%v: wrong password = %v, want %v", err, got, tt.wrong)
			}
			if !errors.Is(err, ErrPasswordNeeded) {
				t.Errorf("%v is not ErrPasswordNeeded: the app would not ask for the password", err)
			}
		})
	}
	t.Setenv("PGPASSWORD", "secret")
	if err := passwordError("host=/tmp dbname=bulletin user=liwei"); !errors.Is(err, ErrWrongPassword) {
		t.Errorf("with PGPASSWORD set: %v, want a wrong password", err)
	}
}

// TestNotSetUpSaysWhatITRuns (review B8): a login's first connection to an
// office database its owner has not set up yet says so, not "ask a 管理员".
func TestNotSetUpSaysWhatITRuns(t *testing.T) {
	if !onServer() {
		t.Skip("an office database: run under scripts/with-postgres.sh")
	}
	ctx := context.Background()
	owner, logins, _ := rolesTestLogins(t)
	empty := logins["none"] + "_empty"
	for _, q := range []string{`CREATE SCHEMA ` + empty, fmt.Sprintf(`GRANT USAGE ON SCHEMA %s TO %s`, empty, logins["none"])} {
		if _, err := owner.db.ExecContext(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	t.Cleanup(func() { owner.db.Exec(`DROP SCHEMA ` + empty + ` CASCADE`) })
	a, err := Open(ctx, logins["dsn"]+" search_path="+empty+" user="+logins["none"])
	if a != nil {
		a.Close()
	}
	if !errors.Is(err, ErrNotSetUp) || errors.Is(err, ErrNoRole) {
		t.Errorf("err = %v, want ErrNotSetUp", err)
	}
}
