package app

import (
	"context"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/editor/postgres"
)

// TestOfficeFormNeedsServerAndDatabase: 连接 with the database left out
// says what to fill in and remembers nothing.
func TestOfficeFormNeedsServerAndDatabase(t *testing.T) {
	u, _ := newDeskTestUI(t)
	f := newOfficeForm(u)
	test.Type(f.host, "10.1.2.3")
	test.Tap(f.connect)
	if got := f.problem.Text; !strings.Contains(got, "数据库") {
		t.Errorf("problem = %q, want it to ask for the database", got)
	}
	if got := RememberedOffice(u.app); got != "" {
		t.Errorf("remembered %q after a refused form", got)
	}
}

// TestOfficeFormRemembersConnection connects to the test server: the
// connection is remembered without the password, and the app is set to
// start again on it (the typed password in PGPASSWORD, not on the command
// line). A wrong port says the server could not be reached.
func TestOfficeFormRemembersConnection(t *testing.T) {
	pg := os.Getenv("BULLETINDESK_TEST_PG")
	if pg == "" {
		t.Skip("needs BULLETINDESK_TEST_PG (scripts/with-postgres.sh)")
	}
	server, err := postgres.ParseServer(pg)
	if err != nil {
		t.Fatal(err)
	}
	u, _ := newDeskTestUI(t)
	t.Cleanup(func() { pendingRestart = nil })
	f := newOfficeForm(u)
	f.host.SetText(server.Host)
	f.port.SetText("1")
	f.db.SetText(server.Database)
	f.user.SetText(server.User)
	test.Tap(f.connect)
	if RememberedOffice(u.app) != "" || pendingRestart != nil || f.problem.Text == "" {
		t.Fatalf("wrong port: problem %q, remembered %q", f.problem.Text, RememberedOffice(u.app))
	}
	f.port.SetText("5432")
	test.Type(f.password, "秘密")
	test.Tap(f.connect)
	want := server.DSN()
	if got := RememberedOffice(u.app); got != want {
		t.Fatalf("remembered %q (problem %q), want %q", got, f.problem.Text, want)
	}
	if pendingRestart == nil || !slices.Equal(pendingRestart.Args[1:], []string{"--db", want}) {
		t.Fatalf("restart = %v, want --db %s", pendingRestart, want)
	}
	if !slices.Contains(pendingRestart.Env, "PGPASSWORD=秘密") || !slices.Contains(pendingRestart.Env, editor.EnvArchive+"=") {
		t.Errorf("the restart's environment lacks the typed password or clears %s", editor.EnvArchive)
	}
}

// An upgrade refused to a login that is not the archive's owner says, in
// Chinese, whose login upgrades it and the command to run as them.
func TestNotOwnerMessageSaysWhatToRun(t *testing.T) {
	err := fmt.Errorf("open the archive: %w", &editor.NotOwnerError{Owner: "bulletin_owner", Login: "liwei",
		Command: "bulletindesk users --db postgres://bulletin_owner@10.1.2.3/bulletin"})
	got := userMessage(err)
	for _, want := range []string{"所有者 bulletin_owner", "liwei", "bulletindesk users --db postgres://bulletin_owner@10.1.2.3/bulletin", "没有任何改动"} {
		if !strings.Contains(got, want) {
			t.Errorf("the message %q lacks %q", got, want)
		}
	}
}

// A server that does not answer is said in Chinese with what to check,
// the network's own words after it, not pgx's English.
func TestOfficeUnreachableSaysWhatToCheck(t *testing.T) {
	_, err := editor.Open(context.Background(), "host=127.0.0.1 port=1 dbname=bulletin user=liwei connect_timeout=5")
	if err == nil {
		t.Fatal("port 1 answered")
	}
	got := officeMessage(err)
	for _, want := range []string{"连不上办公室档案的服务器", "地址和端口", "原文：dial tcp 127.0.0.1:1"} {
		if !strings.Contains(got, want) {
			t.Errorf("the message %q lacks %q", got, want)
		}
	}
	if strings.Contains(got, "failed to connect") {
		t.Errorf("the message is still pgx's: %q", got)
	}
}
