package editor

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
)

// ImportIssue stores a whole issue read from outside (a bulletin text) in
// one transaction: a failure leaves the archive exactly as it was.
//
// The bulletin is BulletinID, else the one named BulletinName (created,
// with the first bulletin's defaults, when the archive has none of that
// name), else the first bulletin. Numbers 0 are proposed (in the date's
// year, or this year's). What the source did not say stays empty — no
// date, no 报/送/发, no copy count — rather than defaults that would then
// look like the source's; the editor fills them in before 签发 (ErrNoDate). Items
// without UnitIDs credit the units their attribution names; an attribution
// naming an organisation the archive does not know yet (…组织部, …局)
// creates that unit. is gets the stored ids and values.
func (a *Archive) ImportIssue(ctx context.Context, is *Issue) error {
	return a.tx(ctx, func(tx *sql.Tx) error { return a.importIssueTx(ctx, tx, is) })
}

// ImportIssueWithSubmissions imports an issue and adds submissions in one
// transaction, so the example bulletin a newcomer loads arrives whole or not at all.
func (a *Archive) ImportIssueWithSubmissions(ctx context.Context, is *Issue, subs []*Submission) error {
	return a.tx(ctx, func(tx *sql.Tx) error {
		if err := a.importIssueTx(ctx, tx, is); err != nil {
			return err
		}
		return addSubmissionsTx(ctx, tx, a.eng, subs)
	})
}

// ImportIssueCorrectingUnit is ImportIssue that also sets the editing unit
// of the bulletin the issue goes into to unit, when unit is given and
// differs, in the same transaction, and prints it on this issue. The
// bulletin's unit is what its drafts print; a signed or imported issue
// keeps the one it went out with (migration 028, review G3).
func (a *Archive) ImportIssueCorrectingUnit(ctx context.Context, is *Issue, unit string) error {
	return a.ImportIssueChoosing(ctx, is, ImportChoices{EditingUnit: unit})
}

// ImportChoices are what the editor settled in the import preview beyond
// the issue itself: the bulletin's editing unit (ImportIssueCorrectingUnit)
// and the group of each unit the import creates, by the unit's name — the
// group a unit's name suggests (GuessUnitGroup) is a guess, and it moves
// the unit between the statistics' subtotals.
type ImportChoices struct {
	EditingUnit string
	Groups      map[string]string
}

// ImportIssueChoosing is ImportIssueCorrectingUnit that also gives each
// unit it creates the group chosen for it (choices.Groups; a unit not
// named there gets the guessed group), in the same transaction.
func (a *Archive) ImportIssueChoosing(ctx context.Context, is *Issue, choices ImportChoices) error {
	return a.tx(ctx, func(tx *sql.Tx) error {
		if err := a.importIssueGroupsTx(ctx, tx, is, choices.Groups); err != nil {
			return err
		}
		unit := strings.TrimSpace(choices.EditingUnit)
		if unit == "" {
			return nil
		}
		b, err := bulletinTx(ctx, tx, is.BulletinID)
		if err != nil || b.EditingUnit == unit {
			return err
		}
		b.EditingUnit, is.EditingUnit = unit, unit
		if err := saveBulletinTx(ctx, tx, &b); err != nil {
			return fmt.Errorf("correct the editing unit: %w", err)
		}
		return setMastheadTx(ctx, tx, is.ID, b.Name, unit)
	})
}

// setMastheadTx makes issue id print name and unit whatever its bulletin
// is called later (review G3: a back issue keeps what it printed).
func setMastheadTx(ctx context.Context, tx *sql.Tx, id int64, name, unit string) error {
	_, err := tx.ExecContext(ctx, `UPDATE issues SET masthead_name = ?, masthead_unit = ? WHERE id = ?`, name, unit, id)
	return wrapErr("keep the issue's masthead", err)
}

func (a *Archive) importIssueTx(ctx context.Context, tx *sql.Tx, is *Issue) error {
	return a.importIssueGroupsTx(ctx, tx, is, nil)
}

// importIssueGroupsTx is importIssueTx giving new units the groups chosen.
func (a *Archive) importIssueGroupsTx(ctx context.Context, tx *sql.Tx, is *Issue, groups map[string]string) error {
	b, err := importBulletinTx(ctx, tx, is)
	if err != nil {
		return fmt.Errorf("import issue: %w", err)
	}
	is.ID, is.BulletinID, is.BulletinName = 0, b.ID, b.Name
	nameUnnamedSections(is, b)
	source := strings.TrimSpace(is.EditingUnit) // what the back issue printed, kept as its own (migration 028)
	if is.EditingUnit == "" {
		is.EditingUnit = b.EditingUnit
	}
	m, err := importUnitsTx(ctx, tx, is, groups)
	if err != nil {
		return fmt.Errorf("import issue: %w", err)
	}
	match := func(it *Item) []int64 {
		var ids []int64
		for _, u := range m.Match(it.Attribution) {
			ids = append(ids, u.ID)
		}
		return ids
	}
	if err := insertIssueRowTx(ctx, tx, is, match, false); err != nil { // a 总第 the source lacks stays empty
		return fmt.Errorf("import issue: %w", err)
	}
	if source != "" {
		if err := setMastheadTx(ctx, tx, is.ID, b.Name, source); err != nil {
			return fmt.Errorf("import issue: %w", err)
		}
	}
	// on record, and it tells 签发 that the date is the source's (DefaultSignDay)
	if err := a.auditTx(ctx, tx, AuditImport, "issue", is.ID, issueDetail(*is)); err != nil {
		return fmt.Errorf("import issue: %w", err)
	}
	is.Imported = true
	return nil
}

// nameUnnamedSections drops a section without a name that holds no item.
// Items that came before any heading stay in a section without a name,
// which every format prints without a heading: a back issue must not
// carry a 栏目 heading its source never had (the editor may name it).
func nameUnnamedSections(is *Issue, _ Bulletin) {
	if len(is.Sections) > 1 && is.Sections[0].Name == "" && len(is.Sections[0].Items) == 0 {
		is.Sections = is.Sections[1:]
	}
}

// importBulletinTx finds (or creates) the bulletin an imported issue
// belongs to, and gives it the issue's editing unit when it has none.
func importBulletinTx(ctx context.Context, tx *sql.Tx, is *Issue) (Bulletin, error) {
	var id int64
	var err error
	switch {
	case is.BulletinID != 0:
		id = is.BulletinID
	case strings.TrimSpace(is.BulletinName) != "":
		err = tx.QueryRowContext(ctx, `SELECT id FROM bulletins WHERE name = ?`, strings.TrimSpace(is.BulletinName)).Scan(&id)
		if errors.Is(err, sql.ErrNoRows) {
			return newBulletinLikeFirstTx(ctx, tx, strings.TrimSpace(is.BulletinName), is.EditingUnit)
		}
	default:
		err = tx.QueryRowContext(ctx, `SELECT id FROM bulletins ORDER BY id LIMIT 1`).Scan(&id)
		if errors.Is(err, sql.ErrNoRows) {
			return Bulletin{}, fmt.Errorf("the archive has no bulletin: %w", ErrNotFound)
		}
	}
	if err != nil {
		return Bulletin{}, err
	}
	b, err := bulletinTx(ctx, tx, id)
	if err != nil || b.EditingUnit != "" || is.EditingUnit == "" {
		return b, err
	}
	b.EditingUnit = is.EditingUnit
	return b, saveBulletinTx(ctx, tx, &b)
}

// newBulletinLikeFirstTx creates a bulletin with the first one's sections and distribution.
func newBulletinLikeFirstTx(ctx context.Context, tx *sql.Tx, name, editingUnit string) (Bulletin, error) {
	b := Bulletin{Name: name, EditingUnit: editingUnit, Sections: defaultSections, Distribution: defaultDistribution}
	var first int64
	if err := tx.QueryRowContext(ctx, `SELECT id FROM bulletins ORDER BY id LIMIT 1`).Scan(&first); err == nil {
		f, err := bulletinTx(ctx, tx, first)
		if err != nil {
			return b, err
		}
		b.Sections, b.Distribution, b.CopyCount = f.Sections, f.Distribution, f.CopyCount
		if b.EditingUnit == "" {
			b.EditingUnit = f.EditingUnit
		}
	}
	return b, saveBulletinTx(ctx, tx, &b)
}

// importUnitsTx creates the units that the issue's attributions name but
// the archive does not know, and returns a matcher over all units.
func importUnitsTx(ctx context.Context, tx *sql.Tx, is *Issue, groups map[string]string) (*UnitMatcher, error) {
	b, err := newUnitBookTx(ctx, tx)
	if err != nil {
		return nil, err
	}
	b.groups = groups
	for _, s := range is.Sections {
		for _, it := range s.Items {
			if len(it.UnitIDs) == 0 {
				if err := b.learnTx(ctx, tx, it.Attribution); err != nil {
					return nil, err
				}
			}
		}
	}
	return b.m, nil
}

// unitBook is the archive's units while a transaction may add to them.
type unitBook struct {
	units  []Unit
	m      *UnitMatcher
	groups map[string]string // the group chosen for a new unit, by name (ImportChoices)
}

func newUnitBookTx(ctx context.Context, tx *sql.Tx) (*unitBook, error) {
	units, err := unitsTx(ctx, tx)
	if err != nil {
		return nil, err
	}
	return &unitBook{units: units, m: NewUnitMatcher(units)}, nil
}

// learnTx creates the units an attribution names (several for 综合) that
// the archive does not know yet but that look like organisations.
func (b *unitBook) learnTx(ctx context.Context, tx *sql.Tx, attribution string) error {
	for _, u := range b.plan(attribution) {
		if err := findOrAddUnitTx(ctx, tx, &u); err != nil {
			return &NewUnitError{Unit: u.Name, Err: err}
		}
		for k := range b.units {
			if b.units[k].ID == 0 && b.units[k].Name == u.Name {
				b.units[k] = u
			}
		}
		b.m = NewUnitMatcher(b.units)
	}
	return nil
}

// plan adds to the book, unsaved, the units an attribution names that it
// does not know yet but that look like organisations, and returns them.
func (b *unitBook) plan(attribution string) []Unit {
	var out []Unit
	for _, part := range strings.FieldsFunc(AttributionUnits(attribution), func(r rune) bool { return strings.ContainsRune(unitListSeparators, r) }) {
		if len(b.m.matchPart(part)) > 0 || !looksLikeUnitName(part) {
			continue
		}
		u := guessUnit(part)
		if g := strings.TrimSpace(b.groups[u.Name]); g != "" {
			u.Group = g
		}
		b.units = append(b.units, u)
		b.m = NewUnitMatcher(b.units)
		out = append(out, u)
	}
	return out
}

// IssueNewUnits is the units ImportIssue would create for is, in the order
// its items name them, each with the group GuessUnitGroup guessed: the
// import preview lists them before anything is saved, since a new unit
// takes credits from then on and its group moves it between the
// statistics' subtotals. Nothing is written.
func (a *Archive) IssueNewUnits(ctx context.Context, is *Issue) ([]Unit, error) {
	var out []Unit
	err := a.read(ctx, func(tx *sql.Tx) error {
		b, err := newUnitBookTx(ctx, tx)
		if err != nil {
			return err
		}
		for _, s := range is.Sections {
			for _, it := range s.Items {
				if len(it.UnitIDs) == 0 {
					out = append(out, b.plan(it.Attribution)...)
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("units the import would add: %w", err)
	}
	return out, nil
}

// name is a unit's full name, "" for 0 or an unknown id.
func (b *unitBook) name(id int64) string {
	for _, u := range b.units {
		if u.ID == id {
			return u.Name
		}
	}
	return ""
}

// requireDateToSignTx fails with ErrNoDate when issue id is to be signed
// but has no date (imported from a source that gave none).
func requireDateToSignTx(ctx context.Context, tx *sql.Tx, id int64, s IssueStatus) error {
	if s != IssueSigned {
		return nil
	}
	var date string
	err := tx.QueryRowContext(ctx, `SELECT date FROM issues WHERE id = ?`, id).Scan(&date)
	if errors.Is(err, sql.ErrNoRows) {
		return nil // SetIssueStatus says ErrNotFound
	}
	if err != nil {
		return err
	}
	if parseDateText(date).IsZero() {
		return ErrNoDate
	}
	return nil
}

// requireTotalToSignTx fails with ErrNoTotalNumber when issue id has an
// empty 总第 (imported from a source that printed none).
func requireTotalToSignTx(ctx context.Context, tx *sql.Tx, id int64) error {
	var empty bool
	err := tx.QueryRowContext(ctx, `SELECT total_number IS NULL FROM issues WHERE id = ?`, id).Scan(&empty)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return nil // the step says ErrNotFound
	case err != nil:
		return err
	case empty:
		return ErrNoTotalNumber
	}
	return nil
}

// MergeItemIntoPrevious makes item j of section i a paragraph of the item
// before it (in the same section, or the last of an earlier one): the
// editor's correction of "an item does not start here" in the import
// preview. The previous item's attribution gives way to the merged one's,
// which now closes the text. Out of range or the very first item: no change.
func MergeItemIntoPrevious(is *Issue, i, j int) {
	if i < 0 || i >= len(is.Sections) || j < 0 || j >= len(is.Sections[i].Items) {
		return
	}
	pi, pj := i, j-1
	for pj < 0 {
		if pi--; pi < 0 {
			return
		}
		pj = len(is.Sections[pi].Items) - 1
	}
	prev, it := &is.Sections[pi].Items[pj], is.Sections[i].Items[j]
	if prev.Attribution != "" { // it stays in the text, where it stood
		prev.Body += "（" + prev.Attribution + "）"
	}
	if para := strings.TrimSpace(it.Lead + it.Body); para != "" {
		prev.Body += "\n" + para
	}
	prev.Attribution = it.Attribution
	prev.Words = CountWords(prev.Lead) + CountWords(prev.Body) + CountWords(prev.Attribution)
	items := is.Sections[i].Items
	is.Sections[i].Items = append(items[:j:j], items[j+1:]...)
	for k := range is.Sections[i].Items {
		is.Sections[i].Items[k].Position = k
	}
}
