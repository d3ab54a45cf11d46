package export

// The Word formats plug into the registries: submissions arrive as .docx,
// .doc and .wps; the issue goes out as "docx".
func init() {
	RegisterSubmissionFormat(".docx", ReadDocx)
	// Macro-enabled documents and templates are WordprocessingML like a
	// .docx (the macros are not read, let alone run).
	RegisterSubmissionFormat(".docm", ReadDocx)
	RegisterSubmissionFormat(".dotx", ReadDocx)
	RegisterSubmissionFormat(".dotm", ReadDocx)
	RegisterSubmissionFormat(".doc", ReadOfficeDoc)
	RegisterSubmissionFormat(".wps", ReadOfficeDoc)
	RegisterSubmissionFormat(".rtf", ReadOfficeDoc) // LibreOffice reads RTF as it reads .doc
	RegisterIssueFormat("docx", WriteIssueDocx)
}
