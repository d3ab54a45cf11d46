// Command bulletindesk is Bulletin Desk (简报编辑台), the desktop workstation
// for the editors of an information bulletin. Without a subcommand it opens
// the window on the archive; with one (see `bulletindesk help`) it runs that
// command on the same archive, through the same functions the screens use.
package main

import (
	"flag"
	"fmt"
	_ "github.com/bulletindesk/bulletindesk/app/localeenv" // before Fyne reads the locale
	"maps"
	"os"
	"strings"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	"github.com/bulletindesk/bulletindesk/app"
	"github.com/bulletindesk/bulletindesk/cli"
	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/resources"
)

const appID = "com.bulletindesk.desk"

func main() {
	if len(os.Args) > 1 && !strings.HasPrefix(os.Args[1], "-") {
		os.Exit(cli.Run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
	}
	flags := flag.NewFlagSet("bulletindesk", flag.ExitOnError)
	db := flags.String("db", "", "the archive file, or the office archive as postgres://user@host/db (default: the per-user archive, or $"+editor.EnvArchive+")")
	flags.Parse(os.Args[1:])

	stopProfile := startProfile()
	defer stopProfile()
	a := fyneapp.NewWithID(appID)
	declareFyneDo(a)
	app.CatchSignals(a) // from the first moment: a SIGTERM while the archive opens quits in order
	a.SetIcon(resources.Icon)
	defer app.StartPendingRestart() // after the archive is closed and its lock released
	path := *db
	if path == "" && os.Getenv(editor.EnvArchive) == "" {
		path = app.RememberedOffice(a) // 连接办公室档案
	}
	if editor.IsServerDSN(path) {
		app.RunOffice(a, path)
		return
	}
	var err error
	if path == "" {
		path, err = editor.DefaultPath()
	}
	release := func() {}
	if err == nil {
		release, err = app.LockArchive(path)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "bulletindesk:", err)
		release() // the message window does not hold the archive
		app.RunFailed(a, path, err)
		os.Exit(1)
	}
	watchDisplay()
	// the window comes first: opening an older archive rebuilds its search
	// index, and the window shows how far that has got
	if err := app.RunArchive(a, path, release); err != nil {
		fmt.Fprintln(os.Stderr, "bulletindesk:", err)
		os.Exit(1)
	}
}

// declareFyneDo tells Fyne what FyneApp.toml's [Migrations] says: the
// window touches widgets only on the UI goroutine (fyne.Do). Fyne reads
// that file only into a `fyne package` build or when the binary runs
// beside it; any other (make dist's, one started from another folder)
// checked the goroutine of every refresh by formatting a stack trace
// (runtime.Stack): a quarter of the CPU a 来稿 filter change took in the
// real window. It must run before the first window.
func declareFyneDo(a fyne.App) {
	m := a.Metadata()
	if m.Migrations["fyneDo"] {
		return
	}
	m.Migrations = maps.Clone(m.Migrations)
	if m.Migrations == nil {
		m.Migrations = map[string]bool{}
	}
	m.Migrations["fyneDo"] = true
	if m.ID == "" {
		m.ID = appID
	}
	if m.Name == "" {
		m.Name = "Bulletin Desk"
	}
	fyneapp.SetMetadata(m)
}
