package intake

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// officeProfileSettings are the LibreOffice settings of the private profile
// every conversion runs with, so that an untrusted document cannot make
// LibreOffice reach out, on any OS (the network namespace is Linux only):
//   - links to other files and the web are never updated on load, and links
//     from documents outside trusted locations are blocked;
//   - macros never run;
//   - every HTTP, HTTPS and FTP request goes to a proxy at 127.0.0.1:9, where
//     nothing listens: measured with LibreOffice 7.4, a Word 97 .doc whose
//     INCLUDEPICTURE names http://… is fetched (OPTIONS, HEAD, GET) with the
//     first settings alone, and not at all with the proxy.
var officeProfileSettings = []struct{ path, name, value string }{
	{"/org.openoffice.Office.Common/Security/Scripting", "BlockUntrustedRefererLinks", "true"},
	{"/org.openoffice.Office.Common/Security/Scripting", "MacroSecurityLevel", "3"},
	{"/org.openoffice.Office.Common/Security/Scripting", "DisableMacrosExecution", "true"},
	{"/org.openoffice.Office.Common/Security/Scripting", "DisableActiveContent", "true"}, // LibreOffice ≥ 24.2; older ones ignore it
	{"/org.openoffice.Office.Writer/Content/Update", "Link", "0"},                        // never update links
	{"/org.openoffice.Inet/Settings", "ooInetProxyType", "1"},                            // manual
	{"/org.openoffice.Inet/Settings", "ooInetHTTPProxyName", "127.0.0.1"},
	{"/org.openoffice.Inet/Settings", "ooInetHTTPProxyPort", "9"},
	{"/org.openoffice.Inet/Settings", "ooInetHTTPSProxyName", "127.0.0.1"},
	{"/org.openoffice.Inet/Settings", "ooInetHTTPSProxyPort", "9"},
	{"/org.openoffice.Inet/Settings", "ooInetFTPProxyName", "127.0.0.1"},
	{"/org.openoffice.Inet/Settings", "ooInetFTPProxyPort", "9"},
	{"/org.openoffice.Inet/Settings", "ooInetNoProxy", ""},
}

// officeWriteProfile makes a LibreOffice user profile in dir with
// officeProfileSettings.
func officeWriteProfile(dir string) error {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" +
		`<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" ` +
		`xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` + "\n")
	for _, s := range officeProfileSettings {
		fmt.Fprintf(&b, `<item oor:path="%s"><prop oor:name="%s" oor:op="fuse"><value>%s</value></prop></item>`+"\n",
			s.path, s.name, s.value)
	}
	b.WriteString("</oor:items>\n")
	user := filepath.Join(dir, "user")
	if err := os.MkdirAll(user, 0o700); err != nil {
		return fmt.Errorf("make the LibreOffice profile: %w", err)
	}
	if err := os.WriteFile(filepath.Join(user, "registrymodifications.xcu"), []byte(b.String()), 0o600); err != nil {
		return fmt.Errorf("make the LibreOffice profile: %w", err)
	}
	return nil
}
