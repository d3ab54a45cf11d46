//go:build !(linux || freebsd || openbsd || netbsd)

package app

// systemSaysNothing is false: Windows and macOS always report light or dark.
const systemSaysNothing = false

func askDesktopScheme() {}
