// Package editor is the domain of Bulletin Desk: bulletins, issues, sections,
// items, submissions, units, adoptions, the statistics units are ranked by,
// and the archive that keeps them — one SQLite file on the editor's PC, or
// the office archive on a PostgreSQL server shared by every desktop.
//
// The SQL both engines understand is written here once, with ? placeholders;
// what differs (connection, migrations, the search index's statements,
// errors) sits in the leaf packages editor/sqlite and editor/postgres, which
// do not import editor. Open picks the engine by the DSN.
//
// It imports neither Fyne nor excelize, so every rule here is testable
// without a window, and the command line reaches the same functions as the
// screens.
package editor
