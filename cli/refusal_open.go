package cli

import (
	"errors"
	"fmt"

	"github.com/bulletindesk/bulletindesk/editor"
)

// Opening the office archive, said in Chinese like the refusals by role
// (refusal.go): the people reading these are the office's editors and its
// IT, and each says what to do — what to check in --db, or what IT runs on
// the server. The server's or the network's own words follow in brackets
// for IT. A local file's problems stay in English with the rest.

// openError is a failed opening said for the user; it unwraps to what
// the archive said, so callers still branch on it.
type openError struct {
	msg string
	err error
}

func (e *openError) Error() string { return e.msg }
func (e *openError) Unwrap() error { return e.err }

// cliOpenError is err, from opening the office archive dsn, in the
// user's words when it is one we know; err itself otherwise.
func cliOpenError(dsn string, err error) error {
	if err == nil || !editor.IsServerDSN(dsn) {
		return err
	}
	s, perr := editor.ParseOfficeDSN(dsn)
	if perr != nil {
		return err
	}
	msg := cliConnectRefusal(s, err)
	if msg == "" {
		msg = cliOpenRefusal(s, err)
	}
	if msg == "" {
		return err
	}
	return &openError{msg: editor.RedactDSN(dsn) + "：" + msg, err: err}
}

// cliConnectRefusal says why the server could not be reached or let the
// login in; "" when that is not the problem.
func cliConnectRefusal(s editor.OfficeServer, err error) string {
	problem, detail := editor.ConnectProblem(err)
	var msg string
	switch problem {
	case "unreachable":
		msg = fmt.Sprintf("连不上办公室档案的服务器 %s（端口 %d）：那里没有 PostgreSQL 应答。请检查 --db 中的地址和端口，或请信息技术人员查看服务器是否开着、防火墙是否放行", s.Host, s.Port)
	case "no-login":
		msg = fmt.Sprintf("服务器上没有登录名“%s”：请检查 --db 中的用户名（区分大小写），或请信息技术人员创建它（CREATE ROLE %s LOGIN PASSWORD '…';）", s.User, s.User)
	case "no-database":
		msg = fmt.Sprintf("服务器上没有数据库“%s”：请检查 --db 中的数据库名，或请信息技术人员按说明“办公室档案”建立它", s.Database)
	case "not-allowed":
		msg = fmt.Sprintf("服务器不允许从这台电脑以“%s”连接数据库“%s”：请信息技术人员在服务器的 pg_hba.conf 中加一行，例如 host %s all 10.1.2.0/24 scram-sha-256", s.User, s.Database, s.Database)
	case "too-many":
		msg = "服务器的连接数已满：请稍后再试，或请信息技术人员调大 max_connections"
	case "no-tls":
		msg = fmt.Sprintf("服务器 %s（端口 %d）有应答，但不提供加密连接，而 --db 要求加密（sslmode=require 等）：请去掉 --db 中的 sslmode，或请信息技术人员在服务器的 postgresql.conf 中开启 ssl", s.Host, s.Port)
	case "tls":
		msg = fmt.Sprintf("服务器 %s（端口 %d）有应答，但加密连接没有建立（多为服务器的证书不被这台电脑信任）：请信息技术人员提供服务器的根证书（--db 中的 sslrootcert=文件），或改用 sslmode=require", s.Host, s.Port)
	case "refused":
		msg = fmt.Sprintf("服务器拒绝了“%s”的连接", s.User)
	default:
		return ""
	}
	return msg + "（原文：" + detail + "）"
}

// cliOpenRefusal says why an office archive that answered cannot be
// opened by this login: its password, its role, an archive IT has not set
// up or must upgrade first; "" for any other problem.
func cliOpenRefusal(s editor.OfficeServer, err error) string {
	var notOwner *editor.NotOwnerError
	switch {
	case errors.Is(err, editor.ErrWrongPassword):
		return fmt.Sprintf("服务器拒绝了“%s”的密码（来自 PGPASSWORD、~/.pgpass 或 --db）：请检查密码", s.User)
	case errors.Is(err, editor.ErrPasswordNeeded):
		return fmt.Sprintf("服务器要“%s”的密码，但没有找到：请在环境变量 PGPASSWORD 或 ~/.pgpass（Windows：%%APPDATA%%\\postgresql\\pgpass.conf）中提供；简报编辑台不保存密码", s.User)
	case errors.As(err, &notOwner):
		return fmt.Sprintf("这份办公室档案需要先升级到本版本的简报编辑台，而升级只能由它的所有者 %s 进行（%s 不能）；档案没有任何改动。请信息技术人员以 %s 登录运行一次：%s",
			notOwner.Owner, notOwner.Login, notOwner.Owner, notOwner.Command)
	case errors.Is(err, editor.ErrNotSetUp):
		return "这个办公室数据库还没有建好档案：请信息技术人员以数据库所有者的登录名运行一次 bulletindesk users --db …（见说明“办公室档案”），再给第一位管理员分配角色"
	case errors.Is(err, editor.ErrNoRole):
		return fmt.Sprintf("“%s”在这份办公室档案中还没有角色（编辑、审核、签发或管理员），不能打开：请管理员在“用户”的“添加登录名”中添加它并分配角色（或 bulletindesk users --grant 编辑 --to %s）", s.User, s.User)
	case errors.Is(err, editor.ErrNewerArchive):
		return "这份办公室档案已由更新版本的简报编辑台升级过：请先把本机的简报编辑台升级到同一版本"
	}
	return ""
}
