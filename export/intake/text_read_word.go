package intake

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
)

// A back issue kept in Word or WPS (.docx, .doc, .wps — our own Word
// export too) is read by the bulletin reader like its text: the .docx
// reader gives its paragraphs (numbering from numbering.xml, hidden text
// and deletions left out, footnotes after the body), one a line, which is
// a layout the bulletin reader knows (a paragraph a line, as Word's "save
// as text" writes it). A .doc or .wps goes through LibreOffice to .docx
// first, as a 来稿 does. Before, every one was "not a text file".

// IssueSourceExts are the files a back issue is imported from (the
// 导入一期 dialog's kinds).
var IssueSourceExts = []string{".txt", ".docx", ".doc", ".wps"}

// IssueFileError is err from reading the back issue in the file named
// name, said for what the file claims to be: a .docx whose bytes are
// neither a zip nor a Word 97 file is damaged or partly downloaded, as the
// 来稿 reader says of it, not "not a text file". Other errors are err.
func IssueFileError(name string, err error) error {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".docx", ".docm", ".dotx":
		if errors.Is(err, ErrBinary) {
			return ErrDocxNotZip
		}
	}
	return err
}

// issueSourceText is the text of a back issue from its bytes.
func issueSourceText(r io.Reader) (string, error) {
	data, err := readDocxInput(r) // the .docx limit, ErrDocxTooLarge past it
	if err != nil {
		return "", err
	}
	switch {
	case bytes.HasPrefix(data, docxZipMagic):
		return docxIssueText(data)
	case bytes.HasPrefix(data, OLEMagic):
		if docxEncrypted(data) {
			return "", ErrDocxEncrypted
		}
		soffice := FindSoffice()
		if soffice == "" {
			return "", ErrNeedLibreOffice
		}
		docx, err := OfficeConvert(context.Background(), soffice, ".doc", data, officeDocxFilter, ".docx")
		if err != nil {
			return "", err
		}
		return docxIssueText(docx)
	}
	return DecodeText(bytes.NewReader(data))
}

// docxIssueText is a .docx's paragraphs, one a line, then its notes.
func docxIssueText(data []byte) (string, error) {
	doc, err := parseDocx(data)
	if err != nil {
		return "", fmt.Errorf("word file: %w", err)
	}
	var b strings.Builder
	for _, p := range append(doc.paras, doc.notes...) {
		b.WriteString(p.text + "\n") // a note's mark is in its text already
	}
	if strings.TrimSpace(b.String()) == "" {
		return "", ErrEmpty
	}
	return b.String(), nil
}
