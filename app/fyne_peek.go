package app

import (
	"reflect"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// Fyne 2.7 keeps where a list's keyboard cursor is and how far a table is
// scrolled unexported, though both change from inside Fyne (the arrows,
// a click, the scroll bar). The app reads them, never writes them, by
// reflection; should a later Fyne rename them, ok is false and the caller
// falls back on what it tracked itself.

// listFocus is the row the keyboard is on in l.
func listFocus(l *widget.List) (row int, ok bool) {
	f := reflect.ValueOf(l).Elem().FieldByName("currentFocus")
	if !f.IsValid() || f.Kind() != reflect.Int {
		return 0, false
	}
	return int(f.Int()), true
}

// tableOffset is how far t is scrolled.
func tableOffset(t *widget.Table) (fyne.Position, bool) {
	f := reflect.ValueOf(t).Elem().FieldByName("offset")
	if !f.IsValid() || f.Type() != reflect.TypeOf(fyne.Position{}) {
		return fyne.Position{}, false
	}
	return fyne.NewPos(float32(f.Field(0).Float()), float32(f.Field(1).Float())), true
}
