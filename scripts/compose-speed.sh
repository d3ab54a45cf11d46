#!/usr/bin/env bash
# Measures 组版 in the real window under Xvfb, as CPU seconds of the process
# (utime+stime from /proc) and of its main thread (where Fyne lays out and
# paints), and the clock, beside a bare Fyne window in the same run:
#   start-up      until the window falls idle (bare window, and the app on 组版)
#   open          each of the three longest issues of a two-year demo archive,
#                 then the latest, opened one after another on SIGUSR2
#                 (BULLETINDESK_OPEN_SEQUENCE), each from a quiet window; the
#                 screen is polled (xwd) until it has not changed for 1.5 s:
#                 "painted" is the clock from the signal to its last change
#   idle          10 s with nothing focused, and 10 s with the cursor blinking
#                 in an item's body
#   keystroke     20 letters typed into that body, per key (KEYS=N types N)
# Usage: scripts/compose-speed.sh [BINARY [BASE]]   (builds one when not given)
# With BASE (an older build) the openings of BASE and BINARY alternate,
# ROUNDS times (2), in the same run: before and after at the same load.
# Set PROFILE=FILE to also write a CPU profile of the app run (go tool pprof;
# FILE.heap holds the allocations); with KEYS=100 and
# BULLETINDESK_CPUPROFILE_AFTER a little after the typing starts (the last
# line says when), the profile is of typing alone.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
xvfb=""; pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true; rm -rf "$work"' EXIT

bin=${1:-}
if [ -z "$bin" ]; then bin="$work/bulletindesk"; go build -o "$bin" .; fi
bin=$(realpath "$bin")
base=${2:+$(realpath "$2")}
go build -o "$work/barewindow" ./scripts/barewindow
db="$work/demo.db"
"$bin" demo --db "$db" --years 2 >/dev/null
# the three issues with the most 字数 (last column of `issues`)
mapfile -t longest < <("$bin" issues --db "$db" | awk 'NR > 1 {print $NF, $1}' | sort -rn | head -3 | awk '{print $2}')
# and last the latest issue, a draft: its first item's body gets the cursor
latest=$("$bin" issues --db "$db" | awk 'NR == 2 {print $1}')

display=${XDISPLAY:-:$((80 + RANDOM % 9))}
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 2
export DISPLAY=$display HOME=$work FYNE_THEME=light
tck=$(getconf CLK_TCK)
cpu() { awk -v t="$tck" '{printf "%.2f", ($14 + $15) / t}' "/proc/$1/stat"; }
mcpu() { awk -v t="$tck" '{printf "%.2f", ($14 + $15) / t}' "/proc/$1/task/$1/stat"; } # the main thread
now() { date +%s.%N; }
shot() { xwd -root -silent | md5sum | cut -c1-12; }
sub() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a - b}'; }
# settle PID: waits until the process used under 0.03 s of CPU in a second
# (the CPU seconds counted then include that quiet second)
settle() {
	local last now
	last=$(cpu "$1")
	for _ in $(seq 60); do
		sleep 1
		now=$(cpu "$1")
		if awk -v a="$now" -v b="$last" 'BEGIN {exit !(a - b < 0.03)}'; then return; fi
		last=$now
	done
}
idle() { # PID SECONDS: CPU seconds used while left alone
	local a; a=$(cpu "$1"); sleep "$2"; sub "$(cpu "$1")" "$a"
}

# open PID LOG: opens the next issue of the sequence and prints its
# "CPU main-thread-CPU painted-ms", from a quiet window until the screen
# has not changed for 1.5 s (or 30 s passed)
open_next() {
	local n c0 m0 t0 last h t first="" lastchange
	settle "$1"
	n=$(grep -c 'opened issue' "$2" || true)
	c0=$(cpu "$1"); m0=$(mcpu "$1"); t0=$(now)
	kill -USR2 "$1"
	last=$(shot); lastchange=$t0
	while :; do
		h=$(shot); t=$(now)
		if [ "$h" != "$last" ]; then first=$t; last=$h; lastchange=$t; fi
		if [ "$(grep -c 'opened issue' "$2" || true)" -gt "$n" ] && [ -n "$first" ] &&
			awk -v a="$t" -v b="$lastchange" 'BEGIN {exit !(a - b > 1.5)}'; then break; fi
		if awk -v a="$t" -v b="$t0" 'BEGIN {exit !(a - b > 30)}'; then break; fi
	done
	awk -v c="$(sub "$(cpu "$1")" "$c0")" -v m="$(sub "$(mcpu "$1")" "$m0")" -v p="$(sub "$lastchange" "$t0")" \
		'BEGIN {printf "%.2f %.2f %.0f", c, m, p * 1000}'
}
# opens BINARY LABEL: each issue of the sequence in a new window of BINARY
opens() {
	local log="$work/$2.log" p r=""
	BULLETINDESK_SCREEN=compose BULLETINDESK_OPEN_SEQUENCE="${longest[*]}" "$1" --db "$db" >"$log" 2>&1 & p=$!
	sleep 3
	for _ in "${longest[@]}"; do r="$r $(open_next "$p" "$log" | awk '{printf "%s/%s/%s", $1, $2, $3}')"; done
	kill "$p"; wait "$p" 2>/dev/null || true
	echo "$2:$r"
}
if [ -n "$base" ]; then
	for _ in $(seq "${ROUNDS:-2}"); do
		opens "$base" before >>"$work/opens"
		opens "$bin" after >>"$work/opens"
	done
fi

"$work/barewindow" >/dev/null 2>&1 & bare=$!; pids+=("$bare")
settle "$bare"
bare_start=$(cpu "$bare")
bare_idle=$(idle "$bare" 10)
kill "$bare"

BULLETINDESK_SCREEN=compose BULLETINDESK_OPEN_SEQUENCE="${longest[*]} $latest" BULLETINDESK_CPUPROFILE="${PROFILE:-}" \
	"$bin" --db "$db" >"$work/app.log" 2>&1 & app=$!; pids+=("$app")
app_t0=$(date +%s)
settle "$app"
app_start=$(cpu "$app")
app_idle=$(idle "$app" 10)
open_cpu=""
for _ in "${longest[@]}"; do # each opening from a quiet window until the screen is still
	open_cpu="$open_cpu $(open_next "$app" "$work/app.log" | awk '{printf "%s/%s/%s", $1, $2, $3}')"
done
kill -USR2 "$app" # the latest issue, cursor in its first body
sleep 1
settle "$app" # a blinking cursor never settles: then after 60 s
built=$(grep -o 'opened issue [0-9]*, [0-9]* ms' "$work/app.log" | awk '{print $4}' | paste -sd/ -)
xdotool mousemove 1279 799 # the cursor is in the latest issue's first body; the pointer out of the way
blink_idle=$(idle "$app" 10)
before=$(cpu "$app")
typing_at=$(($(date +%s) - app_t0))
keys=${KEYS:-20}
xdotool type --delay 150 "$(head -c "$keys" < <(yes abcdefghijklmnopqrst | tr -d '\n'))"
sleep 1
typed=$(sub "$(cpu "$app")" "$before")
# the window's idle CPU over the typing's seconds (0.15 s a key and one) is not the keys'
per_key=$(awk -v c="$typed" -v b="$blink_idle" -v n="$keys" 'BEGIN {printf "%.1f", (c - b / 10 * (n * 0.15 + 1)) / n * 1000}')
import -window root "$work/typed.png" 2>/dev/null && cp "$work/typed.png" "${SHOT:-/tmp/compose-speed.png}" || true
[ -n "${PROFILE:-}" ] && kill -USR1 "$app" && sleep 1

pct() { awk -v c="$1" 'BEGIN {printf "%.1f%%", c / 10 * 100}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.1f×", a / b; else print "—"}'; }
echo "issues opened (longest of the demo): ${longest[*]}, then $latest to type in"
echo "start-up CPU:   bare Fyne window ${bare_start} s, 组版 ${app_start} s ($(ratio "$app_start" "$bare_start"))"
echo "open an issue:  CPU s/main thread CPU s/painted after ms, each:${open_cpu}; page built in ${built} ms"
[ -f "$work/opens" ] && sed 's/^/                /' "$work/opens"
echo "load average:   $(cut -d' ' -f1-3 /proc/loadavg)"
echo "idle CPU:       bare window $(pct "$bare_idle"), 组版 $(pct "$app_idle"), cursor in a body $(pct "$blink_idle")"
echo "keystroke:      ${per_key} ms CPU each (${keys} keys in a long body), typing from ${typing_at} s after the start"
echo "                (BULLETINDESK_CPUPROFILE_AFTER=$((typing_at - 2))s with PROFILE profiles about the typing alone)"
