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
