package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

type submissionsScreen struct{ u *ui }

func newSubmissionsScreen(u *ui) *submissionsScreen     { return &submissionsScreen{u: u} }
func (s *submissionsScreen) view() fyne.CanvasObject    { return widget.NewLabel("来稿") }
func (s *submissionsScreen) reload()                    {}
func (s *submissionsScreen) selectSubmission(id int64)  {}
func (s *submissionsScreen) importURIs(uris []fyne.URI) {}
func (s *submissionsScreen) onNew()                     {}
func (s *submissionsScreen) onPaste()                   {}
func (s *submissionsScreen) onOpenFile()                {}
func (s *submissionsScreen) onOpenFolder()              {}

type unitsScreen struct{ u *ui }

func newUnitsScreen(u *ui) *unitsScreen        { return &unitsScreen{u: u} }
func (s *unitsScreen) view() fyne.CanvasObject { return widget.NewLabel("单位") }
func (s *unitsScreen) reload()                 {}

type settingsScreen struct{ u *ui }

func newSettingsScreen(u *ui) *settingsScreen     { return &settingsScreen{u: u} }
func (s *settingsScreen) view() fyne.CanvasObject { return widget.NewLabel("设置") }
func (s *settingsScreen) reload()                 {}

type searchScreen struct{ u *ui }

func newSearchScreen(u *ui) *searchScreen       { return &searchScreen{u: u} }
func (s *searchScreen) view() fyne.CanvasObject { return widget.NewLabel("检索") }
func (s *searchScreen) reload()                 {}
func (s *searchScreen) focus()                  {}

func (u *ui) offerExampleIfEmpty() {}
