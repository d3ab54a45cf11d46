#!/usr/bin/env bash
# Measures how much typing is lost when the app is ended abruptly: the real
# window under Xvfb, a new submission's title typed with xdotool at about 8
# keys a second, and the app ended at a random moment 1–6 s into the typing
# by kill -9, SIGTERM, SIGHUP or the X server going away, in turn. After
# each run the archive is read (Debian's python3 sqlite3, independent of our
# code) and the keys typed are compared with the characters stored.
#
# Usage: scripts/kill-typing.sh BINARY [RUNS]   (default 50 runs)
# Prints one line per run and a summary per way of ending; exits 1 when a
# run lost a key typed more than one second before the end.
set -euo pipefail
bin=$(realpath "$1")
runs=${2:-50}
work=$(mktemp -d)
xvfb="" app=""
cleanup() {
	[ -n "$app" ] && kill -9 "$app" 2>/dev/null || true
	[ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true
	rm -rf "$work" 2>/dev/null || true # a desktop portal may hold a mount in it
}
trap cleanup EXIT
display=:$((60 + RANDOM % 9))
export DISPLAY=$display

start_x() {
	Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
	xvfb=$!
	for _ in $(seq 50); do xdotool getmouselocation >/dev/null 2>&1 && return; sleep 0.1; done
	echo "Xvfb did not start on $display" >&2
	exit 2
}

stored_keys() { # the letters in the newest submission's title
	/usr/bin/python3 - "$1" <<'EOF'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
row = c.execute("select title from submissions order by id desc limit 1").fetchone()
print(sum(ch.isascii() and ch.isalpha() for ch in (row[0] if row else "")))
EOF
}

count_submissions() {
	/usr/bin/python3 -c 'import sqlite3, sys
print(sqlite3.connect(sys.argv[1]).execute("select count(*) from submissions").fetchone()[0])' "$1" 2>/dev/null || echo 0
}

modes=(KILL TERM HUP display)
declare -A n_runs n_typed n_lost n_max n_broken
start_x
for run in $(seq "$runs"); do
	mode=${modes[$(((run - 1) % 4))]}
	db="$work/run$run.db"
	printf '枞阳县开展村级议事规范化建设。\n\n今年以来，枞阳县完善议事规则。\n' >"$work/seed.txt"
	"$bin" import --db "$db" "$work/seed.txt" >/dev/null # not empty: no first-start offer
	HOME="$work" BULLETINDESK_SCREEN=submissions "$bin" --db "$db" >"$work/app.log" 2>&1 &
	app=$!
	# Ctrl+N until the new submission is in the archive: on a loaded machine
	# the window may take longer than any fixed wait to start
	for _ in $(seq 60); do
		sleep 1
		xdotool key ctrl+n
		sleep 0.5
		[ "$(count_submissions "$db")" -ge 2 ] && break
	done
	sleep 0.7
	stop_after=$((1000 + RANDOM % 5000)) # ms of typing before the end
	begin=${EPOCHREALTIME/./}
	stamps=()
	while :; do
		now=${EPOCHREALTIME/./}
		((now - begin >= stop_after * 1000)) && break
		xdotool key "$(printf "\\x$(printf %x $((97 + ${#stamps[@]} % 26)))")"
		stamps+=("$now")
		sleep 0.1
	done
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
	[ "$mode" = display ] && { wait "$xvfb" 2>/dev/null || true; start_x; }
	typed=${#stamps[@]}
	recent=0 # keys typed in the last second, which the promise allows to lose
	for s in "${stamps[@]}"; do ((end - s <= 1000000)) && recent=$((recent + 1)); done
	got=$(stored_keys "$db")
	lost=$((typed - got))
	broken=$((lost > recent ? 1 : 0))
	printf 'run %2d  %-7s typed %3d  stored %3d  lost %2d  (typed in the last second: %d)\n' \
		"$run" "$mode" "$typed" "$got" "$lost" "$recent"
	n_runs[$mode]=$((${n_runs[$mode]:-0} + 1))
	n_typed[$mode]=$((${n_typed[$mode]:-0} + typed))
	n_lost[$mode]=$((${n_lost[$mode]:-0} + lost))
	((lost > ${n_max[$mode]:-0})) && n_max[$mode]=$lost
	n_broken[$mode]=$((${n_broken[$mode]:-0} + broken))
done
echo
status=0
for mode in "${modes[@]}"; do
	[ -n "${n_runs[$mode]:-}" ] || continue
	printf '%-7s %2d runs: %4d keys typed, %3d lost in all, at most %d in one run, %d runs lost a key older than 1 s\n' \
		"$mode" "${n_runs[$mode]}" "${n_typed[$mode]}" "${n_lost[$mode]}" "${n_max[$mode]:-0}" "${n_broken[$mode]}"
	((${n_broken[$mode]} == 0)) || status=1
done
exit $status
