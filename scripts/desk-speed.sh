#!/usr/bin/env bash
# Measures the desk screens (来稿, 档案, 统计) in the real window under Xvfb at
# 1280×800, as CPU seconds of the process (utime+stime from /proc), beside a
# bare Fyne window in the same run, on a two-year demo archive (≈9,700 来稿),
# or on a copy of DESK_DB (DESK_DB=/tmp/ten.db scripts/desk-speed.sh):
#   painted     by the clock, from the start until the window's picture was
#               last changed before it stayed still (scripts/paintwatch reads
#               the screen over and over), and how many pictures it showed
#               on the way; the bare window's in the same run
#   start-up    until the window falls idle, opening on 来稿
#   idle        10 s with nothing focused
#   select      a click on the first 来稿 until quiet (its detail shown)
#   keystroke   20 letters typed into its body, per key
#   wheel       50 wheel steps over the list, per step
#   screens     Ctrl+3 (档案) and Ctrl+5 (统计), each until quiet
#   switches    every screen in turn (档案 检索 统计 单位 设置 用户 组版 来稿),
#               twice: built on the first visit, shown again on the second;
#               each by the clock until painted, and its CPU
# Usage: scripts/desk-speed.sh [BINARY]   (builds one when not given)
# Screenshots go to ${SHOTS:-/tmp/desk-speed}/.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
shots=${SHOTS:-/tmp/desk-speed}
mkdir -p "$shots"
xvfb=""; pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true; rm -rf "$work"' EXIT

bin=${1:-}
if [ -z "$bin" ]; then bin="$work/bulletindesk"; go build -o "$bin" .; fi
bin=$(realpath "$bin")
go build -o "$work/barewindow" ./scripts/barewindow
go build -o "$work/paintwatch" ./scripts/paintwatch
db="$work/demo.db"
if [ -n "${DESK_DB:-}" ]; then # e.g. the ten-year bench archive; a copy, since the window writes to it
	cp "$DESK_DB" "$db"
	"$bin" archive check --db "$db" >/dev/null # an older archive is upgraded here, not in the timings
else
	"$bin" demo --db "$db" --years 2 >/dev/null
fi

display=${XDISPLAY:-:$((70 + RANDOM % 9))}
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 2
# no session bus: with none, D-Bus clients start one of their own (and with
# it the desktop portal), which outlives the run and adds its work to ours
export DISPLAY=$display HOME=$work FYNE_THEME=light DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent
tck=$(getconf CLK_TCK)
cpu() { awk -v t="$tck" '{printf "%.2f", ($14 + $15) / t}' "/proc/$1/stat"; }
sub() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a - b}'; }
settle() { # PID: until the process used under 0.03 s of CPU in a second
	local last now
	last=$(cpu "$1")
	for _ in $(seq 60); do
		sleep 1
		now=$(cpu "$1")
		if awk -v a="$now" -v b="$last" 'BEGIN {exit !(a - b < 0.03)}'; then return; fi
		last=$now
	done
}
idle() { local a; a=$(cpu "$1"); sleep "$2"; sub "$(cpu "$1")" "$a"; }
until_quiet() { # PID: CPU seconds from now until quiet (incl. one quiet second)
	local a; a=$(cpu "$1"); sleep 0.5; settle "$1"; sub "$(cpu "$1")" "$a"
}

# painted START_NS: the clock until the screen last changed, and the pictures
painted() { "$work/paintwatch" -clear -start "$1" -quiet 2000 >"$work/paint.log"; awk 'END {printf "%s ms, %d pictures", $1, NR}' "$work/paint.log"; }
xdotool mousemove 1279 799 # no row lit up under the pointer as the window appears
t0=$(date +%s%N)
"$work/barewindow" >/dev/null 2>&1 & bare=$!; pids+=("$bare")
bare_painted=$(painted "$t0")
settle "$bare"
bare_start=$(cpu "$bare")
bare_idle=$(idle "$bare" 10)
kill "$bare"; wait "$bare" 2>/dev/null || true

t0=$(date +%s%N)
BULLETINDESK_SCREEN=submissions "$bin" --db "$db" >"$work/app.log" 2>&1 & app=$!; pids+=("$app")
app_painted=$(painted "$t0")
win=$(xdotool search --sync --name '简报编辑台' | head -1)
settle "$app"
xdotool windowmove "$win" 0 0 windowsize "$win" 1280 800
settle "$app"
app_start=$(cpu "$app")
xdotool mousemove 1279 799
app_idle=$(idle "$app" 10)
a=$(cpu "$app"); xdotool mousemove 560 203 click 1; settle "$app"; select_cpu=$(sub "$(cpu "$app")" "$a")
import -window root "$shots/selected.png"
xdotool mousemove 1050 560 click 1 key ctrl+End # the cursor at the end of the body
settle "$app"
before=$(cpu "$app")
xdotool type --delay 150 abcdefghijklmnopqrst
sleep 1
typed=$(sub "$(cpu "$app")" "$before")
per_key=$(awk -v c="$typed" -v b="$app_idle" 'BEGIN {printf "%.1f", (c - b / 10 * 4) / 20 * 1000}')
import -window root "$shots/typed.png"
xdotool key ctrl+z # leave the demo text as it was (the archive is thrown away anyway)
settle "$app"
xdotool mousemove 560 400
before=$(cpu "$app")
xdotool click --repeat 50 --delay 40 5
settle "$app"
wheel=$(awk -v c="$(sub "$(cpu "$app")" "$before")" 'BEGIN {printf "%.1f", c / 50 * 1000}')
import -window root "$shots/wheel.png"
xdotool mousemove 1279 799
a=$(cpu "$app"); xdotool key ctrl+3; settle "$app"; issues_cpu=$(sub "$(cpu "$app")" "$a")
import -window root "$shots/issues.png"
a=$(cpu "$app"); xdotool key ctrl+5; settle "$app"; stats_cpu=$(sub "$(cpu "$app")" "$a")
import -window root "$shots/stats.png"

# switch KEY: the clock until painted and the CPU (incl. the quiet second)
switch_to() {
	local a
	a=$(cpu "$app")
	"$work/paintwatch" -quiet 1000 xdotool key "ctrl+$1" >"$work/switch.log"
	printf "%s %s ms/%s s" "$2" "$(awk 'END {print NR ? $1 : "<5"}' "$work/switch.log")" "$(sub "$(cpu "$app")" "$a")"
}
names=(x 来稿 组版 档案 检索 统计 单位 设置 用户)
for round in first again; do
	line=""
	for k in 3 4 5 6 7 8 2 1; do line="$line $(switch_to "$k" "${names[$k]}")"; done
	printf -v "switch_$round" "%s" "$line"
done
import -window root "$shots/submissions-again.png"

pct() { awk -v c="$1" 'BEGIN {printf "%.1f%%", c / 10 * 100}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.1f×", a / b; else print "—"}'; }
echo "painted:       bare Fyne window ${bare_painted}; 来稿 ${app_painted} (load $(cut -d' ' -f1 /proc/loadavg))"
echo "start-up CPU:  bare Fyne window ${bare_start} s, 来稿 ${app_start} s ($(ratio "$app_start" "$bare_start"))"
echo "idle CPU:      bare window $(pct "$bare_idle"), 来稿 $(pct "$app_idle")"
echo "select a 来稿: ${select_cpu} CPU s (incl. one quiet second)"
echo "keystroke:     ${per_key} ms CPU each (20 keys at the end of a 来稿 body)"
echo "wheel:         ${wheel} ms CPU a step (50 steps over the list)"
echo "screens:       档案 ${issues_cpu} s, 统计 ${stats_cpu} s CPU (incl. one quiet second)"
echo "switch, first: ${switch_first}   (by the clock until painted / CPU incl. a quiet second)"
echo "switch, again: ${switch_again}"
