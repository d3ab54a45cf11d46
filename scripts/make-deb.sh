#!/usr/bin/env bash
# Builds the .deb of Bulletin Desk for one architecture with dpkg-deb, the
# dependencies worked out from the binary by dpkg-shlibdeps (as Debian's own
# packages do), plus a Chinese font, since without one every Chinese glyph in
# the window is a replacement mark.
# Usage: scripts/make-deb.sh ARCH BINARY VERSION OUTDIR
set -euo pipefail
arch=$1 bin=$2 version=$3 out=$4
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root="$work/root"
id=com.bulletindesk.desk

install -Dm755 "$bin" "$root/usr/bin/bulletindesk"
install -Dm644 packaging/linux/$id.desktop "$root/usr/share/applications/$id.desktop"
install -Dm644 resources/icon.png "$root/usr/share/icons/hicolor/512x512/apps/$id.png"
install -Dm644 packaging/linux/copyright "$root/usr/share/doc/bulletindesk/copyright"

# dpkg-shlibdeps wants a source package around the binary it reads.
mkdir -p "$work/debian"
printf 'Source: bulletindesk\n\nPackage: bulletindesk\nArchitecture: any\n' >"$work/debian/control"
shlibs=$(cd "$work" && dpkg-shlibdeps -O root/usr/bin/bulletindesk 2>/dev/null |
	sed -n 's/^shlibs:Depends=//p')
[ -n "$shlibs" ] || { echo "make-deb: dpkg-shlibdeps found no libraries for $bin" >&2; exit 1; }

# GLFW opens these X libraries with dlopen, so dpkg-shlibdeps cannot see them;
# without them the window loses the cursor shapes, monitors or input.
dlopened="libxcursor1, libxrandr2, libxinerama1, libxi6, libxxf86vm1"
size=$(du -sk "$root" | cut -f1)
mkdir -p "$root/DEBIAN"
cat >"$root/DEBIAN/control" <<CONTROL
Package: bulletindesk
Version: $version
Architecture: $arch
Maintainer: Bulletin Desk <bulletindesk@localhost>
Installed-Size: $size
Depends: $shlibs, $dlopened, fonts-wqy-microhei | fonts-noto-cjk | fonts-droid-fallback | fonts-wqy-zenhei
Recommends: libreoffice-writer
Section: editors
Priority: optional
Homepage: https://github.com/bulletindesk/bulletindesk
Description: 简报编辑台 Bulletin Desk, a workstation for bulletin editors
 Collects the units' submissions (来稿), composes each issue (期) of an
 information bulletin such as 《组工信息》 into its sections, exports it as
 text, Word and Excel, keeps every issue in a searchable archive and
 produces the submission and adoption statistics units are ranked by.
 Works offline; the archive is ~/.config/bulletindesk/archive.db.
 LibreOffice is needed only to read .doc and .wps submissions.
CONTROL
deb="$out/bulletindesk_${version}_$arch.deb"
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
echo "$deb"
