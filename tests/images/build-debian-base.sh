#!/bin/bash
# Build (once) the clean Debian tree the package test installs into, as a
# tarball: debootstrap minbase of the host's suite, plus libssl3 (which
# the imageapi command links), so installing the .deb needs no network.
#
#   tests/images/build-debian-base.sh <out.tar>
#
# Idempotent: an existing <out.tar> is reused. It is written under a
# temporary name and renamed once complete. Needs root, debootstrap and a
# Debian mirror (DEBIAN_MIRROR, default http://deb.debian.org/debian).
set -euo pipefail

out=${1:?usage: $0 <out.tar>}
out=$(realpath -m -- "$out")
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
suite=${DEBIAN_SUITE:-$(. /etc/os-release && echo "${VERSION_CODENAME:-bookworm}")}

if [ -s "$out" ]; then
    echo "build-debian-base: reusing $out"
    exit 0
fi
command -v debootstrap >/dev/null || { echo "build-debian-base: debootstrap is not installed (scripts/setup installs it)" >&2; exit 1; }
mkdir -p "$(dirname "$out")"
tmp=$(mktemp -d "$out.tmp.XXXXXX")
cleanup() {
    # debootstrap mounts proc and sys inside the target while it works; a
    # failed run can leave them behind: unmount deepest first.
    awk -v t="$tmp" 'index($5, t) == 1 { print $5 }' /proc/self/mountinfo | sort -r | while read -r m; do
        umount -l "$m" || true
    done
    rm -rf --one-file-system "$tmp" "$out.part"
}
trap cleanup EXIT

echo "build-debian-base: debootstrap $suite into $tmp"
debootstrap --variant=minbase --include=libssl3 "$suite" "$tmp/root" "$mirror" >"$tmp/debootstrap.log" 2>&1 ||
    { tail -n 20 "$tmp/debootstrap.log" >&2; exit 1; }
rm -rf "$tmp"/root/var/cache/apt/archives/*.deb "$tmp"/root/var/lib/apt/lists/*
tar -C "$tmp/root" -cf "$out.part" .
mv "$out.part" "$out"
echo "build-debian-base: wrote $out"
