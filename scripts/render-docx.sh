#!/bin/sh
# render-docx.sh — render a Word document the way it prints, to look at it:
# LibreOffice makes a PDF, pdftoppm makes one PNG a page.
#
#   scripts/render-docx.sh [FILE.docx [OUTDIR]]     (FILE "" for the example)
#
# Without FILE it renders the example issue of the Word export tests
# (export/internal/exporttest/docxissue.go). OUTDIR defaults to build/render. DPI=80 by default.
#
# Windows' Chinese fonts (仿宋_GB2312, 方正小标宋简体, 黑体, 宋体) are not on
# Linux; a private fontconfig file maps them to the free Noto CJK fonts
# (Debian: fonts-noto-cjk) so the pages look like the printed ones: serif
# body and masthead, sans-serif headings.
set -eu

need() {
	command -v "$1" >/dev/null 2>&1 || { echo "render-docx: $1 not found; install $2" >&2; exit 1; }
}
need soffice "LibreOffice (Debian: apt-get install --no-install-recommends libreoffice-writer-nogui)"
need pdftoppm "poppler-utils (Debian: apt-get install poppler-utils)"
if ! fc-list :lang=zh family 2>/dev/null | grep -q .; then
	echo "render-docx: warning: no Chinese font installed; install fonts-noto-cjk" >&2
fi

out=${2:-build/render}
mkdir -p "$out"
out=$(cd "$out" && pwd)
if [ -n "${1:-}" ]; then
	doc=$1
else
	doc=$out/example-issue.docx
	go test ./export/docx -run '^TestWriteIssueDocxOut$' -count=1 -docx-out "$doc" >/dev/null
fi
[ -f "$doc" ] || { echo "render-docx: $doc: no such file" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
alias() { # alias FAMILY SUBSTITUTE [WEIGHT]
	printf '<match target="pattern"><test name="family"><string>%s</string></test>' "$1"
	printf '<edit name="family" mode="prepend" binding="strong"><string>%s</string></edit>' "$2"
	[ -z "${3:-}" ] || printf '<edit name="weight" mode="assign" binding="strong"><const>%s</const></edit>' "$3"
	printf '</match>\n'
}
{
	echo '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
	echo '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
	for f in 仿宋_GB2312 仿宋 FangSong 宋体 SimSun 楷体_GB2312 楷体 KaiTi; do alias "$f" "Noto Serif CJK SC"; done
	for f in 方正小标宋简体 方正小标宋_GBK; do alias "$f" "Noto Serif CJK SC" black; done
	for f in 黑体 SimHei; do alias "$f" "Noto Sans CJK SC"; done
	echo '</fontconfig>'
} >"$tmp/fonts.conf"

name=$(basename "$doc" .docx)
cp "$doc" "$tmp/$name.docx"
FONTCONFIG_FILE="$tmp/fonts.conf" soffice "-env:UserInstallation=file://$tmp/profile" \
	--headless --norestore --convert-to pdf --outdir "$out" "$tmp/$name.docx" >/dev/null 2>&1 ||
	{ echo "render-docx: LibreOffice could not convert $doc" >&2; exit 1; }
rm -f "$out/$name"-*.png
pdftoppm -png -r "${DPI:-80}" "$out/$name.pdf" "$out/$name"
echo "$out/$name.pdf"
ls "$out/$name"-*.png
