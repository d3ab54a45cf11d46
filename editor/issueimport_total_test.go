package editor

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
)

// A 总第 the source of an imported issue did not print stays empty: not
// proposed, not printed, and asked for before 签发 (review A16).
func TestImportIssueKeepsTotalNumberEmpty(t *testing.T) {
	ctx := context.Background()
	a := archiveTestOpen(t)
	var ids []int64
	for _, n := range []int{3, 4} { // two of one bulletin: the UNIQUE 总第 lets empty ones be many
		is := importTestIssue()
		is.Number, is.TotalNumber = n, 0
		if err := a.ImportIssue(ctx, is); err != nil {
			t.Fatalf("第%d期 without 总第: %v", n, err)
		}
		ids = append(ids, is.ID)
	}
	got, err := a.Issue(ctx, ids[0])
	if err != nil {
		t.Fatal(err)
	}
	if got.TotalNumber != 0 {
		t.Errorf("总第 = %d, want it empty (0)", got.TotalNumber)
	}
	list, _ := a.Issues(ctx, IssueFilter{})
	for _, s := range list {
		if s.TotalNumber != 0 {
			t.Errorf("issues list: %+v, want 总第 empty", s)
		}
	}
	if err := a.SetIssueStatus(ctx, ids[0], IssueSigned); !errors.Is(err, ErrNoTotalNumber) {
		t.Errorf("signing without 总第: %v, want ErrNoTotalNumber", err)
	}
	got.TotalNumber = 345
	if err := a.UpdateIssueHeader(ctx, &got); err != nil {
		t.Fatal(err)
	}
	if err := a.SetIssueStatus(ctx, ids[0], IssueSigned); err != nil {
		t.Errorf("signing once 总第 is given: %v", err)
	}
	if fresh, _ := a.NewIssue(ctx, got.BulletinID, Date{}); fresh.TotalNumber != 346 {
		t.Errorf("a new issue's proposed 总第 = %d, want 346 (the empty ones take none)", fresh.TotalNumber)
	}
}

// The source's own 本期要目 and copy line are kept with the issue; turning
// 本期要目 off clears the kept list, so turned on again it lists the leads.
func TestImportIssueKeepsMarksAsWritten(t *testing.T) {
	ctx := context.Background()
	a := archiveTestOpen(t)
	is := importTestIssue()
	is.CopyCount = 120
	is.Marks = IssueMarks{Contents: true, ContentsText: "1.青山县推行网格治理\n2.北湖县建人才驿站", CopyLine: "共印120份"}
	if err := a.ImportIssue(ctx, is); err != nil {
		t.Fatal(err)
	}
	got, _ := a.Issue(ctx, is.ID)
	if got.Marks.ContentsText != is.Marks.ContentsText || got.Marks.CopyLine != "共印120份" {
		t.Fatalf("marks stored = %+v, want the source's list and copy line", got.Marks)
	}
	got.Marks.Contents = false
	if err := a.UpdateIssueHeader(ctx, &got); err != nil {
		t.Fatal(err)
	}
	got.Marks.Contents = true
	if err := a.UpdateIssueHeader(ctx, &got); err != nil {
		t.Fatal(err)
	}
	if again, _ := a.Issue(ctx, is.ID); again.Marks.ContentsText != "" || !again.Marks.Contents {
		t.Errorf("after 本期要目 off and on: %+v, want the list made from the leads", again.Marks)
	}
}

// The import preview lists the units an import would create, before
// anything is saved (review A4).
func TestIssueNewUnitsListedBeforeSaving(t *testing.T) {
	ctx := context.Background()
	a := archiveTestOpen(t)
	archiveTestUnits(t, a)
	is := importTestIssue()
	is.Sections[0].Items[0].Attribution = "蓉城镇党委"
	is.Sections[0].Items[2].Attribution = "蓉城镇党委、临江区委组织部"
	got, err := a.IssueNewUnits(ctx, is)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, u := range got {
		names = append(names, u.Name+"/"+u.Group)
	}
	if want := "蓉城镇党委/其他 北湖县委组织部/县区"; strings.Join(names, " ") != want {
		t.Errorf("new units = %v, want %s", names, want)
	}
	if units, _ := a.Units(ctx); len(units) != len(archiveTestUnits(t, archiveTestOpen(t))) {
		t.Errorf("listing the new units saved some: %d units", len(units))
	}
}

// Migration 021 lets 总第 be empty on a file, keeping every issue with its
// sections, items, credits, review record and footer, and the trigger that
// records each step.
func TestMigration021KeepsIssues(t *testing.T) {
	if onServer() {
		t.Skip("the office archive drops the NOT NULL in place")
	}
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	a, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	is := importTestIssue()
	if err := a.ImportIssue(ctx, is); err != nil {
		t.Fatal(err)
	}
	if err := a.SetIssueStatus(ctx, is.ID, IssueSigned); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{ // back to the archive as 020 left it
		`ALTER TABLE issues DROP COLUMN contents_text`, `ALTER TABLE issues DROP COLUMN copy_line`,
		`PRAGMA writable_schema = ON`,
		`UPDATE sqlite_schema SET sql = replace(sql, 'total_number INTEGER,', 'total_number INTEGER NOT NULL,') WHERE name = 'issues'`,
		`PRAGMA writable_schema = RESET`, `DELETE FROM migrations WHERE version = 21`} {
		if _, err := a.db.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	a.Close()
	if a, err = Open(ctx, path); err != nil {
		t.Fatalf("migration 021: %v", err)
	}
	defer a.Close()
	var def string
	a.db.QueryRow(`SELECT sql FROM sqlite_schema WHERE name = 'issues'`).Scan(&def)
	if strings.Contains(def, "total_number INTEGER NOT NULL") || !strings.Contains(def, "copy_line") {
		t.Fatalf("issues after 021: %s", def)
	}
	got, err := a.Issue(ctx, is.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.TotalNumber != 345 || len(got.Sections) != 2 || len(got.Sections[0].Items) != 4 || len(got.Distribution) != 1 ||
		got.Review.Signed == nil || len(got.Sections[0].Items[0].UnitIDs) != 1 {
		t.Errorf("after the migration: %+v, want the issue whole (4 items, credits, 报, its 签发 on record)", got)
	}
	if err := a.SetIssueStatus(ctx, is.ID, IssueDraft); err != nil {
		t.Fatal(err)
	}
	if again, _ := a.Issue(ctx, is.ID); again.Review.Signed != nil {
		t.Errorf("reopened after the migration: review %+v, want the reopening recorded", again.Review)
	}
	empty := importTestIssue()
	empty.Number, empty.TotalNumber = 13, 0
	if err := a.ImportIssue(ctx, empty); err != nil {
		t.Errorf("an issue without 总第 after the migration: %v", err)
	}
	var check string
	if a.db.QueryRow(`PRAGMA integrity_check`).Scan(&check); check != "ok" {
		t.Errorf("integrity_check: %s", check)
	}
}
