package editor

import (
	"context"
	"testing"
)

func TestDefaultSignDay(t *testing.T) {
	day := func(s string) Date { return archiveTestDay(t, s) }
	today := day("2026-12-01")
	tests := []struct {
		name string
		is   Issue
		want Date
	}{
		{"a back issue of last year keeps its date", Issue{Year: 2025, Date: day("2025-04-18")}, day("2025-04-18")},
		{"this year's issue is signed today", Issue{Year: 2026, Date: day("2026-11-28")}, today},
		{"an issue without a date gets today", Issue{Year: 2025}, today},
		{"the year from the date when the issue has none", Issue{Date: day("2024-03-05")}, day("2024-03-05")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := DefaultSignDay(&tt.is, today); !got.Equal(tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// An issue imported from a file keeps its source's date and 印发日期 when it
// is signed this year; an issue composed here is signed with the day of
// 签发 (review F20: every archived back issue was redated to the day it was
// signed). Both engines.
func TestSigningAnImportedIssueKeepsItsDate(t *testing.T) {
	ctx := context.Background()
	a := archiveTestOpen(t)
	today := Today()
	source := today.AddDate(0, 0, -11)
	if source.Year() != today.Year() {
		source = today // early January: the other-year rule already keeps it; the test still checks the path
	}
	is := importTestIssue()
	is.Year, is.Date = source.Year(), source
	is.Marks.Printer, is.Marks.PrintedDate = "中共江州市委组织部办公室", source
	if err := a.ImportIssue(ctx, is); err != nil {
		t.Fatal(err)
	}
	composed, err := a.NewIssue(ctx, is.BulletinID, source)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name     string
		id       int64
		imported bool
		want     Date
	}{
		{"imported", is.ID, true, source},
		{"composed", composed.ID, false, today},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := a.Issue(ctx, c.id)
			if err != nil {
				t.Fatal(err)
			}
			if got.Imported != c.imported {
				t.Fatalf("Imported = %v, want %v", got.Imported, c.imported)
			}
			day := DefaultSignDay(&got, today)
			for _, act := range []IssueAction{ActionSend, ActionReview, ActionSign} {
				if err := a.StepIssue(ctx, c.id, act, "", day); err != nil {
					t.Fatalf("%s: %v", act, err)
				}
			}
			signed, err := a.Issue(ctx, c.id)
			if err != nil {
				t.Fatal(err)
			}
			if !signed.Date.Equal(c.want) {
				t.Errorf("signed with date %v, want %v", signed.Date, c.want)
			}
			if c.imported && !signed.Marks.PrintedDate.Equal(source) {
				t.Errorf("印发日期 %v, want the source's %v", signed.Marks.PrintedDate, source)
			}
		})
	}
	log, err := a.Audit(ctx, AuditFilter{Kind: "issue", RowID: is.ID})
	if err != nil || len(log) == 0 || log[len(log)-1].Action != AuditImport {
		t.Errorf("audit of the imported issue = %+v, %v; want its import on record", log, err)
	}
}
