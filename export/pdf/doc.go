// Package pdf writes an issue as PDF, laid out by the pages package in the
// fonts the preferences name (PDFFonts), a copy per recipient when asked
// (pdf-copies), and checks the glyphs the fonts lack (MissingGlyphError).
// LayoutIssue is the same layout the 组版 preview draws.
package pdf
