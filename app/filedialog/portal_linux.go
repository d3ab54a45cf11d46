//go:build linux && !android

package filedialog

import (
	"context"
	"fmt"
	"strings"
	"sync/atomic"
	"time"

	"github.com/godbus/dbus/v5"
)

// portalFiles is the xdg desktop portal's FileChooser over D-Bus: the
// desktop's own dialog (GNOME's, KDE's, …), with a typed path (Ctrl+L),
// several files at once and a folder opened by a double click. It is
// called directly rather than through rymdport/portal/filechooser, which
// listens for the answer only after asking (an answer in between is lost)
// and turns a + in a file name into a space.
type portalFiles struct{}

const (
	portalBus   = "org.freedesktop.portal.Desktop"
	portalPath  = "/org/freedesktop/portal/desktop"
	portalFiler = "org.freedesktop.portal.FileChooser"
)

var portalTokens atomic.Int64

func (portalFiles) Name() string { return "portal" }

func (portalFiles) Choose(req Request, parent uintptr) ([]string, error) {
	conn, err := dbus.SessionBus()
	if err != nil {
		return nil, ErrNoNative
	}
	obj := conn.Object(portalBus, portalPath)
	// the interface is there only when a desktop backend implements it;
	// the first call may start the portal, which takes a moment
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	var version dbus.Variant
	if err := obj.CallWithContext(ctx, "org.freedesktop.DBus.Properties.Get", 0, portalFiler, "version").Store(&version); err != nil {
		return nil, ErrNoNative
	}
	token := fmt.Sprintf("bulletindesk%d", portalTokens.Add(1))
	sender := strings.ReplaceAll(strings.TrimPrefix(conn.Names()[0], ":"), ".", "_")
	want := dbus.ObjectPath(portalPath + "/request/" + sender + "/" + token)
	// listen before asking, so the answer cannot come in between
	match := []dbus.MatchOption{dbus.WithMatchInterface("org.freedesktop.portal.Request"), dbus.WithMatchMember("Response")}
	if err := conn.AddMatchSignal(match...); err != nil {
		return nil, fmt.Errorf("listen to the file dialog: %w", err)
	}
	defer conn.RemoveMatchSignal(match...)
	answers := make(chan *dbus.Signal, 8)
	conn.Signal(answers)
	defer conn.RemoveSignal(answers)

	method, title, opts := portalRequest(req, token)
	var handle dbus.ObjectPath
	if err := obj.Call(portalFiler+"."+method, 0, portalParent(parent), title, opts).Store(&handle); err != nil {
		return nil, fmt.Errorf("open the file dialog: %w", err)
	}
	for sig := range answers {
		if sig.Path != want && sig.Path != handle || len(sig.Body) != 2 {
			continue
		}
		return portalAnswer(sig.Body)
	}
	return nil, nil
}

// portalParent names our window so the dialog stays on top of it.
func portalParent(parent uintptr) string {
	if parent == 0 {
		return ""
	}
	return fmt.Sprintf("x11:%x", parent)
}

// portalFilter is the portal's a(sa(us)): a name and glob rules (type 0).
type portalFilter struct {
	Name  string
	Rules []portalRule
}

type portalRule struct {
	Type    uint32
	Pattern string
}

// portalRequest is the method and options for req.
func portalRequest(req Request, token string) (method, title string, opts map[string]dbus.Variant) {
	opts = map[string]dbus.Variant{
		"handle_token": dbus.MakeVariant(token),
		"modal":        dbus.MakeVariant(true),
	}
	if req.Dir != "" {
		opts["current_folder"] = dbus.MakeVariant(append([]byte(req.Dir), 0))
	}
	if len(req.Exts) > 0 && !req.Folder {
		f := portalFilter{Name: kindName(req)}
		for _, g := range globs(req.Exts) {
			f.Rules = append(f.Rules, portalRule{Pattern: g})
		}
		opts["filters"] = dbus.MakeVariant([]portalFilter{f, {Name: allFilesName(), Rules: []portalRule{{Pattern: "*"}}}})
		opts["current_filter"] = dbus.MakeVariant(f)
	}
	if req.Save {
		opts["current_name"] = dbus.MakeVariant(req.Name)
		return "SaveFile", req.Title, opts
	}
	opts["multiple"] = dbus.MakeVariant(req.Multiple)
	opts["directory"] = dbus.MakeVariant(req.Folder)
	return "OpenFile", req.Title, opts
}

// portalAnswer reads Response(u status, a{sv} results): status 0 is
// chosen, 1 cancelled, 2 ended otherwise.
func portalAnswer(body []any) ([]string, error) {
	status, _ := body[0].(uint32)
	results, _ := body[1].(map[string]dbus.Variant)
	if status != 0 {
		return nil, nil
	}
	uris, _ := results["uris"].Value().([]string)
	var paths []string
	for _, u := range uris {
		paths = append(paths, URLPath(u))
	}
	return paths, nil
}
