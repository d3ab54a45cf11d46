//go:build unix

package intake

import (
	"errors"
	"os/exec"
	"syscall"
)

// officeProcessGroup puts soffice in its own process group and makes
// cancellation kill the whole group: the soffice script starts oosplash,
// which starts soffice.bin, and killing only the first would leave the
// converter running after a timeout or Ctrl+C.
func officeProcessGroup(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	officeDieWithParent(cmd.SysProcAttr)
	cmd.Cancel = func() error {
		if cmd.Process == nil {
			return nil
		}
		return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	}
}

// officeProcessAlive says whether process pid still runs.
func OfficeProcessAlive(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}
