#!/usr/bin/env bash
# Measures how much typing is lost when the app is ended abruptly, and how
# long a key takes to reach the archive. The real window under Xvfb; keys
# typed with xdotool at about 6 a second into one of three fields, in turn:
#   title  a new 来稿's title (Fyne's Entry; letters)
#   text   a 来稿's text, at its end (app/textarea; letters, Enter, pasted Chinese)
#   body   a 组版 item's body, at its end (app/textarea; the same keys)
# The app is ended at a random moment 1–6 s into the typing by kill -9,
# SIGTERM, SIGHUP or the X server going away, in turn. While it types, the
# archive is read every 50 ms with Debian's python3 sqlite3 (independent of
# our code; a packed 来稿 text is unpacked with the zstd command), which
# gives each key's lag, within a read: from the moment xdotool was asked to
# send it to the first read that found it stored.
#
# Usage: scripts/kill-typing.sh BINARY [RUNS] [FIELDS]
#   RUNS    default 48; FIELDS default "title text body" (each way of ending
#           meets each field once every 12 runs)
#   KEEP=DIR keeps each run's keys, their times, the reads and the app's log
# Prints one line per run and a summary per field and way of ending; exits 1
# when a run lost a key typed more than one second before the end, or stored
# anything but the field's text followed by the keys typed, in order
# (a doubled, dropped or garbled character).
set -euo pipefail
bin=$(realpath "$1")
runs=${2:-48}
read -ra fields <<<"${3:-title text body}"
here=$(dirname "$(realpath "$0")")
work=$(mktemp -d)
xvfb="" app="" poller=""
cleanup() {
	for p in "$app" "$poller"; do [ -n "$p" ] && kill -9 "$p" 2>/dev/null || true; done
	[ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true
	rm -rf "$work" 2>/dev/null || true # a desktop portal may hold a mount in it
}
trap cleanup EXIT
display=${XDISPLAY:-:$((60 + RANDOM % 9))}
export DISPLAY=$display
check=(/usr/bin/python3 "$here/kill-typing-check.py")

start_x() {
	Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
	xvfb=$!
	for _ in $(seq 50); do xdotool getmouselocation >/dev/null 2>&1 && return; sleep 0.1; done
	echo "Xvfb did not start on $display" >&2
	exit 2
}

# an issue and a 来稿 of our own words, so the archive is not empty
cat >"$work/issue.txt" <<'EOF'
组工信息
第3期（总第88期）
中共青川市委组织部编            2026年3月2日

市内信息
△北岭县把党员积分管理落到网格。北岭县在全县214个网格推行党员积分卡，按月公示、按季评议，今年以来共有1300余名党员认领服务岗位。（北岭县委组织部）
△南溪区举办年轻干部夜校。南溪区每周三晚开设一课，已办12期。（南溪区委组织部）
EOF
printf '西塘镇推行村务议事清单制。\n\n西塘镇梳理出村级议事事项27项，明确议事流程和责任人，群众满意度明显提升。\n' >"$work/sub.txt"

# the keys a run types, one a line: a letter, Return, or a Chinese word
# pasted with Ctrl+V (paste is how Chinese text mostly arrives; xdotool's
# way of typing a character the keymap lacks, remapping a key for a few
# milliseconds, loses keys a loaded window reads late, which no keyboard
# or input method does); the title gets letters only
plan() {
	local cjk=(党建 引领 基层 治理 网格 服务 议事 清单 夜校 积分 干部 群众) i
	for i in $(seq 0 199); do
		if [ "$1" = title ]; then printf '%s\n' "$(printf "\\x$(printf %x $((97 + i % 26)))")"
		elif ((i % 23 == 22)); then echo Return
		elif ((i % 5 == 4)); then echo "${cjk[$((i / 5 % 12))]}"
		else printf '%s\n' "$(printf "\\x$(printf %x $((97 + i % 26)))")"; fi
	done
}

send() { # one planned key
	case $1 in
	[a-z] | Return) xdotool key "$1" ;;
	*) # the clipboard is the word before Ctrl+V goes: xclip may return
		# before it owns the selection, and the last word was pasted again
		printf %s "$1" | xclip -selection clipboard -i
		for _ in $(seq 50); do [ "$(xclip -selection clipboard -o 2>/dev/null)" = "$1" ] && break; sleep 0.02; done
		xdotool key ctrl+v ;;
	esac
}

stored() { "${check[@]}" value "$db" "$1"; }

# ours HOME ends the session bus and desktop portals the app started for
# itself with that HOME (they outlive it, and pile up to "too many open
# files"); found by their environment, no one else's
ours() {
	local p
	for p in $(pgrep -f 'dbus-daemon --syslog --fork|xdg-desktop-portal|xdg-document-portal|xdg-permission-store' || true); do
		tr '\0' '\n' <"/proc/$p/environ" 2>/dev/null | grep -qx "HOME=$1" && kill "$p" 2>/dev/null || true
	done
}

# focus FIELD: puts the cursor at the field's end (or in a new 来稿's title)
# and types a probe key until it is stored: on a loaded machine the window
# may take longer than any fixed wait to start. Returns 1 when it never is.
focus() {
	local before
	case $1 in
	title)
		for _ in $(seq 60); do
			sleep 1; xdotool key ctrl+n; sleep 0.5
			# the keys go after the title it is given (新来稿)
			[ "$(stored count)" -ge 2 ] && { sleep 1; xdotool key End; return 0; }
		done ;;
	text)
		xdotool search --sync --name '简报编辑台' >/dev/null
		for try in $(seq 30); do
			sleep 2
			xdotool mousemove $((try % 2 ? 560 : 348)) 203 click 1 # the 来稿 in the list
			sleep 1
			xdotool mousemove 1060 550 click 1 key ctrl+End # its text
			before=$(stored text | wc -c)
			xdotool key 0; sleep 1.5
			(($(stored text | wc -c) > before)) && return 0
			xdotool key BackSpace # the probe went elsewhere (the list's filter)
		done ;;
	body)
		xdotool search --sync --name '简报编辑台' >/dev/null
		for _ in $(seq 40); do
			# 组版 opens the issue, the cursor at its first body's end; the
			# window shows before the archive is open, and a SIGUSR2 that
			# comes before the app listens for it is lost
			grep -q 'speed: opened issue' "$work/app.log" || kill -USR2 "$app"
			sleep 1
			grep -q 'speed: opened issue' "$work/app.log" || continue
			before=$(stored body | wc -c)
			xdotool key 0; sleep 1.5
			(($(stored body | wc -c) > before)) && return 0
		done ;;
	esac
	return 1
}

modes=(KILL TERM HUP display)
: >"$work/lags"; : >"$work/results.jsonl"
start_x
for run in $(seq "$runs"); do
	mode=${modes[$(((run - 1) % 4))]}
	field=${fields[$(((run - 1) / 4 % ${#fields[@]}))]}
	db="$work/run$run.db"
	"$bin" import-issue --db "$db" "$work/issue.txt" >/dev/null 2>&1
	"$bin" import --db "$db" "$work/sub.txt" >/dev/null
	screen=submissions
	[ "$field" = body ] && screen=compose
	mkdir "$work/home$run" # nothing remembered from the run before
	HOME="$work/home$run" BULLETINDESK_SCREEN=$screen BULLETINDESK_OPEN_SEQUENCE=1 "$bin" --db "$db" >"$work/app.log" 2>&1 &
	app=$!
	if ! focus "$field"; then
		echo "run $run: $field never took a key, run skipped; the app's log:" >&2
		tail -5 "$work/app.log" >&2
		kill -9 "$app" 2>/dev/null || true
		wait "$app" 2>/dev/null || true
		app=""
		ours "$work/home$run"
		kill -0 "$xvfb" 2>/dev/null || start_x # another program ended the display
		continue
	fi
	sleep 0.7
	stored "$field" >"$work/seed"
	plan "$field" >"$work/plan"
	"${check[@]}" poll "$db" "$field" "$work/seed" "$work/plan" >"$work/polls" &
	poller=$!
	stop_after=$((1000 + RANDOM % 5000)) # ms of typing before the end
	begin=${EPOCHREALTIME/./}
	: >"$work/stamps"
	while read -r key; do
		now=${EPOCHREALTIME/./}
		((now - begin >= stop_after * 1000)) && break
		send "$key"
		echo "$now" >>"$work/stamps"
		sleep 0.1
	done <"$work/plan"
	end=${EPOCHREALTIME/./}
	if ! kill -0 "$app" 2>/dev/null; then
		echo "run $run: the app had ended before the kill; its log:" >&2
		tail -5 "$work/app.log" >&2
	fi
	case $mode in
	display) kill "$xvfb" ;;
	*) kill -s "$mode" "$app" 2>/dev/null || true ;;
	esac
	wait "$app" 2>/dev/null || true
	app=""
	ours "$work/home$run"
	sleep 0.2
	kill "$poller" 2>/dev/null || true
	wait "$poller" 2>/dev/null || true
	poller=""
	[ "$mode" = display ] && { wait "$xvfb" 2>/dev/null || true; start_x; }
	printf 'run %2d  %-5s %-7s ' "$run" "$field" "$mode"
	"${check[@]}" judge "$db" "$field" "$work/seed" "$work/plan" "$work/stamps" "$end" "$work/polls" \
		"$work" "$field $mode"
	if [ -n "${KEEP:-}" ]; then mkdir -p "$KEEP/run$run" && cp "$work"/{seed,plan,stamps,polls,app.log} "$KEEP/run$run/"; fi
done
echo
"${check[@]}" summary "$work"
