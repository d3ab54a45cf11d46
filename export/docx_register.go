package export

// The Word formats plug into the registries: submissions arrive as .docx,
// .doc and .wps; the issue goes out as "docx".
func init() {
	RegisterSubmissionFormat(".docx", ReadDocx)
	RegisterSubmissionFormat(".doc", ReadOfficeDoc)
	RegisterSubmissionFormat(".wps", ReadOfficeDoc)
	RegisterIssueFormat("docx", WriteIssueDocx)
}
