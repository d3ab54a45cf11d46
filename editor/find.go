package editor

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"unicode/utf8"
)

// ItemField is the part of an item a find in the issue matched in.
type ItemField int

// The fields of an item in the order they print: 编者按, lead, body, attribution.
const (
	FieldNote ItemField = iota
	FieldLead
	FieldBody
	FieldAttribution
)

// Match is one place a text occurs in an issue's items. Start and End
// count runes into the field, so the screen can put its cursor there.
type Match struct {
	ItemID     int64
	Field      ItemField
	Start, End int
}

// FieldText is the text of field f of it.
func FieldText(it *Item, f ItemField) string {
	switch f {
	case FieldNote:
		return it.EditorNote
	case FieldLead:
		return it.Lead
	case FieldBody:
		return it.Body
	default:
		return it.Attribution
	}
}

func setFieldText(it *Item, f ItemField, text string) {
	switch f {
	case FieldNote:
		it.EditorNote = text
	case FieldLead:
		it.Lead = text
	case FieldBody:
		it.Body = text
	default:
		it.Attribution = text
	}
}

var itemFields = []ItemField{FieldNote, FieldLead, FieldBody, FieldAttribution}

// FindInIssue lists every place query occurs in the items of is, in the
// order they print (section by section, each item's 编者按, lead, body and
// attribution), matches not overlapping. The match is exact: in Chinese
// text there is no case to ignore, and an editor replacing 2019 must not
// touch ２０１９.
func FindInIssue(is *Issue, query string) []Match {
	if query == "" {
		return nil
	}
	var out []Match
	for i := range is.Sections {
		for j := range is.Sections[i].Items {
			it := &is.Sections[i].Items[j]
			for _, f := range itemFields {
				out = append(out, findInField(it.ID, f, FieldText(it, f), query)...)
			}
		}
	}
	return out
}

func findInField(id int64, f ItemField, text, query string) []Match {
	var out []Match
	qn := utf8.RuneCountInString(query)
	runes, from := 0, 0
	for {
		k := strings.Index(text[from:], query)
		if k < 0 {
			return out
		}
		runes += utf8.RuneCountInString(text[from : from+k])
		out = append(out, Match{ItemID: id, Field: f, Start: runes, End: runes + qn})
		runes += qn
		from += k + len(query)
	}
}

// ReplaceMatch is a copy of the item of is that m is in, with the text
// of m replaced by with; ok is false when m no longer holds query (the
// text changed since the find).
func ReplaceMatch(is *Issue, m Match, query, with string) (it Item, ok bool) {
	src := itemOf(is, m.ItemID)
	if src == nil {
		return Item{}, false
	}
	r := []rune(FieldText(src, m.Field))
	if m.Start < 0 || m.End > len(r) || string(r[m.Start:m.End]) != query {
		return Item{}, false
	}
	it = *src
	setFieldText(&it, m.Field, string(r[:m.Start])+with+string(r[m.End:]))
	return it, true
}

// ReplaceAll is a copy of every item of is holding query, with each
// occurrence replaced by with, and how many occurrences there were.
func ReplaceAll(is *Issue, query, with string) (items []Item, n int) {
	if query == "" {
		return nil, 0
	}
	for i := range is.Sections {
		for j := range is.Sections[i].Items {
			it := is.Sections[i].Items[j]
			c := 0
			for _, f := range itemFields {
				t := FieldText(&it, f)
				c += strings.Count(t, query)
				setFieldText(&it, f, strings.ReplaceAll(t, query, with))
			}
			if c > 0 {
				items = append(items, it)
				n += c
			}
		}
	}
	return items, n
}

func itemOf(is *Issue, id int64) *Item {
	for i := range is.Sections {
		for j := range is.Sections[i].Items {
			if is.Sections[i].Items[j].ID == id {
				return &is.Sections[i].Items[j]
			}
		}
	}
	return nil
}

// UpdateItems saves the text of several items in one transaction (全部替换
// in 组版, and its undo): all of them, or none when one of them changed
// since it was read (a *ConflictError for the first such, its text kept as
// a draft) or its issue is signed. On success each Version is the new one,
// and each item keeps its revision as UpdateItem does.
func (a *Archive) UpdateItems(ctx context.Context, items []*Item) error {
	return a.saveChecked(ctx, func(tx *sql.Tx) (*ConflictError, error) {
		olds := make([]Item, len(items))
		issues := make([]int64, len(items))
		for i, it := range items { // every check before the first write
			if err := a.lockRowTx(ctx, tx, "items", it.ID); err != nil {
				return nil, err
			}
			old, err := itemTx(ctx, tx, it.ID)
			if err != nil {
				return nil, fmt.Errorf("update items: %w", err)
			}
			issueID, err := sectionIssueTx(ctx, tx, old.SectionID)
			if err != nil {
				return nil, fmt.Errorf("update items: %w", err)
			}
			issues[i] = issueID
			if old.Version != it.Version {
				return &ConflictError{Kind: "item", ID: it.ID, ReadVersion: it.Version, StoredVersion: old.Version,
					StoredAt: old.UpdatedAt, Stored: old, Mine: *it}, nil
			}
			olds[i] = old
		}
		for i, it := range items {
			if err := updateItemTx(ctx, tx, a.eng, issues[i], olds[i], it); err != nil {
				return nil, err
			}
			if err := a.keepRevisionTx(ctx, tx, "item", it.ID, *it, olds[i], nil); err != nil {
				return nil, err
			}
		}
		return nil, nil
	})
}
