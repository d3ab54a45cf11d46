package exporttest

import "testing"

// NeedsLibreOffice skips a test that starts LibreOffice where it is not
// installed or in -short mode, and returns the soffice path find gives
// (intake.FindSoffice: this package cannot import the readers, whose own
// tests import it).
func NeedsLibreOffice(t testing.TB, find func() string) string {
	t.Helper()
	if testing.Short() {
		t.Skip("starts LibreOffice; skipped in -short mode")
	}
	soffice := find()
	if soffice == "" {
		t.Skip("LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui")
	}
	return soffice
}
