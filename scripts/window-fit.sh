#!/usr/bin/env bash
# Checks in the real window under Xvfb that the main window never grows
# wider than the screen (issue 9): at 1024×700, 1280×800 and 1920×1080,
# with the window filling the screen as a window manager would, select a
# duplicate 来稿 whose title has 46 characters and read the window's width
# with xwininfo. The list also has a 来稿 of 松岭镇党委, a five-character
# unit the 单位 column must show whole, and the user and roles show under
# the navigation, and 来稿 of 江州市白沙镇党委 and 市人力资源和社会保障局, units
# longer than five characters without a short name: look at the
# screenshots, which go to OUTDIR. Exit 1 when the window outgrew the
# screen. WINDOW_FIT_DISPLAY=:92 picks the X display (default: a free one).
# Usage: scripts/window-fit.sh BINARY [OUTDIR]
set -euo pipefail
bin=$(realpath "$1")
outdir=$(realpath -m "${2:-out/window-fit}")
mkdir -p "$outdir"
work=$(mktemp -d)
xvfb="" app=""
cleanup() {
	[ -n "$app" ] && kill "$app" 2>/dev/null || true
	[ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true
	rm -rf "$work" 2>/dev/null || true # a desktop portal may hold a mount in the temporary home
}
trap cleanup EXIT

# a submission with a 46-character headline, sent twice (the second is a duplicate)
title=临江区以组织振兴引领乡村全面振兴着力构建党建引领基层治理新格局推动各项工作取得扎实成效再上新
[ "$(printf %s "$title" | wc -m)" = 46 ] || { echo "fixture title is not 46 characters" >&2; exit 2; }
printf '%s\n\n　　今年以来，临江区选派驻村第一书记42名，整合涉农资金1.2亿元，建成村级党群服务中心36个。\n　　区委组织部建立“周调度、月通报”机制，村级集体经济收入全部超过10万元。\n' "$title" >"$work/a.txt"
cp "$work/a.txt" "$work/b.txt"
printf '松岭镇推行“院落议事会”化解邻里纠纷\n\n　　松岭镇党委在全镇14个村推行“院落议事会”，累计化解邻里纠纷217件。\n（松岭镇党委）\n' >"$work/c.txt"
# units whose names are longer than five characters and have no short name (issue 9)
printf '白沙镇建立“村民说事”制度\n\n　　白沙镇在9个村建立“村民说事”制度，今年以来议定事项86件。\n（江州市白沙镇党委）\n' >"$work/d.txt"
printf '市人社局开展技能人才评价\n\n　　全市今年评价技能人才1.2万人次。\n（市人力资源和社会保障局）\n' >"$work/e.txt"
db="$work/archive.db"
"$bin" import --db "$db" resources/example/submissions/*.txt "$work/e.txt" "$work/d.txt" "$work/c.txt" "$work/a.txt" "$work/b.txt" >/dev/null

freedisplay() { # a display number no one else's Xvfb holds
	local n
	for n in $(seq 60 99); do
		[ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] || { echo ":$n"; return; }
	done
	return 1
}

fail=0
for screen in 1024x700 1280x800 1920x1080; do
	w=${screen%x*} h=${screen#*x}
	display=${WINDOW_FIT_DISPLAY:-$(freedisplay)}
	Xvfb "$display" -screen 0 "${screen}x24" -nolisten tcp >/dev/null 2>&1 &
	xvfb=$!
	sleep 2
	export DISPLAY=$display
	HOME="$work" FYNE_THEME=light BULLETINDESK_SCREEN=submissions "$bin" --db "$db" >"$work/app.log" 2>&1 &
	app=$!
	win=$(xdotool search --sync --name '简报编辑台' | head -1)
	sleep 3
	xdotool windowmove "$win" 0 0 windowsize "$win" "$w" "$h" # what maximising does
	sleep 2
	# the newest submission (the duplicate) is the first row, under the header
	xdotool mousemove $((w / 10 + 60)) 203 click 1
	sleep 2
	xdotool mousemove $((w - 1)) $((h - 1))
	got=$(xwininfo -id "$win" | awk '/Width:/ {print $2}')
	import -window root "$outdir/submissions-$screen.png"
	verdict=ok
	if [ "$got" -gt "$w" ]; then verdict=FAIL; fail=1; fi
	echo "$screen: window $got px wide after selecting the duplicate ($verdict)"
	kill "$app" "$xvfb" 2>/dev/null || true
	wait "$app" "$xvfb" 2>/dev/null || true
	app="" xvfb=""
done
exit $fail
