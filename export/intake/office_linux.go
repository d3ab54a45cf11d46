//go:build linux

package intake

import (
	"os/exec"
	"sync"
	"syscall"
)

// officeUnshare is the unshare(1) command line that runs LibreOffice with
// no network (a new, empty network namespace) and in its own PID namespace
// (so that when the converter's first process dies, the kernel kills every
// process LibreOffice started), or nil when this system does not allow it
// (no unshare, user namespaces disabled, a container without the right).
var officeUnshare = sync.OnceValue(func() []string {
	path, err := exec.LookPath("unshare")
	if err != nil {
		return nil
	}
	for _, flags := range [][]string{
		{"--net", "--pid", "--fork", "--kill-child"},                    // as root
		{"--map-root-user", "--net", "--pid", "--fork", "--kill-child"}, // as a user, with user namespaces
		{"--net"},
		{"--map-root-user", "--net"},
	} {
		if exec.Command(path, append(flags, "true")...).Run() == nil {
			return append([]string{path}, flags...)
		}
	}
	return nil
})

// officeCommand is the program and arguments that run soffice with args,
// inside officeUnshare when available.
func officeCommand(soffice string, args []string) (string, []string) {
	u := officeUnshare()
	if u == nil {
		return soffice, args
	}
	all := append(append(append([]string{}, u[1:]...), "--", soffice), args...)
	return u[0], all
}

// OfficeNetworkIsolated says whether LibreOffice runs in a network namespace
// here (otherwise only its profile keeps it off the network).
func OfficeNetworkIsolated() bool { return officeUnshare() != nil }

// officeDieWithParent kills the converter when Bulletin Desk itself is
// killed (kill -9 leaves it no time to stop LibreOffice).
func officeDieWithParent(a *syscall.SysProcAttr) { a.Pdeathsig = syscall.SIGKILL }
