// Package docx writes an issue as a Word document (WordprocessingML: the
// parts, styles, the masthead, sections and items, the 版记 and its
// distribution), in the fonts and sizes the preferences give. Reading .docx
// files (来稿 and back issues) is intake's.
package docx
