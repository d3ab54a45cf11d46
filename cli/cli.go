// Package cli is Bulletin Desk's command line: the subcommands of the
// bulletindesk binary (import-issue, issues, export, import, search, demo,
// stats, help). Each subcommand lives in its own file with its synopsis;
// commands() lists them all in one table, in the help text's order.
// Commands reach the same editor and export functions the screens use;
// nothing here knows about Fyne.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export"
)

// Exit statuses: 0 success, 1 a failure the user can read about on stderr,
// 2 a usage error.
const (
	exitOK    = 0
	exitFail  = 1
	exitUsage = 2
)

// Env is what a subcommand talks to: the standard streams and the archive.
type Env struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	name   string // the running subcommand, for usage messages
	usage  string // its synopsis (commands), for usage messages
}

// OpenArchive opens (creating when missing) the archive at path; "" is the
// per-user archive the desktop app opens (editor.DefaultPath). When an
// older archive's search index is rebuilt on opening, a progress line on
// stderr counts its records.
func (e *Env) OpenArchive(path string) (*editor.Archive, error) {
	if path == "" {
		p, err := editor.DefaultPath()
		if err != nil {
			return nil, err
		}
		path = p
	}
	shown := -1
	ar, err := editor.OpenProgress(context.Background(), path, func(done, total int) {
		if pct := done * 100 / max(total, 1); pct != shown {
			shown = pct
			fmt.Fprintf(e.Stderr, "\rupgrading an older archive (its search index, then its texts): %d of %d records (%d%%)", done, total, pct)
		}
	})
	if shown >= 0 {
		fmt.Fprintln(e.Stderr)
	}
	return ar, cliOpenError(path, err) // the office archive's problems in Chinese (refusal_open.go)
}

// Fail prints one line on stderr and returns exit status 1. The message
// should name the file and the problem.
func (e *Env) Fail(format string, args ...any) int {
	msg := strings.TrimRight(fmt.Sprintf(format, args...), "\n")
	fmt.Fprintln(e.Stderr, "bulletindesk: "+strings.ReplaceAll(msg, "\n", " "))
	return exitFail
}

// UsageError prints a usage problem and the subcommand's usage on stderr and
// returns exit status 2.
func (e *Env) UsageError(format string, args ...any) int {
	fmt.Fprintf(e.Stderr, "bulletindesk %s: %s\n", e.name, fmt.Sprintf(format, args...))
	if e.usage != "" {
		fmt.Fprintf(e.Stderr, "usage: bulletindesk %s\n", e.usage)
	}
	return exitUsage
}

type command struct {
	name  string
	usage string // "import-issue [--db FILE] …  FILE\n        what it does"
	run   func(ctx context.Context, args []string, env *Env) int
}

// commands are the subcommands in the order the help text lists them: a
// table built when asked, not a variable, since the commands' own code
// looks it up (a usage message) and a variable would refer to itself.
func commands() []command {
	return []command{
		{"import-issue", importIssueUsage, runImportIssue},
		{"issues", issuesUsage, runIssues},
		{"export", exportUsage, runExport},
		{"import", importUsage, runImport},
		{"delete-submission", deleteSubmissionUsage, runDeleteSubmission},
		{"search", searchUsage, runSearch},
		{"demo", demoUsage, runDemo},
		{"stats", statsUsage, runStats},
		{"archive", archiveUsage, runArchive},
		{"export-site", exportSiteUsage, runExportSite},
		{"issue", issueUsage, runIssue},
		{"users", usersUsage, runUsers},
	}
}

// lookup is the command called name.
func lookup(name string) (command, bool) {
	for _, c := range commands() {
		if c.name == name {
			return c, true
		}
	}
	return command{}, false
}

// Run runs the subcommand args[0] with the rest of args and returns the exit
// status. Ctrl-C, SIGTERM and SIGHUP cancel the context, so a running
// transaction rolls back, LibreOffice is stopped and temporary files go.
func Run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	env := &Env{Stdin: stdin, Stdout: stdout, Stderr: stderr}
	if len(args) == 0 {
		printUsage(stderr)
		return exitUsage
	}
	name := args[0]
	switch name {
	case "help", "-h", "-help", "--help":
		return runHelp(args[1:], env)
	}
	c, ok := lookup(name)
	if !ok {
		fmt.Fprintf(stderr, "bulletindesk: unknown command %q (try: bulletindesk help)\n", name)
		return exitUsage
	}
	env.name, env.usage = name, c.usage
	ctx, stop := cliSignals()
	defer stop()
	return c.run(ctx, args[1:], env)
}

// cliSignals is a context that the first Ctrl+C, SIGTERM or SIGHUP
// cancels (a transaction rolls back, LibreOffice stops, the command returns
// and cleans up); a second one removes the temporary files of the exports
// being written and exits at once with status 130.
func cliSignals() (context.Context, func()) {
	ctx, cancel := context.WithCancel(context.Background())
	ch := make(chan os.Signal, 2)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	done := make(chan struct{})
	go func() {
		select {
		case <-ch:
			cancel()
		case <-done:
			return
		}
		select {
		case <-ch:
			export.RemoveTempFiles()
			os.Exit(130)
		case <-done:
		}
	}()
	return ctx, func() { signal.Stop(ch); close(done); cancel() }
}

func runHelp(args []string, env *Env) int {
	if len(args) > 0 {
		c, ok := lookup(args[0])
		if !ok {
			fmt.Fprintf(env.Stderr, "bulletindesk: unknown command %q\n", args[0])
			return exitUsage
		}
		fmt.Fprintf(env.Stdout, "bulletindesk %s\n", c.usage)
		return exitOK
	}
	printUsage(env.Stdout)
	return exitOK
}

func printUsage(w io.Writer) {
	fmt.Fprintln(w, "Bulletin Desk (简报编辑台)")
	fmt.Fprintln(w, "\nusage:")
	fmt.Fprintln(w, "bulletindesk [--db FILE]\n        open the desktop app on that archive")
	for _, c := range commands() {
		fmt.Fprintf(w, "bulletindesk %s\n", c.usage)
	}
	fmt.Fprintln(w, "bulletindesk help [COMMAND]\n        show this text, or one command's")
	fmt.Fprintf(w, "\n--db defaults to the per-user archive; the environment variable %s overrides it.\n", editor.EnvArchive)
}

// newFlags returns a flag set for the running subcommand that reports its
// errors on stderr instead of exiting.
func (e *Env) newFlags() *flag.FlagSet {
	fs := flag.NewFlagSet(e.name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return fs
}

// parseFlags parses args, allowing flags after the positional arguments
// (bulletindesk import a.txt --unit X), and returns the positional ones.
// When ok is false the command must return status: 0 after -h (usage
// printed on stdout), 2 after a usage error (reported on stderr).
func (e *Env) parseFlags(fs *flag.FlagSet, args []string) (rest []string, status int, ok bool) {
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				fmt.Fprintf(e.Stdout, "bulletindesk %s\n", e.usage)
				return nil, exitOK, false
			}
			return nil, e.UsageError("%v", err), false
		}
		args = fs.Args()
		if len(args) == 0 {
			return rest, exitOK, true
		}
		if args[0] == "--" {
			return append(rest, args[1:]...), exitOK, true
		}
		rest = append(rest, args[0])
		args = args[1:]
	}
}
