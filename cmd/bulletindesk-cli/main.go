// Command bulletindesk-cli is Bulletin Desk's command line on its own: the
// same subcommands as `bulletindesk COMMAND`, built without the window.
//
// Windows needs it because a program built for the GUI subsystem (the
// desktop app) prints nothing to cmd.exe or PowerShell; this one is a console
// program. It has no cgo, so it builds for every platform with plain `go build`.
package main

import (
	"fmt"
	"os"

	"github.com/bulletindesk/bulletindesk/cli"
)

func main() {
	args := os.Args[1:]
	if len(args) == 0 {
		fmt.Fprintln(os.Stderr, "bulletindesk-cli: the command line of Bulletin Desk (简报编辑台); `bulletindesk-cli help` lists the commands, the desktop app is bulletindesk")
		os.Exit(2)
	}
	os.Exit(cli.Run(args, os.Stdin, os.Stdout, os.Stderr))
}
