// Command barewindow is the yardstick scripts/compose-speed.sh measures
// Bulletin Desk against: a bare Fyne window of the same size with one
// Chinese label, so CPU figures can be given as a ratio to what Fyne itself
// costs on the same machine in the same run.
package main

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/widget"
)

func main() {
	a := app.NewWithID("com.bulletindesk.barewindow")
	w := a.NewWindow("Fyne")
	w.SetContent(widget.NewLabel("简报编辑台"))
	w.Resize(fyne.NewSize(1280, 800))
	w.ShowAndRun()
}
