#!/usr/bin/env bash
# The zip of a folder is the same bytes whatever its files' times, modes and creation order: two copies of the
# same files, made differently, must zip identically, and a changed byte must change the zip.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/a/assets" "$work/b/assets"
for f in index.html assets/app.wasm assets/style.css sw.js; do printf 'content of %s\n' "$f" > "$work/a/$f"; done
# The same files in the other order, a day later, with other modes.
for f in sw.js assets/style.css assets/app.wasm index.html; do printf 'content of %s\n' "$f" > "$work/b/$f"; done
touch -d '2001-02-03 04:05' "$work/a/index.html"
chmod 600 "$work/b/sw.js"
scripts/zip-web.sh "$work/a" "$work/a.zip"
sleep 1
scripts/zip-web.sh "$work/b" "$work/b.zip"
cmp "$work/a.zip" "$work/b.zip"
unzip -Z1 "$work/a.zip" | LC_ALL=C sort -c
printf 'changed\n' >> "$work/b/sw.js"
scripts/zip-web.sh "$work/b" "$work/c.zip"
if cmp -s "$work/a.zip" "$work/c.zip"; then echo "a changed file did not change the zip" >&2; exit 1; fi
# The shipped bundle, when it has been built: zipped again from a copy with fresh times, the same bytes.
if [ -d dist/web ] && ls dist/rumbo-web-*.zip > /dev/null 2>&1; then
  cp -R dist/web "$work/web"
  find "$work/web" -exec touch {} +
  scripts/zip-web.sh "$work/web" "$work/web.zip"
  cmp "$work/web.zip" dist/rumbo-web-*.zip
fi
echo "zip: reproducible"
