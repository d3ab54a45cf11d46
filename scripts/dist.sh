#!/usr/bin/env bash
# Builds every package of Bulletin Desk into dist/, on Debian/Ubuntu amd64:
#   bulletindesk_VERSION_amd64.deb, bulletindesk_VERSION_arm64.deb   (UOS, Kylin, Debian, Ubuntu)
#   简报编辑台-VERSION-安装程序.exe (BulletinDesk-VERSION-setup.exe)  (Windows installer)
#   BulletinDesk-VERSION-windows-amd64.zip                           (Windows, portable)
#   BulletinDesk-VERSION-linux-amd64.tar.xz                          (Linux tarball, the .deb's tree)
# then checks each (scripts/dist-check.sh). The version is FyneApp.toml's
# Version and Build. Usage: scripts/dist.sh [OUTDIR]
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(realpath -m "${1:-dist}")
mkdir -p "$out"
ver=$(sed -n 's/^Version *= *"\(.*\)"/\1/p' FyneApp.toml)
build=$(sed -n 's/^Build *= *\([0-9]*\)/\1/p' FyneApp.toml)
work=$(mktemp -d)
trap 'rm -rf "$work" rsrc_windows_amd64.syso' EXIT
export GOFLAGS="${GOFLAGS:-} -trimpath"
ldflags="-s -w"

step() { printf '\n== %s\n' "$*" >&2; }

build_linux() { # arch cc → $work/linux-$arch/bulletindesk
	local arch=$1 cc=$2
	mkdir -p "$work/linux-$arch"
	CGO_ENABLED=1 GOOS=linux GOARCH="$arch" CC="$cc" \
		PKG_CONFIG_PATH="/usr/lib/$(dpkg-architecture -A "$arch" -qDEB_HOST_MULTIARCH)/pkgconfig" \
		go build -ldflags "$ldflags" -o "$work/linux-$arch/bulletindesk" .
}

build_windows() { # → $work/win/{bulletindesk.exe,bulletindesk-cli.exe,bulletindesk.ico,说明.txt}
	local dir="$work/win"
	mkdir -p "$dir"
	go run github.com/tc-hib/go-winres@v0.3.3 make --in packaging/windows/winres.json \
		--arch amd64 --out rsrc --file-version "$ver.$build" --product-version "$ver.$build"
	CGO_ENABLED=1 GOOS=windows GOARCH=amd64 CC=x86_64-w64-mingw32-gcc \
		go build -ldflags "$ldflags -H=windowsgui" -o "$dir/bulletindesk.exe" .
	rm -f rsrc_windows_amd64.syso
	CGO_ENABLED=0 GOOS=windows GOARCH=amd64 go build -ldflags "$ldflags" -o "$dir/bulletindesk-cli.exe" ./cmd/bulletindesk-cli
	convert-im6.q16 resources/icon.png -define icon:auto-resize=256,64,48,32,16 "$dir/bulletindesk.ico"
	cp packaging/windows/说明.txt "$dir/"
}

step "Windows amd64"
build_windows
makensis -V2 -DVERSION="$ver.$build" -DSRC="$work/win" \
	-DOUTFILE="$out/BulletinDesk-$ver-setup.exe" packaging/windows/installer.nsi
# 7-Zip marks the names as UTF-8 (zip does not, and Windows' own zip reader
# would then show 说明.txt in the ANSI code page as mojibake).
(cd "$work/win" && rm -f "$out/BulletinDesk-$ver-windows-amd64.zip" &&
	7z a -bd -tzip -mcu=on "$out/BulletinDesk-$ver-windows-amd64.zip" bulletindesk.exe bulletindesk-cli.exe 说明.txt >/dev/null)

for arch in amd64 arm64; do
	step "Linux $arch"
	cc=gcc
	[ "$arch" = arm64 ] && cc=aarch64-linux-gnu-gcc
	build_linux "$arch" "$cc"
	scripts/make-deb.sh "$arch" "$work/linux-$arch/bulletindesk" "$ver-$build" "$out"
done

step "Linux tarball"
# The same tree as the .deb, for Linux systems without dpkg:
#   sudo tar -xJf BulletinDesk-VERSION-linux-amd64.tar.xz -C /usr/local --strip-components=1
tree="$work/BulletinDesk-$ver"
install -Dm755 "$work/linux-amd64/bulletindesk" "$tree/bin/bulletindesk"
install -Dm644 packaging/linux/com.bulletindesk.desk.desktop "$tree/share/applications/com.bulletindesk.desk.desktop"
install -Dm644 resources/icon.png "$tree/share/icons/hicolor/512x512/apps/com.bulletindesk.desk.png"
tar -C "$work" --owner=0 --group=0 -cJf "$out/BulletinDesk-$ver-linux-amd64.tar.xz" "BulletinDesk-$ver"

step "checks"
scripts/dist-check.sh "$out"
ls -l "$out"
