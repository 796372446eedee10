#!/usr/bin/env bash
# Builds the release web bundle into dist/web/ (or the folder given) and writes its offline service worker.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/versions.sh

out=${1:-dist/web}
built=target/dx/rumbo/release/web/public

for tool in wasm-bindgen wasm-opt esbuild; do
  command -v "$tool" >/dev/null || { echo "error: $tool is not on PATH: run scripts/setup.sh" >&2; exit 1; }
done

# --debug-symbols false: dx 0.7.10 otherwise keeps debug symbols in release builds (~100 KB brotli).
# dx leaves the previous build's hashed assets in place: start clean, so the bundle holds only this build.
rm -rf "$built"
mkdir -p target
# SQLite without the extensions Rumbo never uses (see the header). This replaces .cargo/config.toml's value,
# so it repeats its -std flag. (An -include needs an absolute path, which config.toml cannot give.)
# cc rebuilds SQLite when this variable changes, not when the header does: the header's hash is in it, so an
# edited header is really compiled (without it, a changed header left the old SQLite in the wasm).
sqlite_web_h=$(sha256sum scripts/sqlite-web.h | cut -c1-16)
export CFLAGS_wasm32_unknown_unknown="-std=gnu2x -include $PWD/scripts/sqlite-web.h -DRUMBO_SQLITE_WEB_H=$sqlite_web_h"
dx build --release --platform web --debug-symbols false 2>&1 | tee target/dx-web-build.log

# dx only logs a wasm-opt failure and ships the unoptimized wasm: refuse that.
if grep -qiE "wasm-opt failed|failed to (run|create) wasm-opt" target/dx-web-build.log; then
  echo "error: wasm-opt did not optimize the wasm (see target/dx-web-build.log)" >&2
  exit 1
fi

# A C function that nothing defines (an SQLite option that took out what SQLite itself still calls) becomes an
# import from "env", which no browser can give: the app would never start. dx only warns about it.
if grep -lE "from ['\"]env['\"]" "$built"/assets/*.js; then
  echo "error: the wasm imports undefined C functions from \"env\" (see scripts/sqlite-web.h)" >&2
  exit 1
fi

rm -rf "$out"
mkdir -p "$(dirname "$out")"
cp -r "$built" "$out"
# dx re-encodes the public folder's PNGs, about 35% larger than the committed ones (palette PNGs, made with
# pngquant and optipng): ship the committed files.
cp assets/public/icons/*.png "$out/icons/"
# Every screen in each language as a page that needs no script (es/guide-rights.html), and the Spanish home
# inside index.html, readable before the app has loaded; then the worker's list, which leaves those pages out.
cargo build --quiet --no-default-features --features export --bin rumbo-cli
target/debug/rumbo-cli export static "$out"
target/debug/rumbo-cli precache "$out"
echo "Release web bundle: $out/ ($(du -sh "$out" | cut -f1)). Serve it from any web server; from file:// (a USB copy), open es/index.html: the pages read without the app."
