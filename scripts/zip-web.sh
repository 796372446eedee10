#!/usr/bin/env bash
# Packs a folder into a zip whose bytes depend only on the files' paths and contents, so the same dist/web
# always gives the same zip and its line in SHA256SUMS means something: usage `scripts/zip-web.sh DIR OUT.zip`.
# A copy of DIR gets one fixed time and the same modes; entries go in sorted, without directory entries (-D)
# or the extra fields that hold owners and exact times (-X). The time is SOURCE_DATE_EPOCH when set, else
# 2000-01-01: zip stores it as local time, so TZ is UTC.
set -euo pipefail
src=$1
out=$(realpath -m "$2")
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp -R "$src/." "$stage/"
chmod -R u=rwX,go=rX "$stage"
find "$stage" -exec touch -h -d "@${SOURCE_DATE_EPOCH:-946684800}" {} +
rm -f "$out"
(cd "$stage" && find . -type f | LC_ALL=C sort | TZ=UTC zip -q -X -D -@ "$out")
