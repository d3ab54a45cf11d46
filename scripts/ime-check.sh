#!/usr/bin/env bash
# Types Chinese through a real input method in the real window under Xvfb
# (issue 9): fcitx5 with its pinyin engine over XIM, pinyin keys and Space
# to take the first candidate, into the title and the body of a new 来稿,
# then in 组版 into an item's lead and body; each is read back from the
# archive with the command line (search, export). Run it under the given
# LANG (default C.UTF-8; LANG=C once lost every committed character).
# Needs: xvfb xdotool imagemagick dbus-x11 fcitx5 fcitx5-chinese-addons.
# LEAD_XY and BODY_XY are where the first item's lead and body are in 组版
# at 1280×800 (defaults for the example issue).
# It also corrects pinyin with Backspace and Escape, and commits letters
# with Enter, and checks that those keys changed nothing in the field.
# Usage: [LANG=…] scripts/ime-check.sh BINARY [OUTDIR]
set -euo pipefail
bin=$(realpath "$1")
outdir=$(realpath -m "${2:-out/ime-check}")
mkdir -p "$outdir"
applang=${LANG:-}
LEAD_XY=${LEAD_XY:-470,505} BODY_XY=${BODY_XY:-470,580}
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
issue=$("$bin" import-issue --db "$db" resources/example/issue.txt 2>/dev/null)
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
# pinyin words, then Space takes each first candidate
typewords() {
	local shot=${2:-} word
	for word in $1; do
		xdotool type --delay 80 "$word"
		sleep 1
		[ -n "$shot" ] && import -window root "$outdir/$shot" && shot=
		xdotool key space
		sleep 1
	done
}
fail=0
check() { # what, wanted text, what the archive gave
	echo "LANG=${applang:-(unset)}: $1: wanted $2: ${3:-nothing}"
	case "$3" in *"$2"*) ;; *) fail=1 ;; esac
}
typewords "linjiang zuzhi gongzuo" ime-candidates.png # 临江 组织 工作
import -window root "$outdir/ime-typed.png"
# the body of the same 来稿, at its end (the window is 1280×800 at 0,0)
xdotool mousemove 1060 600 click 1
sleep 1
xdotool key ctrl+End
typewords "xiangcun zhenxing" # 乡村 振兴
# correcting the pinyin: Backspace ×3 and Escape are the input method's
# (GLFW passes them on too; they once deleted 3 characters of the text)
xdotool type --delay 80 zhongguo
sleep 0.5
xdotool key BackSpace BackSpace BackSpace
sleep 0.5
xdotool key Escape
sleep 0.5
typewords "a" # 啊
import -window root "$outdir/ime-body.png"
xdotool key Tab # leaving the field saves it
sleep 1
check "来稿 title" 临江组织工作 "$("$bin" search --db "$db" 临江组织工作 2>/dev/null | head -1 || true)"
check "来稿 body" 乡村振兴 "$("$bin" search --db "$db" 乡村振兴 2>/dev/null | grep 来稿 | head -1 || true)"
check "来稿 body after correcting the pinyin" 乡村振兴啊 "$("$bin" search --db "$db" 振兴啊 2>/dev/null | grep 来稿 | head -1 || true)"

# 组版 (Ctrl+2) opens the imported issue; its first item's lead, then body
xdotool key ctrl+2
sleep 4
import -window root "$outdir/ime-compose.png"
xdotool mousemove "${LEAD_XY%,*}" "${LEAD_XY#*,}" click 1
sleep 1
xdotool key ctrl+End
typewords "jiceng zhili" # 基层 治理
xdotool mousemove "${BODY_XY%,*}" "${BODY_XY#*,}" click 1
sleep 1
xdotool key ctrl+End
typewords "ganbu duiwu" ime-compose-candidates.png # 干部 队伍
# Enter commits the letters as typed, and is not also a new paragraph
xdotool type --delay 80 abc
sleep 0.5
xdotool key Return
sleep 1
import -window root "$outdir/ime-compose-typed.png"
xdotool key Tab
sleep 2
text=$("$bin" export --db "$db" --issue "$issue" --format txt 2>/dev/null || true)
# the text export prints △lead then body: each word must be at its field's end
check "组版 lead" 增效。基层治理 "$(grep -m1 基层治理 <<<"$text" || true)"
check "组版 body" 41%。干部队伍 "$(grep -m1 干部队伍 <<<"$text" || true)"
check "组版 body, letters committed with Enter" 干部队伍abc "$(grep -m1 干部队伍 <<<"$text" || true)"
exit $fail
