package app

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"os/user"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/editor"
)

// prefOfficeArchive is the office archive's connection this computer opens
// when no --db is given: server, port, database and user, never the
// password (that comes from PGPASSWORD, ~/.pgpass or the password window).
const prefOfficeArchive = "officeArchive"

// RememberedOffice is the office archive 连接办公室档案 remembered, "" for
// the local file.
func RememberedOffice(a fyne.App) string { return a.Preferences().String(prefOfficeArchive) }

// RunOffice opens the office archive dsn names and runs the window on it.
// When the server wants a password that PGPASSWORD and ~/.pgpass do not
// give, a small window asks for it first; it is kept in memory only.
func RunOffice(a fyne.App, dsn string) {
	ar, err := editor.Open(context.Background(), dsn)
	if err == nil {
		defer ar.Close()
		Run(a, ar)
		return
	}
	language, look := personalLook(a) // the person's, known before any archive is open
	setupLanguage(language)
	a.Settings().SetTheme(newDeskTheme(look))
	if !errors.Is(err, editor.ErrPasswordNeeded) {
		runOfficeFailed(a, dsn, err)
		return
	}
	var end func()
	w := a.NewWindow(lang.L("连接办公室档案"))
	content, focus := passwordView(dsn, func(opened *editor.Archive) {
		ar = opened
		end = showMain(a, ar)
		w.Close()
	}, a.Quit)
	w.SetContent(content)
	w.Canvas().Focus(focus)
	w.Resize(fyne.NewSize(480, 220))
	w.CenterOnScreen()
	w.ShowAndRun()
	if end != nil {
		end()
		ar.Close()
	}
}

// runOfficeFailed says why the office archive did not open (server
// unreachable, database missing, …), with 改用本机档案 so that a PC whose
// office server is down still opens this computer's file.
func runOfficeFailed(a fyne.App, dsn string, err error) {
	w := a.NewWindow(lang.L("简报编辑台"))
	local := widget.NewButton(lang.L("改用本机档案"), func() {
		a.Preferences().RemoveValue(prefOfficeArchive)
		if path, err := editor.DefaultPath(); err == nil {
			pendingRestart = restartCommand(path, "")
		}
		a.Quit()
	})
	text := fmt.Sprintf(lang.L("无法打开档案：%s\n\n%s"), editor.RedactDSN(dsn), officeMessage(err))
	w.SetContent(container.NewBorder(nil, container.NewCenter(container.NewHBox(local, widget.NewButton(lang.L("退出"), a.Quit))),
		nil, nil, messageBox(text, fyne.NewSize(520, 170))))
	w.Resize(fyne.NewSize(560, 260))
	w.CenterOnScreen()
	w.ShowAndRun()
}

// passwordView asks for the password of the office archive dsn names and
// hands the opened archive to done.
func passwordView(dsn string, done func(*editor.Archive), quit func()) (fyne.CanvasObject, fyne.Focusable) {
	server, _ := editor.ParseOfficeDSN(dsn)
	pw := widget.NewPasswordEntry()
	note := widget.NewLabel(fmt.Sprintf(lang.L("服务器 %s 上的档案 %s，用户 %s"), server.Host, server.Database, server.User))
	note.Wrapping = fyne.TextWrapWord
	problem := widget.NewLabel("")
	problem.Wrapping = fyne.TextWrapWord
	connect := widget.NewButton(lang.L("连接"), nil)
	connect.Importance = widget.HighImportance
	connect.OnTapped = func() {
		connect.Disable()
		problem.SetText(lang.L("正在连接……"))
		password := pw.Text
		go func() {
			ar, err := editor.Open(context.Background(), editor.WithPassword(dsn, password))
			fyne.Do(func() {
				connect.Enable()
				if err != nil {
					problem.SetText(officeMessage(err))
					return
				}
				done(ar)
			})
		}()
	}
	pw.OnSubmitted = func(string) { connect.OnTapped() }
	form := widget.NewForm(widget.NewFormItem(lang.L("密码"), pw))
	buttons := container.NewHBox(widget.NewButton(lang.L("退出"), quit), connect)
	return container.NewVBox(note, form, problem, container.NewCenter(buttons)), pw
}

// officeMessage is what went wrong connecting, in the user's words.
func officeMessage(err error) string {
	if errors.Is(err, editor.ErrPasswordNeeded) {
		return lang.L("服务器拒绝了这个用户名和密码，请检查后重试。")
	}
	if msg := officeConnectMessage(err); msg != "" {
		return msg
	}
	return userMessage(err)
}

// officeConnectMessage says why the server could not be reached or let the
// login in, as the command line does (cli/refusal_open.go), with the
// server's or the network's own words for IT; "" when that is not the
// problem. Before, the window showed pgx's English (failed to connect to
// `user=liwei database=office`: … dial error …).
func officeConnectMessage(err error) string {
	problem, detail := editor.ConnectProblem(err)
	var msg string
	switch problem {
	case "unreachable":
		msg = lang.L("连不上办公室档案的服务器：那里没有 PostgreSQL 应答。请检查服务器地址和端口，或请信息技术人员查看服务器是否开着、防火墙是否放行。")
	case "no-login":
		msg = lang.L("服务器上没有这个登录名：请检查用户名（区分大小写），或请信息技术人员先创建它（CREATE ROLE … LOGIN）。")
	case "no-database":
		msg = lang.L("服务器上没有这个数据库：请检查数据库名，或请信息技术人员按说明“办公室档案”建立它。")
	case "not-allowed":
		msg = lang.L("服务器不允许从这台电脑以这个用户名连接这个数据库：请信息技术人员在服务器的 pg_hba.conf 中为这台电脑所在的网段加一行。")
	case "too-many":
		msg = lang.L("服务器的连接数已满：请稍后再试，或请信息技术人员调大 max_connections。")
	case "no-tls":
		msg = lang.L("服务器有应答，但不提供加密连接，而连接要求加密（sslmode=require）：请去掉连接中的 sslmode，或请信息技术人员在服务器的 postgresql.conf 中开启 ssl。")
	case "tls":
		msg = lang.L("服务器有应答，但加密连接没有建立（多为服务器的证书不被这台电脑信任）：请信息技术人员提供服务器的根证书（sslrootcert），或改用 sslmode=require。")
	case "refused":
		msg = lang.L("服务器拒绝了这次连接。")
	default:
		return ""
	}
	return msg + "\n" + lang.L("（原文：{{.Detail}}）", map[string]any{"Detail": detail})
}

// officeForm is 文件 ▸ 连接办公室档案: the office archive's server, port,
// database, user and password. Once connected, the connection (not the
// password) is remembered and the app reopens on the office archive;
// 改用本机档案 goes back to this computer's file.
type officeForm struct {
	u                    *ui
	host, port, db, user *widget.Entry
	password             *widget.Entry
	problem              *widget.Label
	connect              *widget.Button
	dialog               dialog.Dialog
}

func newOfficeForm(u *ui) *officeForm {
	f := &officeForm{u: u, host: widget.NewEntry(), port: widget.NewEntry(), db: widget.NewEntry(), user: widget.NewEntry(),
		password: widget.NewPasswordEntry(), problem: widget.NewLabel("")}
	server := editor.OfficeServer{Port: 5432}
	if me, err := user.Current(); err == nil {
		server.User = me.Username
	}
	current := RememberedOffice(u.app)
	if u.ar.Engine() == "postgres" {
		current = u.ar.Path() // the connection this window is on, without its password
	}
	if current != "" {
		if s, err := editor.ParseOfficeDSN(current); err == nil {
			server = s
		}
	}
	f.host.SetPlaceHolder("10.1.2.3")
	f.host.SetText(server.Host)
	f.port.SetText(strconv.Itoa(int(server.Port)))
	f.db.SetPlaceHolder("bulletin")
	f.db.SetText(server.Database)
	f.user.SetText(server.User)
	f.password.SetPlaceHolder(lang.L("可留空：使用 PGPASSWORD 或 ~/.pgpass"))
	f.password.OnSubmitted = func(string) { f.onConnect() }
	f.problem.Wrapping = fyne.TextWrapWord
	f.connect = widget.NewButton(lang.L("连接"), f.onConnect)
	f.connect.Importance = widget.HighImportance
	return f
}

func (f *officeForm) content() fyne.CanvasObject {
	form := widget.NewForm(widget.NewFormItem(lang.L("服务器"), f.host), widget.NewFormItem(lang.L("端口"), f.port),
		widget.NewFormItem(lang.L("数据库"), f.db), widget.NewFormItem(lang.L("用户名"), f.user),
		widget.NewFormItem(lang.L("密码"), f.password))
	buttons := container.NewHBox(widget.NewButton(lang.L("取消"), f.hide), f.connect)
	if RememberedOffice(f.u.app) != "" || f.u.ar.Engine() == "postgres" {
		buttons.Objects = append([]fyne.CanvasObject{widget.NewButton(lang.L("改用本机档案"), f.u.onUseLocalArchive)}, buttons.Objects...)
	}
	return container.NewVBox(widget.NewLabel(lang.L("办公室的几位编辑共用服务器上的一份档案（PostgreSQL）。")), form, f.problem,
		container.NewCenter(buttons))
}

func (u *ui) onConnectOffice() {
	f := newOfficeForm(u)
	f.dialog = dialog.NewCustomWithoutButtons(lang.L("连接办公室档案"), f.content(), u.win)
	f.dialog.Resize(fyne.NewSize(520, 0))
	f.dialog.Show()
	u.win.Canvas().Focus(f.host)
}

func (f *officeForm) hide() {
	if f.dialog != nil {
		f.dialog.Hide()
	}
}

// onConnect tries the connection off the UI goroutine; once it opens, it
// is remembered and the app starts again on it.
func (f *officeForm) onConnect() {
	n, err := strconv.ParseUint(strings.TrimSpace(f.port.Text), 10, 16)
	if err != nil || strings.TrimSpace(f.host.Text) == "" || strings.TrimSpace(f.db.Text) == "" {
		f.problem.SetText(lang.L("请填写服务器、端口（数字）和数据库。"))
		return
	}
	dsn := editor.OfficeServer{Host: strings.TrimSpace(f.host.Text), Port: uint16(n), Database: strings.TrimSpace(f.db.Text),
		User: strings.TrimSpace(f.user.Text)}.DSN()
	password := f.password.Text
	open := dsn
	if password != "" {
		open = editor.WithPassword(dsn, password)
	}
	f.connect.Disable()
	f.problem.SetText(lang.L("正在连接……"))
	work := func() {
		ar, err := editor.Open(f.u.base, open)
		if err == nil {
			ar.Close()
		}
		fyne.Do(func() { f.connected(dsn, password, err) })
	}
	if f.u.syncWork {
		work()
	} else {
		go work()
	}
}

func (f *officeForm) connected(dsn, password string, err error) {
	f.connect.Enable()
	if err != nil {
		f.problem.SetText(officeMessage(err))
		return
	}
	f.u.app.Preferences().SetString(prefOfficeArchive, dsn)
	f.hide()
	f.u.restartOn(dsn, password)
}

// onUseLocalArchive forgets the office archive and reopens on this
// computer's file.
func (u *ui) onUseLocalArchive() {
	u.app.Preferences().RemoveValue(prefOfficeArchive)
	path, err := editor.DefaultPath()
	if err != nil {
		u.showError(err)
		return
	}
	u.restartOn(path, "")
}

// restartOn starts Bulletin Desk again on dsn and quits this window, so no
// screen keeps state from the archive it leaves. A typed password reaches
// the new process in its environment (PGPASSWORD, as libpq reads it), not
// on its command line where other users could see it.
func (u *ui) restartOn(dsn, password string) {
	cmd := restartCommand(dsn, password)
	if cmd == nil {
		u.showError(fmt.Errorf("start again on %s: this program's file is not found", editor.RedactDSN(dsn)))
		return
	}
	pendingRestart = cmd
	u.quit()
}

// restartCommand is this program on dsn, the password (if typed) in its
// environment; nil when the program's file cannot be found.
func restartCommand(dsn, password string) *exec.Cmd {
	exe, err := os.Executable()
	if err != nil {
		return nil
	}
	cmd := exec.Command(exe, "--db", dsn)
	cmd.Env = append(os.Environ(), editor.EnvArchive+"=")
	if password != "" {
		cmd.Env = append(cmd.Env, "PGPASSWORD="+password)
	}
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	return cmd
}

// pendingRestart is the Bulletin Desk restartOn starts once this one has
// let go of its archive (its window lock, its connections).
var pendingRestart *exec.Cmd

// afterClose is work that must wait until the archive is closed (a
// restore from a backup), done by StartPendingRestart before it restarts.
var afterClose func()

// StartPendingRestart starts the Bulletin Desk 连接办公室档案 or 改用本机档案
// asked for, if any; main calls it last, after closing the archive.
func StartPendingRestart() {
	if afterClose != nil {
		afterClose()
	}
	if pendingRestart == nil {
		return
	}
	if err := pendingRestart.Start(); err != nil {
		fmt.Fprintln(os.Stderr, "bulletindesk: start again:", err)
	}
}
