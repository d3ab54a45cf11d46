package main

import (
	"os"
	"strings"
	"syscall"
)

// The desktop app is built for the GUI subsystem, so Windows gives it no
// console: `bulletindesk.exe issues` typed in cmd.exe would print nothing.
// When a subcommand is given, attach to the console of the program that
// started us, if any, so its output and errors reach the user. (cmd.exe does
// not wait for a GUI program; bulletindesk-cli.exe is the console program
// for scripts.)
func init() {
	if len(os.Args) < 2 || strings.HasPrefix(os.Args[1], "-") {
		return
	}
	const attachParentProcess = ^uintptr(0) // ATTACH_PARENT_PROCESS, (DWORD)-1
	attach := syscall.NewLazyDLL("kernel32.dll").NewProc("AttachConsole")
	if r, _, _ := attach.Call(attachParentProcess); r == 0 {
		return
	}
	if out, err := os.OpenFile("CONOUT$", os.O_WRONLY, 0); err == nil {
		os.Stdout, os.Stderr = out, out
	}
	if in, err := os.OpenFile("CONIN$", os.O_RDONLY, 0); err == nil {
		os.Stdin = in
	}
}
