// Package intake reads what comes from outside, keeping every character
// and inventing nothing:
//
//   - bulletin texts for import-issue (text_read*.go, text_masthead*.go,
//     text_para*.go, text_item*.go): a Notepad file, a PDF's text, a web page,
//     a Word back issue (text_read_word.go), into an issue with its masthead,
//     sections, items and 版记, and a summary of what was recognised;
//   - 来稿 (submission_*.go): .txt and .eml with their header blocks, the 来稿
//     form, .docx (docx_read*.go) and, through LibreOffice (office*.go), .doc,
//     .wps and .rtf; the readers by extension are in submission_formats.go;
//   - bytes into text: UTF-8, GB18030/GBK, UTF-16 (decode*.go).
//
// The bulletin text writer (text_write*.go) is here too: it escapes what
// the reader would misread, with the reader's own rules.
package intake
