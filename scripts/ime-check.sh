#!/usr/bin/env bash
# Types Chinese through a real input method in the real window under Xvfb
# (issue 9): fcitx5 with its pinyin engine over XIM, pinyin keys and Space
# to take the first candidate, into the title of a new 来稿; the title is
# then read back from the archive with the command line. Run it under the
# given LANG (default C.UTF-8; LANG=C once lost every committed character).
# Needs: xvfb xdotool imagemagick dbus-x11 fcitx5 fcitx5-chinese-addons.
# Usage: [LANG=…] scripts/ime-check.sh BINARY [OUTDIR]
set -euo pipefail
bin=$(realpath "$1")
outdir=$(realpath -m "${2:-out/ime-check}")
mkdir -p "$outdir"
applang=${LANG:-}
work=$(mktemp -d)
pids=()
cleanup() {
	for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
	sleep 1 # fcitx5 writes its history as it goes
	rm -rf "$work" 2>/dev/null || true
}
trap cleanup EXIT

freedisplay() { # a display number no one else's Xvfb holds
	local n
	for n in $(seq 60 99); do
		[ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] || { echo ":$n"; return; }
	done
	return 1
}

db="$work/archive.db"
"$bin" import --db "$db" resources/example/submissions/*.txt >/dev/null
mkdir -p "$work/.config/fcitx5"
cat >"$work/.config/fcitx5/profile" <<'PROFILE'
[Groups/0]
Name=Default
Default Layout=us
DefaultIM=pinyin

[Groups/0/Items/0]
Name=keyboard-us
Layout=

[Groups/0/Items/1]
Name=pinyin
Layout=

[GroupOrder]
0=Default
PROFILE

export DISPLAY HOME="$work" LANG=C.UTF-8
DISPLAY=$(freedisplay)
Xvfb "$DISPLAY" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
pids+=($!)
sleep 2
eval "$(dbus-launch --sh-syntax)"
pids+=("$DBUS_SESSION_BUS_PID")
fcitx5 -d --replace >"$work/fcitx5.log" 2>&1
sleep 3
pids+=($(pgrep -n -x fcitx5))

LANG=$applang XMODIFIERS=@im=fcitx FYNE_THEME=light BULLETINDESK_SCREEN=submissions \
	"$bin" --db "$db" >"$work/app.log" 2>&1 &
pids+=($!)
win=$(xdotool search --sync --name '简报编辑台' | head -1)
sleep 3
xdotool windowmove "$win" 0 0
sleep 1
xdotool key ctrl+n # 新建来稿: the cursor goes to its title
sleep 1
xdotool key ctrl+a BackSpace
fcitx5-remote -o # pinyin on, as Ctrl+Space would
sleep 0.5
# 临江 组织 工作: pinyin, then Space takes the first candidate
for word in linjiang zuzhi gongzuo; do
	xdotool type --delay 80 "$word"
	sleep 1
	[ "$word" = linjiang ] && import -window root "$outdir/ime-candidates.png"
	xdotool key space
	sleep 1
done
import -window root "$outdir/ime-typed.png"
xdotool key Tab # leaving the field saves it
sleep 1
got=$("$bin" search --db "$db" 临江组织工作 2>/dev/null | head -1 || true)
echo "LANG=${applang:-(unset)}: archive search for 临江组织工作: ${got:-nothing}"
case "$got" in *临江组织工作*) exit 0 ;; esac
exit 1
