// Package issueprint is what every printed form of an issue (text, Word,
// PDF, HTML) says alike, so that the four say the same words: the issue as
// printed, without the 栏目 that have no item (PrintedIssue); the 版头 and
// 版记 labels and lines (编者按, 本期要目, 密级, 印发, 共印N份); the date as
// printed (TextDate), the 期号 (IssueNumber) and the time a file records.
// It imports editor only; every writer and the text reader import it.
package issueprint
