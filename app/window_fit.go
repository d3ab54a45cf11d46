package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
)

// windowMinSize is the smallest the main window may be made; it is also
// all the window's content may ask for. A window's minimum size is its
// content's, and one long label (a 46-character title beside a duplicate
// warning) once forced the window to 2,321 px on a 1,920 px screen. With
// this cap a screen that needs more is cut at the edge instead, which a
// test of each screen's own minimum keeps from happening.
var windowMinSize = fyne.NewSize(800, 560)

// fitWindow reports at most windowMinSize as its minimum and gives its one
// object the whole window.
type fitWindow struct{}

func (fitWindow) MinSize(objects []fyne.CanvasObject) fyne.Size {
	return objects[0].MinSize().Min(windowMinSize)
}

func (fitWindow) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	objects[0].Move(fyne.NewPos(0, 0))
	objects[0].Resize(size)
}

// fitToWindow wraps the window's content so it cannot widen the window.
func fitToWindow(content fyne.CanvasObject) fyne.CanvasObject {
	return container.New(fitWindow{}, content)
}
