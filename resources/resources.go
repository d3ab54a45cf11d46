// Package resources bundles what the app ships besides code: the icon, the
// English translations of the interface, and the example issue a newcomer
// can load on first start.
package resources

import "embed"

// Translations holds one <screen>.en.json file per screen: the keys are the
// Chinese strings of the interface, the values their English.
//
//go:embed translations
var Translations embed.FS

// Example holds the example bulletin issue (bulletin text format) and the
// example submissions offered on first start.
//
//go:embed example
var Example embed.FS

//go:embed icon.png
var iconPNG []byte

// Icon is the application icon (a red 简 on a rounded square).
var Icon = &staticResource{name: "icon.png", content: iconPNG}

// staticResource satisfies fyne.Resource without importing Fyne here.
type staticResource struct {
	name    string
	content []byte
}

// Name is the resource's file name.
func (r *staticResource) Name() string { return r.name }

// Content is the resource's bytes.
func (r *staticResource) Content() []byte { return r.content }
