#!/usr/bin/env bash
# Tries each package scripts/dist.sh built, as far as this Debian amd64
# machine can: the .debs install into and remove from a clean dpkg tree and
# their binaries run the command-line round trip (arm64 under qemu-user);
# the Windows programs' PE headers, icon, manifest and version resource are
# read back; the installer and the zip are listed. Usage: scripts/dist-check.sh DIST
set -euo pipefail
cd "$(dirname "$0")/.."
dist=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ver=$(sed -n 's/^Version *= *"\(.*\)"/\1/p' FyneApp.toml)
build=$(sed -n 's/^Build *= *\([0-9]*\)/\1/p' FyneApp.toml)
fail() { echo "dist-check: $*" >&2; exit 1; }
ok() { echo "ok   $*"; }

# The command-line round trip on a fresh archive: import-issue → export
# (txt, docx, xlsx) → search → stats. Prints the exported text.
roundtrip() { # runner... (the binary, maybe behind qemu)
	local db="$work/rt-$RANDOM.db" id
	id=$("$@" import-issue --db "$db" resources/example/issue.txt)
	"$@" export --db "$db" --issue "$id" --format docx -o "$work/rt.docx" >/dev/null
	"$@" export --db "$db" --issue "$id" --format xlsx -o "$work/rt.xlsx" >/dev/null
	"$@" search --db "$db" 党委 | grep -q . || fail "search 党委 found nothing with $*"
	"$@" stats --db "$db" --from 2000-01-01 --to 2099-12-31 --by year -o "$work/rt-stats.xlsx" >/dev/null
	for f in rt.docx rt.xlsx rt-stats.xlsx; do
		unzip -tq "$work/$f" >/dev/null || fail "$f from $* is not a whole zip"
	done
	"$@" export --db "$db" --issue "$id" --format txt -o "$work/rt.txt" >/dev/null
	[ -s "$work/rt.txt" ] || fail "the text export from $* is empty"
	cat "$work/rt.txt"
}

check_deb() { # arch
	local arch=$1 deb="$dist/bulletindesk_${ver}-${build}_$1.deb" root="$work/dpkg-$1"
	[ -f "$deb" ] || fail "missing $deb"
	[ "$(dpkg-deb -f "$deb" Architecture)" = "$arch" ] || fail "$deb: wrong Architecture"
	dpkg-deb -f "$deb" Depends | grep -q 'libgl1' || fail "$deb: Depends lacks the GL library"
	mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates"
	touch "$root/var/lib/dpkg/status"
	local dp=(dpkg --root="$root" --force-not-root --force-depends --force-architecture --log=/dev/null)
	"${dp[@]}" -i "$deb" >/dev/null 2>&1 || fail "$deb does not install"
	for f in usr/bin/bulletindesk usr/share/applications/com.bulletindesk.desk.desktop \
		usr/share/icons/hicolor/512x512/apps/com.bulletindesk.desk.png; do
		[ -e "$root/$f" ] || fail "$deb: /$f not installed"
	done
	desktop-file-validate "$root/usr/share/applications/com.bulletindesk.desk.desktop" 2>/dev/null ||
		! command -v desktop-file-validate >/dev/null || fail "desktop entry does not validate"
	ok "$arch .deb installs: $(dpkg-deb -f "$deb" Installed-Size) KB, Depends: $(dpkg-deb -f "$deb" Depends)"
	local run=("$root/usr/bin/bulletindesk")
	[ "$arch" = amd64 ] || run=(qemu-aarch64-static -L / "${run[@]}")
	roundtrip "${run[@]}" >"$work/rt-$arch.txt" || fail "$arch round trip failed"
	ok "$arch round trip (import-issue, export txt/docx/xlsx, search, stats) with $(file -b "$root/usr/bin/bulletindesk" | cut -d, -f1-2)"
	"${dp[@]}" -P bulletindesk >/dev/null 2>&1 || fail "$deb does not purge"
	[ -z "$(find "$root/usr" -type f 2>/dev/null)" ] || fail "$deb leaves files after purge: $(find "$root/usr" -type f)"
	ok "$arch .deb removes cleanly"
}

check_pe() { # exe subsystem(2 GUI, 3 console) [format: pei-x86-64, or pei-i386 for NSIS's stub]
	local exe=$1 want=$2 format=${3:-pei-x86-64} got
	got=$(x86_64-w64-mingw32-objdump -p "$exe" | awk '/^Subsystem/ {print $2+0}')
	[ "$got" = "$want" ] || fail "$(basename "$exe"): subsystem $got, want $want"
	x86_64-w64-mingw32-objdump -f "$exe" | grep -q "file format $format" || fail "$(basename "$exe") is not $format"
}

check_windows() {
	local zip="$dist/BulletinDesk-$ver-windows-amd64.zip" setup="$dist/BulletinDesk-$ver-setup.exe" x="$work/win"
	[ -f "$zip" ] && [ -f "$setup" ] || fail "missing the Windows zip or installer"
	mkdir -p "$x" && unzip -q "$zip" -d "$x"
	/usr/bin/python3 - "$zip" <<-'PY' || fail "$zip: a non-ASCII name is not marked UTF-8 (Windows would show mojibake)"
		import sys, zipfile
		bad = [i.filename for i in zipfile.ZipFile(sys.argv[1]).infolist()
		       if not i.filename.isascii() and not i.flag_bits & 0x800]
		sys.exit(1 if bad else 0)
	PY
	check_pe "$x/bulletindesk.exe" 2
	local dlls
	dlls=$(x86_64-w64-mingw32-objdump -p "$x/bulletindesk.exe" | sed -n 's/.*DLL Name: //p' | tr 'a-z' 'A-Z' | sort -u | tr '\n' ' ')
	for d in $dlls; do
		case $d in GDI32.DLL | KERNEL32.DLL | OPENGL32.DLL | SHELL32.DLL | USER32.DLL | MSVCRT.DLL | ADVAPI32.DLL | OLE32.DLL | WINMM.DLL | WS2_32.DLL | NTDLL.DLL | IMM32.DLL | DWMAPI.DLL | SHCORE.DLL | COMDLG32.DLL | OLEAUT32.DLL | UXTHEME.DLL | BCRYPT.DLL | BCRYPTPRIMITIVES.DLL | POWRPROF.DLL | USERENV.DLL | CRYPT32.DLL | SECUR32.DLL | IPHLPAPI.DLL | NETAPI32.DLL | VERSION.DLL | SETUPAPI.DLL | WINSPOOL.DRV | COMCTL32.DLL) ;;
		*) fail "bulletindesk.exe needs $d, which Windows does not ship" ;;
		esac
	done
	ok "the zip's names are UTF-8; bulletindesk.exe needs only Windows' own DLLs: $dlls"
	check_pe "$x/bulletindesk-cli.exe" 3
	ok "bulletindesk.exe is a GUI program, bulletindesk-cli.exe a console one, both amd64"
	(cd "$x" && go run github.com/tc-hib/go-winres@v0.3.3 extract --dir res bulletindesk.exe >/dev/null 2>&1) ||
		fail "cannot read the resources of bulletindesk.exe"
	local ver_json
	ver_json=$(cat "$x/res/winres.json")
	grep -q '"dpi-awareness": "per monitor v2"' <<<"$ver_json" || fail "manifest lacks per-monitor-v2 DPI awareness"
	ls "$x"/res/*.ico >/dev/null 2>&1 || fail "bulletindesk.exe has no icon"
	grep -q '简报编辑台' <<<"$ver_json" || fail "version resource lacks the name 简报编辑台"
	grep -q "\"$ver.$build\"" <<<"$ver_json" || fail "version resource is not $ver.$build"
	ok "bulletindesk.exe: icon, per-monitor-v2 DPI manifest, version $ver.$build named 简报编辑台"
	check_pe "$setup" 2 pei-i386 # NSIS's stub is 32-bit; it runs on every Windows
	7z l "$setup" >"$work/setup.txt" 2>&1 || fail "cannot list the installer"
	for f in bulletindesk.exe bulletindesk-cli.exe; do grep -q "$f" "$work/setup.txt" || fail "installer lacks $f"; done
	grep -q 'uninstall.exe' "$work/setup.txt" || fail "installer has no uninstaller"
	ok "installer $(basename "$setup"): $(du -h "$setup" | cut -f1), holds both programs and an uninstaller"
}

check_deb amd64
check_deb arm64
cmp -s "$work/rt-amd64.txt" "$work/rt-arm64.txt" || fail "arm64 exports other text than amd64"
ok "arm64 exports the same text as amd64, byte for byte"
check_windows
tar -tJf "$dist/BulletinDesk-$ver-linux-amd64.tar.xz" | grep -q '/bin/bulletindesk$' || fail "tarball lacks the binary"
ok "Linux tarball holds the binary, the desktop entry and the icon"
