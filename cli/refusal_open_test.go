package cli

import (
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"strings"
	"testing"

	"github.com/bulletindesk/bulletindesk/editor"
)

// The office archive's opening problems are said in Chinese with what to
// do, naming the connection without its password; a local file's stay as
// they were.
func TestOpenRefusalsInChinese(t *testing.T) {
	dsn := "postgres://zhangmin:secret@10.1.2.3/bulletin"
	cases := []struct {
		name string
		err  error
		want []string
	}{
		{"no role", fmt.Errorf("open the archive: %w", editor.ErrNoRole), []string{"“zhangmin”在这份办公室档案中还没有角色", "添加登录名", "--grant 编辑 --to zhangmin"}},
		{"not set up", fmt.Errorf("open the archive: %w", editor.ErrNotSetUp), []string{"还没有建好档案", "所有者"}},
		{"wrong password", fmt.Errorf("connect: %w", editor.ErrWrongPassword), []string{"拒绝了“zhangmin”的密码", "PGPASSWORD"}},
		{"no password", fmt.Errorf("connect: %w", editor.ErrPasswordNeeded), []string{"要“zhangmin”的密码，但没有找到", "~/.pgpass", "不保存密码"}},
		{"upgrade", fmt.Errorf("open: %w", &editor.NotOwnerError{Owner: "bulletin_owner", Login: "zhangmin", Command: "bulletindesk users --db postgres://bulletin_owner@10.1.2.3/bulletin"}),
			[]string{"只能由它的所有者 bulletin_owner 进行（zhangmin 不能）", "bulletindesk users --db postgres://bulletin_owner@10.1.2.3/bulletin"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := cliOpenError(dsn, c.err)
			if !errors.Is(got, errors.Unwrap(c.err)) && !errors.Is(got, editor.ErrNotOwner) {
				t.Errorf("%v no longer unwraps to what the archive said", got)
			}
			for _, want := range append(c.want, "postgres://zhangmin:xxxxx@10.1.2.3/bulletin：") {
				if !strings.Contains(got.Error(), want) {
					t.Errorf("said %q, want it to say %q", got, want)
				}
			}
			if strings.Contains(got.Error(), "secret") {
				t.Errorf("said the password: %q", got)
			}
		})
	}
	local := fmt.Errorf("open the archive /x.db: %w", editor.ErrNewerArchive)
	if got := cliOpenError("/x.db", local); got != local {
		t.Errorf("a file's problem became %q", got)
	}
}

// A server that does not answer, and on the test server a login or a
// database it does not have, are said as such by every subcommand's
// opening (users here), with the network's or the server's own words.
func TestConnectRefusalsInChinese(t *testing.T) {
	cases := []struct {
		name, db string
		want     []string
	}{
		{"nothing answers", "host=127.0.0.1 port=1 dbname=bulletin user=liwei",
			[]string{"连不上办公室档案的服务器 127.0.0.1（端口 1）", "--db 中的地址和端口", "原文：dial tcp 127.0.0.1:1"}},
		{"encryption asked of a server without it", fmt.Sprintf("host=127.0.0.1 port=%d dbname=bulletin user=liwei sslmode=require", noTLSServer(t)),
			[]string{"有应答，但不提供加密连接", "去掉 --db 中的 sslmode", "server refused TLS connection"}},
	}
	if pg := os.Getenv("BULLETINDESK_TEST_PG"); pg != "" {
		cases = append(cases, struct {
			name, db string
			want     []string
		}{"no such login", pg + " user=nobody_here", []string{"服务器上没有登录名“nobody_here”", "CREATE ROLE nobody_here LOGIN"}},
			struct {
				name, db string
				want     []string
			}{"no such database", pg + " dbname=no_such_archive", []string{"服务器上没有数据库“no_such_archive”"}})
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, _, errOut := cliRun(t, "users", "--db", c.db)
			if code != 1 || strings.Contains(errOut, "failed to connect") {
				t.Errorf("users = %d: %s", code, errOut)
			}
			for _, want := range c.want {
				if !strings.Contains(errOut, want) {
					t.Errorf("said %q, want it to say %q", errOut, want)
				}
			}
		})
	}
}

// noTLSServer answers, on a port of its own, as a PostgreSQL server with
// ssl off does: an SSLRequest gets "N". It returns the port.
func noTLSServer(t *testing.T) int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			buf := make([]byte, 8) // length 8, code 80877103
			if _, err := io.ReadFull(c, buf); err == nil {
				c.Write([]byte("N"))
			}
			c.Close()
		}
	}()
	return l.Addr().(*net.TCPAddr).Port
}
