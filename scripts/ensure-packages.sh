#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages named as arguments when any is missing.
# Used by `make run` and `make test` so that a fresh machine needs no manual
# step. On a system without apt-get it only says what it could not check.
set -euo pipefail

missing=()
for pkg in "$@"; do
	if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
		missing+=("$pkg")
	fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
	echo "note: not a Debian/Ubuntu system; make sure these are installed: ${missing[*]}" >&2
	exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
	sudo="sudo"
fi
echo "installing system packages: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
# Packages of another architecture (libx11-dev:arm64, for cross-compiling)
# need that architecture added to dpkg first (multiarch).
for pkg in "${missing[@]}"; do
	arch=${pkg#*:}
	if [ "$arch" != "$pkg" ] && ! dpkg --print-foreign-architectures | grep -qx "$arch"; then
		$sudo dpkg --add-architecture "$arch"
	fi
done
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
