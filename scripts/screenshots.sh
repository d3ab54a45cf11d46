#!/usr/bin/env bash
# Takes PNGs of the main screens of the real window under Xvfb at 1280×800,
# on a fresh archive holding the example issue, the example submissions and
# one year of demo data. Usage: scripts/screenshots.sh BINARY OUTDIR
set -euo pipefail
bin=$(realpath "$1")
outdir=$(realpath -m "$2")
mkdir -p "$outdir"
work=$(mktemp -d)
xvfb=""
trap '[ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true; rm -rf "$work" 2>/dev/null || true' EXIT

db="$work/archive.db"
"$bin" demo --db "$db" --years 1 >/dev/null
"$bin" import-issue --db "$db" resources/example/issue.txt >/dev/null
"$bin" import --db "$db" resources/example/submissions/*.txt >/dev/null

display=:$((90 + RANDOM % 9))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 2

shot() { # screen, file name, search query
	HOME="$work" DISPLAY="$display" FYNE_THEME="${FYNE_THEME:-light}" \
		BULLETINDESK_SCREEN="$1" BULLETINDESK_QUERY="${3:-}" \
		"$bin" --db "$db" >"$work/app.log" 2>&1 &
	local app=$!
	sleep "${SHOT_WAIT:-6}"
	DISPLAY="$display" xdotool mousemove 1279 799 2>/dev/null || true # no hover highlight
	DISPLAY="$display" import -window root "$outdir/$2.png"
	kill "$app" 2>/dev/null || true
	wait "$app" 2>/dev/null || true
	echo "wrote $outdir/$2.png"
}

shot compose compose
shot submissions submissions
shot issues archive
shot search search 党委
shot stats stats
shot units units
shot settings settings
