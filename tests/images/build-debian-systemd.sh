#!/bin/bash
# Build (once) a minimal Debian bookworm tree that boots systemd as a
# container: debootstrap minbase + systemd, systemd-sysv, dbus.
#
#   tests/images/build-debian-systemd.sh <outdir>
#
# Idempotent: a complete tree at <outdir> (it carries the marker file
# .imageapi-image-complete) is reused as it is. A new tree is built in a
# temporary sibling directory and renamed to <outdir> only once complete, so
# an interrupted run never leaves a half tree under the final name.
# Needs root, debootstrap and a Debian mirror (DEBIAN_MIRROR, default
# http://deb.debian.org/debian).
set -euo pipefail

out=${1:?usage: $0 <outdir>}
out=$(realpath -m -- "$out")
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
suite=${DEBIAN_SUITE:-bookworm}
marker=.imageapi-image-complete

if [ -e "$out/$marker" ]; then
    echo "build-debian-systemd: reusing $out"
    exit 0
fi
if [ -d "$out" ] && [ -z "$(ls -A "$out")" ]; then
    rmdir "$out"  # an empty directory made beforehand: build in its place
fi
if [ -e "$out" ]; then
    echo "build-debian-systemd: $out exists but is not a complete image (no $marker); remove it first" >&2
    exit 1
fi
command -v debootstrap >/dev/null || { echo "build-debian-systemd: debootstrap is not installed" >&2; exit 1; }

mkdir -p "$(dirname "$out")"
tmp=$(mktemp -d "$out.tmp.XXXXXX")

cleanup() {
    # debootstrap mounts proc, sys and friends inside the target while it
    # works; a failed run can leave them behind: unmount deepest first.
    awk -v t="$tmp" 'index($5, t) == 1 { print $5 }' /proc/self/mountinfo | sort -r | while read -r m; do
        umount -l "$m" || true
    done
    rm -rf --one-file-system "$tmp"
}
trap cleanup EXIT

echo "build-debian-systemd: debootstrap $suite into $tmp"
debootstrap --variant=minbase --include=systemd,systemd-sysv,dbus "$suite" "$tmp" "$mirror"

# An image is generic: each boot gets its machine id from the container
# manager (container_uuid) or a fresh one, never a baked-in one.
: > "$tmp/etc/machine-id"
rm -f "$tmp/var/lib/dbus/machine-id"
# The container manager names the machine (its hostname); none baked in.
rm -f "$tmp/etc/hostname"
# No package caches in the image.
rm -rf "$tmp"/var/cache/apt/archives/*.deb "$tmp"/var/lib/apt/lists/*

date -u +%FT%TZ > "$tmp/$marker"
mv -T "$tmp" "$out"
trap - EXIT
echo "build-debian-systemd: built $out"
