package editor

import (
	"io/fs"
	"slices"
	"testing"
)

// TestEnginesShipTheSameMigrations: every migration has a twin with the
// same number in the other engine's folder, so an office archive and a
// local file never differ in what they can hold.
func TestEnginesShipTheSameMigrations(t *testing.T) {
	numbers := func(e *engine) []int {
		names, err := fs.Glob(e.migrations, "migrations/*.sql")
		if err != nil {
			t.Fatal(err)
		}
		vs, err := migrationVersions(names)
		if err != nil {
			t.Fatal(err)
		}
		return vs
	}
	got, want := numbers(postgresEngine), numbers(sqliteEngine)
	if !slices.Equal(got, want) {
		t.Errorf("editor/postgres/migrations = %v, editor/sqlite/migrations = %v; write each migration for both engines", got, want)
	}
}

func TestIsServerDSN(t *testing.T) {
	tests := []struct {
		dsn  string
		want bool
	}{
		{"postgres://liwei@10.1.2.3/bulletin", true},
		{"postgresql://liwei@10.1.2.3/bulletin", true},
		{"host=10.1.2.3 dbname=bulletin user=liwei", true},
		{"/home/liwei/.config/bulletindesk/archive.db", false},
		{"简报#2.db", false},
	}
	for _, tt := range tests {
		t.Run(tt.dsn, func(t *testing.T) {
			if got := IsServerDSN(tt.dsn); got != tt.want {
				t.Errorf("IsServerDSN(%q) = %v, want %v", tt.dsn, got, tt.want)
			}
		})
	}
}
