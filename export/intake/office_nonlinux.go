//go:build !linux

package intake

import "syscall"

// officeCommand runs soffice directly: there is no network namespace to put
// it in here, and the profile's settings keep it off the network.
func officeCommand(soffice string, args []string) (string, []string) { return soffice, args }

// OfficeNetworkIsolated says whether LibreOffice runs in a network namespace
// here (otherwise only its profile keeps it off the network).
func OfficeNetworkIsolated() bool { return false }

func officeDieWithParent(a *syscall.SysProcAttr) {}
