// Package web writes an issue as one HTML page (the html format) and the
// archive as a static site of issues (export-site), with the texts the PDF
// lays out.
package web
