// Package editor is the domain of Bulletin Desk: bulletins, issues, sections,
// items, submissions, units, adoptions, the statistics units are ranked by,
// and the archive (one SQLite file) that keeps them.
//
// It imports neither Fyne nor excelize, so every rule here is testable
// without a window, and the command line reaches the same functions as the
// screens.
package editor
