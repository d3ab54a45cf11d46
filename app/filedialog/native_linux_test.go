package filedialog

import (
	"slices"
	"strings"
	"testing"

	"github.com/godbus/dbus/v5"
)

// The native dialogs are asked for what the screen wants: several files
// for an import, the name for a save, the types in either case.
func TestNativeDialogArgs(t *testing.T) {
	imp := Request{Title: "打开来稿文件", Kind: "来稿", Exts: []string{".txt", ".docx"}, Dir: "/home/编辑", Multiple: true}
	save := Request{Title: "保存", Name: "第12期.txt", Exts: []string{".txt"}, Dir: "/home/编辑", Save: true}
	cases := []struct {
		name string
		args []string
		want []string
	}{
		{"zenity import", zenityArgs(imp, 0x200001), []string{"--multiple", "--filename=/home/编辑/", "--attach=2097153", "--file-filter=来稿（.txt .docx） | *.txt *.TXT *.docx *.DOCX"}},
		{"zenity save", zenityArgs(save, 0), []string{"--save", "--confirm-overwrite", "--filename=/home/编辑/第12期.txt"}},
		{"kdialog import", kdialogArgs(imp, 0), []string{"--getopenfilename", "/home/编辑", "--multiple", "--separate-output"}},
		{"kdialog save", kdialogArgs(save, 0), []string{"--getsavefilename", "/home/编辑/第12期.txt"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, w := range c.want {
				if !slices.Contains(c.args, w) {
					t.Errorf("args %q lack %q", c.args, w)
				}
			}
		})
	}
	method, _, opts := portalRequest(imp, "t1")
	if method != "OpenFile" || opts["multiple"].Value() != true || string(opts["current_folder"].Value().([]byte)) != "/home/编辑\x00" {
		t.Errorf("portal import: %s %v", method, opts)
	}
	method, _, opts = portalRequest(save, "t2")
	if method != "SaveFile" || opts["current_name"].Value() != "第12期.txt" {
		t.Errorf("portal save: %s %v", method, opts)
	}
}

// The portal's answer: file URLs, a + and a space in the name kept.
func TestPortalAnswerKeepsThePlus(t *testing.T) {
	uris := []string{"file:///home/%E7%BC%96%E8%BE%91/%E9%9D%92%E5%B1%B1%E5%8E%BF%201+5.txt", "file:///home/a.docx"}
	got, err := portalAnswer([]any{uint32(0), map[string]dbus.Variant{"uris": dbus.MakeVariant(uris)}})
	if want := []string{"/home/编辑/青山县 1+5.txt", "/home/a.docx"}; err != nil || !slices.Equal(got, want) {
		t.Errorf("got %q, %v; want %q", got, err, want)
	}
	if got, _ := portalAnswer([]any{uint32(1), map[string]dbus.Variant{}}); got != nil {
		t.Errorf("cancelled, got %q", got)
	}
}

// zenity got the app's LC_MESSAGES=zh_CN.UTF-8 on a system without that
// locale, fell back to C, and refused the Chinese title.
func TestDialogEnvDropsMissingLocales(t *testing.T) {
	env := []string{"LANG=C.UTF-8", "LC_MESSAGES=zh_CN.UTF-8", "LANGUAGE=zh_CN:zh", "DISPLAY=:0"}
	got := dialogEnv(env, func(l string) bool { return !strings.HasPrefix(l, "zh_CN") })
	want := []string{"LANG=C.UTF-8", "LANGUAGE=zh_CN:zh", "DISPLAY=:0"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestNoWindowManagerMeansTheAppsOwnDialog: on an X server with no window
// manager zenity's dialog came up frameless, without the keyboard, taller
// than the screen and possibly behind the window; the app's own dialog is
// shown there instead. A dialog named in BULLETINDESK_FILE_DIALOG is still
// used.
func TestNoWindowManagerMeansTheAppsOwnDialog(t *testing.T) {
	saved := windowManagerRunning
	t.Cleanup(func() { windowManagerRunning = saved })
	for _, tc := range []struct {
		name   string
		wm     bool
		choice string
		native bool
	}{
		{"no window manager", false, "", false},
		{"no window manager, zenity asked for", false, "zenity", true},
		{"window manager", true, "", true},
		{"window manager, fyne asked for", true, "fyne", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			windowManagerRunning = func() bool { return tc.wm }
			if got := For(tc.choice) != nil; got != tc.native {
				t.Errorf("native dialog %v, want %v", got, tc.native)
			}
		})
	}
}
