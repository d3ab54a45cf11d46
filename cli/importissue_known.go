package cli

import (
	"context"
	"os"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export/intake"
)

// cliKnownBulletin is the bulletin an import goes into, when the archive
// has it: the one --bulletin named (already set on is), the masthead's,
// or, for a text naming none, the first. 0 when it is new.
func cliKnownBulletin(ctx context.Context, ar *editor.Archive, is *editor.Issue) int64 {
	if is.BulletinID != 0 {
		return is.BulletinID
	}
	if is.BulletinName != "" {
		b, err := ar.BulletinByName(ctx, is.BulletinName)
		if err != nil {
			return 0 // a new series, or unreadable: read by the shapes alone
		}
		return b.ID
	}
	bs, err := ar.Bulletins(ctx)
	if err != nil || len(bs) == 0 {
		return 0
	}
	return bs[0].ID
}

// cliReadKnownSections reads the file again knowing the 栏目 of the
// bulletin it goes into, as 档案 ▸ 从文本导入 does (export.ReadOptions): a
// line naming one of them is that section even where its shape says
// nothing. It returns the first reading when the bulletin is new, uses no
// sections, or the file cannot be read again.
func cliReadKnownSections(ctx context.Context, ar *editor.Archive, name string, roles []intake.MastheadRole,
	is *editor.Issue, read intake.IssueSummary) (*editor.Issue, intake.IssueSummary) {
	id := cliKnownBulletin(ctx, ar, is)
	if id == 0 {
		return is, read
	}
	sections, err := ar.BulletinSectionNames(ctx, id)
	if err != nil || len(sections) == 0 {
		return is, read
	}
	f, err := os.Open(name)
	if err != nil {
		return is, read
	}
	defer f.Close()
	again, sum, err := intake.ReadIssueWith(f, intake.ReadOptions{Roles: roles, Sections: sections})
	if err != nil {
		return is, read
	}
	again.BulletinID = is.BulletinID // as --bulletin set it
	if is.BulletinID != 0 {
		again.BulletinName = is.BulletinName
	}
	return again, sum
}
